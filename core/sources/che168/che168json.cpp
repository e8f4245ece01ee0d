#include "core/sources/che168/che168json.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace CarScout::Sources::Che168 {

namespace {

// Empty if `body` may be JSON, else why not.
QString notJsonReason(const QByteArray &body)
{
    qsizetype start = body.startsWith("\xef\xbb\xbf") ? 3 : 0;
    while (start < body.size() && QChar::isSpace(uchar(body.at(start))))
        ++start;
    if (start == body.size())
        return body.isEmpty() ? u"empty response body"_qs : u"response body is only whitespace"_qs;
    if (body.at(start) == '<') {
        const QByteArray head = body.mid(start, 40).simplified();
        return u"block page: HTML instead of JSON (starts with \"%1\")"_qs.arg(QString::fromUtf8(head));
    }
    return {};
}

} // namespace

bool isSoldMessage(const QString &message)
{
    // The marketplace's words for a listing that is gone (sources.md §4).
    for (const char16_t *marker : {u"已成交", u"已下架", u"已售出", u"车源已售", u"已过期"}) {
        if (message.contains(QStringView(marker)))
            return true;
    }
    return false;
}

JobError parseError(const QString &what, const QString &message)
{
    JobError e;
    e.kind = JobError::Kind::Parse;
    e.message = what + u": "_qs + message;
    return e;
}

JobError signatureRejectedError(const QString &what, int returnCode, const QString &message)
{
    JobError e;
    e.kind = JobError::Kind::Network;
    e.netError = Net::ErrorKind::Blocked;
    e.message = QCoreApplication::translate(
                    "Sources", "%1: Che168 rejected the request signature (code %2: %3). Che168 may have changed its "
                               "signing key: check the Che168 signing salt and client version in Settings.")
                    .arg(what)
                    .arg(returnCode)
                    .arg(message.isEmpty() ? u"-"_qs : message);
    return e;
}

JobError readEnvelope(const QByteArray &body, const QString &what, QJsonValue *result)
{
    *result = QJsonValue();
    if (const QString reason = notJsonReason(body); !reason.isEmpty())
        return parseError(what, reason);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return parseError(what, u"invalid JSON at byte %1 of %2: %3"_qs.arg(pe.offset).arg(body.size()).arg(pe.errorString()));
    if (!doc.isObject())
        return parseError(what, u"the document is an array, expected an object with \"returncode\""_qs);
    const QJsonObject top = doc.object();
    const QJsonValue code = top.value(u"returncode");
    const QString message = top.value(u"message").toString();
    if (code.isUndefined() || code.isNull())
        return parseError(what, u"no \"returncode\" in the response"_qs);
    int returnCode = 0;
    bool ok = false;
    if (code.isDouble()) {
        ok = code.toDouble() == std::floor(code.toDouble()) && std::abs(code.toDouble()) < 1e9;
        returnCode = ok ? int(code.toDouble()) : 0;
    } else if (code.isString()) {
        returnCode = code.toString().trimmed().toInt(&ok);
    }
    if (!ok)
        return parseError(what, u"\"returncode\" is %1, expected an integer"_qs.arg(jsonTypeName(code)));
    if (returnCode == kReturnCodeNoAppId || returnCode == kReturnCodeBadSign)
        return signatureRejectedError(what, returnCode, message);
    if (returnCode != 0 && isSoldMessage(message)) {
        JobError e;
        e.kind = JobError::Kind::NotFound;
        e.message = QCoreApplication::translate("Sources", "%1: the car is sold or no longer listed (%2)").arg(what, message);
        return e;
    }
    if (returnCode != 0) {
        JobError e;
        e.kind = JobError::Kind::Network;
        e.netError = Net::ErrorKind::Other;
        e.message = QCoreApplication::translate("Sources", "%1: Che168 answered with error code %2: %3")
                        .arg(what)
                        .arg(returnCode)
                        .arg(message.isEmpty() ? u"-"_qs : message);
        return e;
    }
    const QJsonValue r = top.value(u"result");
    if (r.isUndefined() || r.isNull())
        return parseError(what, u"returncode 0 but no \"result\""_qs);
    if (!r.isObject() && !r.isArray())
        return parseError(what, u"\"result\" is %1, expected an object or an array"_qs.arg(jsonTypeName(r)));
    *result = r;
    return {};
}

void JsonReader::fail(const QString &path, const QString &message)
{
    if (error.isEmpty())
        error = u"\"%1\" %2"_qs.arg(path, message);
}

void JsonReader::expect(const QJsonValue &v, const char *wanted, const QString &path)
{
    if (v.isNull() || v.isUndefined())
        return;
    fail(path, u"is %1, expected %2"_qs.arg(jsonTypeName(v), QLatin1StringView(wanted)));
}

QJsonObject JsonReader::object(const QJsonObject &o, const QString &key, const QString &prefix)
{
    const QJsonValue v = o.value(key);
    if (v.isObject())
        return v.toObject();
    expect(v, "an object", prefix + key);
    return {};
}

QJsonArray JsonReader::array(const QJsonObject &o, const QString &key, const QString &prefix)
{
    const QJsonValue v = o.value(key);
    if (v.isArray())
        return v.toArray();
    expect(v, "an array", prefix + key);
    return {};
}

QString JsonReader::string(const QJsonObject &o, const QString &key, const QString &prefix)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    expect(v, "a string", prefix + key);
    return {};
}

std::optional<double> JsonReader::number(const QJsonObject &o, const QString &key, const QString &prefix)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        const QString t = v.toString().trimmed();
        if (t.isEmpty() || t == u"-")
            return std::nullopt;
        bool ok = false;
        const double d = t.toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
        fail(prefix + key, u"is \"%1\", expected a number"_qs.arg(t));
        return std::nullopt;
    }
    expect(v, "a number", prefix + key);
    return std::nullopt;
}

bool JsonReader::flag(const QJsonObject &o, const QString &key, const QString &prefix)
{
    const QJsonValue v = o.value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isString() && (v.toString() == u"0" || v.toString() == u"1" || v.toString().isEmpty()))
        return v.toString() == u"1";
    expect(v, "a 0/1 flag", prefix + key);
    return false;
}

QString JsonReader::id(const QJsonObject &o, const QString &key, const QString &prefix)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && d == std::floor(d) && d < 9.0e15)
            return QString::number(qint64(d));
        fail(prefix + key, u"is %1, expected a whole positive number"_qs.arg(d));
        return {};
    }
    if (v.isString()) {
        const QString t = v.toString().trimmed();
        bool ok = false;
        if (t.toLongLong(&ok) >= 0 && ok)
            return t;
        if (!t.isEmpty())
            fail(prefix + key, u"is \"%1\", expected a number"_qs.arg(t));
        return {};
    }
    expect(v, "a number", prefix + key);
    return {};
}

} // namespace CarScout::Sources::Che168
