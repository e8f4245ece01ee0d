// Every fault of the fault server through the real HttpClient on loopback: outcome, attempts, nothing left running.

#include "core/common/clock.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/net/netstats.h"
#include "core/net/sourcepolicy.h"
#include "tests/net/faultserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace CarScout;
using namespace CarScout::Net;
using CarScout::Test::FaultServer;

class TstHttpClientFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<HttpResponse>(); }
    void init();
    void cleanup();

    void plainSuccess();
    void delayedAnswer();
    void retriedStatus_data();
    void retriedStatus();
    void statusNotRetried_data();
    void statusNotRetried();
    void retryAfterSecondsHoldsTheHost();
    void retryAfterHttpDate();
    void retryAfterTooLongGivesUp();
    void blocked403ResetsSessionOnce();
    void blockPageWhereJsonExpected_data();
    void blockPageWhereJsonExpected();
    void sessionResetClearsCookies();
    void resetMidBody();
    void resetMidBodyNotRetriedForPost();
    void shortBody();
    void noAnswerTimesOut();
    void slowDripWithinLimits();
    void slowDripExceedsTotalTimeout();
    void redirectLoop();
    void redirectFollowedThroughRemap();
    void oversizedBody_data();
    void oversizedBody();
    void eucKrBody_data();
    void eucKrBody();
    void cancelRunning();
    void cancelQueued();
    void cancelGroup();
    void contextDestroyedCancelsWithoutCallback();
    void httpProxyIsUsed();
    void breakerOpensAndProbes();
    void userAgentFollowsTheClock();

private:
    HttpRequest request(const QString &pathAndQuery, const QString &source = u"test"_qs) const;
    HttpResponse fetch(const HttpRequest &request);
    HttpResponse fetch(const QString &pathAndQuery) { return fetch(request(pathAndQuery)); }
    void verifyNothingRunning();
    void setRetry(int maxAttempts);

    FaultServer *m_server = nullptr;
    HttpClient *m_client = nullptr;
    SourcePolicy m_policy;
};

void TstHttpClientFaults::init()
{
    m_server = new FaultServer(this);
    QVERIFY(m_server->listen());
    ClientConfig config;
    QString host, error;
    QUrl base;
    QVERIFY2(parseRemap(u"faults.test="_qs + m_server->baseUrl(), &host, &base, &error), qPrintable(error));
    config.remaps.insert(host, base);
    m_client = new HttpClient(config, this);

    m_policy = SourcePolicy{};
    m_policy.rate = RateSchedule{0, 0, 0, 0, 0, 6};
    m_policy.retry.maxAttempts = 3;
    m_policy.retry.baseDelayMs = 10;
    m_policy.retry.maxDelayMs = 40;
    m_policy.retry.jitter = 0;
    m_policy.retry.blockedBackoffMs = 20;
    m_policy.breaker.failureThreshold = 0;
    m_policy.timeoutMs = 1500;        // generous: a loaded CI machine must not turn successes into timeouts
    m_policy.totalTimeoutMs = 5000;
    m_client->setSourcePolicy(u"test"_qs, m_policy);
}

void TstHttpClientFaults::cleanup()
{
    verifyNothingRunning();
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
}

void TstHttpClientFaults::setRetry(int maxAttempts)
{
    m_policy.retry.maxAttempts = maxAttempts;
    m_client->setSourcePolicy(u"test"_qs, m_policy);
}

HttpRequest TstHttpClientFaults::request(const QString &pathAndQuery, const QString &source) const
{
    HttpRequest r;
    r.url = QUrl(u"http://faults.test"_qs + pathAndQuery);
    r.source = source;
    return r;
}

HttpResponse TstHttpClientFaults::fetch(const HttpRequest &request)
{
    HttpCall *call = m_client->send(request);
    QSignalSpy spy(call, &HttpCall::finished);
    if (!spy.wait(15000))
        return {};
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    if (spy.count() != 1)
        qWarning("finished emitted %d times", int(spy.count()));
    return spy.count() == 1 ? spy.at(0).at(0).value<HttpResponse>() : HttpResponse{};
}

