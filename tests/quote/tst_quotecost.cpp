// The quote total by hand, to the kopeck: a mixed-currency profile, to_border lines in the customs value,
// margin against a fixed payment rate, and profiles the loader must refuse with the file, line and reason.

#include "core/quote/costprofile.h"
#include "core/quote/quote.h"
#include "quotefixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Quote;
using namespace CarScout::QuoteTest;

class TstQuoteCost : public QObject
{
    Q_OBJECT

    static CostProfile profileOf(const QByteArray &json)
    {
        const ProfileLoad load = parseCostProfile(json, u"hand.json"_qs);
        if (!load.profile)
            qFatal("profile refused: %s", qPrintable(load.error.toString()));
        return *load.profile;
    }

private slots:
    void handTotal_data();
    void handTotal();
    void toBorderChangesCustomsValue();
    void fixedRateReplacesMargin();
    void badProfile_data();
    void badProfile();
    void exampleProfilesLoad();
    void missingFileIsAnError();
};

// Payment rates at 2.5 %: KRW 0.0569017 × 1.025 = 0.0583242425, USD 80.5 × 1.025 = 82.5125.
void TstQuoteCost::handTotal_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("kopecks");
    // 20 000 000 × 0.0583242425 = 1 166 484.85
    QTest::newRow("price") << 0 << qint64(116648485);
    // 440 000 × 0.0583242425 = 25 662.6667 → 25 662.67
    QTest::newRow("lot fee KRW") << 1 << qint64(2566267);
    // 600 × 82.5125 = 49 507.50
    QTest::newRow("freight USD") << 2 << qint64(4950750);
    QTest::newRow("broker RUB") << 3 << qint64(3700000);
    // 150.55 × 82.5125 = 12 422.256875 → 12 422.26
    QTest::newRow("lab USD") << 4 << qint64(1242226);
    // 2 × 82.5125 = 165.025: an exact half kopeck goes down → 165.02
    QTest::newRow("bank fee half kopeck") << 5 << qint64(16502);
    // 300 × 82.5125 = 24 753.75 (index 7: after the customs line)
    QTest::newRow("commission USD") << 7 << qint64(2475375);
}

void TstQuoteCost::handTotal()
{
    QFETCH(int, index);
    QFETCH(qint64, kopecks);
    const QuoteResult quote = computeQuote(handCar(), profileOf(handProfileJson()), handRates());
    QVERIFY2(quote.ok, qPrintable(quote.error));
    QCOMPARE(quote.lines.size(), 8);
    QCOMPARE(quote.lines.at(index).rubKopecks, kopecks);

    // Customs value = (20 000 000 + 440 000) × 0.0569017 + 600 × 80.5 = 1 211 370.748 → 1 211 370.75.
    QCOMPARE(quote.customs.customsValueKopecks, qint64(121137075));
    // ЕТС 3–5 years, 1 801–2 300 cm³: 2.7 €/cm³ × 1 998 × 90.25 = 486 862.65.
    QCOMPARE(quote.customs.duty.kopecks.value_or(-1), qint64(48686265));
    QCOMPARE(quote.lines.at(6).kind, QuoteLine::Kind::Customs);
    QCOMPARE(quote.lines.at(6).rubKopecks, *quote.customs.total.kopecks);
    // The lines above sum to 1 315 996.05; the customs payments are the engine's.
    QCOMPARE(quote.totalKopecks, qint64(131599605) + *quote.customs.total.kopecks);

    QCOMPARE(quote.rates.size(), 2);
    QCOMPARE(quote.rates.at(0).code, u"KRW"_qs);
    QCOMPARE(quote.rates.at(0).payment, dec("0.0583242425"));
    QCOMPARE(quote.rates.at(1).payment, dec("82.5125"));
    QVERIFY(!quote.rates.at(1).fixed);
}

void TstQuoteCost::toBorderChangesCustomsValue()
{
    QByteArray json = handProfileJson();
    json.replace(R"("currency": "KRW", "to_border": true)", R"("currency": "KRW", "to_border": false)");
    const QuoteResult quote = computeQuote(handCar(), profileOf(json), handRates());
    QVERIFY2(quote.ok, qPrintable(quote.error));
    // 20 000 000 × 0.0569017 + 600 × 80.5 = 1 186 334.00: the lot fee is no longer in the customs value …
    QCOMPARE(quote.customs.customsValueKopecks, qint64(118633400));
    // … but the dealer still pays it at the payment rate.
    QCOMPARE(quote.lines.at(1).rubKopecks, qint64(2566267));

    // With --costs on the car too: 1 000 000 ₩ more in the customs value (56 901.70).
    Customs::Input car = handCar();
    car.costsToBorder = 1000000;
    const QuoteResult withCosts = computeQuote(car, profileOf(json), handRates());
    QVERIFY2(withCosts.ok, qPrintable(withCosts.error));
    QCOMPARE(withCosts.customs.customsValueKopecks, qint64(118633400 + 5690170));
}

