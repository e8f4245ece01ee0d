#pragma once

// Admission of Che168 detail calls (apiuscdt.che168.com, che168-bobaedream.md §5). Under load that host answers
// HTTP 514 "Frequency Capped" or 403; the fix that worked in production: stop detail calls to the host for
// ~300 s, then let exactly one probe through — its success reopens the host, another refusal starts a new pause.
// And never fetch the same car twice at once: a second request for a car in flight joins the first.
// Pure bookkeeping on the injectable clock; the detail job asks before sending and reports when done.

#include "core/common/clock.h"
#include "core/net/circuitbreaker.h"

#include <QHash>
#include <QString>

namespace CarScout::Sources::Che168 {

inline constexpr qint64 kDetailCoolDownMs = 300000;

class DetailGate
{
public:
    explicit DetailGate(const Clock &clock, qint64 coolDownMs = kDetailCoolDownMs);

    enum class Verdict {
        Go,      // send it
        Probe,   // send it: the one probe after a pause
        Join,    // the same car is already being fetched: wait for that call's result
        Paused,  // the host is paused (or its probe is in flight): do not send; retryInMs says how long
    };
    struct Admission
    {
        Verdict verdict = Verdict::Go;
        qint64 retryInMs = 0;   // Paused: time left of the pause (0 while a probe decides)
    };

    Admission admit(const QString &host, const QString &carId);
    // The call admitted (Go/Probe) for `carId` ended with `httpStatus` (0: no HTTP answer); `ok` = usable reply.
    // 514 and 403 pause the host; a probe's success reopens it; other failures leave the state as it was.
    void finish(const QString &host, const QString &carId, int httpStatus, bool ok);

    static bool isFrequencyCap(int httpStatus) { return httpStatus == 514 || httpStatus == 403; }

    Net::BreakerState state(const QString &host) const;   // Closed, Open (paused), HalfOpen (probe due/in flight)
    qint64 retryInMs(const QString &host) const;          // while Open; 0 otherwise
    int inFlight() const { return int(m_inFlight.size()); }

private:
    struct Host
    {
        Net::CircuitBreaker breaker;
    };
    Host &host(const QString &name);

    const Clock &m_clock;
    qint64 m_coolDownMs;
    QHash<QString, Host> m_hosts;
    QHash<QString, bool> m_inFlight;   // host + '\n' + car id → the call is the probe
};

} // namespace CarScout::Sources::Che168
