// The circuit breaker admits a call when it goes on the wire, not when it is queued: when the breaker opens, the
// source's queued calls (and those waiting to retry) fail at once with its reason instead of reaching a dead
// upstream; half-open lets exactly one probe go while the rest wait for its verdict.

#include "core/common/clock.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/net/netstats.h"
#include "core/net/sourcepolicy.h"
#include "tests/net/faultserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <vector>

using namespace CarScout;
using namespace CarScout::Net;
using CarScout::Test::FaultServer;

namespace {

constexpr int kThreshold = 2;
constexpr int kCoolDownMs = 30000;

// Spies on many calls at once; waits for all of them.
class Calls
{
public:
    void add(HttpCall *call) { m_spies.push_back(std::make_unique<QSignalSpy>(call, &HttpCall::finished)); }
    bool waitAll(int timeoutMs = 15000)
    {
        for (auto &spy : m_spies) {
            if (spy->count() == 0 && !spy->wait(timeoutMs))
                return false;
        }
        return true;
    }
    int finished() const
    {
        int n = 0;
        for (const auto &spy : m_spies)
            n += int(spy->count());
        return n;
    }
    HttpResponse at(size_t i) const { return m_spies.at(i)->at(0).at(0).value<HttpResponse>(); }
    size_t size() const { return m_spies.size(); }

private:
    std::vector<std::unique_ptr<QSignalSpy>> m_spies;
};

} // namespace

class TstBreakerQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<HttpResponse>(); }
    void init();
    void cleanup();

    void openingFailsTheQueuedCalls_data();
    void openingFailsTheQueuedCalls();
    void openingFailsACallWaitingToRetry();
    void halfOpenSendsOneProbe_data();
    void halfOpenSendsOneProbe();

private:
    HttpRequest request(const QString &pathAndQuery) const;
    void useClient(const SourcePolicy &policy, const QString &upstreamBase);
    void openTheBreaker();

    ManualClock m_clock;   // moves only for the cool-down; pacing is off (interval 0)
    FaultServer *m_server = nullptr;
    HttpClient *m_client = nullptr;
    SourcePolicy m_policy;
};

void TstBreakerQueue::init()
{
    m_clock = ManualClock();
    m_server = new FaultServer(this);
    QVERIFY(m_server->listen());
    m_policy = SourcePolicy{};
    m_policy.rate = RateSchedule{0, 0, 0, 0, 0, 1};   // one at a time: the next starts only after the last ended
    m_policy.retry.maxAttempts = 1;
    m_policy.breaker = BreakerConfig{kThreshold, kCoolDownMs};
    m_policy.timeoutMs = 1500;
    m_policy.totalTimeoutMs = 5000;
}

void TstBreakerQueue::cleanup()
{
    if (m_client) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(m_client->stats().activeCalls, 0);
        QCOMPARE(m_client->stats().runningCalls, 0);
        QVERIFY(m_client->findChildren<HttpCall *>().isEmpty());
    }
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
}

void TstBreakerQueue::useClient(const SourcePolicy &policy, const QString &upstreamBase)
{
    ClientConfig config;
    config.remaps.insert(u"dead.test"_qs, QUrl(upstreamBase));
    delete m_client;
    m_client = new HttpClient(config, nullptr, &m_clock);
    m_client->setSourcePolicy(u"flaky"_qs, policy);
}

HttpRequest TstBreakerQueue::request(const QString &pathAndQuery) const
{
    HttpRequest r;
    r.url = QUrl(u"http://dead.test"_qs + pathAndQuery);
    r.source = u"flaky"_qs;
    return r;
}

void TstBreakerQueue::openingFailsTheQueuedCalls_data()
{
    QTest::addColumn<bool>("nothingListens");
    QTest::newRow("upstream answers 503") << false;
    QTest::newRow("nothing listens") << true;
}

void TstBreakerQueue::openingFailsTheQueuedCalls()
{
    QFETCH(bool, nothingListens);
    QString base = m_server->baseUrl();
    if (nothingListens) {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        base = u"http://127.0.0.1:%1/faults.test"_qs.arg(probe.serverPort());
    }   // closed again here: connections to that port are refused
    useClient(m_policy, base);

    Calls calls;
    for (int i = 0; i < 10; ++i)
        calls.add(m_client->send(request(u"/status?code=503&i=%1"_qs.arg(i))));
    QVERIFY(calls.waitAll());

    const qint64 onTheWire = m_client->stats().attempts;
    qInfo("10 queued calls, threshold %d: %lld went on the wire, %lld rejected by the breaker", kThreshold,
          onTheWire, m_client->stats().breakerRejections);
    QCOMPARE(onTheWire, kThreshold);
    QCOMPARE(m_server->hitCount(u"/status"_qs), nothingListens ? 0 : kThreshold);
    QCOMPARE(m_client->stats().breakerRejections, 10 - kThreshold);
    for (size_t i = 0; i < calls.size(); ++i) {
        const HttpResponse r = calls.at(i);
        if (int(i) < kThreshold) {
            QCOMPARE(r.error, nothingListens ? ErrorKind::Connection : ErrorKind::HttpStatus);
            QCOMPARE(r.attempts, 1);
        } else {
            QCOMPARE(r.error, ErrorKind::BreakerOpen);
            QCOMPARE(r.attempts, 0);
            QVERIFY2(r.errorMessage.contains(u"circuit breaker is open after 2 consecutive failures"_qs),
                     qPrintable(r.errorMessage));
        }
    }
    QCOMPARE(m_client->breakerState(u"flaky"_qs), u"open"_qs);
}