void TstHttpClientFaults::verifyNothingRunning()
{
    if (!m_client)
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const NetStats stats = m_client->stats();
    QCOMPARE(stats.activeCalls, 0);
    QCOMPARE(stats.runningCalls, 0);
    QVERIFY(m_client->findChildren<HttpCall *>().isEmpty());
    for (const QTimer *timer : m_client->findChildren<QTimer *>(Qt::FindDirectChildrenOnly))
        QVERIFY2(!timer->isActive(), "a host timer is still armed");
}

void TstHttpClientFaults::plainSuccess()
{
    const HttpResponse r = fetch(u"/ok"_qs);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(r.body, QByteArray(R"({"ok":true})"));
    QCOMPARE(r.decodedText(), u"{\"ok\":true}"_qs);
    QCOMPARE(r.charset.toLower(), u"utf-8"_qs);
    QVERIFY(r.url.toString().contains(u"127.0.0.1"_qs));
    QCOMPARE(m_server->hitCount(u"/ok"_qs), 1);
    QCOMPARE(m_client->stats().succeeded, 1);
}

void TstHttpClientFaults::delayedAnswer()
{
    const HttpResponse r = fetch(u"/delay?ms=40"_qs);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.attempts, 1);
    QVERIFY(r.body.contains("delayed"));
}

void TstHttpClientFaults::retriedStatus_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("recovers");
    for (int code : {429, 500, 502, 503, 504}) {
        QTest::addRow("%d recovers on the 3rd attempt", code) << code << true;
        QTest::addRow("%d gives up after 3 attempts", code) << code << false;
    }
}

void TstHttpClientFaults::retriedStatus()
{
    QFETCH(int, code);
    QFETCH(bool, recovers);
    const QString path = u"/status?code=%1&key=k%2"_qs.arg(code).arg(recovers) + (recovers ? u"&times=2"_qs : QString());
    const HttpResponse r = fetch(path);
    QCOMPARE(r.attempts, 3);
    QCOMPARE(m_server->hitCount(u"/status"_qs), 3);
    QCOMPARE(m_client->stats().retries, 2);
    if (recovers) {
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.status, 200);
    } else {
        QCOMPARE(r.error, ErrorKind::HttpStatus);
        QCOMPARE(r.status, code);
        QVERIFY2(r.errorMessage.contains(QString::number(code)), qPrintable(r.errorMessage));
        QCOMPARE(r.body, "status " + QByteArray::number(code) + '\n');
    }
}

void TstHttpClientFaults::statusNotRetried_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("400") << 400;
    QTest::newRow("404") << 404;
    QTest::newRow("410") << 410;
}

void TstHttpClientFaults::statusNotRetried()
{
    QFETCH(int, code);
    const HttpResponse r = fetch(u"/status?code=%1"_qs.arg(code));
    QCOMPARE(r.error, ErrorKind::HttpStatus);
    QCOMPARE(r.status, code);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(m_server->hitCount(u"/status"_qs), 1);
}

void TstHttpClientFaults::retryAfterSecondsHoldsTheHost()
{
    // Two calls to one host 100 ms apart; the first gets a 429 with Retry-After: 1, which must hold the second too.
    m_policy.rate.minIntervalMs = 100;
    m_client->setSourcePolicy(u"test"_qs, m_policy);
    HttpCall *first = m_client->send(request(u"/status?code=429&retryAfter=1&times=1&key=a"_qs));
    HttpCall *second = m_client->send(request(u"/ok"_qs));
    QSignalSpy firstSpy(first, &HttpCall::finished);
    QSignalSpy secondSpy(second, &HttpCall::finished);
    QVERIFY(firstSpy.wait(5000) || firstSpy.count() == 1);
    QVERIFY(secondSpy.count() == 1 || secondSpy.wait(5000));
    const HttpResponse r1 = firstSpy.at(0).at(0).value<HttpResponse>();
    const HttpResponse r2 = secondSpy.at(0).at(0).value<HttpResponse>();
    QVERIFY2(r1.ok(), qPrintable(r1.errorMessage));
    QVERIFY2(r2.ok(), qPrintable(r2.errorMessage));
    QCOMPARE(r1.attempts, 2);
    QCOMPARE(r2.attempts, 1);
    const QList<FaultServer::Hit> &hits = m_server->hits();
    QCOMPARE(hits.size(), 3);
    QCOMPARE(hits[0].path, u"/status"_qs);
    // Lower bounds only: a timer never fires early (PreciseTimer); 1 s minus scheduling slack.
    for (qsizetype i = 1; i < hits.size(); ++i)
        QVERIFY2(hits[i].atMs - hits[0].atMs >= 950,
                 qPrintable(u"hit %1 (%2) came %3 ms after the 429"_qs.arg(i).arg(hits[i].path).arg(hits[i].atMs - hits[0].atMs)));
    QVERIFY(r2.rateWaitMs >= 850);
}

