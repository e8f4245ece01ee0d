// Che168 detail admission on a manual clock: a 514 or 403 pauses the host for 300 s, then exactly one probe;
// the same car is never fetched twice at once.

#include "core/sources/che168/che168detailgate.h"

#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources::Che168;
using Verdict = DetailGate::Verdict;

namespace {
const QString kHost = u"apiuscdt.che168.com"_qs;
}

class TestChe168DetailGate : public QObject
{
    Q_OBJECT

private slots:
    void sameCarJoinsTheCallInFlight()
    {
        ManualClock clock;
        DetailGate gate(clock);
        QCOMPARE(gate.admit(kHost, u"1"_qs).verdict, Verdict::Go);
        QCOMPARE(gate.admit(kHost, u"1"_qs).verdict, Verdict::Join);
        QCOMPARE(gate.admit(kHost, u"2"_qs).verdict, Verdict::Go);
        QCOMPARE(gate.inFlight(), 2);
        gate.finish(kHost, u"1"_qs, 200, true);
        QCOMPARE(gate.inFlight(), 1);
        QCOMPARE(gate.admit(kHost, u"1"_qs).verdict, Verdict::Go);   // done: a new fetch is a new call
    }

    void frequencyCapPausesThenOneProbe_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("514 Frequency Capped") << 514;
        QTest::newRow("403") << 403;
    }
    void frequencyCapPausesThenOneProbe()
    {
        QFETCH(int, status);
        ManualClock clock;
        DetailGate gate(clock);
        QCOMPARE(gate.admit(kHost, u"1"_qs).verdict, Verdict::Go);
        QCOMPARE(gate.admit(kHost, u"2"_qs).verdict, Verdict::Go);
        gate.finish(kHost, u"1"_qs, status, false);
        QCOMPARE(gate.state(kHost), Net::BreakerState::Open);
        DetailGate::Admission a = gate.admit(kHost, u"3"_qs);
        QCOMPARE(a.verdict, Verdict::Paused);
        QCOMPARE(a.retryInMs, qint64(300000));
        // A call sent before the pause that succeeds late does not end it.
        gate.finish(kHost, u"2"_qs, 200, true);
        QCOMPARE(gate.state(kHost), Net::BreakerState::Open);

        clock.advance(299000);
        a = gate.admit(kHost, u"3"_qs);
        QCOMPARE(a.verdict, Verdict::Paused);
        QCOMPARE(a.retryInMs, qint64(1000));
        clock.advance(1000);
        QCOMPARE(gate.state(kHost), Net::BreakerState::HalfOpen);
        QCOMPARE(gate.admit(kHost, u"3"_qs).verdict, Verdict::Probe);
        QCOMPARE(gate.admit(kHost, u"3"_qs).verdict, Verdict::Join);     // the same car waits for the probe
        a = gate.admit(kHost, u"4"_qs);
        QCOMPARE(a.verdict, Verdict::Paused);                            // only one probe
        QCOMPARE(a.retryInMs, qint64(0));

        // The probe is refused too: a new full pause.
        clock.advance(5000);
        gate.finish(kHost, u"3"_qs, status, false);
        QCOMPARE(gate.state(kHost), Net::BreakerState::Open);
        QCOMPARE(gate.retryInMs(kHost), qint64(300000));
        clock.advance(300000);
        QCOMPARE(gate.admit(kHost, u"4"_qs).verdict, Verdict::Probe);
        gate.finish(kHost, u"4"_qs, 200, true);
        QCOMPARE(gate.state(kHost), Net::BreakerState::Closed);
        QCOMPARE(gate.admit(kHost, u"5"_qs).verdict, Verdict::Go);
        QCOMPARE(gate.admit(kHost, u"6"_qs).verdict, Verdict::Go);
    }

    void probeWithoutVerdictLetsTheNextOneProbe()
    {
        ManualClock clock;
        DetailGate gate(clock);
        gate.admit(kHost, u"1"_qs);
        gate.finish(kHost, u"1"_qs, 514, false);
        clock.advance(kDetailCoolDownMs);
        QCOMPARE(gate.admit(kHost, u"2"_qs).verdict, Verdict::Probe);
        gate.finish(kHost, u"2"_qs, 0, false);   // timeout: says nothing about the cap
        QCOMPARE(gate.state(kHost), Net::BreakerState::HalfOpen);
        QCOMPARE(gate.admit(kHost, u"3"_qs).verdict, Verdict::Probe);
        gate.finish(kHost, u"3"_qs, 404, false);   // a sold car: no verdict either
        QCOMPARE(gate.admit(kHost, u"4"_qs).verdict, Verdict::Probe);
    }

    void otherErrorsDoNotPause()
    {
        ManualClock clock;
        DetailGate gate(clock);
        for (int status : {0, 404, 500, 502, 429}) {
            const QString car = QString::number(status);
            QCOMPARE(gate.admit(kHost, car).verdict, Verdict::Go);
            gate.finish(kHost, car, status, false);
        }
        QCOMPARE(gate.state(kHost), Net::BreakerState::Closed);
    }

    void hostsAreIndependent()
    {
        ManualClock clock;
        DetailGate gate(clock);
        gate.admit(kHost, u"1"_qs);
        gate.finish(kHost, u"1"_qs, 514, false);
        QCOMPARE(gate.admit(kHost, u"2"_qs).verdict, Verdict::Paused);
        QCOMPARE(gate.admit(u"other.example"_qs, u"2"_qs).verdict, Verdict::Go);
        QCOMPARE(gate.state(u"other.example"_qs), Net::BreakerState::Closed);
    }

    void finishOfAnUnknownCallIsIgnored()
    {
        ManualClock clock;
        DetailGate gate(clock);
        gate.finish(kHost, u"9"_qs, 514, false);
        QCOMPARE(gate.state(kHost), Net::BreakerState::Closed);
    }
};

QTEST_APPLESS_MAIN(TestChe168DetailGate)
#include "tst_che168detailgate.moc"