void TstBreakerQueue::openingFailsACallWaitingToRetry()
{
    // A long backoff: without the breaker the waiting call would retry 20 s later against a dead upstream.
    SourcePolicy policy = m_policy;
    policy.rate.maxConcurrent = 6;
    policy.retry.maxAttempts = 3;
    policy.retry.baseDelayMs = 20000;
    policy.retry.jitter = 0;
    policy.breaker.failureThreshold = 1;
    useClient(policy, m_server->baseUrl());

    QSignalSpy waiting(m_client->send(request(u"/status?code=503&key=w"_qs)), &HttpCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->stats().retries, 1, 5000);   // its first attempt failed; it waits
    QCOMPARE(m_client->stats().runningCalls, 0);

    HttpRequest post = request(u"/status?code=503&key=p"_qs);   // a POST is not retried on a 503: one failure
    post.method = "POST";
    post.idempotent = false;
    QSignalSpy failing(m_client->send(post), &HttpCall::finished);
    QVERIFY(failing.wait(5000));
    QCOMPARE(failing.at(0).at(0).value<HttpResponse>().status, 503);
    QCOMPARE(m_client->breakerState(u"flaky"_qs), u"open"_qs);

    QVERIFY(waiting.count() == 1 || waiting.wait(3000));
    const HttpResponse r = waiting.at(0).at(0).value<HttpResponse>();
    QCOMPARE(r.error, ErrorKind::BreakerOpen);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(m_server->hitCount(u"/status"_qs), 2);
}

void TstBreakerQueue::openTheBreaker()
{
    for (int i = 0; i < kThreshold; ++i) {
        QSignalSpy spy(m_client->send(request(u"/status?code=503&open=%1"_qs.arg(i))), &HttpCall::finished);
        QVERIFY(spy.wait(5000));
    }
    QCOMPARE(m_client->breakerState(u"flaky"_qs), u"open"_qs);
    m_clock.advance(kCoolDownMs);
    QCOMPARE(m_client->breakerState(u"flaky"_qs), u"half-open"_qs);
}

void TstBreakerQueue::halfOpenSendsOneProbe_data()
{
    QTest::addColumn<bool>("probeSucceeds");
    QTest::newRow("probe succeeds: the rest follow") << true;
    QTest::newRow("probe fails: the rest fail at once") << false;
}

void TstBreakerQueue::halfOpenSendsOneProbe()
{
    QFETCH(bool, probeSucceeds);
    SourcePolicy policy = m_policy;
    policy.rate.maxConcurrent = 6;   // without the gate all five would start together
    useClient(policy, m_server->baseUrl());
    openTheBreaker();
    const int hitsBefore = int(m_server->hits().size());

    const QString path = probeSucceeds ? u"/delay?ms=100"_qs : u"/status?code=503"_qs;
    Calls calls;
    for (int i = 0; i < 5; ++i)
        calls.add(m_client->send(request(path + u"&i=%1"_qs.arg(i))));
    QTRY_COMPARE_WITH_TIMEOUT(int(m_server->hits().size()), hitsBefore + 1, 5000);
    if (probeSucceeds) {
        QCOMPARE(m_client->stats().runningCalls, 1);   // the probe; the other four wait for its verdict
        QCOMPARE(calls.finished(), 0);
    }
    QVERIFY(calls.waitAll());

    QCOMPARE(int(m_server->hits().size()) - hitsBefore, probeSucceeds ? 5 : 1);
    for (size_t i = 0; i < calls.size(); ++i) {
        const HttpResponse r = calls.at(i);
        if (probeSucceeds)
            QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        else
            QCOMPARE(r.error, i == 0 ? ErrorKind::HttpStatus : ErrorKind::BreakerOpen);
    }
    QCOMPARE(m_client->breakerState(u"flaky"_qs), probeSucceeds ? u"closed"_qs : u"open"_qs);
}

QTEST_GUILESS_MAIN(TstBreakerQueue)
#include "tst_breakerqueue.moc"
