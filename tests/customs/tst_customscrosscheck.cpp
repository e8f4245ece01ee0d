// The online cross-checks end to end on loopback: tks.ru (token from the pool, the real capture served back,
// the CAPTCHA page), calcus.ru (form POST, JSON reply), and the comparison with the offline engine.

#include "core/common/clock.h"
#include "core/customs/captchatokenpool.h"
#include "core/customs/crosscheck.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/net/sourcepolicy.h"
#include "tests/common/testsupport.h"
#include "tests/customs/loopbackserver.h"

#include <QUrlQuery>
#include <QtTest>

using namespace CarScout;
using namespace CarScout::Customs;

namespace {

class CountingProvider : public TokenProvider
{
public:
    bool answer = true;
    int issued = 0;
    void requestToken() override
    {
        if (answer)
            QTimer::singleShot(0, this, [this] { emit tokenReady(QStringLiteral("token-%1").arg(++issued)); });
    }
    void cancelAll() override {}
};

Input vector2()
{
    Input in;
    in.importer = Importer::Company;
    in.vehicle = VehicleKind::Motorcycle;
    in.engineCc = 125;
    in.power = Power::hp(1);
    in.produced = *ProductionDate::parse(u"2025-01");
    in.declarationDate = QDate(2025, 6, 24);
    in.price = 3500000;
    in.currency = QStringLiteral("KRW");
    return in;
}

RateTable vector2Rates()
{
    RateTable rates;
    rates.date = QDate(2025, 6, 24);
    rates.setManual(QStringLiteral("KRW"), *Rational::parse(u"0.0571727"));
    rates.setManual(QStringLiteral("EUR"), *Rational::parse(u"89.8388"));
    return rates;
}

} // namespace

class TestCustomsCrossCheck : public QObject
{
    Q_OBJECT

    Test::LoopbackServer m_server;
    QByteArray m_tksBody;
    QByteArray m_calcusBody;
    std::unique_ptr<Net::HttpClient> m_http;

private slots:
    void initTestCase()
    {
        m_server.handler = [this](const Test::LoopbackRequest &req) -> Test::LoopbackReply {
            if (req.target.startsWith("/www.tks.ru/"))
                return {200, "text/html; charset=utf-8", m_tksBody};
            if (req.target.startsWith("/calcus.ru/"))
                return {200, "application/json", m_calcusBody};
            return {404, "text/plain", "?"};
        };
        QVERIFY(m_server.listen());
        Net::ClientConfig config;
        config.remaps.insert(QStringLiteral("www.tks.ru"), QUrl(m_server.baseUrl() + u"/www.tks.ru"));
        config.remaps.insert(QStringLiteral("calcus.ru"), QUrl(m_server.baseUrl() + u"/calcus.ru"));
        m_http = std::make_unique<Net::HttpClient>(config);
        for (const QString &source : {QStringLiteral("tks"), QStringLiteral("calcus")}) {
            Net::SourcePolicy policy = m_http->sourcePolicy(source);
            policy.rate.minIntervalMs = 0;
            policy.retry.maxAttempts = 1;
            policy.blockPageMarkers.clear();
            m_http->setSourcePolicy(source, policy);
        }
    }

