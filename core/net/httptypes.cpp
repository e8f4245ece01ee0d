#include "core/net/httptypes.h"

#include "core/net/charset.h"

namespace CarScout::Net {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return u"none"_qs;
    case ErrorKind::HttpStatus: return u"http-status"_qs;
    case ErrorKind::Timeout: return u"timeout"_qs;
    case ErrorKind::Canceled: return u"canceled"_qs;
    case ErrorKind::Connection: return u"connection"_qs;
    case ErrorKind::TooLarge: return u"too-large"_qs;
    case ErrorKind::Blocked: return u"blocked"_qs;
    case ErrorKind::BreakerOpen: return u"breaker-open"_qs;
    case ErrorKind::Redirect: return u"redirect"_qs;
    case ErrorKind::Proxy: return u"proxy"_qs;
    case ErrorKind::Tls: return u"tls"_qs;
    case ErrorKind::Other: return u"other"_qs;
    }
    return u"other"_qs;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpResponse::decodedText() const
{
    return decodeBody(body, header("Content-Type")).text;
}

} // namespace CarScout::Net
