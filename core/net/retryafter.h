#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace CarScout::Net {

// Parses a Retry-After value: delta-seconds ("120") or an HTTP-date (IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT",
// RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT", asctime "Sun Nov  6 08:49:37 1994"). Returns the wait in ms from
// nowUtc (0 for a date in the past), nullopt when the value is neither.
std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc);

// The HTTP-date of a moment, IMF-fixdate form (for servers and tests).
QByteArray formatHttpDate(const QDateTime &utc);

} // namespace CarScout::Net
