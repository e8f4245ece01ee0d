#pragma once

// A loopback HTTP/1.1 server that misbehaves on request, for the HttpClient integration tests.
// The path picks the fault (a first segment with a dot, e.g. /faults.test/…, is the remapped host and skipped):
//   /ok                              200 {"ok":true}
//   /delay?ms=N                      200 after N ms
//   /status?code=C[&retryAfter=S | &retryAfterDateIn=S][&times=T&key=K]
//                                    status C (with Retry-After S seconds, or an HTTP-date S seconds ahead) for the
//                                    first T requests carrying key K (always when times is absent), then 200
//   /block?kind=403|html|empty[&times=T&key=K]   a 403 page, an HTML page or an empty 200 body
//   /reset-mid-body                  Content-Length 1000, 100 bytes, then a TCP reset
//   /short-body                      Content-Length 1000, 100 bytes, then a clean close
//   /no-answer                       reads the request and never answers
//   /drip?bytes=N&intervalMs=M       N bytes (Content-Length N), one every M ms
//   /redirect-loop                   302 to itself;  /redirect?to=PATH  302 to PATH
//   /big?bytes=N                     200 with N bytes and Content-Length; /big-chunked?bytes=N chunked, no length
//   /euckr                           HTML in EUC-KR, charset in the Content-Type; /euckr-meta charset only in <meta>
//   /setcookie, /echo-cookie         a session cookie and what the client sent back
// Like a real server it answers a request carrying "Connection: close" with "Connection: close" and then closes.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

class QTcpServer;
class QTcpSocket;

namespace CarScout::Demo {
struct WireRequest;
}

namespace CarScout::Test {

class FaultServer : public QObject
{
    Q_OBJECT
public:
    struct Hit
    {
        QString path;          // fault path, e.g. "/status"
        QString key;
        qint64 atMs = 0;       // since the server started
        QByteArray cookie;
        bool connectionClose = false;   // the request asked for "Connection: close"
        QByteArray userAgent;
    };

    explicit FaultServer(QObject *parent = nullptr);
    ~FaultServer() override;

    // 127.0.0.1 by default; another loopback address (127.0.0.2) is another cookie host for the client.
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    quint16 port() const;
    QString baseUrl() const;   // http://ADDRESS:PORT/faults.test

    int connectionsAccepted() const { return m_connections; }
    int openSockets() const;
    const QList<Hit> &hits() const { return m_hits; }
    int hitCount(const QString &path) const;

    // "EUC-KR" bytes of the Korean sample text and the text itself.
    static QByteArray eucKrBody();
    static QString eucKrText();

private:
    void handle(QTcpSocket *socket, const Demo::WireRequest &request);

    QTcpServer *m_server;
    QElapsedTimer m_started;
    QList<Hit> m_hits;
    QHash<QString, int> m_keyCounts;
    int m_connections = 0;
};

} // namespace CarScout::Test
