// CaptchaTokenPool with a fake provider and a ManualClock (refill, expiry on use, single use, backoff,
// idle when disabled, shutdown), and the solver-service provider against a fake service on loopback.

#include "core/common/clock.h"
#include "core/customs/captchatokenpool.h"
#include "core/customs/secretstore.h"
#include "core/customs/solverservice.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/net/sourcepolicy.h"
#include "tests/customs/loopbackserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace CarScout;
using namespace CarScout::Customs;

namespace {

// Answers only when told to: every requestToken() is queued until resolve()/fail().
class FakeProvider : public TokenProvider
{
public:
    int requests = 0;
    int pending = 0;
    int cancels = 0;
    void requestToken() override
    {
        ++requests;
        ++pending;
    }
    void cancelAll() override
    {
        ++cancels;
        pending = 0;
    }
    void resolve(const QString &token)
    {
        --pending;
        emit tokenReady(token);
    }
    void fail(const QString &reason)
    {
        --pending;
        emit failed(reason);
    }
};

TokenPoolConfig fastConfig()
{
    TokenPoolConfig c;
    c.targetSize = 2;
    c.maxInFlight = 1;
    c.tokenLifetimeMs = 110000;
    c.refillIntervalMs = 5;
    c.backoffBaseMs = 10000;
    c.backoffMaxMs = 40000;
    return c;
}

} // namespace

class TestCustomsTokenPool : public QObject
{
    Q_OBJECT

private slots:
    void idleUntilEnabled()
    {
        FakeProvider provider;
        ManualClock clock;
        CaptchaTokenPool pool(&provider, &clock, fastConfig());
        QTest::qWait(30);
        QCOMPARE(provider.requests, 0);
        QVERIFY(!pool.timerActive());
        QVERIFY(!pool.take());
    }

    void refillsToTargetOneAtATime()
    {
        FakeProvider provider;
        ManualClock clock;
        CaptchaTokenPool pool(&provider, &clock, fastConfig());
        QSignalSpy available(&pool, &CaptchaTokenPool::tokenAvailable);
        pool.setEnabled(true);
        QVERIFY(pool.timerActive());
        QCOMPARE(provider.requests, 1);   // maxInFlight 1
        QCOMPARE(pool.inFlight(), 1);
        provider.resolve(QStringLiteral("t1"));
        QCOMPARE(available.count(), 1);
        QTRY_COMPARE(provider.requests, 2);
        provider.resolve(QStringLiteral("t2"));
        QCOMPARE(pool.available(), 2);
        QTest::qWait(30);   // full: no more requests
        QCOMPARE(provider.requests, 2);
    }

    void tokensAreSingleUseAndOldestFirst()
    {
        FakeProvider provider;
        ManualClock clock;
        CaptchaTokenPool pool(&provider, &clock, fastConfig());
        pool.setEnabled(true);
        provider.resolve(QStringLiteral("t1"));
        QTRY_COMPARE(provider.pending, 1);
        clock.advance(1000);
        provider.resolve(QStringLiteral("t2"));
        QCOMPARE(pool.take().value_or(QString()), QStringLiteral("t1"));
        QCOMPARE(pool.take().value_or(QString()), QStringLiteral("t2"));
        QVERIFY(!pool.take());   // each token handed out once
        QTRY_COMPARE(provider.requests, 3);   // taking refills
    }

    void expiryIsCheckedOnUse()
    {
        FakeProvider provider;
        ManualClock clock;
        CaptchaTokenPool pool(&provider, &clock, fastConfig());
        pool.setEnabled(true);
        provider.resolve(QStringLiteral("old"));
        QTRY_COMPARE(provider.pending, 1);
        clock.advance(100000);
        provider.resolve(QStringLiteral("young"));
        clock.advance(9999);   // "old" is 109 999 ms old: still valid
        QCOMPARE(pool.available(), 2);
        clock.advance(1);      // 110 000 ms: expired
        QCOMPARE(pool.available(), 1);
        QCOMPARE(pool.take().value_or(QString()), QStringLiteral("young"));
        QVERIFY(!pool.take());
    }

