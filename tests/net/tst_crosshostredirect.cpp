// A redirect to another host leaves the wire and is queued on that host like a new request there: its pacing,
// and the breaker's admission again. A redirect within the host stays on the wire as before.
// a.test is one fault server; b.test and c.test are two host names (two queues) remapped to a second one.

#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/net/netstats.h"
#include "core/net/sourcepolicy.h"
#include "tests/net/faultserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Net;
using CarScout::Test::FaultServer;

class TstCrossHostRedirect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<HttpResponse>(); }
    void init();
    void cleanup();

    void redirectToAnotherHostWaitsForItsPace();
    void redirectWithinTheHostStaysOnTheWire();
    void redirectLegMeetsTheBreaker();

private:
    HttpRequest request(const QString &url) const;
    HttpResponse fetch(const HttpRequest &request);
    void setPolicy(int intervalMs, int breakerThreshold);

    FaultServer *m_a = nullptr;
    FaultServer *m_b = nullptr;
    HttpClient *m_client = nullptr;
};

void TstCrossHostRedirect::init()
{
    m_a = new FaultServer(this);
    m_b = new FaultServer(this);
    QVERIFY(m_a->listen());
    QVERIFY(m_b->listen());
    ClientConfig config;
    config.remaps.insert(u"a.test"_qs, QUrl(m_a->baseUrl()));
    config.remaps.insert(u"b.test"_qs, QUrl(m_b->baseUrl()));
    config.remaps.insert(u"c.test"_qs, QUrl(m_b->baseUrl()));
    m_client = new HttpClient(config, this);
}

void TstCrossHostRedirect::cleanup()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(m_client->stats().activeCalls, 0);
    QCOMPARE(m_client->stats().runningCalls, 0);
    delete m_client;
    m_client = nullptr;
    delete m_a;
    delete m_b;
    m_a = m_b = nullptr;
}

void TstCrossHostRedirect::setPolicy(int intervalMs, int breakerThreshold)
{
    SourcePolicy policy;
    policy.rate = RateSchedule{intervalMs, 0, 0, 0, 0, 6};
    policy.retry.maxAttempts = 1;
    policy.breaker = BreakerConfig{breakerThreshold, 30000};
    policy.timeoutMs = 1500;
    m_client->setSourcePolicy(u"s"_qs, policy);
}

HttpRequest TstCrossHostRedirect::request(const QString &url) const
{
    HttpRequest r;
    r.url = QUrl(url);
    r.source = u"s"_qs;
    return r;
}

HttpResponse TstCrossHostRedirect::fetch(const HttpRequest &request)
{
    QSignalSpy spy(m_client->send(request), &HttpCall::finished);
    if (!spy.wait(15000) || spy.count() != 1)
        return {};
    return spy.at(0).at(0).value<HttpResponse>();
}

void TstCrossHostRedirect::redirectToAnotherHostWaitsForItsPace()
{
    constexpr int interval = 300;
    setPolicy(interval, 0);
    // b.test just started a request: its next start is `interval` away. a.test is idle.
    HttpCall *first = m_client->send(request(u"http://b.test/ok?n=1"_qs));
    QSignalSpy firstSpy(first, &HttpCall::finished);
    const HttpResponse r = fetch(request(u"http://a.test/redirect?to=http%3A%2F%2Fb.test%2Fok%3Fn%3D2"_qs));
    QVERIFY(firstSpy.count() == 1 || firstSpy.wait(5000));

    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.attempts, 1);
    QCOMPARE(r.url.port(), int(m_b->port()));
    QCOMPARE(m_a->hitCount(u"/redirect"_qs), 1);
    const QList<FaultServer::Hit> &hits = m_b->hits();
    QCOMPARE(hits.size(), 2);
    const qint64 gap = hits[1].atMs - hits[0].atMs;
    qInfo("the redirected request reached b.test %lld ms after b.test's previous start (pace %d ms)", gap, interval);
    // Lower bounds only: a timer never fires early.
    QVERIFY2(gap >= interval - 20, qPrintable(QString::number(gap)));
    QVERIFY2(r.rateWaitMs >= interval - 50, qPrintable(QString::number(r.rateWaitMs)));
}

void TstCrossHostRedirect::redirectWithinTheHostStaysOnTheWire()
{
    setPolicy(10000, 0);   // a second start on a.test would wait 10 s
    const HttpResponse r = fetch(request(u"http://a.test/redirect?to=/ok"_qs));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.attempts, 1);
    QCOMPARE(m_a->hitCount(u"/ok"_qs), 1);
    QVERIFY2(r.rateWaitMs < 5000, qPrintable(QString::number(r.rateWaitMs)));
    QCOMPARE(m_client->stats().redirects, 1);
}

void TstCrossHostRedirect::redirectLegMeetsTheBreaker()
{
    setPolicy(1000, 1);
    QVERIFY(fetch(request(u"http://b.test/ok?n=1"_qs)).ok());   // b.test's next start is 1 s away

    // The redirect leg waits in b.test's queue; meanwhile a failure on c.test opens the source's breaker.
    HttpCall *redirected = m_client->send(request(u"http://a.test/redirect?to=http%3A%2F%2Fb.test%2Fok%3Fn%3D2"_qs));
    QSignalSpy redirectedSpy(redirected, &HttpCall::finished);
    const HttpResponse failure = fetch(request(u"http://c.test/status?code=503"_qs));
    QCOMPARE(failure.status, 503);
    QCOMPARE(m_client->breakerState(u"s"_qs), u"open"_qs);

    QVERIFY(redirectedSpy.count() == 1 || redirectedSpy.wait(5000));
    const HttpResponse r = redirectedSpy.at(0).at(0).value<HttpResponse>();
    QCOMPARE(r.error, ErrorKind::BreakerOpen);
    QVERIFY2(r.errorMessage.contains(u"b.test"_qs) && r.errorMessage.contains(u"circuit breaker"_qs),
             qPrintable(r.errorMessage));
    QCOMPARE(m_a->hitCount(u"/redirect"_qs), 1);
    QCOMPARE(m_b->hitCount(u"/ok"_qs), 1);   // only the first call's
}

QTEST_GUILESS_MAIN(TstCrossHostRedirect)
#include "tst_crosshostredirect.moc"