void TstHttpClientFaults::retryAfterHttpDate()
{
    const HttpResponse r = fetch(u"/status?code=503&retryAfterDateIn=2&times=1&key=d"_qs);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.attempts, 2);
    const QList<FaultServer::Hit> &hits = m_server->hits();
    QCOMPARE(hits.size(), 2);
    // The date is whole seconds, 2 s ahead: the wait is in (1, 2] s, far above the 10 ms backoff.
    QVERIFY2(hits[1].atMs - hits[0].atMs >= 900, qPrintable(QString::number(hits[1].atMs - hits[0].atMs)));
}

void TstHttpClientFaults::retryAfterTooLongGivesUp()
{
    const HttpResponse r = fetch(u"/status?code=503&retryAfter=3600"_qs);
    QCOMPARE(r.error, ErrorKind::HttpStatus);
    QCOMPARE(r.status, 503);
    QCOMPARE(r.attempts, 1);
    QVERIFY2(r.errorMessage.contains(u"Retry-After"_qs), qPrintable(r.errorMessage));
}

void TstHttpClientFaults::blocked403ResetsSessionOnce()
{
    const HttpResponse blocked = fetch(u"/block?kind=403&key=always"_qs);
    QCOMPARE(blocked.error, ErrorKind::Blocked);
    QCOMPARE(blocked.status, 403);
    QCOMPARE(blocked.attempts, 2);
    QCOMPARE(m_client->stats().sessionResets, 1);

    const HttpResponse recovered = fetch(u"/block?kind=403&times=1&key=once"_qs);
    QVERIFY2(recovered.ok(), qPrintable(recovered.errorMessage));
    QCOMPARE(recovered.attempts, 2);
    QCOMPARE(m_client->stats().sessionResets, 2);
    QCOMPARE(m_server->hitCount(u"/block"_qs), 4);
}

void TstHttpClientFaults::blockPageWhereJsonExpected_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("expectJson");
    QTest::addColumn<bool>("blocked");
    QTest::newRow("html page, JSON expected") << u"html"_qs << true << true;
    QTest::newRow("empty body, JSON expected") << u"empty"_qs << true << true;
    QTest::newRow("html page, HTML fine") << u"html"_qs << false << false;
}

void TstHttpClientFaults::blockPageWhereJsonExpected()
{
    QFETCH(QString, kind);
    QFETCH(bool, expectJson);
    QFETCH(bool, blocked);
    HttpRequest r = request(u"/block?kind="_qs + kind);
    r.expectJson = expectJson;
    const HttpResponse response = fetch(r);
    if (blocked) {
        QCOMPARE(response.error, ErrorKind::Blocked);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.attempts, 2);
        QCOMPARE(m_client->stats().sessionResets, 1);
    } else {
        QVERIFY2(response.ok(), qPrintable(response.errorMessage));
        QCOMPARE(response.attempts, 1);
    }
}

void TstHttpClientFaults::sessionResetClearsCookies()
{
    QVERIFY(fetch(u"/setcookie"_qs).ok());
    QCOMPARE(fetch(u"/echo-cookie"_qs).body, QByteArray("session=abc123"));
    const int connectionsBefore = m_server->connectionsAccepted();
    QCOMPARE(connectionsBefore, 1);
    QVERIFY(fetch(u"/block?kind=403&times=1&key=c"_qs).ok());
    QCOMPARE(fetch(u"/echo-cookie"_qs).body, QByteArray());
    QVERIFY2(m_server->connectionsAccepted() > connectionsBefore, "the pooled connection survived the reset");
}

