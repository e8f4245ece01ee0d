#include "core/net/circuitbreaker.h"

namespace CarScout::Net {

QString breakerStateName(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed: return u"closed"_qs;
    case BreakerState::Open: return u"open"_qs;
    case BreakerState::HalfOpen: return u"half-open"_qs;
    }
    return u"closed"_qs;
}

CircuitBreaker::Admission CircuitBreaker::admit(qint64 nowMs)
{
    switch (state(nowMs)) {
    case BreakerState::Closed:
        return Admission::Allowed;
    case BreakerState::Open:
        return Admission::Rejected;
    case BreakerState::HalfOpen:
        if (m_probeInFlight)
            return Admission::Rejected;
        m_probeInFlight = true;
        return Admission::Probe;
    }
    return Admission::Allowed;
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_open = false;
    m_probeInFlight = false;
}

void CircuitBreaker::recordFailure(qint64 nowMs)
{
    if (m_config.failureThreshold <= 0)
        return;
    ++m_failures;
    if (m_probeInFlight || (!m_open && m_failures >= m_config.failureThreshold)) {
        m_open = true;
        m_openedAtMs = nowMs;
    }
    m_probeInFlight = false;
}

void CircuitBreaker::releaseProbe()
{
    m_probeInFlight = false;
}

BreakerState CircuitBreaker::state(qint64 nowMs) const
{
    if (!m_open || m_config.failureThreshold <= 0)
        return BreakerState::Closed;
    if (m_probeInFlight || nowMs - m_openedAtMs >= m_config.coolDownMs)
        return BreakerState::HalfOpen;
    return BreakerState::Open;
}

} // namespace CarScout::Net
