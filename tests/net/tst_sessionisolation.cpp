// A 403 on one source resets only that source (its host's cookies, a fresh connection after its retry); a settings
// change never disturbs calls in flight and drops pooled connections only when the proxy really changed.
// Two fault servers on 127.0.0.1 and 127.0.0.2 play two sources on two cookie hosts.

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

namespace {

// The no-progress timeout of the test sources: a call that went silent (the old reset) would show as a timeout
// after this long and a second attempt.
constexpr int kIdleTimeoutMs = 1500;
constexpr int kSlowCallMs = 400;

} // namespace

class TstSessionIsolation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<HttpResponse>(); }
    void init();
    void cleanup();

    void blockOnOneSourceLeavesAnotherInFlight_data();
    void blockOnOneSourceLeavesAnotherInFlight();
    void proxyChangeWaitsForCallsInFlight();
    void blockDeletesOnlyThatHostsCookies();
    void blockRetryAsksForConnectionClose();

private:
    HttpRequest request(const QString &host, const QString &pathAndQuery) const;
    HttpResponse fetch(const HttpRequest &request);

    FaultServer *m_a = nullptr;   // source "a" on 127.0.0.1
    FaultServer *m_b = nullptr;   // source "b" on 127.0.0.2
    HttpClient *m_client = nullptr;
};

void TstSessionIsolation::init()
{
    m_a = new FaultServer(this);
    m_b = new FaultServer(this);
    QVERIFY(m_a->listen());
    QVERIFY2(m_b->listen(QHostAddress(u"127.0.0.2"_qs)), "127.0.0.2 is not a usable loopback address here");
    ClientConfig config;
    config.remaps.insert(u"a.test"_qs, QUrl(m_a->baseUrl()));
    config.remaps.insert(u"b.test"_qs, QUrl(m_b->baseUrl()));
    m_client = new HttpClient(config, this);

    SourcePolicy policy;
    policy.rate = RateSchedule{0, 0, 0, 0, 0, 6};
    policy.retry.maxAttempts = 3;
    policy.retry.baseDelayMs = 10;
    policy.retry.jitter = 0;
    policy.retry.blockedBackoffMs = 20;
    policy.breaker.failureThreshold = 0;
    policy.timeoutMs = kIdleTimeoutMs;
    policy.totalTimeoutMs = 10000;
    m_client->setSourcePolicy(u"a"_qs, policy);
    m_client->setSourcePolicy(u"b"_qs, policy);
}

void TstSessionIsolation::cleanup()
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

HttpRequest TstSessionIsolation::request(const QString &host, const QString &pathAndQuery) const
{
    HttpRequest r;
    r.url = QUrl(u"http://%1.test%2"_qs.arg(host, pathAndQuery));
    r.source = host;
    return r;
}

HttpResponse TstSessionIsolation::fetch(const HttpRequest &request)
{
    QSignalSpy spy(m_client->send(request), &HttpCall::finished);
    if (!spy.wait(15000) || spy.count() != 1)
        return {};
    return spy.at(0).at(0).value<HttpResponse>();
}

void TstSessionIsolation::blockOnOneSourceLeavesAnotherInFlight_data()
{
    QTest::addColumn<bool>("blockOnA");
    QTest::addColumn<bool>("applyUnchangedConfig");
    QTest::newRow("403 on the other source") << true << false;
    QTest::newRow("unchanged configuration applied") << false << true;
    QTest::newRow("both") << true << true;
}

void TstSessionIsolation::blockOnOneSourceLeavesAnotherInFlight()
{
    QFETCH(bool, blockOnA);
    QFETCH(bool, applyUnchangedConfig);
    QVERIFY(fetch(request(u"b"_qs, u"/ok"_qs)).ok());   // a pooled connection to b that must survive
    QCOMPARE(m_b->connectionsAccepted(), 1);

    HttpCall *slow = m_client->send(request(u"b"_qs, u"/delay?ms=%1"_qs.arg(kSlowCallMs)));
    QSignalSpy slowSpy(slow, &HttpCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_b->hitCount(u"/delay"_qs), 1, 5000);

    if (blockOnA) {
        const HttpResponse blocked = fetch(request(u"a"_qs, u"/block?kind=403&times=1&key=x"_qs));
        QVERIFY2(blocked.ok(), qPrintable(blocked.errorMessage));
        QCOMPARE(blocked.attempts, 2);
        QCOMPARE(m_client->stats().sessionResets, 1);
    }
    if (applyUnchangedConfig)
        m_client->setConfig(m_client->config());

    QVERIFY(slowSpy.count() == 1 || slowSpy.wait(15000));
    const HttpResponse r = slowSpy.at(0).at(0).value<HttpResponse>();
    qInfo("the %d ms call of source b took %lld ms, %d attempt(s)", kSlowCallMs, r.elapsedMs, r.attempts);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.attempts, 1);
    QCOMPARE(m_b->hitCount(u"/delay"_qs), 1);
    // A silenced call only comes back after the idle timeout; an untouched one well before it.
    QVERIFY2(r.elapsedMs < kIdleTimeoutMs, qPrintable(QString::number(r.elapsedMs)));

    // b's pooled connection was kept: the slow call and the next one both ran on it.
    QVERIFY(fetch(request(u"b"_qs, u"/ok"_qs)).ok());
    QCOMPARE(m_b->connectionsAccepted(), 1);
}

