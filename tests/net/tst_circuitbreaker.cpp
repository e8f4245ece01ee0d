// The breaker as a state machine: a script of steps (time, event) → expected state and admission.

#include "core/net/circuitbreaker.h"

#include <QTest>

using namespace CarScout::Net;

class TstCircuitBreaker : public QObject
{
    Q_OBJECT

private slots:
    void script_data();
    void script();
};

// Step syntax: "t:event=expect" where event is admit|ok|fail|release|state and expect is
// allowed|probe|rejected for admit, closed|open|half-open for state, empty otherwise.
void TstCircuitBreaker::script_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("coolDown");
    QTest::addColumn<QStringList>("steps");
    QTest::newRow("stays closed below the threshold")
        << 3 << 1000
        << QStringList{u"0:fail"_qs, u"0:fail"_qs, u"0:state=closed"_qs, u"0:admit=allowed"_qs, u"0:ok"_qs,
                       u"0:fail"_qs, u"0:fail"_qs, u"0:state=closed"_qs};
    QTest::newRow("opens after K consecutive failures")
        << 3 << 1000
        << QStringList{u"0:fail"_qs, u"10:fail"_qs, u"20:fail"_qs, u"20:state=open"_qs, u"500:admit=rejected"_qs,
                       u"1019:admit=rejected"_qs, u"1019:state=open"_qs};
    QTest::newRow("half-open lets exactly one probe through")
        << 2 << 1000
        << QStringList{u"0:fail"_qs, u"0:fail"_qs, u"1000:state=half-open"_qs, u"1000:admit=probe"_qs,
                       u"1001:admit=rejected"_qs, u"1002:state=half-open"_qs};
    QTest::newRow("probe success closes")
        << 2 << 1000
        << QStringList{u"0:fail"_qs, u"0:fail"_qs, u"1000:admit=probe"_qs, u"1100:ok"_qs, u"1100:state=closed"_qs,
                       u"1100:admit=allowed"_qs, u"1100:admit=allowed"_qs};
    QTest::newRow("probe failure reopens for a full cool-down")
        << 2 << 1000
        << QStringList{u"0:fail"_qs, u"0:fail"_qs, u"1000:admit=probe"_qs, u"1500:fail"_qs, u"1500:state=open"_qs,
                       u"2499:admit=rejected"_qs, u"2500:admit=probe"_qs};
    QTest::newRow("canceled probe frees the slot")
        << 1 << 500
        << QStringList{u"0:fail"_qs, u"500:admit=probe"_qs, u"510:admit=rejected"_qs, u"520:release"_qs,
                       u"530:admit=probe"_qs};
    QTest::newRow("late failures while open do not extend it")
        << 1 << 1000
        << QStringList{u"0:fail"_qs, u"600:fail"_qs, u"1000:state=half-open"_qs};
    QTest::newRow("threshold 0 disables the breaker")
        << 0 << 1000
        << QStringList{u"0:fail"_qs, u"0:fail"_qs, u"0:fail"_qs, u"0:state=closed"_qs, u"0:admit=allowed"_qs};
}

void TstCircuitBreaker::script()
{
    QFETCH(int, threshold);
    QFETCH(int, coolDown);
    QFETCH(QStringList, steps);
    CircuitBreaker breaker(BreakerConfig{threshold, coolDown});
    for (const QString &step : std::as_const(steps)) {
        const qsizetype colon = step.indexOf(u':');
        const qint64 t = step.left(colon).toLongLong();
        const QString rest = step.mid(colon + 1);
        const QString event = rest.section(u'=', 0, 0);
        const QString expect = rest.section(u'=', 1);
        if (event == u"admit") {
            const CircuitBreaker::Admission a = breaker.admit(t);
            const QString got = a == CircuitBreaker::Admission::Allowed ? u"allowed"_qs
                                : a == CircuitBreaker::Admission::Probe ? u"probe"_qs
                                                                         : u"rejected"_qs;
            QVERIFY2(got == expect, qPrintable(u"step %1: got %2"_qs.arg(step, got)));
        } else if (event == u"state") {
            const QString got = breakerStateName(breaker.state(t));
            QVERIFY2(got == expect, qPrintable(u"step %1: got %2"_qs.arg(step, got)));
        } else if (event == u"ok") {
            breaker.recordSuccess();
        } else if (event == u"fail") {
            breaker.recordFailure(t);
        } else if (event == u"release") {
            breaker.releaseProbe();
        } else {
            QFAIL(qPrintable(u"bad step "_qs + step));
        }
    }
}

QTEST_APPLESS_MAIN(TstCircuitBreaker)
#include "tst_circuitbreaker.moc"
