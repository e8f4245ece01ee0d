#pragma once

#include "core/demo/replayserver.h"

#include <QString>
#include <QThread>

#include <memory>

namespace CarScout::Demo {

// Runs a ReplayServer on its own QThread (the GUI's --demo keeps it off the GUI thread). Install handlers
// before start(); stats() is safe from any thread.
class ReplayServerThread
{
public:
    explicit ReplayServerThread(std::unique_ptr<ReplayServer> server);
    ~ReplayServerThread();   // stops the server and joins the thread

    bool start(quint16 port = 0);          // listens on 127.0.0.1 from the server's thread; blocks until done
    void stop();
    ReplayServer *server() const { return m_server; }
    quint16 port() const;
    QString errorString() const { return m_error; }

private:
    QThread m_thread;
    ReplayServer *m_server = nullptr;      // lives on m_thread; deleted there by stop()
    QString m_error;
};

} // namespace CarScout::Demo
