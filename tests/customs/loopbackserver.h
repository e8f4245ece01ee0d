#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for the customs tests (one request per connection, Connection: close).

#include <QByteArray>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace CarScout::Test {

struct LoopbackRequest
{
    QByteArray method;
    QByteArray target;     // path + query as sent
    QByteArray body;
    QByteArray head;       // request line + headers, as received
};

struct LoopbackReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
};

class LoopbackServer : public QObject
{
public:
    std::function<LoopbackReply(const LoopbackRequest &)> handler;
    QList<LoopbackRequest> requests;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray head = buffer->left(headerEnd);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            LoopbackRequest req{requestLine.value(0), requestLine.value(1), buffer->mid(headerEnd + 4, length), head};
            requests.append(req);
            const LoopbackReply reply = handler ? handler(req) : LoopbackReply{404, "text/plain", "no handler"};
            QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\nContent-Type: " + reply.contentType
                + "\r\nContent-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n" + reply.body;
            socket->write(out);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
};

} // namespace CarScout::Test