void TstHttpClientFaults::resetMidBody()
{
    const HttpResponse r = fetch(u"/reset-mid-body"_qs);
    QCOMPARE(r.error, ErrorKind::Connection);
    QCOMPARE(r.attempts, 3);
    // Qt's HTTP channel itself re-sends a request once when its connection breaks mid-reply (reconnect
    // attempts), so the server may see more requests than our 3 attempts — never fewer.
    QVERIFY(m_server->hitCount(u"/reset-mid-body"_qs) >= 3);
    QVERIFY2(!r.errorMessage.isEmpty(), "no reason given");
}

void TstHttpClientFaults::resetMidBodyNotRetriedForPost()
{
    HttpRequest r = request(u"/reset-mid-body"_qs);
    r.method = "POST";
    r.body = "a=1";
    r.idempotent = false;
    const HttpResponse response = fetch(r);
    QCOMPARE(response.error, ErrorKind::Connection);
    QCOMPARE(response.attempts, 1);
}

void TstHttpClientFaults::shortBody()
{
    const HttpResponse r = fetch(u"/short-body"_qs);
    QCOMPARE(r.error, ErrorKind::Connection);
    QCOMPARE(r.attempts, 3);
    QVERIFY(m_server->hitCount(u"/short-body"_qs) >= 3);   // see resetMidBody
    QVERIFY2(r.errorMessage.contains(u"100 of 1000"_qs), qPrintable(r.errorMessage));
}

void TstHttpClientFaults::noAnswerTimesOut()
{
    m_policy.timeoutMs = 80;
    m_client->setSourcePolicy(u"test"_qs, m_policy);
    const HttpResponse r = fetch(u"/no-answer"_qs);
    QCOMPARE(r.error, ErrorKind::Timeout);
    QCOMPARE(r.attempts, 3);
    QVERIFY2(r.errorMessage.contains(u"timed out"_qs), qPrintable(r.errorMessage));
    QCOMPARE(m_server->hitCount(u"/no-answer"_qs), 3);
    QCOMPARE(m_client->stats().canceled, 0);
}

void TstHttpClientFaults::slowDripWithinLimits()
{
    // A byte every 10 ms never leaves the no-progress timeout idle.
    const HttpResponse r = fetch(u"/drip?bytes=15&intervalMs=10"_qs);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.body, QByteArray(15, 'd'));
    QCOMPARE(r.attempts, 1);
}

void TstHttpClientFaults::slowDripExceedsTotalTimeout()
{
    setRetry(2);
    m_policy.totalTimeoutMs = 150;
    m_client->setSourcePolicy(u"test"_qs, m_policy);
    const HttpResponse r = fetch(u"/drip?bytes=100&intervalMs=10"_qs);
    QCOMPARE(r.error, ErrorKind::Timeout);
    QCOMPARE(r.attempts, 2);
    QVERIFY2(r.errorMessage.contains(u"not complete after 150 ms"_qs), qPrintable(r.errorMessage));
}

void TstHttpClientFaults::redirectLoop()
{
    const HttpResponse r = fetch(u"/redirect-loop"_qs);
    QCOMPARE(r.error, ErrorKind::Redirect);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(m_server->hitCount(u"/redirect-loop"_qs), m_client->config().maxRedirects + 1);
    QVERIFY2(r.errorMessage.contains(u"redirects"_qs), qPrintable(r.errorMessage));
}

void TstHttpClientFaults::redirectFollowedThroughRemap()
{
    // The Location is an upstream path: it must be resolved against faults.test and remapped again.
    const HttpResponse r = fetch(u"/redirect?to=/ok"_qs);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.attempts, 1);
    QVERIFY(r.url.path().endsWith(u"/faults.test/ok"_qs));
    QCOMPARE(m_client->stats().redirects, 1);
}

void TstHttpClientFaults::oversizedBody_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("declared Content-Length") << u"/big?bytes=5000"_qs;
    QTest::newRow("chunked, no length") << u"/big-chunked?bytes=50000"_qs;
}

void TstHttpClientFaults::oversizedBody()
{
    QFETCH(QString, path);
    HttpRequest r = request(path);
    r.maxBodyBytes = 1000;
    const HttpResponse response = fetch(r);
    QCOMPARE(response.error, ErrorKind::TooLarge);
    QCOMPARE(response.attempts, 1);
    QVERIFY(response.errorMessage.contains(u"1000"_qs));

    r.maxBodyBytes = 100000;
    QVERIFY(fetch(r).ok());
}

