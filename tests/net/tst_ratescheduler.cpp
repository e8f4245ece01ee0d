// The per-host pacing logic against a manual clock: when requests START, never sleeping.

#include "core/common/clock.h"
#include "core/net/ratescheduler.h"

#include <QTest>

#include <algorithm>
#include <map>

using namespace CarScout;
using namespace CarScout::Net;

namespace {

// Replays a host queue of `count` calls queued at t=0, each taking `latencyMs` once started.
// Returns the start time of every call, in start order.
QList<qint64> simulate(const RateSchedule &schedule, int count, qint64 latencyMs, double draw = 0.5,
                       qint64 holdAtMs = -1, qint64 holdForMs = 0)
{
    ManualClock clock;
    HostQueue queue(schedule);
    for (int i = 0; i < count; ++i)
        queue.enqueue(quint64(i + 1));
    const RandomDraw fixed = [draw] { return draw; };
    std::multimap<qint64, int> completions;
    QList<qint64> starts;
    bool held = false;
    for (int guard = 0; guard < 100000 && int(starts.size()) < count; ++guard) {
        if (!held && holdAtMs >= 0 && clock.nowMs() >= holdAtMs) {
            queue.pacer().holdUntil(clock.nowMs() + holdForMs);
            held = true;
        }
        const HostQueue::Decision decision = queue.pump(clock.nowMs(), fixed);
        for (qsizetype i = 0; i < decision.start.size(); ++i) {
            starts.append(clock.nowMs());
            completions.emplace(clock.nowMs() + latencyMs, 0);
        }
        qint64 next = std::numeric_limits<qint64>::max();
        if (decision.waitMs >= 0)
            next = clock.nowMs() + decision.waitMs;
        if (!completions.empty())
            next = std::min(next, completions.begin()->first);
        if (!held && holdAtMs >= 0)
            next = std::min(next, holdAtMs);
        if (next == std::numeric_limits<qint64>::max())
            break;
        clock.advance(next - clock.nowMs());
        while (!completions.empty() && completions.begin()->first <= clock.nowMs()) {
            completions.erase(completions.begin());
            queue.callFinished();
        }
    }
    return starts;
}

} // namespace

class TstRateScheduler : public QObject
{
    Q_OBJECT

private slots:
    void pacerGaps_data();
    void pacerGaps();
    void holdNeverShortens();
    void waitingOverlapsWithRequestsInFlight();
    void encarSeedPausesEvery20th();
    void concurrencyLimit();
    void retryAfterHoldsWholeQueue();
    void removeFromQueue();
    void gateHoldsTheQueueWithoutRecordingAStart();
};

void TstRateScheduler::pacerGaps_data()
{
    QTest::addColumn<int>("minInterval");
    QTest::addColumn<int>("jitter");
    QTest::addColumn<int>("pauseEvery");
    QTest::addColumn<int>("pauseMin");
    QTest::addColumn<int>("pauseMax");
    QTest::addColumn<double>("draw");
    QTest::addColumn<QList<qint64>>("gaps");   // nextAllowed - start, for starts 1..n at t=0, 10000, 20000…
    QTest::newRow("unpaced") << 0 << 0 << 0 << 0 << 0 << 0.5 << QList<qint64>{0, 0, 0};
    QTest::newRow("interval only") << 500 << 0 << 0 << 0 << 0 << 0.9 << QList<qint64>{500, 500, 500};
    QTest::newRow("interval + jitter") << 500 << 200 << 0 << 0 << 0 << 0.5 << QList<qint64>{600, 600, 600};
    QTest::newRow("pause every 2nd") << 500 << 0 << 2 << 1000 << 3000 << 0.5 << QList<qint64>{500, 2500, 500, 2500};
    QTest::newRow("pause draw 0 = min") << 1000 << 0 << 3 << 500 << 2000 << 0.0 << QList<qint64>{1000, 1000, 1500};
    QTest::newRow("pause max below min") << 100 << 0 << 1 << 300 << 200 << 0.7 << QList<qint64>{400, 400};
}

void TstRateScheduler::pacerGaps()
{
    QFETCH(int, minInterval);
    QFETCH(int, jitter);
    QFETCH(int, pauseEvery);
    QFETCH(int, pauseMin);
    QFETCH(int, pauseMax);
    QFETCH(double, draw);
    QFETCH(QList<qint64>, gaps);
    HostPacer pacer(RateSchedule{minInterval, jitter, pauseEvery, pauseMin, pauseMax, 6});
    QCOMPARE(pacer.waitMs(0), 0);
    for (qsizetype i = 0; i < gaps.size(); ++i) {
        const qint64 start = qint64(i) * 10000;
        QCOMPARE(pacer.waitMs(start), 0);
        pacer.recordStart(start, [draw] { return draw; });
        QCOMPARE(pacer.nextAllowedMs() - start, gaps[i]);
        QCOMPARE(pacer.waitMs(start), gaps[i]);
        QCOMPARE(pacer.waitMs(start + gaps[i]), 0);
    }
}

