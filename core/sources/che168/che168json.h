#pragma once

// Reading Che168 JSON: the {returncode, message, result} envelope every endpoint answers with, and type-checked
// field access that names the path of a wrong value. Numbers arrive as strings in the lists ("99.5") and as
// numbers in the detail (6.18): both are accepted where a number is meant.

#include "core/sources/jsontypename.h"
#include "core/sources/source.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace CarScout::Sources::Che168 {

// Return codes of the signed API: 103 = no `_appid`, 107 = wrong or missing `_sign`.
inline constexpr int kReturnCodeNoAppId = 103;
inline constexpr int kReturnCodeBadSign = 107;

JobError parseError(const QString &what, const QString &message);
// True when a server message says the listing is gone: 已成交, 已下架, 已售出, 车源已售, 已过期.
bool isSoldMessage(const QString &message);
// "<what>: signature rejected …" with a hint to the signing settings; kind Network (the upstream refused).
JobError signatureRejectedError(const QString &what, int returnCode, const QString &message);

// Parses `body` as the envelope; on success `*result` is the "result" value (object or array). Errors name what
// and where: not JSON (with the byte offset), an HTML block page, no/odd returncode, a rejected signature,
// a sold or withdrawn car (NotFound), another returncode (with the server's message), a missing result.
JobError readEnvelope(const QByteArray &body, const QString &what, QJsonValue *result);

// Type-checked access: absent or null gives the default; a value of another type records the first error with
// its path (`prefix` + key) and gives the default.
class JsonReader
{
public:
    QString error;
    bool ok() const { return error.isEmpty(); }

    QJsonObject object(const QJsonObject &o, const QString &key, const QString &prefix = {});
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &prefix = {});
    QString string(const QJsonObject &o, const QString &key, const QString &prefix = {});   // numbers as text too
    // A number or a numeric string; nullopt when absent, null, "" or "-".
    std::optional<double> number(const QJsonObject &o, const QString &key, const QString &prefix = {});
    // A 0/1 flag: a boolean, a number or "0"/"1"; false when absent. Anything else is an error.
    bool flag(const QJsonObject &o, const QString &key, const QString &prefix = {});
    // An integer id as text: 55975913 or "55975913"; empty when absent.
    QString id(const QJsonObject &o, const QString &key, const QString &prefix = {});

    void fail(const QString &path, const QString &message);

private:
    void expect(const QJsonValue &v, const char *wanted, const QString &path);
};

} // namespace CarScout::Sources::Che168
