#pragma once

// Checks shared by the Encar JSON parsers: what arrived instead of JSON, and where a JSON document breaks.

#include <QByteArray>
#include <QString>

namespace CarScout::Sources::Encar {

// Empty if `body` may be JSON; otherwise why not: empty body, an HTML block page, UTF-16, bytes that are not
// UTF-8 (with the byte offset: a wrong charset).
// `scanUtf8` false skips the (linear) UTF-8 scan for callers whose JSON parser validates UTF-8 itself.
QString checkJsonBody(const QByteArray &body, bool scanUtf8 = true);
// "not UTF-8 at byte N …" for the first invalid byte; empty when all bytes are valid.
QString describeInvalidUtf8(const QByteArray &body);

// The first byte offset at which `data` is not valid UTF-8, or -1.
qsizetype invalidUtf8Offset(const QByteArray &data);

// A JSON number as a whole number. Converting a double outside the target's range is undefined behaviour, and a
// hostile or broken answer can carry 1e70: such values (and NaN) give 0, the "unknown" of every caller.
qint64 wholeNumber(double value);
int wholeInt(double value);

// "invalid JSON at byte N: <reason>" (the offset from QJsonDocument's parser); `fallback` when it finds none.
QString describeJsonError(const QByteArray &body, const QString &fallback);

} // namespace CarScout::Sources::Encar
