#include "core/demo/replayserver.h"

#include "core/demo/httpwire.h"
#include "core/demo/routetable.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <functional>

namespace CarScout::Demo {

class ReplayServer::Private
{
public:
    ReplayServer *q = nullptr;
    QTcpServer *server = nullptr;
    mutable QMutex handlersLock;
    QHash<QString, QList<ReplayHandler>> handlers;
    std::atomic<int> latencyMs{0};
    std::atomic<qint64> connections{0};
    std::atomic<qint64> requests{0};
    std::atomic<quint16> port{0};
    QString error;

    void accept();
    ReplayResponse answer(const WireRequest &wire);
};

namespace {

// One keep-alive connection: requests are answered one at a time, in order.
class Connection : public QObject
{
public:
    using Answer = std::function<ReplayResponse(const WireRequest &)>;
    Connection(QTcpSocket *socket, Answer answer, const std::atomic<int> *latencyMs)
        : QObject(socket), m_socket(socket), m_answer(std::move(answer)), m_latencyMs(latencyMs)
    {
        connect(socket, &QTcpSocket::readyRead, this, [this] {
            m_parser.feed(m_socket->readAll());
            processNext();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void processNext()
    {
        if (m_busy)
            return;
        const std::optional<WireRequest> request = m_parser.next();
        if (!request) {
            if (!m_parser.error().isEmpty()) {
                m_socket->write(serializeResponse(400, {{"Content-Type", "text/plain; charset=utf-8"}},
                                                  m_parser.error().toUtf8(), false));
                m_socket->disconnectFromHost();
            }
            return;
        }
        m_busy = true;
        const ReplayResponse response = m_answer(*request);
        const bool keepAlive = request->keepAlive;
        QByteArray bytes = serializeResponse(response.status, response.headers,
                                             request->method == "HEAD" ? QByteArray() : response.body, keepAlive);
        if (request->method == "HEAD")   // keep the real length for HEAD
            bytes.replace("Content-Length: 0\r\n",
                          QByteArray("Content-Length: " + QByteArray::number(response.body.size()) + "\r\n"));
        const int latency = request->target.startsWith(ReplayServer::statsPath) ? 0 : m_latencyMs->load();
        auto send = [this, bytes, keepAlive] {
            m_socket->write(bytes);
            m_busy = false;
            if (!keepAlive)
                m_socket->disconnectFromHost();
            else
                processNext();
        };
        if (latency > 0)
            QTimer::singleShot(latency, Qt::PreciseTimer, this, send);
        else
            send();
    }

    QTcpSocket *m_socket;
    Answer m_answer;
    const std::atomic<int> *m_latencyMs;
    RequestParser m_parser;
    bool m_busy = false;
};

QString firstSegment(const QString &path, QString *rest)
{
    const QString trimmed = path.startsWith(u'/') ? path.mid(1) : path;
    const qsizetype slash = trimmed.indexOf(u'/');
    const QString first = slash < 0 ? trimmed : trimmed.left(slash);
    *rest = slash < 0 ? u"/"_qs : trimmed.mid(slash);
    return first;
}

} // namespace

void ReplayServer::Private::accept()
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        ++connections;
        new Connection(socket, [this](const WireRequest &request) { return answer(request); }, &latencyMs);
    }
}

ReplayResponse ReplayServer::Private::answer(const WireRequest &wire)
{
    const QUrl url = QUrl::fromEncoded(wire.target);
    if (url.path() == QLatin1String(ReplayServer::statsPath)) {
        const QJsonObject object{{u"connectionsAccepted"_qs, connections.load()},
                                 {u"requestsServed"_qs, requests.load()}};
        if (QUrlQuery(url).queryItemValue(u"reset"_qs) == u"1") {
            connections = 0;
            requests = 0;
        }
        return {200, {{"Content-Type", "application/json"}}, QJsonDocument(object).toJson(QJsonDocument::Compact)};
    }
    ++requests;

    ReplayRequest request;
    request.method = wire.method;
    request.query = QUrlQuery(url);
    request.headers = wire.headers;
    request.body = wire.body;
    QString rest;
    const QString first = firstSegment(url.path(QUrl::FullyDecoded), &rest).toLower();
    QList<ReplayHandler> candidates;
    {
        QMutexLocker lock(&handlersLock);
        if (handlers.contains(first) || first.contains(u'.')) {
            request.host = first;
            request.path = rest;
        } else {
            QByteArray host = wire.header("Host");
            if (const qsizetype colon = host.lastIndexOf(':'); colon > 0 && !host.endsWith(']'))
                host.truncate(colon);
            request.host = QString::fromLatin1(host).toLower();
            request.path = url.path(QUrl::FullyDecoded);
            if (request.path.isEmpty())
                request.path = u"/"_qs;
        }
        candidates = handlers.value(request.host);
    }
    for (const ReplayHandler &handler : std::as_const(candidates)) {
        if (std::optional<ReplayResponse> response = handler(request))
            return *response;
    }
    return {404,
            {{"Content-Type", "text/plain; charset=utf-8"}},
            "no demo data for " + request.method + ' ' + request.host.toUtf8() + request.path.toUtf8() + '\n'};
}

ReplayServer::ReplayServer(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->server = new QTcpServer(this);
    connect(d->server, &QTcpServer::newConnection, this, [this] { d->accept(); });
}

ReplayServer::~ReplayServer() = default;

bool ReplayServer::listen(quint16 port)
{
    if (!d->server->listen(QHostAddress::LocalHost, port)) {
        d->error = d->server->errorString();
        return false;
    }
    d->port = d->server->serverPort();
    return true;
}

quint16 ReplayServer::port() const
{
    return d->port.load();
}

QString ReplayServer::errorString() const
{
    return d->error;
}

QString ReplayServer::baseUrlFor(const QString &host) const
{
    return u"http://127.0.0.1:%1/%2"_qs.arg(port()).arg(host);
}

void ReplayServer::addHandler(const QString &host, ReplayHandler handler)
{
    QMutexLocker lock(&d->handlersLock);
    d->handlers[host.toLower()].append(std::move(handler));
}

void ReplayServer::setLatencyMs(int ms)
{
    d->latencyMs = std::max(0, ms);
}

QStringList ReplayServer::hosts() const
{
    QMutexLocker lock(&d->handlersLock);
    QStringList names = d->handlers.keys();
    names.sort();
    return names;
}

ReplayStats ReplayServer::stats() const
{
    return {d->connections.load(), d->requests.load()};
}

void ReplayServer::resetStats()
{
    d->connections = 0;
    d->requests = 0;
}

void ReplayServer::close()
{
    d->server->close();
}

bool ReplayServer::addRecording(const QByteArray &json, QString *error, const QString &baseDir)
{
    auto table = std::make_shared<RouteTable>();
    if (!table->load(json, error, baseDir))
        return false;
    for (const QString &host : table->hosts())
        addHandler(host, [table](const ReplayRequest &request) { return table->answer(request); });
    return true;
}

} // namespace CarScout::Demo
