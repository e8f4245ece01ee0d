#include "core/net/ratescheduler.h"

#include <algorithm>

namespace CarScout::Net {

qint64 HostPacer::waitMs(qint64 nowMs) const
{
    const qint64 earliest = std::max(m_nextAllowedMs, m_holdUntilMs);
    return earliest > nowMs ? earliest - nowMs : 0;
}

void HostPacer::recordStart(qint64 nowMs, const RandomDraw &draw)
{
    ++m_starts;
    double gap = std::max(0, m_schedule.minIntervalMs);
    if (m_schedule.jitterMs > 0)
        gap += m_schedule.jitterMs * draw();
    if (m_schedule.pauseEvery > 0 && m_starts % m_schedule.pauseEvery == 0) {
        const int low = std::max(0, m_schedule.pauseMinMs);
        const int high = std::max(low, m_schedule.pauseMaxMs);
        gap += low + (high - low) * draw();
    }
    m_nextAllowedMs = nowMs + qint64(gap);
}

void HostPacer::holdUntil(qint64 untilMs)
{
    m_holdUntilMs = std::max(m_holdUntilMs, untilMs);
}

void HostQueue::enqueue(quint64 callId, bool front)
{
    if (front)
        m_queue.prepend(callId);
    else
        m_queue.append(callId);
}

bool HostQueue::remove(quint64 callId)
{
    return m_queue.removeOne(callId);
}

void HostQueue::callFinished()
{
    if (m_running > 0)
        --m_running;
}

HostQueue::Decision HostQueue::pump(qint64 nowMs, const RandomDraw &draw, const StartGate &mayStart)
{
    Decision decision;
    const int limit = m_pacer.schedule().maxConcurrent > 0 ? m_pacer.schedule().maxConcurrent : 1 << 30;
    while (!m_queue.isEmpty() && m_running < limit) {
        const qint64 wait = m_pacer.waitMs(nowMs);
        if (wait > 0) {
            decision.waitMs = wait;
            break;
        }
        if (mayStart && !mayStart(m_queue.first()))
            break;
        m_pacer.recordStart(nowMs, draw);
        decision.start.append(m_queue.takeFirst());
        ++m_running;
    }
    return decision;
}

} // namespace CarScout::Net
