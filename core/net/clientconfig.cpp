#include "core/net/clientconfig.h"

#include <algorithm>

namespace CarScout::Net {

std::optional<ProxyConfig> parseProxyUrl(const QString &text, QString *error)
{
    auto fail = [error](const QString &reason) -> std::optional<ProxyConfig> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(u"none", Qt::CaseInsensitive) == 0)
        return ProxyConfig{};
    if (trimmed.compare(u"system", Qt::CaseInsensitive) == 0)
        return ProxyConfig{ProxyType::System, {}, 0, {}, {}};

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(u"proxy \"%1\" is not a URL like http://user:pass@host:port or socks5://host:port"_qs.arg(
            QUrl(trimmed).toDisplayString(QUrl::RemoveUserInfo)));
    ProxyConfig proxy;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http") {
        proxy.type = ProxyType::Http;
    } else if (scheme == u"socks5" || scheme == u"socks5h") {
        proxy.type = ProxyType::Socks5;
    } else {
        return fail(u"proxy scheme \"%1\" is not supported (use http or socks5)"_qs.arg(url.scheme()));
    }
    proxy.host = url.host();
    const int port = url.port(proxy.type == ProxyType::Http ? 8080 : 1080);
    if (port <= 0 || port > 65535)
        return fail(u"proxy port %1 is out of range"_qs.arg(port));
    proxy.port = quint16(port);
    proxy.user = url.userName(QUrl::FullyDecoded);
    proxy.password = url.password(QUrl::FullyDecoded);
    return proxy;
}

QByteArray chromeUserAgent(const QDate &date)
{
    static const QDate base(2025, 6, 24);
    constexpr int baseVersion = 138;
    constexpr int daysPerVersion = 32;
    const qint64 days = date.isValid() ? base.daysTo(date) : 0;
    const qint64 version = baseVersion + std::max<qint64>(0, days) / daysPerVersion;
    return "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + QByteArray::number(version)
        + ".0.0.0 Safari/537.36";
}

bool parseRemap(const QString &spec, QString *host, QUrl *base, QString *error)
{
    auto fail = [error, &spec](const QString &reason) {
        if (error)
            *error = u"--remap \"%1\": %2"_qs.arg(spec, reason);
        return false;
    };
    const qsizetype eq = spec.indexOf(u'=');
    if (eq < 0)
        return fail(u"expected HOST=URL"_qs);
    const QString name = spec.left(eq).trimmed().toLower();
    if (name.isEmpty() || name.contains(u'/') || name.contains(u':'))
        return fail(u"\"%1\" is not a host name"_qs.arg(name));
    const QUrl url(spec.mid(eq + 1).trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return fail(u"the target must be an absolute http:// or https:// URL"_qs);
    if (url.hasQuery() || url.hasFragment())
        return fail(u"the target URL must not have a query or fragment"_qs);
    if (host)
        *host = name;
    if (base)
        *base = url;
    return true;
}

QUrl applyRemap(const QUrl &upstream, const HostRemaps &remaps)
{
    const auto it = remaps.constFind(upstream.host().toLower());
    if (it == remaps.constEnd())
        return upstream;
    const QUrl &base = it.value();
    QUrl mapped = upstream;
    mapped.setScheme(base.scheme());
    mapped.setUserInfo({});
    mapped.setHost(base.host());
    mapped.setPort(base.port());
    QString prefix = base.path(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    QString path = upstream.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = u"/"_qs;
    mapped.setPath(prefix + path, QUrl::TolerantMode);
    return mapped;
}

} // namespace CarScout::Net
