#include "core/sources/che168/che168sign.h"

#include <QCryptographicHash>

#include <algorithm>

namespace CarScout::Sources::Che168 {

namespace {

const QString kSignKey = u"_sign"_qs;

} // namespace

SigningConfig signingConfig(const QString &salt, const QString &version)
{
    SigningConfig config;
    if (!salt.trimmed().isEmpty())
        config.salt = salt.trimmed();
    if (!version.trimmed().isEmpty())
        config.version = version.trimmed();
    return config;
}

QByteArray signBase(const QueryParams &params, const QString &salt)
{
    QList<std::pair<QByteArray, QByteArray>> pairs;
    pairs.reserve(params.size());
    for (const auto &[key, value] : params) {
        if (key != kSignKey)
            pairs.append({key.toUtf8(), value.toUtf8()});
    }
    // Byte order of the keys ('_' before 'a'); stable for repeated keys.
    std::stable_sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const QByteArray s = salt.toUtf8();
    QByteArray base = s;
    for (const auto &[key, value] : pairs)
        base += key + value;
    base += s;
    return base;
}

QString sign(const QueryParams &params, const QString &salt)
{
    const QByteArray digest = QCryptographicHash::hash(signBase(params, salt), QCryptographicHash::Md5);
    return QString::fromLatin1(digest.toHex());
}

QueryParams decodeQuery(const QByteArray &wireQuery)
{
    QueryParams out;
    const QList<QByteArray> parts = wireQuery.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

QByteArray encodeQuery(const QueryParams &params)
{
    QByteArray out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QueryParams signedParams(QueryParams params, const SigningConfig &config)
{
    params.removeIf([](const auto &p) { return p.first == u"_appid" || p.first == u"v" || p.first == kSignKey; });
    params.append({u"_appid"_qs, config.appId});
    params.append({u"v"_qs, config.version});
    params.append({kSignKey, sign(params, config.salt)});
    return params;
}

QUrl signedUrl(const QUrl &endpoint, const QueryParams &params, const SigningConfig &config)
{
    QUrl url = endpoint;
    url.setQuery(QString::fromLatin1(encodeQuery(signedParams(params, config))), QUrl::StrictMode);
    return url;
}

bool hasValidSignature(const QUrl &url, const QString &salt)
{
    const QueryParams params = decodeQuery(url.query(QUrl::FullyEncoded).toLatin1());
    QString given;
    for (const auto &[key, value] : params) {
        if (key == kSignKey)
            given = value;
    }
    return !given.isEmpty() && given == sign(params, salt);
}

} // namespace CarScout::Sources::Che168
