#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace CarScout {

// Time behind an interface so that rate limits, retries, breakers and token expiry are tested without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    // Monotonic milliseconds; only differences are meaningful.
    virtual qint64 nowMs() const = 0;
    // Wall-clock time, for dates (declaration date, HTTP-date in Retry-After).
    virtual QDateTime nowUtc() const = 0;

    static Clock &system();
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    QDateTime nowUtc() const override;
};

// A clock that moves only when told to: for tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime startUtc = QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC))
        : m_start(std::move(startUtc)) {}
    qint64 nowMs() const override { return m_ms; }
    QDateTime nowUtc() const override { return m_start.addMSecs(m_ms); }
    void advance(qint64 ms) { m_ms += ms; }

private:
    QDateTime m_start;
    qint64 m_ms = 0;
};

} // namespace CarScout