    void synchronousFailureBacksOffInsteadOfLooping()
    {
        // A provider that fails inside requestToken() (e.g. no solver key stored) must not spin the refill loop.
        class FailingProvider : public TokenProvider
        {
        public:
            int requests = 0;
            void requestToken() override
            {
                ++requests;
                emit failed(QStringLiteral("no key"));
            }
            void cancelAll() override {}
        } provider;
        ManualClock clock;
        TokenPoolConfig config = fastConfig();
        config.maxInFlight = 2;
        CaptchaTokenPool pool(&provider, &clock, config);
        pool.setEnabled(true);
        QCOMPARE(provider.requests, 1);
        QCOMPARE(pool.consecutiveFailures(), 1);
        QCOMPARE(pool.nextAttemptAtMs(), clock.nowMs() + 10000);
        QTest::qWait(30);
        QCOMPARE(provider.requests, 1);
    }

    void failuresBackOffExponentially()
    {
        FakeProvider provider;
        ManualClock clock;
        CaptchaTokenPool pool(&provider, &clock, fastConfig());
        QSignalSpy failed(&pool, &CaptchaTokenPool::providerFailed);
        pool.setEnabled(true);
        QCOMPARE(provider.requests, 1);
        provider.fail(QStringLiteral("ERROR_ZERO_BALANCE"));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("ERROR_ZERO_BALANCE"));
        QCOMPARE(pool.consecutiveFailures(), 1);
        QCOMPARE(pool.nextAttemptAtMs(), clock.nowMs() + 10000);
        QTest::qWait(30);
        QCOMPARE(provider.requests, 1);   // backing off: the timer ticks but nothing is requested
        clock.advance(9999);
        QTest::qWait(30);
        QCOMPARE(provider.requests, 1);
        clock.advance(1);
        QTRY_COMPARE(provider.requests, 2);
        provider.fail(QStringLiteral("again"));
        QCOMPARE(pool.nextAttemptAtMs(), clock.nowMs() + 20000);   // doubled
        clock.advance(20000);
        QTRY_COMPARE(provider.requests, 3);
        provider.fail(QStringLiteral("again"));
        clock.advance(40000);
        QTRY_COMPARE(provider.requests, 4);
        provider.fail(QStringLiteral("again"));
        QCOMPARE(pool.nextAttemptAtMs(), clock.nowMs() + 40000);   // capped
        clock.advance(40000);
        QTRY_COMPARE(provider.requests, 5);
        provider.resolve(QStringLiteral("finally"));   // success resets the backoff
        QCOMPARE(pool.consecutiveFailures(), 0);
        QCOMPARE(pool.nextAttemptAtMs(), 0);
    }

    void shutdownStopsEverything()
    {
        FakeProvider provider;
        ManualClock clock;
        auto *pool = new CaptchaTokenPool(&provider, &clock, fastConfig());
        pool->setEnabled(true);
        provider.resolve(QStringLiteral("t1"));
        QTRY_COMPARE(provider.pending, 1);
        pool->setEnabled(false);
        QVERIFY(!pool->timerActive());
        QCOMPARE(provider.cancels, 1);   // the request in flight is canceled
        QCOMPARE(pool->inFlight(), 0);
        QVERIFY(!pool->take());          // tokens are forgotten
        const int before = provider.requests;
        QTest::qWait(30);
        QCOMPARE(provider.requests, before);
        emit provider.tokenReady(QStringLiteral("late"));   // a late answer is ignored
        QVERIFY(!pool->take());
        pool->setEnabled(true);
        QTRY_COMPARE(provider.requests, before + 1);
        delete pool;                     // the destructor shuts down too
        QCOMPARE(provider.cancels, 2);
    }

    void solverServiceProtocol()
    {
        Test::LoopbackServer server;
        int polls = 0;
        server.handler = [&](const Test::LoopbackRequest &req) -> Test::LoopbackReply {
            const QJsonObject body = QJsonDocument::fromJson(req.body).object();
            if (body.value(u"clientKey").toString() != u"secret-key")
                return {200, "application/json", R"({"errorId":1,"errorCode":"ERROR_KEY_DOES_NOT_EXIST","errorDescription":"bad key"})"};
            if (req.target.endsWith("/createTask")) {
                const QJsonObject task = body.value(u"task").toObject();
                if (task.value(u"type").toString() != u"ReCaptchaV2TaskProxyLess"
                    || task.value(u"websiteURL").toString() != u"https://www.tks.ru/auto/calc/"
                    || task.value(u"websiteKey").toString().isEmpty())
                    return {200, "application/json", R"({"errorId":1,"errorCode":"ERROR_BAD_TASK"})"};
                return {200, "application/json", R"({"errorId":0,"taskId":"task-42"})"};
            }
            if (req.target.endsWith("/getTaskResult") && body.value(u"taskId").toString() == u"task-42") {
                if (++polls < 3)
                    return {200, "application/json", R"({"errorId":0,"status":"processing"})"};
                return {200, "application/json", R"({"errorId":0,"status":"ready","solution":{"gRecaptchaResponse":"03AGdBq-token"}})"};
            }
            return {404, "text/plain", "?"};
        };
        QVERIFY(server.listen());
        Net::ClientConfig config;
        Net::HttpClient http(config);
        Net::SourcePolicy policy = http.sourcePolicy(QStringLiteral("captcha-solver"));
        policy.rate.minIntervalMs = 0;
        policy.retry.maxAttempts = 1;
        http.setSourcePolicy(QStringLiteral("captcha-solver"), policy);
        MemorySecretStore secrets;
        SolverServiceConfig solverConfig;
        solverConfig.endpoint = QUrl(server.baseUrl() + u"/api");
        solverConfig.pollIntervalMs = 5;
        SolverServiceTokenProvider provider(&http, &secrets, solverConfig);
        QSignalSpy ready(&provider, &TokenProvider::tokenReady);
        QSignalSpy failed(&provider, &TokenProvider::failed);

        // No key yet: a clear failure, no request.
        provider.requestToken();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("API key")));
        QCOMPARE(server.requests.size(), 0);

        secrets.write(solverConfig.keyName, QStringLiteral("secret-key"), [](const QString &) {});
        provider.requestToken();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 5000);
        QCOMPARE(ready.at(0).at(0).toString(), QStringLiteral("03AGdBq-token"));
        QCOMPARE(polls, 3);
        QCOMPARE(server.requests.first().target, QByteArray("/api/createTask"));

        // Wired into the pool: the pool fills from the service.
        polls = 0;
        ManualClock clock;
        TokenPoolConfig poolConfig = fastConfig();
        poolConfig.targetSize = 1;
        CaptchaTokenPool pool(&provider, &clock, poolConfig);
        pool.setEnabled(true);
        QTRY_COMPARE_WITH_TIMEOUT(pool.available(), 1, 5000);
        QCOMPARE(pool.take().value_or(QString()), QStringLiteral("03AGdBq-token"));
        pool.shutdown();

        // A service error is reported with its code.
        secrets.write(solverConfig.keyName, QStringLiteral("wrong"), [](const QString &) {});
        failed.clear();
        provider.requestToken();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("ERROR_KEY_DOES_NOT_EXIST")),
                 qPrintable(failed.at(0).at(0).toString()));
    }

    void solverServiceGivesUpAfterMaxPolls()
    {
        Test::LoopbackServer server;
        server.handler = [&](const Test::LoopbackRequest &req) -> Test::LoopbackReply {
            if (req.target.endsWith("/createTask"))
                return {200, "application/json", R"({"errorId":0,"taskId":7})"};
            return {200, "application/json", R"({"errorId":0,"status":"processing"})"};
        };
        QVERIFY(server.listen());
        Net::HttpClient http(Net::ClientConfig{});
        Net::SourcePolicy policy = http.sourcePolicy(QStringLiteral("captcha-solver"));
        policy.rate.minIntervalMs = 0;
        http.setSourcePolicy(QStringLiteral("captcha-solver"), policy);
        MemorySecretStore secrets;
        SolverServiceConfig c;
        c.endpoint = QUrl(server.baseUrl());
        c.pollIntervalMs = 2;
        c.maxPolls = 3;
        secrets.write(c.keyName, QStringLiteral("k"), [](const QString &) {});
        SolverServiceTokenProvider provider(&http, &secrets, c);
        QSignalSpy failed(&provider, &TokenProvider::failed);
        provider.requestToken();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("not ready after 3 polls")));
        QCOMPARE(server.requests.size(), 4);   // createTask + 3 polls
    }
};

QTEST_GUILESS_MAIN(TestCustomsTokenPool)
#include "tst_customstokenpool.moc"