void TstRateScheduler::holdNeverShortens()
{
    HostPacer pacer(RateSchedule{500, 0, 0, 0, 0, 6});
    pacer.recordStart(0, [] { return 0.0; });
    pacer.holdUntil(3000);
    QCOMPARE(pacer.waitMs(100), 2900);
    pacer.holdUntil(1000);   // a shorter hold from a later 429 does not cut the first one
    QCOMPARE(pacer.waitMs(100), 2900);
    QCOMPARE(pacer.waitMs(3000), 0);
}

void TstRateScheduler::waitingOverlapsWithRequestsInFlight()
{
    // 10 requests, 0.5 s apart, each taking 0.3 s: starts every 500 ms, total ≈ N × I, not N × (I + latency).
    const QList<qint64> starts = simulate(RateSchedule{500, 0, 0, 0, 0, 6}, 10, 300);
    QCOMPARE(starts, (QList<qint64>{0, 500, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500}));
    // With a latency longer than the interval they still start on the interval (requests overlap).
    const QList<qint64> slow = simulate(RateSchedule{500, 0, 0, 0, 0, 6}, 6, 1200);
    QCOMPARE(slow, (QList<qint64>{0, 500, 1000, 1500, 2000, 2500}));
}

void TstRateScheduler::encarSeedPausesEvery20th()
{
    // The seed schedule: 0.5 s, and 1–3 s extra after every 20th start (draw 0.5 → 2 s).
    const RateSchedule encar{500, 0, 20, 1000, 3000, 6};
    const QList<qint64> starts = simulate(encar, 42, 100);
    QCOMPARE(starts.size(), 42);
    QCOMPARE(starts[19], 19 * 500);
    QCOMPARE(starts[20], 19 * 500 + 500 + 2000);
    QCOMPARE(starts[39], starts[20] + 19 * 500);
    QCOMPARE(starts[40], starts[39] + 2500);
    QCOMPARE(starts[41], starts[40] + 500);
}

void TstRateScheduler::concurrencyLimit()
{
    // Unpaced, 2 at a time, 100 ms each: pairs start at 0, 100, 200.
    const QList<qint64> starts = simulate(RateSchedule{0, 0, 0, 0, 0, 2}, 6, 100);
    QCOMPARE(starts, (QList<qint64>{0, 0, 100, 100, 200, 200}));
}

void TstRateScheduler::retryAfterHoldsWholeQueue()
{
    // At t=1200 a 429 with Retry-After 5 s holds the host: the next start is at 6200, then the interval resumes.
    const QList<qint64> starts = simulate(RateSchedule{500, 0, 0, 0, 0, 6}, 6, 100, 0.5, 1200, 5000);
    QCOMPARE(starts, (QList<qint64>{0, 500, 1000, 6200, 6700, 7200}));
}

void TstRateScheduler::removeFromQueue()
{
    HostQueue queue(RateSchedule{1000, 0, 0, 0, 0, 6});
    queue.enqueue(1);
    queue.enqueue(2);
    queue.enqueue(3, true);
    QCOMPARE(queue.queue(), (QList<quint64>{3, 1, 2}));
    QVERIFY(queue.remove(1));
    QVERIFY(!queue.remove(1));
    const RandomDraw zero = [] { return 0.0; };
    HostQueue::Decision first = queue.pump(0, zero);
    QCOMPARE(first.start, QList<quint64>{3});
    QCOMPARE(first.waitMs, 1000);
    QCOMPARE(queue.running(), 1);
    HostQueue::Decision early = queue.pump(999, zero);
    QVERIFY(early.start.isEmpty());
    QCOMPARE(early.waitMs, 1);
    HostQueue::Decision second = queue.pump(1000, zero);
    QCOMPARE(second.start, QList<quint64>{2});
    QCOMPARE(second.waitMs, -1);   // nothing left to wait for
    queue.callFinished();
    queue.callFinished();
    queue.callFinished();   // never below zero
    QCOMPARE(queue.running(), 0);
}

void TstRateScheduler::gateHoldsTheQueueWithoutRecordingAStart()
{
    HostQueue queue(RateSchedule{100, 0, 0, 0, 0, 6});
    queue.enqueue(1);
    queue.enqueue(2);
    const RandomDraw zero = [] { return 0.0; };
    QList<quint64> asked;
    bool open = false;
    const HostQueue::StartGate gate = [&](quint64 id) {
        asked.append(id);
        return open;
    };
    const HostQueue::Decision held = queue.pump(0, zero, gate);
    QVERIFY(held.start.isEmpty());
    QCOMPARE(held.waitMs, -1);                      // the gate's owner pumps again, no timer
    QCOMPARE(asked, QList<quint64>{1});             // only the head is asked
    QCOMPARE(queue.pacer().startsRecorded(), 0);    // a held call costs no pacing slot
    QCOMPARE(queue.queued(), 2);

    open = true;
    const HostQueue::Decision go = queue.pump(0, zero, gate);
    QCOMPARE(go.start, QList<quint64>{1});
    QCOMPARE(go.waitMs, 100);                       // pacing is checked before the gate is asked again
    QCOMPARE(asked, (QList<quint64>{1, 1}));
}

QTEST_APPLESS_MAIN(TstRateScheduler)
#include "tst_ratescheduler.moc"
