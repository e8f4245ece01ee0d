#include "core/sources/che168/che168detailgate.h"

#include <algorithm>
#include <limits>

namespace CarScout::Sources::Che168 {

namespace {

QString callKey(const QString &host, const QString &carId)
{
    return host + u'\n' + carId;
}

} // namespace

DetailGate::DetailGate(const Clock &clock, qint64 coolDownMs) : m_clock(clock), m_coolDownMs(coolDownMs) {}

DetailGate::Host &DetailGate::host(const QString &name)
{
    auto it = m_hosts.find(name);
    if (it == m_hosts.end()) {
        // One refusal is enough to pause: the host has said it is over its frequency cap.
        Net::BreakerConfig config;
        config.failureThreshold = 1;
        config.coolDownMs = int(std::min<qint64>(m_coolDownMs, std::numeric_limits<int>::max()));
        it = m_hosts.insert(name, Host{Net::CircuitBreaker(config)});
    }
    return *it;
}

DetailGate::Admission DetailGate::admit(const QString &hostName, const QString &carId)
{
    const QString key = callKey(hostName, carId);
    if (m_inFlight.contains(key))
        return {Verdict::Join, 0};
    Host &h = host(hostName);
    const qint64 now = m_clock.nowMs();
    switch (h.breaker.admit(now)) {
    case Net::CircuitBreaker::Admission::Allowed:
        m_inFlight.insert(key, false);
        return {Verdict::Go, 0};
    case Net::CircuitBreaker::Admission::Probe:
        m_inFlight.insert(key, true);
        return {Verdict::Probe, 0};
    case Net::CircuitBreaker::Admission::Rejected:
        break;
    }
    return {Verdict::Paused, retryInMs(hostName)};
}

void DetailGate::finish(const QString &hostName, const QString &carId, int httpStatus, bool ok)
{
    const auto it = m_inFlight.constFind(callKey(hostName, carId));
    if (it == m_inFlight.constEnd())
        return;
    const bool probe = *it;
    m_inFlight.erase(it);
    Host &h = host(hostName);
    const qint64 now = m_clock.nowMs();
    if (isFrequencyCap(httpStatus)) {
        h.breaker.recordFailure(now);
    } else if (ok) {
        // A late success of a call sent before the pause does not end the pause; only the probe's does.
        if (probe || h.breaker.state(now) == Net::BreakerState::Closed)
            h.breaker.recordSuccess();
    } else if (probe) {
        h.breaker.releaseProbe();   // no verdict (timeout, 404, parse error): the next request probes again
    }
}

Net::BreakerState DetailGate::state(const QString &hostName) const
{
    const auto it = m_hosts.constFind(hostName);
    return it == m_hosts.constEnd() ? Net::BreakerState::Closed : it->breaker.state(m_clock.nowMs());
}

qint64 DetailGate::retryInMs(const QString &hostName) const
{
    const auto it = m_hosts.constFind(hostName);
    if (it == m_hosts.constEnd() || it->breaker.state(m_clock.nowMs()) != Net::BreakerState::Open)
        return 0;
    return std::max<qint64>(0, it->breaker.retryAtMs() - m_clock.nowMs());
}

} // namespace CarScout::Sources::Che168
