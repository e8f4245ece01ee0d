#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QUrl>

#include <optional>

namespace CarScout::Net {

enum class ProxyType { None, System, Http, Socks5 };

struct ProxyConfig
{
    ProxyType type = ProxyType::None;   // None = direct, never the system/environment proxy
    QString host;
    quint16 port = 0;
    QString user;
    QString password;                   // from the keychain; never logged or written to settings
    friend bool operator==(const ProxyConfig &, const ProxyConfig &) = default;
};

// "http://user:pass@host:port" or "socks5://host:port" (also "none" / "system"). nullopt + error when bad.
std::optional<ProxyConfig> parseProxyUrl(const QString &text, QString *error = nullptr);

using HostRemaps = QHash<QString, QUrl>;   // lower-case upstream host → base URL

struct ClientConfig
{
    ProxyConfig proxy;
    HostRemaps remaps;
    int defaultTimeoutMs = 30000;                 // no-progress transfer timeout when the source sets none
    qint64 maxBodyBytes = 32 * 1024 * 1024;       // larger responses end as ErrorKind::TooLarge
    int maxRedirects = 10;
    QByteArray userAgent;                         // empty = chromeUserAgent() for the client clock's date
    QByteArray acceptLanguage = "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7,ru;q=0.6";
    // A QNetworkDiskCache there for requests marked HttpRequest::cacheable (photos); empty = no disk cache.
    QString diskCacheDirectory;
    qint64 diskCacheMaxBytes = 256 * 1024 * 1024;
};

// The User-Agent of a current desktop Chrome on Linux on that date: the marketplaces serve browsers, and a
// years-old fixed version stands out more each month. The rule (an estimate, like qBittorrent's for Firefox):
// Chrome 138 reached the stable channel on 2025-06-24, and a new major followed on average every 32 days
// (131 on 2024-11-12 to 143 on 2025-12-02: 12 majors in 385 days; 4-week cycles plus a few longer gaps), so the
// version is 138 + (days since 2025-06-24) / 32, rounded down. That stays at or just behind the real stable
// channel, where most browsers in use are. Dates before 2025-06-24 (or invalid) give 138.
QByteArray chromeUserAgent(const QDate &date);

// Parses one --remap value "HOST=URL" (e.g. "api.encar.com=http://127.0.0.1:8080/api.encar.com").
// Returns false and a one-line reason when it is not of that form or the URL is not absolute http(s).
bool parseRemap(const QString &spec, QString *host, QUrl *base, QString *error = nullptr);

// The URL actually requested: for a remapped host, scheme, host and port of the base, and the base path
// prefixed to the upstream path (query and fragment kept). Unmapped URLs come back unchanged.
QUrl applyRemap(const QUrl &upstream, const HostRemaps &remaps);

} // namespace CarScout::Net
