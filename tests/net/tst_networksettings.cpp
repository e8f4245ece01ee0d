// The dealer's network settings applied in one call: every tuned source's policy (marketplaces and services) and
// the proxy, which reaches the client only when it changed.

#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/net/networksettings.h"
#include "core/net/sourcepolicy.h"
#include "tests/net/faultserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Net;
using CarScout::Test::FaultServer;

Q_DECLARE_METATYPE(CarScout::Net::SourceTuning)
Q_DECLARE_METATYPE(CarScout::Net::RateSchedule)

class TstNetworkSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<HttpResponse>(); }
    void tuned_data();
    void tuned();
    void tuningOfRoundTrips();
    void servicesAreListed();
    void appliesEveryTunedSourceAndKeepsTheRest();
    void proxyReachesTheClientOnlyWhenChanged();
};

namespace {

SourceTuning tuning(int interval, int jitter, int every, int pauseMin, int pauseMax, int retries, int timeout)
{
    return SourceTuning{interval, jitter, every, pauseMin, pauseMax, retries, timeout};
}

SourcePolicy sourceOwnPolicy()
{
    SourcePolicy policy;
    policy.rate = RateSchedule{700, 100, 5, 200, 400, 3};
    policy.breaker = BreakerConfig{4, 12345};
    policy.headers = {{"Referer", "https://example.invalid/"}};
    policy.totalTimeoutMs = 77777;
    policy.blockPageMarkers = {"captcha"};
    return policy;
}

} // namespace

void TstNetworkSettings::tuned_data()
{
    QTest::addColumn<SourceTuning>("tuning");
    QTest::addColumn<RateSchedule>("rate");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("timeout");
    QTest::newRow("as given") << tuning(500, 250, 20, 1000, 3000, 3, 30000) << RateSchedule{500, 250, 20, 1000, 3000, 3}
                              << 3 << 30000;
    QTest::newRow("pause max below min") << tuning(100, 0, 2, 900, 300, 2, 5000) << RateSchedule{100, 0, 2, 900, 900, 3}
                                         << 2 << 5000;
    QTest::newRow("no attempts means one") << tuning(0, 0, 0, 0, 0, 0, 1000) << RateSchedule{0, 0, 0, 0, 0, 3} << 1
                                           << 1000;
    QTest::newRow("negatives are zero") << tuning(-5, -1, -2, -3, -4, 1, -6) << RateSchedule{0, 0, 0, 0, 0, 3} << 1 << 0;
}

void TstNetworkSettings::tuned()
{
    QFETCH(SourceTuning, tuning);
    QFETCH(RateSchedule, rate);
    QFETCH(int, attempts);
    QFETCH(int, timeout);
    const SourcePolicy own = sourceOwnPolicy();
    const SourcePolicy p = tunedPolicy(own, tuning);
    QCOMPARE(p.rate.minIntervalMs, rate.minIntervalMs);
    QCOMPARE(p.rate.jitterMs, rate.jitterMs);
    QCOMPARE(p.rate.pauseEvery, rate.pauseEvery);
    QCOMPARE(p.rate.pauseMinMs, rate.pauseMinMs);
    QCOMPARE(p.rate.pauseMaxMs, rate.pauseMaxMs);
    QCOMPARE(p.retry.maxAttempts, attempts);
    QCOMPARE(p.timeoutMs, timeout);
    // What the dealer does not set stays the source's.
    QCOMPARE(p.rate.maxConcurrent, own.rate.maxConcurrent);
    QCOMPARE(p.breaker.failureThreshold, own.breaker.failureThreshold);
    QCOMPARE(p.breaker.coolDownMs, own.breaker.coolDownMs);
    QCOMPARE(p.headers, own.headers);
    QCOMPARE(p.totalTimeoutMs, own.totalTimeoutMs);
    QCOMPARE(p.blockPageMarkers, own.blockPageMarkers);
    QCOMPARE(p.retry.retryStatuses, own.retry.retryStatuses);
}

