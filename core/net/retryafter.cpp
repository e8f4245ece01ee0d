#include "core/net/retryafter.h"

#include <QList>
#include <QTimeZone>

#include <array>
#include <limits>

namespace CarScout::Net {

namespace {

constexpr std::array<const char *, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char *, 7> kDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

int monthFromName(const QByteArray &name)
{
    for (int i = 0; i < 12; ++i) {
        if (name.compare(kMonths[size_t(i)], Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

bool parseNumber(const QByteArray &text, int *value)
{
    if (text.isEmpty() || text.size() > 4)
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    *value = text.toInt();
    return true;
}

std::optional<QTime> parseClock(const QByteArray &text)
{
    const QList<QByteArray> parts = text.split(':');
    int h = 0, m = 0, s = 0;
    if (parts.size() != 3 || !parseNumber(parts[0], &h) || !parseNumber(parts[1], &m) || !parseNumber(parts[2], &s))
        return std::nullopt;
    QTime time(h, m, s == 60 ? 59 : s);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

std::optional<QDateTime> parseHttpDate(const QByteArray &value)
{
    QList<QByteArray> tokens;
    for (const QByteArray &token : value.simplified().split(' ')) {
        if (!token.isEmpty())
            tokens.append(token);
    }
    int day = 0, month = 0, year = 0;
    std::optional<QTime> time;
    if (tokens.size() == 6 && tokens[0].endsWith(',') && tokens[5] == "GMT") {
        // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
        if (!parseNumber(tokens[1], &day) || !parseNumber(tokens[3], &year) || tokens[3].size() != 4)
            return std::nullopt;
        month = monthFromName(tokens[2]);
        time = parseClock(tokens[4]);
    } else if (tokens.size() == 4 && tokens[0].endsWith(',') && tokens[3] == "GMT") {
        // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
        const QList<QByteArray> dmy = tokens[1].split('-');
        if (dmy.size() != 3 || !parseNumber(dmy[0], &day) || !parseNumber(dmy[2], &year) || dmy[2].size() != 2)
            return std::nullopt;
        year += year < 70 ? 2000 : 1900;
        month = monthFromName(dmy[1]);
        time = parseClock(tokens[2]);
    } else if (tokens.size() == 5) {
        // asctime: Sun Nov  6 08:49:37 1994
        bool knownDay = false;
        for (const char *name : kDays)
            knownDay = knownDay || tokens[0].compare(name, Qt::CaseInsensitive) == 0;
        if (!knownDay || !parseNumber(tokens[2], &day) || !parseNumber(tokens[4], &year) || tokens[4].size() != 4)
            return std::nullopt;
        month = monthFromName(tokens[1]);
        time = parseClock(tokens[3]);
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (month == 0 || !date.isValid() || !time)
        return std::nullopt;
    return QDateTime(date, *time, QTimeZone::utc());
}

} // namespace

std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool allDigits = true;
    for (char c : trimmed)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits) {
        if (trimmed.size() > 12)   // absurd; treat as "very long" without overflowing
            return std::numeric_limits<qint64>::max() / 2;
        return trimmed.toLongLong() * 1000;
    }
    const std::optional<QDateTime> when = parseHttpDate(trimmed);
    if (!when)
        return std::nullopt;
    return std::max<qint64>(0, nowUtc.msecsTo(*when));
}

QByteArray formatHttpDate(const QDateTime &utc)
{
    const QDateTime t = utc.toUTC();
    const QDate d = t.date();
    return QByteArray(kDays[size_t(d.dayOfWeek() - 1)]) + ", " + QByteArray::number(d.day()).rightJustified(2, '0')
        + ' ' + kMonths[size_t(d.month() - 1)] + ' ' + QByteArray::number(d.year()) + ' '
        + t.time().toString(u"HH:mm:ss").toLatin1() + " GMT";
}

} // namespace CarScout::Net