    void tksWithAPoolToken()
    {
        CARSCOUT_READ_SAMPLE(capture, "tks/tks-response.html");
        m_tksBody = capture;
        CountingProvider provider;
        ManualClock clock;
        TokenPoolConfig poolConfig;
        poolConfig.targetSize = 1;
        poolConfig.refillIntervalMs = 5;
        CaptchaTokenPool pool(&provider, &clock, poolConfig);
        CrossCheck check(m_http.get(), &pool);
        const Result offline = Engine::builtin().estimate(vector2(), vector2Rates());
        QVERIFY(offline.ok);

        std::optional<CrossCheckReply> reply;
        check.checkTks(vector2(), offline, [&](const CrossCheckReply &r) { reply = r; }, 50);
        QVERIFY(reply && !reply->comparison);   // the pool is off by default
        QVERIFY(reply->error.contains(QStringLiteral("off")));

        pool.setEnabled(true);
        reply.reset();
        m_server.requests.clear();
        check.checkTks(vector2(), offline, [&](const CrossCheckReply &r) { reply = r; }, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 5000);
        QVERIFY2(reply->comparison, qPrintable(reply->error));
        QVERIFY(reply->comparison->allMatch);
        QCOMPARE(reply->comparison->lines.size(), 7);
        QCOMPARE(m_server.requests.size(), 1);
        const Test::LoopbackRequest &sent = m_server.requests.first();
        QVERIFY(sent.head.contains("X-Requested-With: XMLHttpRequest"));
        QVERIFY(sent.head.contains("Referer: https://www.tks.ru/auto/calc/"));
        const QUrlQuery query(QString::fromUtf8(sent.target.mid(sent.target.indexOf('?') + 1)));
        QCOMPARE(query.queryItemValue(QStringLiteral("captcha")), QStringLiteral("token-1"));
        QCOMPARE(query.queryItemValue(QStringLiteral("ts_type")), QStringLiteral("06_8711"));
        QCOMPARE(query.queryItemValue(QStringLiteral("face")), QStringLiteral("jur"));
        QCOMPARE(query.queryItemValue(QStringLiteral("cost")), QStringLiteral("3500000"));

        // The next check takes another (single-use) token.
        reply.reset();
        check.checkTks(vector2(), offline, [&](const CrossCheckReply &r) { reply = r; }, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 5000);
        const Test::LoopbackRequest &second = m_server.requests.last();
        QVERIFY(second.target.contains("captcha=token-2"));

        // The CAPTCHA page is an error, not a result.
        m_tksBody = QStringLiteral("<p>На форму расчёта установлена CAPTCHA</p>").toUtf8();
        reply.reset();
        check.checkTks(vector2(), offline, [&](const CrossCheckReply &r) { reply = r; }, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 5000);
        QVERIFY(!reply->comparison);
        QVERIFY(reply->error.contains(QStringLiteral("CAPTCHA")));

        // No token in time.
        provider.answer = false;
        while (pool.take()) {
        }
        reply.reset();
        check.checkTks(vector2(), offline, [&](const CrossCheckReply &r) { reply = r; }, 20);
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 5000);
        QVERIFY(reply->error.contains(QStringLiteral("no CAPTCHA token")));
    }

    void calcus()
    {
        // A company diesel 2026 case; the reply's strings are what calcus.ru would print for our figures
        // except the duty, one rouble off, to see the difference reported.
        Input in;
        in.importer = Importer::Company;
        in.powertrain = Powertrain::Diesel;
        in.engineCc = 2199;
        in.power = Power::hp(200);
        in.produced = *ProductionDate::parse(u"2020-01");
        in.declarationDate = QDate(2026, 6, 1);
        in.price = 30000000;
        in.currency = QStringLiteral("KRW");
        RateTable rates;
        rates.date = in.declarationDate;
        rates.setManual(QStringLiteral("KRW"), *Rational::parse(u"0.06"));
        rates.setManual(QStringLiteral("EUR"), 100);
        const Result offline = Engine::builtin().estimate(in, rates);
        QVERIFY(offline.ok);
        const auto rub = [](const Amount &a) -> QString { return formatKopecksGrouped(*a.kopecks).replace(QStringLiteral(".00"), QString()) + QStringLiteral(" ₽"); };
        m_calcusBody = (u"{\"sborStr\":\"" + rub(offline.clearanceFee) + u"\",\"poshlinaStr\":\"" + rub(Amount::of(*offline.duty.kopecks + 100))
                        + u"\",\"akcizStr\":\"" + rub(offline.excise) + u"\",\"ndsStr\":\"" + rub(offline.vat)
                        + u"\",\"utilStr\":\"" + rub(offline.utilizationFee) + u"\",\"total\":\"1 ₽\",\"total2\":\"2 ₽\"}").toUtf8();
        QVERIFY2(offline.vat.kopecks.value() % 100 == 0 && offline.duty.kopecks.value() % 100 == 0, "whole roubles in this case");
        CrossCheck check(m_http.get(), nullptr);
        std::optional<CrossCheckReply> reply;
        m_server.requests.clear();
        check.checkCalcus(in, offline, [&](const CrossCheckReply &r) { reply = r; });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 5000);
        QVERIFY2(reply->comparison, qPrintable(reply->error));
        const Comparison &c = *reply->comparison;
        QCOMPARE(c.source, QStringLiteral("calcus.ru"));
        QCOMPARE(c.lines.size(), 5);
        QCOMPARE(c.lines[1].key, QStringLiteral("duty_rub"));
        QCOMPARE(*c.lines[1].difference, 100);
        QVERIFY(!c.lines[1].matches);
        QVERIFY(c.lines[0].matches && c.lines[2].matches && c.lines[3].matches && c.lines[4].matches);
        QCOMPARE(m_server.requests.first().method, QByteArray("POST"));
        QVERIFY(m_server.requests.first().body.contains("owner=2"));
        QVERIFY(m_server.requests.first().head.contains("X-Requested-With"));
    }
};

QTEST_GUILESS_MAIN(TestCustomsCrossCheck)
#include "tst_customscrosscheck.moc"