void TstQuoteCost::fixedRateReplacesMargin()
{
    QByteArray json = handProfileJson();
    json.replace(R"("payment_fx_margin_percent": 2.5,)", R"("payment_fx_margin_percent": 2.5, "payment_rates": {"KRW": 0.06},)");
    const QuoteResult quote = computeQuote(handCar(), profileOf(json), handRates());
    QVERIFY2(quote.ok, qPrintable(quote.error));
    QCOMPARE(quote.lines.at(0).rubKopecks, qint64(120000000));   // 20 000 000 × 0.06
    QCOMPARE(quote.lines.at(1).rubKopecks, qint64(2640000));     // 440 000 × 0.06
    QCOMPARE(quote.lines.at(2).rubKopecks, qint64(4950750));     // USD keeps CBR + 2.5 %
    QVERIFY(quote.rates.at(0).fixed);
    QCOMPARE(quote.rates.at(0).cbr, dec("0.0569017"));
    // The customs value stays at the CBR rate.
    QCOMPARE(quote.customs.customsValueKopecks, qint64(121137075));

    // Margin 0 = the CBR rate itself.
    json = handProfileJson();
    json.replace("2.5", "0");
    const QuoteResult cbr = computeQuote(handCar(), profileOf(json), handRates());
    QCOMPARE(cbr.lines.at(0).rubKopecks, qint64(113803400));     // 20 000 000 × 0.0569017
}

void TstQuoteCost::badProfile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("what");
    QTest::newRow("not JSON") << QByteArray("{\"name\": \"A\",\n \"lines\": [\n  {\"name\": \"x\" \"amount\": 1}]}") << 3
                              << u"not valid JSON"_qs;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << 1 << u"not valid JSON"_qs;
    QTest::newRow("no name") << QByteArray("{\"lines\": []}") << 1 << u"no name"_qs;
    QTest::newRow("empty name") << QByteArray("{\n\"name\": \"  \"}") << 2 << u"no name"_qs;
    QTest::newRow("line without name")
        << QByteArray("{\"name\": \"A\",\n\"lines\": [\n{\"name\": \"ok\", \"amount\": 1},\n{\"amount\": 2}]}") << 4
        << u"line item 2 has no name"_qs;
    QTest::newRow("negative amount")
        << QByteArray("{\"name\": \"A\",\n\"lines\": [\n{\"name\": \"Freight\", \"amount\": -600, \"currency\": \"USD\"}]}")
        << 3 << u"negative amount -600"_qs;
    QTest::newRow("unknown currency")
        << QByteArray("{\"name\": \"A\",\n\"lines\": [{\"name\": \"Fee\",\n \"amount\": 1}, {\"name\": \"Tenge fee\", \"amount\": 5, \"currency\": \"XTS\"}]}")
        << 3 << u"unknown currency XTS"_qs;
    QTest::newRow("amount not a number")
        << QByteArray("{\"name\": \"A\", \"lines\": [{\"name\": \"Fee\", \"amount\": \"lots\"}]}") << 1
        << u"not a number"_qs;
    QTest::newRow("negative commission")
        << QByteArray("{\"name\": \"A\",\n\n\"commission\": {\"amount\": -1}}") << 3 << u"negative commission"_qs;
    QTest::newRow("negative margin")
        << QByteArray("{\"name\": \"A\", \"payment_fx_margin_percent\": -2}") << 1 << u"at least 0"_qs;
    QTest::newRow("zero fixed rate")
        << QByteArray("{\"name\": \"A\", \"payment_rates\": {\"KRW\": 0}}") << 1 << u"positive number"_qs;
}

void TstQuoteCost::badProfile()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, what);
    const ProfileLoad load = parseCostProfile(json, u"bad.json"_qs);
    QVERIFY(!load.profile);
    QCOMPARE(load.error.file, u"bad.json"_qs);
    QCOMPARE(load.error.line, line);
    QVERIFY2(load.error.what.contains(what), qPrintable(load.error.what));
    QVERIFY(load.error.toString().startsWith(u"bad.json:" + QString::number(line) + u": "));
}

void TstQuoteCost::exampleProfilesLoad()
{
    const QStringList paths = exampleProfilePaths();
    QCOMPARE(paths.size(), 2);
    for (const QString &path : paths) {
        const ProfileLoad load = loadCostProfile(path);
        QVERIFY2(load.profile, qPrintable(load.error.toString()));
        QVERIFY(load.profile->example);
        QVERIFY(load.profile->name.startsWith(u"Example"));
        QVERIFY(!load.profile->lines.isEmpty());
        // Each example computes for the hand car.
        const QuoteResult quote = computeQuote(handCar(), *load.profile, handRates());
        QVERIFY2(quote.ok, qPrintable(quote.error));
        QVERIFY(quote.totalKopecks > quote.customs.customsValueKopecks);
    }
}

void TstQuoteCost::missingFileIsAnError()
{
    QTemporaryDir dir;
    const ProfileLoad load = loadCostProfile(dir.filePath(u"none.json"_qs));
    QVERIFY(!load.profile);
    QCOMPARE(load.error.line, 0);
    QVERIFY(load.error.toString().contains(u"none.json"));
}

QTEST_GUILESS_MAIN(TstQuoteCost)
#include "tst_quotecost.moc"
