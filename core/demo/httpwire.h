#pragma once

// Minimal HTTP/1.1 wire handling for the loopback servers (replay and fault servers): request parsing with
// keep-alive and Content-Length bodies, and response serialisation. Not a general-purpose server.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace CarScout::Demo {

struct WireRequest
{
    QByteArray method;
    QByteArray target;                               // as sent: "/api.encar.com/search?x=1"
    QByteArray version;                              // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(const QByteArray &name) const;  // case-insensitive, first match
};

// Feeds bytes from a socket; yields complete requests in order.
class RequestParser
{
public:
    void feed(const QByteArray &bytes) { m_buffer += bytes; }
    // A complete request, or nullopt when more bytes are needed or the input is malformed (then error() says why).
    std::optional<WireRequest> next();
    const QString &error() const { return m_error; }

private:
    QByteArray m_buffer;
    QString m_error;
};

QByteArray reasonPhrase(int status);

// "HTTP/1.1 <status> <reason>" + headers + Content-Length (unless the headers carry one) + Connection + body.
QByteArray serializeResponse(int status, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                             bool keepAlive);

} // namespace CarScout::Demo