void TstHttpClientFaults::eucKrBody_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("charset");
    QTest::newRow("Content-Type charset") << u"/euckr"_qs << u"EUC-KR"_qs;
    QTest::newRow("meta http-equiv") << u"/euckr-meta"_qs << u"euc-kr"_qs;
}

void TstHttpClientFaults::eucKrBody()
{
    QFETCH(QString, path);
    QFETCH(QString, charset);
    const HttpResponse r = fetch(path);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.charset, charset);
    QVERIFY2(r.decodedText().contains(u"가격문의 오토바이"_qs), qPrintable(r.decodedText()));
    QVERIFY(r.body.contains(QByteArray::fromHex("b0a1b0dd")));
}

void TstHttpClientFaults::cancelRunning()
{
    HttpCall *call = m_client->send(request(u"/no-answer"_qs));
    QSignalSpy spy(call, &HttpCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->hitCount(u"/no-answer"_qs), 1, 3000);
    QCOMPARE(m_client->stats().runningCalls, 1);
    call->cancel();
    QCOMPARE(spy.count(), 1);
    const HttpResponse r = spy.at(0).at(0).value<HttpResponse>();
    QCOMPARE(r.error, ErrorKind::Canceled);
    QCOMPARE(r.attempts, 1);
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_client->stats().canceled, 1);
}

void TstHttpClientFaults::cancelQueued()
{
    m_policy.rate.minIntervalMs = 10000;
    m_client->setSourcePolicy(u"test"_qs, m_policy);
    QVERIFY(fetch(u"/ok"_qs).ok());
    HttpCall *call = m_client->send(request(u"/ok"_qs));
    QSignalSpy spy(call, &HttpCall::finished);
    QCoreApplication::processEvents();
    QCOMPARE(m_client->stats().activeCalls, 1);
    QCOMPARE(m_client->stats().runningCalls, 0);
    call->cancel();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<HttpResponse>().error, ErrorKind::Canceled);
    QCOMPARE(spy.at(0).at(0).value<HttpResponse>().attempts, 0);
    QCOMPARE(m_server->hitCount(u"/ok"_qs), 1);
}

void TstHttpClientFaults::cancelGroup()
{
    const quint64 group = HttpClient::newGroupId();
    QList<QSignalSpy *> spies;
    for (int i = 0; i < 3; ++i) {
        HttpRequest r = request(u"/no-answer?i=%1"_qs.arg(i));
        r.group = group;
        spies.append(new QSignalSpy(m_client->send(r), &HttpCall::finished));
    }
    HttpCall *other = m_client->send(request(u"/delay?ms=30"_qs));
    QSignalSpy otherSpy(other, &HttpCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->hitCount(u"/no-answer"_qs), 3, 3000);
    m_client->cancelGroup(group);
    for (QSignalSpy *spy : std::as_const(spies)) {
        QCOMPARE(spy->count(), 1);
        QCOMPARE(spy->at(0).at(0).value<HttpResponse>().error, ErrorKind::Canceled);
    }
    qDeleteAll(spies);
    QVERIFY(otherSpy.count() == 1 || otherSpy.wait(3000));
    QVERIFY(otherSpy.at(0).at(0).value<HttpResponse>().ok());
}

void TstHttpClientFaults::contextDestroyedCancelsWithoutCallback()
{
    auto *context = new QObject;
    int calls = 0;
    m_client->send(request(u"/no-answer"_qs), context, [&calls](const HttpResponse &) { ++calls; });
    QTRY_COMPARE_WITH_TIMEOUT(m_server->hitCount(u"/no-answer"_qs), 1, 3000);
    delete context;
    QCOMPARE(calls, 0);
    QCOMPARE(m_client->stats().canceled, 1);
    QCOMPARE(m_client->stats().activeCalls, 0);

    // With the context alive the callback runs once.
    QObject alive;
    HttpResponse got;
    m_client->send(request(u"/ok"_qs), &alive, [&](const HttpResponse &r) {
        ++calls;
        got = r;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 3000);
    QVERIFY(got.ok());
}

void TstHttpClientFaults::httpProxyIsUsed()
{
    // No remap this time: the fault server plays an HTTP proxy and gets the absolute-form request.
    ClientConfig config;
    std::optional<ProxyConfig> proxy = parseProxyUrl(u"http://127.0.0.1:%1"_qs.arg(m_server->port()));
    QVERIFY(proxy);
    config.proxy = *proxy;
    HttpClient client(config);
    client.setSourcePolicy(u"test"_qs, m_policy);
    QSignalSpy spy(client.send(request(u"/ok"_qs)), &HttpCall::finished);
    QVERIFY(spy.wait(5000));
    const HttpResponse r = spy.at(0).at(0).value<HttpResponse>();
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.url.host(), u"faults.test"_qs);
    QCOMPARE(m_server->hitCount(u"/ok"_qs), 1);
}

