#pragma once

// Per-host pacing as plain, clock-driven logic; HttpClient drives it with one QTimer per host.

#include "core/net/sourcepolicy.h"

#include <QList>

#include <functional>
#include <limits>

namespace CarScout::Net {

// Draws numbers in [0, 1) for jitter and pauses (QRandomGenerator in the client, fixed sequences in tests).
using RandomDraw = std::function<double()>;

// When the next request to one host may START.
class HostPacer
{
public:
    explicit HostPacer(const RateSchedule &schedule = {}) : m_schedule(schedule) {}

    void setSchedule(const RateSchedule &schedule) { m_schedule = schedule; }
    const RateSchedule &schedule() const { return m_schedule; }

    // 0 when a request may start at nowMs, else how long to wait.
    qint64 waitMs(qint64 nowMs) const;
    // Records a start at nowMs and plans the gap to the next one: minInterval + U(0, jitter)
    // (+ U(pauseMin, pauseMax) after every pauseEvery-th start).
    void recordStart(qint64 nowMs, const RandomDraw &draw);
    // No start before untilMs (a 429 / Retry-After holds the whole host); never shortens an existing hold.
    void holdUntil(qint64 untilMs);

    qint64 nextAllowedMs() const { return m_nextAllowedMs; }
    int startsRecorded() const { return m_starts; }

private:
    RateSchedule m_schedule;
    qint64 m_nextAllowedMs = std::numeric_limits<qint64>::min();
    qint64 m_holdUntilMs = std::numeric_limits<qint64>::min();
    int m_starts = 0;
};

// The queue of one host: which waiting calls start now, and how long until the next may.
class HostQueue
{
public:
    explicit HostQueue(const RateSchedule &schedule = {}) : m_pacer(schedule) {}

    HostPacer &pacer() { return m_pacer; }
    const HostPacer &pacer() const { return m_pacer; }

    void enqueue(quint64 callId, bool front = false);
    bool remove(quint64 callId);          // a canceled call leaves the queue
    void callFinished();                  // one of the running calls ended (or went to wait for a retry)
    int running() const { return m_running; }
    int queued() const { return int(m_queue.size()); }
    const QList<quint64> &queue() const { return m_queue; }

    struct Decision
    {
        QList<quint64> start;             // start these now, in this order
        qint64 waitMs = -1;               // then wake up after this long; -1 = nothing to wait for
    };
    // Asked for the head call once pacing would let it start; false holds the whole queue (no wait time: whoever
    // said no pumps again when that changes). The client's circuit breakers hold calls behind a half-open probe.
    using StartGate = std::function<bool(quint64 callId)>;
    // Takes as many calls as pacing, maxConcurrent and the gate allow at nowMs and records their starts.
    Decision pump(qint64 nowMs, const RandomDraw &draw, const StartGate &mayStart = {});

private:
    HostPacer m_pacer;
    QList<quint64> m_queue;
    int m_running = 0;
};

} // namespace CarScout::Net
