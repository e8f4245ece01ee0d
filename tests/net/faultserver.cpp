#include "tests/net/faultserver.h"

#include "core/demo/httpwire.h"
#include "core/net/retryafter.h"

#include <QDateTime>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace CarScout::Test {

using Demo::serializeResponse;

FaultServer::FaultServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    m_started.start();
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++m_connections;
            auto parser = std::make_shared<Demo::RequestParser>();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, parser] {
                parser->feed(socket->readAll());
                while (const std::optional<Demo::WireRequest> request = parser->next())
                    handle(socket, *request);
            });
        }
    });
}

FaultServer::~FaultServer() = default;

bool FaultServer::listen(const QHostAddress &address)
{
    return m_server->listen(address, 0);
}

quint16 FaultServer::port() const
{
    return m_server->serverPort();
}

QString FaultServer::baseUrl() const
{
    return u"http://%1:%2/faults.test"_qs.arg(m_server->serverAddress().toString()).arg(port());
}

int FaultServer::openSockets() const
{
    int open = 0;
    for (const QTcpSocket *socket : m_server->findChildren<QTcpSocket *>())
        open += socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return open;
}

int FaultServer::hitCount(const QString &path) const
{
    int count = 0;
    for (const Hit &hit : m_hits)
        count += hit.path == path ? 1 : 0;
    return count;
}

QByteArray FaultServer::eucKrBody()
{
    // "<html><body>가격문의 오토바이</body></html>" in EUC-KR, written out byte by byte (가 B0A1, 격 B0DD,
    // 문 B9AE, 의 C0C7, 오 BFC0, 토 C5E4, 바 B9D9, 이 C0CC).
    return QByteArray("<html><body>") + QByteArray::fromHex("b0a1b0ddb9aec0c720bfc0c5e4b9d9c0cc")
        + QByteArray("</body></html>");
}

QString FaultServer::eucKrText()
{
    return u"<html><body>가격문의 오토바이</body></html>"_qs;
}

void FaultServer::handle(QTcpSocket *socket, const Demo::WireRequest &request)
{
    const QByteArray cookie = request.header("Cookie");
    const bool close = !request.keepAlive;
    const QUrl url = QUrl::fromEncoded(request.target);
    const QUrlQuery query(url);
    QString path = url.path();
    if (const qsizetype slash = path.indexOf(u'/', 1); slash > 0 && path.left(slash).contains(u'.'))
        path = path.mid(slash);
    const QString key = query.queryItemValue(u"key"_qs);
    m_hits.append({path, key, m_started.elapsed(), cookie, close, request.header("User-Agent")});
    const int seen = ++m_keyCounts[path + u'|' + key];
    const bool timesLeft = !query.hasQueryItem(u"times"_qs) || seen <= query.queryItemValue(u"times"_qs).toInt();
    const QByteArray json = "application/json; charset=utf-8";
    auto reply = [socket, close](int status, const QByteArray &type, const QByteArray &body,
                                 QList<QPair<QByteArray, QByteArray>> extra = {}) {
        extra.prepend({"Content-Type", type});
        socket->write(serializeResponse(status, extra, body, !close));
        if (close)
            socket->disconnectFromHost();   // after the bytes are written
    };
    QPointer<QTcpSocket> guard(socket);

    if (path == u"/ok") {
        reply(200, json, R"({"ok":true})");
    } else if (path == u"/delay") {
        QTimer::singleShot(query.queryItemValue(u"ms"_qs).toInt(), Qt::PreciseTimer, socket, [reply] {
            reply(200, "application/json", R"({"ok":true,"delayed":true})");
        });
    } else if (path == u"/status") {
        if (!timesLeft)
            return reply(200, json, R"({"ok":true})");
        const int code = query.queryItemValue(u"code"_qs).toInt();
        QList<QPair<QByteArray, QByteArray>> headers;
        if (query.hasQueryItem(u"retryAfter"_qs))
            headers.append({"Retry-After", query.queryItemValue(u"retryAfter"_qs).toLatin1()});
        if (query.hasQueryItem(u"retryAfterDateIn"_qs)) {
            const int seconds = query.queryItemValue(u"retryAfterDateIn"_qs).toInt();
            headers.append({"Retry-After", Net::formatHttpDate(QDateTime::currentDateTimeUtc().addSecs(seconds))});
        }
        reply(code, "text/plain", "status " + QByteArray::number(code) + '\n', headers);
    } else if (path == u"/block") {
        if (!timesLeft)
            return reply(200, json, R"({"ok":true})");
        const QString kind = query.queryItemValue(u"kind"_qs);
        if (kind == u"403")
            reply(403, "text/html", "<!DOCTYPE html><html><body>Access denied</body></html>");
        else if (kind == u"html")
            reply(200, "text/html", "<!DOCTYPE html><html><body>Please verify you are human</body></html>");
        else
            reply(200, json, QByteArray());
    } else if (path == u"/reset-mid-body" || path == u"/short-body") {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n");
        socket->write(QByteArray(100, 'x'));
        socket->flush();
        const bool reset = path == u"/reset-mid-body";
        QTimer::singleShot(20, socket, [guard, reset] {
            if (!guard)
                return;
            if (reset)
                guard->abort();   // RST: unread/unsent data and linger 0
            else
                guard->disconnectFromHost();
        });
        if (reset)
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    } else if (path == u"/no-answer") {
        // silence
    } else if (path == u"/drip") {
        const int bytes = query.queryItemValue(u"bytes"_qs).toInt();
        const int interval = query.queryItemValue(u"intervalMs"_qs).toInt();
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(bytes)
                      + "\r\n\r\n");
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<int>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, sent, bytes] {
            socket->write("d");
            if (++*sent >= bytes)
                timer->deleteLater();
        });
        timer->start(interval);
    } else if (path == u"/redirect-loop") {
        reply(302, "text/plain", "loop\n", {{"Location", "/redirect-loop"}});
    } else if (path == u"/redirect") {
        reply(302, "text/plain", "moved\n", {{"Location", query.queryItemValue(u"to"_qs, QUrl::FullyDecoded).toUtf8()}});
    } else if (path == u"/big") {
        reply(200, "application/octet-stream", QByteArray(query.queryItemValue(u"bytes"_qs).toInt(), 'b'));
    } else if (path == u"/big-chunked") {
        const int bytes = query.queryItemValue(u"bytes"_qs).toInt();
        QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int sent = 0; sent < bytes; sent += 4096) {
            const int n = std::min(4096, bytes - sent);
            out += QByteArray::number(n, 16) + "\r\n" + QByteArray(n, 'c') + "\r\n";
        }
        out += "0\r\n\r\n";
        socket->write(out);
    } else if (path == u"/euckr") {
        reply(200, "text/html; charset=EUC-KR", eucKrBody());
    } else if (path == u"/euckr-meta") {
        QByteArray body = eucKrBody();
        body.replace("<html>", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\"></head>");
        reply(200, "text/html", body);
    } else if (path == u"/setcookie") {
        reply(200, json, R"({"ok":true})", {{"Set-Cookie", "session=abc123; Path=/"}});
    } else if (path == u"/echo-cookie") {
        reply(200, "text/plain", cookie);
    } else {
        reply(404, "text/plain", "unknown fault\n");
    }
}

} // namespace CarScout::Test
