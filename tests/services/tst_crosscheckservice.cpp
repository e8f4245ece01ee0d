// The online cross-check service on loopback: typing a price digit by digit asks calcus.ru once (the replay
// server counts the POSTs), a new question cancels the one still in flight (its answer never arrives), a
// switched-off session asks nothing, and demo mode keeps both calculators off with a reason.

#include "core/common/clock.h"
#include "core/demo/replayserver.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/net/netstats.h"
#include "core/net/sourcepolicy.h"
#include "core/services/crosscheckservice.h"

#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

using namespace CarScout;
using namespace CarScout::Services;

namespace {

Customs::Input carWithPrice(const QString &price)
{
    Customs::Input in;
    in.importer = Customs::Importer::Individual;
    in.engineCc = 1998;
    in.power = Customs::Power::hp(150);
    in.produced = {2022, 3, 0};
    in.declarationDate = QDate(2026, 6, 1);
    in.price = Customs::Rational::parse(price).value_or(Customs::Rational());
    in.currency = QStringLiteral("KRW");
    return in;
}

} // namespace

class TestCrossCheckService : public QObject
{
    Q_OBJECT

    Demo::ReplayServer m_server;
    std::unique_ptr<Net::HttpClient> m_http;
    QStringList m_prices;   // the "price" field of every calcus.ru POST the server saw
    SystemClock m_clock;

    CrossCheckService::Options options()
    {
        CrossCheckService::Options o;
        o.debounceMs = 150;
        return o;
    }

private slots:
    void initTestCase()
    {
        m_server.addHandler(u"calcus.ru"_qs, [this](const Demo::ReplayRequest &req) -> std::optional<Demo::ReplayResponse> {
            const QString price = QUrlQuery(QString::fromUtf8(req.body)).queryItemValue(u"price"_qs);
            m_prices << price;
            // The duty echoes the price, so an answer names the question it belongs to.
            const QByteArray body = QStringLiteral(R"({"sborStr":"4 924 ₽","poshlinaStr":"%1 ₽","utilStr":"3 400 ₽","akcizStr":"0 ₽","ndsStr":"0 ₽","total":"1 ₽"})")
                                        .arg(price).toUtf8();
            return Demo::ReplayResponse{200, {{"Content-Type", "application/json"}}, body};
        });
        QVERIFY(m_server.listen());
        Net::ClientConfig config;
        config.remaps.insert(u"calcus.ru"_qs, QUrl(m_server.baseUrlFor(u"calcus.ru"_qs)));
        m_http = std::make_unique<Net::HttpClient>(config);
        Net::SourcePolicy policy = m_http->sourcePolicy(u"calcus"_qs);
        policy.rate.minIntervalMs = 0;   // the service's debounce, not the client's pacing, is under test
        m_http->setSourcePolicy(u"calcus"_qs, policy);
    }

    void init()
    {
        m_prices.clear();
        m_server.setLatencyMs(0);
    }

    void typingAsksOnce()
    {
        CrossCheckService service(m_http.get(), nullptr, &m_clock, options());
        QVERIFY(service.calcusAvailable());
        CrossCheckSession session(&service);
        QSignalSpy asked(&session, &CrossCheckSession::calcusAsked);
        QSignalSpy answered(&session, &CrossCheckSession::calcusAnswered);
        session.setEnabled(true);
        const QString typed = u"25000000"_qs;
        for (qsizetype n = 1; n <= typed.size(); ++n) {
            session.ask(carWithPrice(typed.left(n)), {});
            QTest::qWait(20);   // a fast typist: well inside the debounce
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 5000);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(m_prices, QStringList{u"25000000"_qs});   // one POST, for the settled input
        QVERIFY(!session.pending());                        // nothing left that could still ask
        const auto result = answered.first().first().value<Customs::Result>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(*result.duty.kopecks, qint64(2500000000));
    }

    void newQuestionCancelsThePrevious()
    {
        m_server.setLatencyMs(400);
        CrossCheckService service(m_http.get(), nullptr, &m_clock, options());
        CrossCheckSession session(&service);
        QSignalSpy answered(&session, &CrossCheckSession::calcusAnswered);
        session.setEnabled(true);
        session.ask(carWithPrice(u"1000000"_qs), {});
        QTRY_COMPARE_WITH_TIMEOUT(m_prices.size(), 1, 5000);   // the first POST is on the wire
        session.ask(carWithPrice(u"2000000"_qs), {});
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 5000);
        QCOMPARE(m_prices, QStringList({u"1000000"_qs, u"2000000"_qs}));
        const auto result = answered.first().first().value<Customs::Result>();
        QCOMPARE(*result.duty.kopecks, qint64(200000000));   // the second question's answer, not the first's
        QTRY_COMPARE(m_http->stats().activeCalls, 0);
        QVERIFY(m_http->stats().canceled >= 1);   // the first POST was canceled, not left to answer
        QCOMPARE(answered.count(), 1);
    }

    void switchedOffAsksNothing()
    {
        CrossCheckService service(m_http.get(), nullptr, &m_clock, options());
        CrossCheckSession session(&service);
        session.ask(carWithPrice(u"1000000"_qs), {});
        QVERIFY(!session.pending());
        session.setEnabled(true);
        session.ask(carWithPrice(u"1000000"_qs), {});
        QVERIFY(session.pending());
        session.setEnabled(false);   // off again before the debounce fired
        QVERIFY(!session.pending());
        QCOMPARE(m_prices.size(), 0);
    }

    void demoModeIsOff()
    {
        CrossCheckService::Options o = options();
        o.demoMode = true;
        CrossCheckService service(m_http.get(), nullptr, &m_clock, o);
        service.configureTokens({TksTokenSource::Mode::Solver, u"https://solver.test"_qs, u"key"_qs});
        QVERIFY(!service.calcusAvailable());
        QCOMPARE(service.tksMode(), CrossCheckService::TksMode::Unavailable);
        QVERIFY(service.tksUnavailableReason().contains(u"demo mode"_qs));
        QVERIFY(!service.anyOnline());
    }

    void calcusAdapter()
    {
        Customs::CalcusResult r;
        r.ok = true;
        r.duty = 100;
        r.vat = 0;
        const Customs::Result result = calcusAsResult(r, {});
        QVERIFY(result.ok);
        QCOMPARE(*result.duty.kopecks, qint64(100));
        QVERIFY(!result.excise.computable());      // not reported: not computable, never 0
        QVERIFY(!result.total.computable());       // calcus.ru does not say what its total sums
        QCOMPARE(result.route, Customs::Route::Ets);
        QCOMPARE(calcusAsResult(r, u"calcus.ru: timeout"_qs).error, u"calcus.ru: timeout"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCrossCheckService)
#include "tst_crosscheckservice.moc"
