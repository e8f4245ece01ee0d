#pragma once

#include "core/net/sourcepolicy.h"

#include <QString>

namespace CarScout::Net {

enum class BreakerState { Closed, Open, HalfOpen };
QString breakerStateName(BreakerState state);   // "closed", "open", "half-open"

// Per-source circuit breaker: closed → open after K consecutive failed calls → after the cool-down one probe
// is let through (half-open) → closed on its success, open again (new cool-down) on its failure.
class CircuitBreaker
{
public:
    explicit CircuitBreaker(const BreakerConfig &config = {}) : m_config(config) {}

    void setConfig(const BreakerConfig &config) { m_config = config; }

    enum class Admission { Rejected, Allowed, Probe };
    // Asks to send a call at nowMs. In half-open exactly one caller gets Probe until that probe reports back.
    Admission admit(qint64 nowMs);
    void recordSuccess();
    void recordFailure(qint64 nowMs);
    void releaseProbe();   // the probe ended without a verdict (canceled): the next caller may probe

    BreakerState state(qint64 nowMs) const;   // Open turns HalfOpen once the cool-down has passed
    int consecutiveFailures() const { return m_failures; }
    qint64 retryAtMs() const { return m_openedAtMs + m_config.coolDownMs; }   // meaningful while open

private:
    BreakerConfig m_config;
    bool m_open = false;
    bool m_probeInFlight = false;
    int m_failures = 0;
    qint64 m_openedAtMs = 0;
};

} // namespace CarScout::Net
