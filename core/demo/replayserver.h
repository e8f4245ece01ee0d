#pragma once

// The loopback HTTP/1.1 server behind `carscout --demo`, `carscout-cli serve-demo` and the end-to-end tests.
//
// Routing: clients reach it through host remapping of the form
//   api.encar.com=http://127.0.0.1:PORT/api.encar.com
// so the first path segment names the upstream host (the Host header is used when it does not).
// Each upstream host has handlers, tried in the order they were added: recorded exchanges (matched by method,
// path and the query parameters the recording names) and synthetic backends that the sources register
// (e.g. an Encar emulator answering any q/sr over the generated inventory).

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace CarScout::Demo {

struct ReplayRequest
{
    QByteArray method;
    QString host;           // upstream host, e.g. "api.encar.com"
    QString path;           // upstream path, e.g. "/search/car/list/premium" (percent-decoded)
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct ReplayResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;   // Content-Length is added by the server
    QByteArray body;
};

// Returns nothing when the handler does not answer this request (the next handler is tried; 404 at the end).
using ReplayHandler = std::function<std::optional<ReplayResponse>(const ReplayRequest &)>;

struct ReplayStats
{
    qint64 connectionsAccepted = 0;
    qint64 requestsServed = 0;      // answered requests, the internal /__carscout/stats endpoint excluded
};

class ReplayServer : public QObject
{
    Q_OBJECT
public:
    explicit ReplayServer(QObject *parent = nullptr);
    ~ReplayServer() override;

    bool listen(quint16 port = 0);          // loopback only
    quint16 port() const;
    QString errorString() const;
    QString baseUrlFor(const QString &host) const;   // "http://127.0.0.1:PORT/<host>"

    void addHandler(const QString &host, ReplayHandler handler);
    void setLatencyMs(int ms);              // added before each response
    QStringList hosts() const;              // hosts with at least one handler

    // Recorded exchanges: a route table (core/demo/routetable.h: method, host, path or pathPrefix, the query and
    // form parameters that matter → status, headers, body). Exchanges are tried in order, so a specific one goes
    // before a general one. Adds one handler per host. False and a reason (with the array index) when the JSON is
    // not of that shape; `baseDir` is where "bodyFile" names are found (e.g. a resource folder).
    bool addRecording(const QByteArray &json, QString *error = nullptr, const QString &baseDir = {});

    // Thread-safe: counters are atomics (the server may run on its own thread, see ReplayServerThread).
    ReplayStats stats() const;
    void resetStats();
    void close();

    // GET /__carscout/stats answers {"connectionsAccepted": n, "requestsServed": n} (add ?reset=1 to zero them
    // after answering); benchmarks read the counters of a serve-demo process through it.
    static constexpr const char *statsPath = "/__carscout/stats";

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace CarScout::Demo
