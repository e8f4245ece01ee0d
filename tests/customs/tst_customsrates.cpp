// CBR daily XML parsing (windows-1251, comma decimals, Nominal 1000, missing VunitRate) and the CBR client's
// cache / offline fallback against a loopback server.

#include "core/customs/cbrclient.h"
#include "core/customs/rates.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/net/sourcepolicy.h"
#include "tests/customs/loopbackserver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/common/testsupport.h"

using namespace CarScout::Customs;

namespace {

QByteArray fixture()
{
    QFile f(CarScout::Test::sourceDir() + QStringLiteral("/tests/customs/data/cbr-daily-synthetic.xml"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

Rational dec(const char *t) { return *Rational::parse(QString::fromLatin1(t)); }

} // namespace

class TestCustomsRates : public QObject
{
    Q_OBJECT

private slots:
    void parsesRealFormat()
    {
        const QByteArray xml = fixture();
        QVERIFY(!xml.isEmpty());
        QVERIFY(xml.contains("\xc5\xe2\xf0\xee"));   // "Евро" in windows-1251
        const CbrParseResult parsed = parseCbrDaily(xml);
        QVERIFY2(parsed.table, qPrintable(parsed.error));
        const RateTable &t = *parsed.table;
        QCOMPARE(t.date, QDate(2025, 6, 21));
        QCOMPARE(t.rates.size(), 4);
        QCOMPARE(t.rates.value(QStringLiteral("EUR")).name, QStringLiteral("Евро"));
        QCOMPARE(t.rates.value(QStringLiteral("USD")).name, QStringLiteral("Доллар США"));
        QCOMPARE(*t.rubPerUnit(QStringLiteral("EUR")), dec("90.1356"));
        // KRW: Nominal 1000, VunitRate given
        const CurrencyRate krw = t.rates.value(QStringLiteral("KRW"));
        QCOMPARE(krw.nominal, 1000);
        QCOMPARE(krw.numCode, 410);
        QCOMPARE(krw.value, dec("56.9017"));
        QCOMPARE(krw.perUnit, dec("0.0569017"));
        // CNY: Nominal 10, no VunitRate → Value / Nominal, exactly
        const CurrencyRate cny = t.rates.value(QStringLiteral("CNY"));
        QCOMPARE(cny.nominal, 10);
        QCOMPARE(cny.perUnit, dec("10.9229"));
        QCOMPARE(*t.rubPerUnit(QStringLiteral("RUB")), Rational(1));
        QVERIFY(!t.rubPerUnit(QStringLiteral("JPY")));
        // 1 000 000 KRW → exactly 56 901.70 RUB
        QCOMPARE((Rational(1000000) * krw.perUnit).toKopecks(), 5690170);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("needle");
        QTest::newRow("empty") << QByteArray() << "ValCurs";
        QTest::newRow("no valutes") << QByteArray("<ValCurs Date=\"01.01.2026\" name=\"x\"></ValCurs>") << "no <Valute>";
        QTest::newRow("bad date") << QByteArray("<ValCurs Date=\"2026-01-01\"></ValCurs>") << "DD.MM.YYYY";
        QTest::newRow("dot value") << QByteArray("<ValCurs Date=\"01.01.2026\"><Valute ID=\"R1\"><CharCode>EUR</CharCode><Nominal>1</Nominal><Value>abc</Value></Valute></ValCurs>") << "<Value>";
        QTest::newRow("zero nominal") << QByteArray("<ValCurs Date=\"01.01.2026\"><Valute ID=\"R1\"><CharCode>EUR</CharCode><Nominal>0</Nominal><Value>1,0</Value></Valute></ValCurs>") << "Nominal";
        QTest::newRow("truncated") << QByteArray("<ValCurs Date=\"01.01.2026\"><Valute ID=\"R1\"><CharCode>EUR") << "line";
    }

    void rejectsBadInput()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, needle);
        const CbrParseResult parsed = parseCbrDaily(xml);
        QVERIFY(!parsed.table);
        QVERIFY2(parsed.error.contains(needle), qPrintable(parsed.error));
    }

    void clientCachesAndFallsBack()
    {
        CarScout::Test::LoopbackServer server;
        int hits = 0;
        server.handler = [&](const CarScout::Test::LoopbackRequest &req) -> CarScout::Test::LoopbackReply {
            ++hits;
            if (req.target.contains("date_req=21/06/2025"))
                return {200, "application/xml; charset=windows-1251", fixture()};
            return {503, "text/plain", "down"};
        };
        QVERIFY(server.listen());
        CarScout::Net::ClientConfig config;
        config.remaps.insert(QStringLiteral("www.cbr.ru"), QUrl(server.baseUrl()));
        CarScout::Net::HttpClient http(config);
        auto policy = http.sourcePolicy(QStringLiteral("cbr"));
        policy.retry.maxAttempts = 1;
        policy.rate.minIntervalMs = 0;
        http.setSourcePolicy(QStringLiteral("cbr"), policy);
        QTemporaryDir cache;
        CbrClient cbr(&http, cache.path());

        std::optional<RatesReply> reply;
        cbr.fetch(QDate(2025, 6, 21), [&](const RatesReply &r) { reply = r; });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 5000);
        QVERIFY2(reply->table, qPrintable(reply->error));
        QCOMPARE(reply->table->origin, RateOrigin::Online);
        QCOMPARE(reply->table->date, QDate(2025, 6, 21));
        QCOMPARE(hits, 1);

        // The same date again: from the cache, no request.
        reply.reset();
        cbr.fetch(QDate(2025, 6, 21), [&](const RatesReply &r) { reply = r; });
        QVERIFY(reply.has_value() && reply->table);
        QCOMPARE(reply->table->origin, RateOrigin::Cache);
        QCOMPARE(hits, 1);

        // Another date while the server fails: the latest cached rates, labelled offline.
        reply.reset();
        cbr.fetch(QDate(2025, 7, 1), [&](const RatesReply &r) { reply = r; });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 5000);
        QVERIFY2(reply->table, qPrintable(reply->error));
        QCOMPARE(reply->table->origin, RateOrigin::OfflineCache);
        QCOMPARE(reply->table->date, QDate(2025, 6, 21));
        QCOMPARE(reply->table->requestedDate, QDate(2025, 7, 1));
        QVERIFY(reply->table->note.contains(QStringLiteral("offline")));

        // No cache at all: an error naming the failure.
        QTemporaryDir empty;
        CbrClient bare(&http, empty.path());
        reply.reset();
        bare.fetch(QDate(2025, 7, 1), [&](const RatesReply &r) { reply = r; });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 5000);
        QVERIFY(!reply->table);
        QVERIFY2(reply->error.contains(QStringLiteral("no cached rates")), qPrintable(reply->error));
    }
};

QTEST_GUILESS_MAIN(TestCustomsRates)
#include "tst_customsrates.moc"