void TstNetworkSettings::tuningOfRoundTrips()
{
    const SourceTuning t = tuning(1200, 300, 7, 1500, 2500, 4, 20000);
    QCOMPARE(tuningOf(tunedPolicy(sourceOwnPolicy(), t)), t);
    // A policy without its own timeout shows the dialog's default.
    QCOMPARE(tuningOf(SourcePolicy{}).timeoutMs, SourceTuning().timeoutMs);
}

void TstNetworkSettings::servicesAreListed()
{
    QCOMPARE(networkServiceSources(), (QStringList{u"photos"_qs, u"cbr"_qs, u"tks"_qs, u"calcus"_qs}));
}

void TstNetworkSettings::appliesEveryTunedSourceAndKeepsTheRest()
{
    HttpClient client{ClientConfig{}};
    client.setSourcePolicy(u"market"_qs, sourceOwnPolicy());
    const SourcePolicy untouchedBefore = client.sourcePolicy(u"other"_qs);

    NetworkSettings settings;
    settings.tunings.insert(u"market"_qs, tuning(900, 0, 0, 0, 0, 2, 8000));
    int i = 0;
    for (const QString &service : networkServiceSources()) {
        ++i;
        settings.tunings.insert(service, tuning(100 * i, 0, 0, 0, 0, 1, 1000 * i));
    }
    applyNetworkSettings(client, settings);
    applyNetworkSettings(client, settings);   // again: the same result, not tuned twice

    const SourcePolicy market = client.sourcePolicy(u"market"_qs);
    QCOMPARE(market.rate.minIntervalMs, 900);
    QCOMPARE(market.retry.maxAttempts, 2);
    QCOMPARE(market.timeoutMs, 8000);
    QCOMPARE(market.breaker.failureThreshold, 4);
    QCOMPARE(market.headers, sourceOwnPolicy().headers);
    i = 0;
    for (const QString &service : networkServiceSources()) {
        ++i;
        const SourcePolicy p = client.sourcePolicy(service);
        QCOMPARE(p.rate.minIntervalMs, 100 * i);
        QCOMPARE(p.retry.maxAttempts, 1);
        QCOMPARE(p.timeoutMs, 1000 * i);
        // The service's own concurrency (the seed defaults) survives.
        QCOMPARE(p.rate.maxConcurrent, defaultSourcePolicy(service).rate.maxConcurrent);
    }
    const SourcePolicy other = client.sourcePolicy(u"other"_qs);
    QCOMPARE(other.rate.minIntervalMs, untouchedBefore.rate.minIntervalMs);
    QCOMPARE(other.retry.maxAttempts, untouchedBefore.retry.maxAttempts);
    QCOMPARE(other.timeoutMs, untouchedBefore.timeoutMs);
}

void TstNetworkSettings::proxyReachesTheClientOnlyWhenChanged()
{
    FaultServer server;
    QVERIFY(server.listen());
    ClientConfig config;
    config.remaps.insert(u"faults.test"_qs, QUrl(server.baseUrl()));
    HttpClient client(config);
    HttpRequest request;
    request.url = QUrl(u"http://faults.test/ok"_qs);
    request.source = u"test"_qs;
    auto fetch = [&] {
        QSignalSpy spy(client.send(request), &HttpCall::finished);
        return spy.wait(5000) && spy.at(0).at(0).value<HttpResponse>().ok();
    };

    QVERIFY(fetch());
    NetworkSettings settings;   // direct, as configured
    applyNetworkSettings(client, settings);
    QVERIFY(fetch());
    QCOMPARE(server.connectionsAccepted(), 1);   // the pooled connection was kept

    // The fault server as an HTTP proxy: the next request goes to it in absolute form, on a new connection.
    std::optional<ProxyConfig> proxy = parseProxyUrl(u"http://127.0.0.1:%1"_qs.arg(server.port()));
    QVERIFY(proxy);
    settings.proxy = *proxy;
    applyNetworkSettings(client, settings);
    QVERIFY(client.config().proxy == *proxy);
    QCOMPARE(client.config().remaps.size(), 1);   // the rest of the configuration kept
    QVERIFY(fetch());
    QCOMPARE(server.connectionsAccepted(), 2);
    QCOMPARE(server.hitCount(u"/ok"_qs), 3);
}

QTEST_GUILESS_MAIN(TstNetworkSettings)
#include "tst_networksettings.moc"
