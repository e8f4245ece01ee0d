#pragma once

// The `_sign` parameter of Che168's m-web API (api2scsou.che168.com, `_appid=2sc.m`):
//   lower-case hex MD5 of UTF-8( salt + concat over keys in byte order of key + value + salt )
// over every parameter actually sent except `_sign` itself, values as meant (the wire query decoded once), empty
// values included. No timestamp, cookie or header goes in, so the same parameters always give the same sign.
// The salt and the client version `v` come from settings so that a rotated salt is a settings change.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace CarScout::Sources::Che168 {

// Query parameters in the order they are sent; values are logical (not percent-encoded).
using QueryParams = QList<std::pair<QString, QString>>;

inline constexpr const char *kDefaultSalt = "com.rnw.www";   // the m-web client's secret, proven on 3 captures
inline constexpr const char *kDefaultAppId = "2sc.m";
inline constexpr const char *kDefaultVersion = "11.41.5";

struct SigningConfig
{
    QString salt = QString::fromLatin1(kDefaultSalt);
    QString version = QString::fromLatin1(kDefaultVersion);
    QString appId = QString::fromLatin1(kDefaultAppId);

    friend bool operator==(const SigningConfig &, const SigningConfig &) = default;
};

// The defaults, with `salt` and `version` replaced where the settings give a non-blank value.
SigningConfig signingConfig(const QString &salt, const QString &version);

// salt + sorted key+value pairs (without `_sign`) + salt, as UTF-8: what gets hashed.
QByteArray signBase(const QueryParams &params, const QString &salt);
// The lower-case hex MD5 of signBase.
QString sign(const QueryParams &params, const QString &salt);

// Splits a wire query ("a=1&b=%7B") and percent-decodes each key and value once. '+' stays '+': the client
// encodes spaces as %20.
QueryParams decodeQuery(const QByteArray &wireQuery);
// key=value&… with each value percent-encoded (everything but A–Z a–z 0–9 - . _ ~), so ',' and '+' are never
// ambiguous on the wire.
QByteArray encodeQuery(const QueryParams &params);

// `params` + `_appid` and `v` from the config (replacing any given) + `_sign` over all of them.
QueryParams signedParams(QueryParams params, const SigningConfig &config);
// endpoint?signedParams(...)
QUrl signedUrl(const QUrl &endpoint, const QueryParams &params, const SigningConfig &config);

// True when `url` carries a `_sign` that matches its other parameters under `salt` (the demo server checks it).
bool hasValidSignature(const QUrl &url, const QString &salt);

} // namespace CarScout::Sources::Che168
