#include "core/common/clock.h"

#include <QElapsedTimer>

namespace CarScout {

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

qint64 SystemClock::nowMs() const
{
    static const QElapsedTimer started = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return started.elapsed();
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace CarScout
