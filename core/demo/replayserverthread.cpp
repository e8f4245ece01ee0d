#include "core/demo/replayserverthread.h"

#include <QMetaObject>

namespace CarScout::Demo {

ReplayServerThread::ReplayServerThread(std::unique_ptr<ReplayServer> server) : m_server(server.release())
{
    m_thread.setObjectName(u"ReplayServer"_qs);
}

ReplayServerThread::~ReplayServerThread()
{
    stop();
}

bool ReplayServerThread::start(quint16 port)
{
    if (!m_server || m_thread.isRunning())
        return false;
    m_server->moveToThread(&m_thread);
    m_thread.start();
    bool ok = false;
    QString error;
    QMetaObject::invokeMethod(
        m_server,
        [this, port, &ok, &error] {
            ok = m_server->listen(port);
            error = m_server->errorString();
        },
        Qt::BlockingQueuedConnection);
    m_error = error;
    return ok;
}

void ReplayServerThread::stop()
{
    if (!m_server)
        return;
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_server;
    }
    m_server = nullptr;
}

quint16 ReplayServerThread::port() const
{
    return m_server ? m_server->port() : 0;
}

} // namespace CarScout::Demo
