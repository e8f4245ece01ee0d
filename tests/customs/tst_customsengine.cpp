// The engine against the worked examples of customs.md §11.1 (to the kopeck) and the bracket edges of the
// rule tables (both sides of every edge).

#include "core/customs/engine.h"

#include <QtTest>

using namespace CarScout::Customs;

namespace {

Rational dec(const char *text) { return *Rational::parse(QString::fromLatin1(text)); }

RateTable ratesOf(QDate date, std::initializer_list<std::pair<const char *, const char *>> perUnit)
{
    RateTable t;
    t.date = t.requestedDate = date;
    t.origin = RateOrigin::Manual;
    for (const auto &[code, value] : perUnit)
        t.setManual(QString::fromLatin1(code), dec(value));
    return t;
}

Input car(Importer importer, Powertrain p, int cc, int hp, const char *produced, QDate declared, const char *price,
          const char *currency)
{
    Input in;
    in.importer = importer;
    in.powertrain = p;
    in.engineCc = cc;
    if (hp > 0)
        in.power = Power::hp(hp);
    in.produced = *ProductionDate::parse(QString::fromLatin1(produced));
    in.declarationDate = declared;
    in.price = dec(price);
    in.currency = QString::fromLatin1(currency);
    return in;
}

qint64 k(const Amount &a) { return a.kopecks.value_or(-1); }

} // namespace