void TstSessionIsolation::proxyChangeWaitsForCallsInFlight()
{
    HttpCall *slow = m_client->send(request(u"b"_qs, u"/delay?ms=%1"_qs.arg(kSlowCallMs)));
    QSignalSpy slowSpy(slow, &HttpCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_b->hitCount(u"/delay"_qs), 1, 5000);

    // Server a becomes the HTTP proxy: new calls go through it, the running one finishes where it is.
    ClientConfig config = m_client->config();
    std::optional<ProxyConfig> proxy = parseProxyUrl(u"http://127.0.0.1:%1"_qs.arg(m_a->port()));
    QVERIFY(proxy);
    config.proxy = *proxy;
    m_client->setConfig(config);
    QCOMPARE(m_b->openSockets(), 1);

    QVERIFY(slowSpy.wait(15000));
    const HttpResponse r = slowSpy.at(0).at(0).value<HttpResponse>();
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.attempts, 1);
    QVERIFY2(r.elapsedMs < kIdleTimeoutMs, qPrintable(QString::number(r.elapsedMs)));

    // Once nothing runs, the connection pooled for the old route is dropped.
    QTRY_COMPARE_WITH_TIMEOUT(m_b->openSockets(), 0, 5000);
    const HttpResponse viaProxy = fetch(request(u"b"_qs, u"/ok"_qs));
    QVERIFY2(viaProxy.ok(), qPrintable(viaProxy.errorMessage));
    QCOMPARE(m_a->hitCount(u"/ok"_qs), 1);
    QCOMPARE(m_b->hitCount(u"/ok"_qs), 0);
}

void TstSessionIsolation::blockDeletesOnlyThatHostsCookies()
{
    QVERIFY(fetch(request(u"a"_qs, u"/setcookie"_qs)).ok());
    QVERIFY(fetch(request(u"b"_qs, u"/setcookie"_qs)).ok());
    QCOMPARE(fetch(request(u"a"_qs, u"/echo-cookie"_qs)).body, QByteArray("session=abc123"));

    QVERIFY(fetch(request(u"a"_qs, u"/block?kind=403&times=1&key=c"_qs)).ok());
    QCOMPARE(m_client->stats().sessionResets, 1);
    QCOMPARE(fetch(request(u"a"_qs, u"/echo-cookie"_qs)).body, QByteArray());
    QCOMPARE(fetch(request(u"b"_qs, u"/echo-cookie"_qs)).body, QByteArray("session=abc123"));
}

void TstSessionIsolation::blockRetryAsksForConnectionClose()
{
    QVERIFY(fetch(request(u"a"_qs, u"/block?kind=403&times=1&key=k"_qs)).ok());
    const QList<FaultServer::Hit> &hits = m_a->hits();
    QCOMPARE(hits.size(), 2);
    QVERIFY(!hits[0].connectionClose);
    QVERIFY2(hits[1].connectionClose, "the retry after the block did not ask for Connection: close");
    QCOMPARE(m_a->connectionsAccepted(), 1);

    // The blocked connection is gone; later calls start on a fresh one and keep it.
    QVERIFY(fetch(request(u"a"_qs, u"/ok"_qs)).ok());
    QVERIFY(fetch(request(u"a"_qs, u"/ok"_qs)).ok());
    QCOMPARE(m_a->connectionsAccepted(), 2);
    QVERIFY(!m_a->hits().last().connectionClose);
}

QTEST_GUILESS_MAIN(TstSessionIsolation)
#include "tst_sessionisolation.moc"
