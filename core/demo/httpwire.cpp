#include "core/demo/httpwire.h"

namespace CarScout::Demo {

namespace {
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;
}

QByteArray WireRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

std::optional<WireRequest> RequestParser::next()
{
    if (!m_error.isEmpty())
        return std::nullopt;
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > kMaxHeaderBytes)
            m_error = u"request header larger than %1 bytes"_qs.arg(kMaxHeaderBytes);
        return std::nullopt;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        m_error = u"malformed request line \"%1\""_qs.arg(QString::fromLatin1(lines.value(0).left(100)));
        return std::nullopt;
    }
    WireRequest request;
    request.method = requestLine[0];
    request.target = requestLine[1];
    request.version = requestLine[2];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            m_error = u"malformed header line %1"_qs.arg(i + 1);
            return std::nullopt;
        }
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    qsizetype length = 0;
    const QByteArray lengthHeader = request.header("Content-Length");
    if (!lengthHeader.isEmpty()) {
        bool ok = false;
        length = lengthHeader.toLongLong(&ok);
        if (!ok || length < 0 || length > kMaxBodyBytes) {
            m_error = u"bad Content-Length \"%1\""_qs.arg(QString::fromLatin1(lengthHeader.left(40)));
            return std::nullopt;
        }
    }
    if (!request.header("Transfer-Encoding").isEmpty()) {
        m_error = u"chunked request bodies are not supported"_qs;
        return std::nullopt;
    }
    if (m_buffer.size() < end + 4 + length)
        return std::nullopt;
    request.body = m_buffer.mid(end + 4, length);
    m_buffer.remove(0, end + 4 + length);
    const QByteArray connection = request.header("Connection").toLower();
    request.keepAlive = request.version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    return request;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 410: return "Gone";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QByteArray serializeResponse(int status, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                             bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    bool hasLength = false;
    for (const auto &[name, value] : headers) {
        if (name.compare("Connection", Qt::CaseInsensitive) == 0)
            continue;
        hasLength = hasLength || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
        out += name + ": " + value + "\r\n";
    }
    if (!hasLength)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    out += body;
    return out;
}

} // namespace CarScout::Demo