class TestCustomsEngine : public QObject
{
    Q_OBJECT

private slots:
    void vector1_tksMotorcycle355()
    {
        // tks.ru, 21.06.2025: 355 cm³ motorcycle, jur, 1 000 000 KRW @ 56.9017 per 1000.
        Input in = car(Importer::Company, Powertrain::Petrol, 355, 1, "2024-05", QDate(2025, 6, 21), "1000000", "KRW");
        in.vehicle = VehicleKind::Motorcycle;
        RateTable rates = ratesOf(QDate(2025, 6, 21), {{"EUR", "90.1356"}, {"USD", "78.5016"}});
        CurrencyRate krw{QStringLiteral("KRW"), 410, 1000, dec("56.9017"), dec("56.9017") / Rational(1000), {}, false};
        rates.rates.insert(krw.code, krw);
        const Result r = Engine::builtin().estimate(in, rates);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.customsValueKopecks, 5690170);
        QCOMPARE(k(r.clearanceFee), 106700);
        QCOMPARE(k(r.duty), 853525);   // 8 535.255 rounded half down, as tks.ru printed it
        QCOMPARE(k(r.excise), 0);
        QCOMPARE(k(r.vat), 1308739);
        QCOMPARE(k(r.utilizationFee), 0);
        QCOMPARE(k(r.totalWithoutUtilization), 2268964);
        QCOMPARE(k(r.total), 2268964);
        QCOMPARE(r.vatRate, QStringLiteral("20 %"));
    }

    void vector2_tksMotorcycle125()
    {
        Input in = car(Importer::Company, Powertrain::Petrol, 125, 1, "2024-05", QDate(2025, 6, 24), "3500000", "KRW");
        in.vehicle = VehicleKind::Motorcycle;
        RateTable rates = ratesOf(QDate(2025, 6, 24), {{"EUR", "89.8388"}});
        CurrencyRate krw{QStringLiteral("KRW"), 410, 1000, dec("57.1727"), dec("57.1727") / Rational(1000), {}, false};
        rates.rates.insert(krw.code, krw);
        const Result r = Engine::builtin().estimate(in, rates);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.customsValueKopecks, 20010445);
        QCOMPARE(k(r.clearanceFee), 213400);
        QCOMPARE(k(r.duty), 2801462);
        QCOMPARE(k(r.excise), 0);
        QCOMPARE(k(r.vat), 4562381);
        QCOMPARE(k(r.utilizationFee), 0);
        QCOMPARE(k(r.total), 7577243);
    }

    void encarRuVectors_data()
    {
        QTest::addColumn<int>("cc");
        QTest::addColumn<QString>("produced");
        QTest::addColumn<QDate>("declared");
        QTest::addColumn<QString>("priceRub");   // EUR = 100 (synthetic FX of encar-ru's tests)
        QTest::addColumn<qlonglong>("ets");
        QTest::addColumn<QString>("band");
        const QDate d(2026, 6, 1);
        // #3: 2 y, 2000 cm³, 10 000 € → max(48 % · 10 000; 3.5 · 2000) = 7 000 € = 700 000
        QTest::newRow("#3 2y 2000cc 10000EUR") << 2000 << "2024-06-01" << d << "1000000" << 70000000LL << "under_3";
        // #4: 2000 cm³ just past 36 months, 5 000 € → 2.7 €/cm³ = 540 000
        QTest::newRow("#4 3y+1d 2000cc") << 2000 << "2023-05-31" << d << "500000" << 54000000LL << "3_5";
        // exactly 3 years: «не более 3 лет» → still under 3 (encar-ru counts month 36 as 3–5; we follow the law)
        QTest::newRow("#4' exactly 3y") << 2000 << "2023-06-01" << d << "500000" << 50000000LL << "under_3";
        // #5: made 2021-01, valued 2026-08-02 → > 5 y: 4.8 €/cm³ = 960 000; at 60 months 540 000; at 61 960 000
        QTest::newRow("#5 2021-01") << 2000 << "2021-01" << QDate(2026, 8, 2) << "500000" << 96000000LL << "over_5";
        QTest::newRow("#5 60 months") << 2000 << "2021-08-02" << QDate(2026, 8, 2) << "500000" << 54000000LL << "3_5";
        QTest::newRow("#5 61 months") << 2000 << "2021-07-02" << QDate(2026, 8, 2) << "500000" << 96000000LL << "over_5";
        // #6: < 3 y brackets
        QTest::newRow("#6 8500EUR 1000cc") << 1000 << "2025-01-01" << d << "850000" << 45900000LL << "under_3";
        QTest::newRow("#6 8600EUR 1000cc") << 1000 << "2025-01-01" << d << "860000" << 41280000LL << "under_3";
        QTest::newRow("#6 10000EUR 2000cc") << 2000 << "2025-01-01" << d << "1000000" << 70000000LL << "under_3";
        QTest::newRow("#6 169100EUR 5000cc") << 5000 << "2025-01-01" << d << "16910000" << 1000000000LL << "under_3";
        // #7
        QTest::newRow("#7 4y 3001cc") << 3001 << "2022-05-01" << d << "500000" << 108036000LL << "3_5";
        QTest::newRow("#7 6y 3500cc") << 3500 << "2020-05-01" << d << "500000" << 199500000LL << "over_5";
    }

    void encarRuVectors()
    {
        QFETCH(int, cc);
        QFETCH(QString, produced);
        QFETCH(QDate, declared);
        QFETCH(QString, priceRub);
        QFETCH(qlonglong, ets);
        QFETCH(QString, band);
        Input in = car(Importer::Individual, Powertrain::Petrol, cc, 150, "2000", declared, "1", "RUB");
        in.produced = *ProductionDate::parse(produced);
        in.price = *Rational::parse(priceRub);
        const Result r = Engine::builtin().estimate(in, ratesOf(declared, {{"EUR", "100"}}));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.route, Route::Ets);
        QCOMPARE(r.ageBand, band);
        QCOMPARE(k(r.duty), ets);
        QCOMPARE(k(r.excise), 0);
        QCOMPARE(k(r.vat), 0);
    }

    void vector3_fullTotal()
    {
        // individual, 20 000 000 KRW @ 0.05, EUR 100, 2 y, 2000 cm³, 150 hp: 700 000 + util 3 400 + fee 4 924.
        Input in = car(Importer::Individual, Powertrain::Petrol, 2000, 150, "2024-06-01", QDate(2026, 6, 1), "20000000", "KRW");
        const Result r = Engine::builtin().estimate(in, ratesOf(QDate(2026, 6, 1), {{"EUR", "100"}, {"KRW", "0.05"}}));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.customsValueKopecks, 100000000);
        QCOMPARE(k(r.duty), 70000000);
        QCOMPARE(k(r.utilizationFee), 340000);
        QVERIFY(r.utilizationPreferential);
        QCOMPARE(k(r.clearanceFee), 492400);
        QCOMPARE(k(r.total), 70832400);
    }

    void vccHistorical_data()
    {
        QTest::addColumn<int>("cc");
        QTest::addColumn<int>("hp");
        QTest::addColumn<bool>("diesel");
        QTest::addColumn<QString>("produced");
        QTest::addColumn<QString>("priceRub");
        QTest::addColumn<qlonglong>("ets");
        QTest::addColumn<qlonglong>("fee");
        QTest::addColumn<qlonglong>("util");
        QTest::addColumn<qlonglong>("total");
        // aqidel/VCC PersonalUsageTest, EUR 103.3773, 2024 rules (declared 2024-06-01, before the Oct-2024 grid).
        QTest::newRow("#8 <3y 2000cc") << 2000 << 120 << false << "2023-01-01" << "700000" << 51688650LL << 310000LL << 340000LL << 52338650LL;
        QTest::newRow("#9 3-5y 4000cc") << 4000 << 200 << false << "2020-01-01" << "1000000" << 148863312LL << 310000LL << 162380000LL << 311553312LL;
        QTest::newRow("#10 5-7y diesel 3000cc") << 3000 << 160 << true << "2018-01-01" << "600000" << 155065950LL << 310000LL << 520000LL << 155895950LL;
        QTest::newRow("#11 >7y 1600cc") << 1600 << 80 << false << "2015-01-01" << "80000" << 57891288LL << 77500LL << 520000LL << 58488788LL;
    }

    void vccHistorical()
    {
        QFETCH(int, cc);
        QFETCH(int, hp);
        QFETCH(bool, diesel);
        QFETCH(QString, produced);
        QFETCH(QString, priceRub);
        QFETCH(qlonglong, ets);
        QFETCH(qlonglong, fee);
        QFETCH(qlonglong, util);
        QFETCH(qlonglong, total);
        const QDate declared(2024, 6, 1);
        Input in = car(Importer::Individual, diesel ? Powertrain::Diesel : Powertrain::Petrol, cc, hp, "2000", declared, "1", "RUB");
        in.produced = *ProductionDate::parse(produced);
        in.price = *Rational::parse(priceRub);
        const Result r = Engine::builtin().estimate(in, ratesOf(declared, {{"EUR", "103.3773"}}));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(k(r.duty), ets);
        QCOMPARE(k(r.clearanceFee), fee);
        QCOMPARE(k(r.utilizationFee), util);
        QCOMPARE(k(r.total), total);
    }

    void utilizationVectors_data()
    {
        QTest::addColumn<bool>("electric");
        QTest::addColumn<int>("cc");
        QTest::addColumn<QDate>("declared");
        QTest::addColumn<QString>("produced");
        QTest::addColumn<qlonglong>("util");
        const QDate y2026(2026, 6, 1);
        const QDate dec2025(2025, 12, 15);
        // #12 / #14: 1.6–2.0 L, 160–190 hp (170 hp)
        QTest::newRow("#12 2026 new") << false << 1800 << y2026 << "2025-01-01" << 90000000LL;
        QTest::newRow("#12 2026 >3y") << false << 1800 << y2026 << "2022-01-01" << 149280000LL;
        QTest::newRow("#14 Dec2025 new") << false << 1800 << dec2025 << "2024-01-01" << 75000000LL;
        QTest::newRow("#14 Dec2025 >3y") << false << 1800 << dec2025 << "2021-01-01" << 124400000LL;
        // #13: BEV 160–190 hp
        QTest::newRow("#13 BEV Dec2025 new") << true << 0 << dec2025 << "2024-01-01" << 154000000LL;
        QTest::newRow("#13 BEV Dec2025 >3y") << true << 0 << dec2025 << "2021-01-01" << 216200000LL;
        QTest::newRow("#13 BEV 2026 new") << true << 0 << y2026 << "2025-01-01" << 184800000LL;
        QTest::newRow("#13 BEV 2026 >3y") << true << 0 << y2026 << "2022-01-01" << 259440000LL;
    }

    void utilizationVectors()
    {
        QFETCH(bool, electric);
        QFETCH(int, cc);
        QFETCH(QDate, declared);
        QFETCH(QString, produced);
        QFETCH(qlonglong, util);
        for (const Importer importer : {Importer::Company, Importer::Individual}) {   // 170 hp: above the preference
            Input in = car(importer, electric ? Powertrain::Electric : Powertrain::Petrol, cc, 170, "2000", declared, "30000", "EUR");
            in.produced = *ProductionDate::parse(produced);
            const Result r = Engine::builtin().estimate(in, ratesOf(declared, {{"EUR", "100"}}));
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(k(r.utilizationFee), util);
            QVERIFY(!r.utilizationPreferential);
        }
    }
};

QTEST_APPLESS_MAIN(TestCustomsEngine)
#include "tst_customsengine.moc"
