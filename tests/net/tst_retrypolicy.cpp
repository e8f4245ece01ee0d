#include "core/net/retrypolicy.h"

#include <QTest>

using namespace CarScout::Net;
using Action = RetryDecision::Action;

Q_DECLARE_METATYPE(ErrorKind)
Q_DECLARE_METATYPE(RetryDecision::Action)

class TstRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void decide_data();
    void decide();
    void backoff_data();
    void backoff();
};

void TstRetryPolicy::decide_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorKind>("error");
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<qint64>("retryAfterMs");   // -1 = no header
    QTest::addColumn<bool>("sessionReset");
    QTest::addColumn<Action>("action");
    QTest::addColumn<qint64>("delayMs");
    QTest::addColumn<bool>("holdHost");

    // Defaults: 3 attempts, base 1000 ms, cap 30 s; the table uses jitterDraw 0 unless it says otherwise.
    QTest::newRow("success") << 1 << 200 << ErrorKind::None << true << -1LL << false << Action::GiveUp << 0LL << false;
    QTest::newRow("503 first") << 1 << 503 << ErrorKind::HttpStatus << true << -1LL << false << Action::Retry << 1000LL << false;
    QTest::newRow("503 second") << 2 << 503 << ErrorKind::HttpStatus << true << -1LL << false << Action::Retry << 2000LL << false;
    QTest::newRow("503 third: out of attempts") << 3 << 503 << ErrorKind::HttpStatus << true << -1LL << false << Action::GiveUp << 0LL << false;
    QTest::newRow("500") << 1 << 500 << ErrorKind::HttpStatus << true << -1LL << false << Action::Retry << 1000LL << false;
    QTest::newRow("502") << 1 << 502 << ErrorKind::HttpStatus << true << -1LL << false << Action::Retry << 1000LL << false;
    QTest::newRow("504") << 2 << 504 << ErrorKind::HttpStatus << true << -1LL << false << Action::Retry << 2000LL << false;
    QTest::newRow("429 without Retry-After holds the host") << 1 << 429 << ErrorKind::HttpStatus << true << -1LL << false << Action::Retry << 1000LL << true;
    QTest::newRow("429 Retry-After wins") << 1 << 429 << ErrorKind::HttpStatus << true << 7000LL << false << Action::Retry << 7000LL << true;
    QTest::newRow("503 Retry-After 0") << 1 << 503 << ErrorKind::HttpStatus << true << 0LL << false << Action::Retry << 0LL << true;
    QTest::newRow("503 Retry-After beyond limit") << 1 << 503 << ErrorKind::HttpStatus << true << 121000LL << false << Action::GiveUp << 0LL << false;
    QTest::newRow("400 never") << 1 << 400 << ErrorKind::HttpStatus << true << -1LL << false << Action::GiveUp << 0LL << false;
    QTest::newRow("404 never") << 1 << 404 << ErrorKind::HttpStatus << true << -1LL << false << Action::GiveUp << 0LL << false;
    QTest::newRow("404 with Retry-After still never") << 1 << 404 << ErrorKind::HttpStatus << true << 1000LL << false << Action::GiveUp << 0LL << false;
    QTest::newRow("401 never") << 1 << 401 << ErrorKind::HttpStatus << true << -1LL << false << Action::GiveUp << 0LL << false;
    QTest::newRow("connection error") << 1 << 0 << ErrorKind::Connection << true << -1LL << false << Action::Retry << 1000LL << false;
    QTest::newRow("connection error, POST") << 1 << 0 << ErrorKind::Connection << false << -1LL << false << Action::GiveUp << 0LL << false;
    QTest::newRow("our timeout") << 2 << 0 << ErrorKind::Timeout << true << -1LL << false << Action::Retry << 2000LL << false;
    QTest::newRow("our timeout, POST") << 1 << 0 << ErrorKind::Timeout << false << -1LL << false << Action::GiveUp << 0LL << false;
    QTest::newRow("503 POST not retried") << 1 << 503 << ErrorKind::HttpStatus << false << -1LL << false << Action::GiveUp << 0LL << false;
    QTest::newRow("429 POST retried (not processed)") << 1 << 429 << ErrorKind::HttpStatus << false << 2000LL << false << Action::Retry << 2000LL << true;
    QTest::newRow("403 first: reset session") << 1 << 403 << ErrorKind::Blocked << true << -1LL << false << Action::ResetSessionAndRetry << 3000LL << true;
    QTest::newRow("403 after reset: give up") << 2 << 403 << ErrorKind::Blocked << true << -1LL << true << Action::GiveUp << 0LL << false;
    QTest::newRow("block page, last attempt") << 3 << 200 << ErrorKind::Blocked << true << -1LL << false << Action::GiveUp << 0LL << false;
    QTest::newRow("canceled") << 1 << 0 << ErrorKind::Canceled << true << -1LL << false << Action::GiveUp << 0LL << false;
    QTest::newRow("too large") << 1 << 200 << ErrorKind::TooLarge << true << -1LL << false << Action::GiveUp << 0LL << false;
    QTest::newRow("redirect loop") << 1 << 302 << ErrorKind::Redirect << true << -1LL << false << Action::GiveUp << 0LL << false;
    QTest::newRow("tls") << 1 << 0 << ErrorKind::Tls << true << -1LL << false << Action::GiveUp << 0LL << false;
    QTest::newRow("proxy") << 1 << 0 << ErrorKind::Proxy << true << -1LL << false << Action::GiveUp << 0LL << false;
    QTest::newRow("breaker open") << 1 << 0 << ErrorKind::BreakerOpen << true << -1LL << false << Action::GiveUp << 0LL << false;
}