void TstHttpClientFaults::breakerOpensAndProbes()
{
    ManualClock clock;
    HttpClient client(m_client->config(), nullptr, &clock);
    SourcePolicy policy = m_policy;
    policy.retry.maxAttempts = 1;
    policy.breaker = BreakerConfig{2, 30000};
    client.setSourcePolicy(u"flaky"_qs, policy);
    auto run = [&client](const HttpRequest &request) {
        QSignalSpy spy(client.send(request), &HttpCall::finished);
        spy.wait(5000);
        return spy.count() == 1 ? spy.at(0).at(0).value<HttpResponse>() : HttpResponse{};
    };
    QCOMPARE(run(request(u"/status?code=503"_qs, u"flaky"_qs)).status, 503);
    QCOMPARE(client.breakerState(u"flaky"_qs), u"closed"_qs);
    QCOMPARE(run(request(u"/status?code=503"_qs, u"flaky"_qs)).status, 503);
    QCOMPARE(client.breakerState(u"flaky"_qs), u"open"_qs);

    const HttpResponse rejected = run(request(u"/ok"_qs, u"flaky"_qs));
    QCOMPARE(rejected.error, ErrorKind::BreakerOpen);
    QCOMPARE(rejected.attempts, 0);
    QVERIFY2(rejected.errorMessage.contains(u"circuit breaker"_qs), qPrintable(rejected.errorMessage));
    QCOMPARE(m_server->hitCount(u"/ok"_qs), 0);
    QCOMPARE(client.stats().breakerRejections, 1);

    clock.advance(30000);
    QCOMPARE(client.breakerState(u"flaky"_qs), u"half-open"_qs);
    // A failed probe opens it again for a full cool-down.
    QCOMPARE(run(request(u"/status?code=503"_qs, u"flaky"_qs)).status, 503);
    QCOMPARE(client.breakerState(u"flaky"_qs), u"open"_qs);
    clock.advance(29999);
    QCOMPARE(run(request(u"/ok"_qs, u"flaky"_qs)).error, ErrorKind::BreakerOpen);
    clock.advance(1);
    QVERIFY(run(request(u"/ok"_qs, u"flaky"_qs)).ok());
    QCOMPARE(client.breakerState(u"flaky"_qs), u"closed"_qs);
    QCOMPARE(m_server->hitCount(u"/ok"_qs), 1);
    QCOMPARE(m_client->stats().activeCalls, 0);
    QCOMPARE(client.stats().activeCalls, 0);
}

void TstHttpClientFaults::userAgentFollowsTheClock()
{
    ManualClock clock(QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC));
    HttpClient client(m_client->config(), nullptr, &clock);
    client.setSourcePolicy(u"test"_qs, m_policy);
    auto send = [this, &client] {
        QSignalSpy spy(client.send(request(u"/ok"_qs)), &HttpCall::finished);
        return spy.wait(5000);
    };
    QVERIFY(send());
    QCOMPARE(m_server->hits().last().userAgent, chromeUserAgent(QDate(2026, 1, 15)));
    QVERIFY(m_server->hits().last().userAgent.contains("Chrome/144.0.0.0"));

    ClientConfig config = client.config();
    config.userAgent = "CarScout-test/1";   // an explicit one wins
    client.setConfig(config);
    QVERIFY(send());
    QCOMPARE(m_server->hits().last().userAgent, QByteArray("CarScout-test/1"));
}

QTEST_GUILESS_MAIN(TstHttpClientFaults)
#include "tst_httpclient_faults.moc"