void TstRetryPolicy::decide()
{
    QFETCH(int, attempt);
    QFETCH(int, status);
    QFETCH(ErrorKind, error);
    QFETCH(bool, idempotent);
    QFETCH(qint64, retryAfterMs);
    QFETCH(bool, sessionReset);
    QFETCH(Action, action);
    QFETCH(qint64, delayMs);
    QFETCH(bool, holdHost);

    AttemptOutcome outcome;
    outcome.attempt = attempt;
    outcome.status = status;
    outcome.error = error;
    outcome.idempotent = idempotent;
    if (retryAfterMs >= 0)
        outcome.retryAfterMs = retryAfterMs;
    outcome.sessionAlreadyReset = sessionReset;
    const RetryDecision decision = decideRetry(RetryPolicy{}, outcome, 0.0);
    QCOMPARE(decision.action, action);
    QVERIFY2(!decision.reason.isEmpty(), "every decision says why");
    if (action != Action::GiveUp) {
        QCOMPARE(decision.delayMs, delayMs);
        QCOMPARE(decision.holdHost, holdHost);
    }
}

void TstRetryPolicy::backoff_data()
{
    QTest::addColumn<int>("base");
    QTest::addColumn<int>("cap");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<int>("retry");
    QTest::addColumn<double>("draw");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("first, no jitter") << 1000 << 30000 << 0.5 << 1 << 0.0 << 1000LL;
    QTest::newRow("first, full jitter draw") << 1000 << 30000 << 0.5 << 1 << 1.0 << 1500LL;
    QTest::newRow("third, half draw") << 1000 << 30000 << 0.5 << 3 << 0.5 << 5000LL;
    QTest::newRow("capped") << 1000 << 30000 << 0.5 << 6 << 0.0 << 30000LL;
    QTest::newRow("fifth with jitter") << 1000 << 30000 << 0.5 << 5 << 0.99 << 23920LL;
    QTest::newRow("sixth capped despite jitter") << 1000 << 30000 << 0.5 << 6 << 0.99 << 30000LL;
    QTest::newRow("huge retry number does not overflow") << 1000 << 30000 << 0.5 << 1000 << 0.3 << 30000LL;
    QTest::newRow("no jitter configured") << 500 << 10000 << 0.0 << 2 << 0.9 << 1000LL;
}

void TstRetryPolicy::backoff()
{
    QFETCH(int, base);
    QFETCH(int, cap);
    QFETCH(double, jitter);
    QFETCH(int, retry);
    QFETCH(double, draw);
    QFETCH(qint64, expected);
    RetryPolicy policy;
    policy.baseDelayMs = base;
    policy.maxDelayMs = cap;
    policy.jitter = jitter;
    QCOMPARE(backoffDelayMs(policy, retry, draw), expected);
}

QTEST_APPLESS_MAIN(TstRetryPolicy)
#include "tst_retrypolicy.moc"
