// The calculator's rate rows over a CBR table (core/customs/rateoverride.h): which rows count, which become
// manual overrides, what the table keeps from the service, and which currencies get a row added.

#include "core/customs/rateoverride.h"

#include <QTest>

using namespace CarScout::Customs;

Q_DECLARE_METATYPE(CarScout::Customs::RateRow)

namespace {

Rational r(const char *text)
{
    return *Rational::parse(QString::fromLatin1(text));
}

RateTable cbr()
{
    RateTable t;
    t.date = QDate(2026, 11, 20);
    t.requestedDate = QDate(2026, 11, 21);
    t.origin = RateOrigin::Cache;
    t.note = u"cached"_qs;
    for (const auto &[code, nominal, value] : {std::tuple{"KRW", 1000, "56.9017"}, std::tuple{"EUR", 1, "90.1356"},
                                               std::tuple{"USD", 1, "78.5016"}}) {
        CurrencyRate rate;
        rate.code = QString::fromLatin1(code);
        rate.nominal = nominal;
        rate.value = r(value);
        rate.perUnit = rate.value / Rational(nominal);
        rate.numCode = isoNumericCode(rate.code);
        t.rates.insert(rate.code, rate);
    }
    return t;
}

} // namespace

class TestRateOverride : public QObject
{
    Q_OBJECT

private slots:
    void applyRows_data();
    void applyRows();
    void keepsTheServiceTable();
    void withoutServiceTheTableIsManual();
    void rowsOfATableReadBackUnchanged();
    void missingCodes_data();
    void missingCodes();
    void defaultUnits();
};

void TestRateOverride::applyRows_data()
{
    QTest::addColumn<bool>("withService");
    QTest::addColumn<RateRow>("row");
    QTest::addColumn<QString>("code");       // "" = the row is left out
    QTest::addColumn<int>("nominal");
    QTest::addColumn<QString>("perUnit");
    QTest::addColumn<bool>("manual");

    QTest::newRow("service rate as shown") << true << RateRow{u"KRW"_qs, u"1000"_qs, u"56.9017"_qs} << u"KRW"_qs << 1000 << u"0.0569017"_qs << false;
    QTest::newRow("edited value") << true << RateRow{u"KRW"_qs, u"1000"_qs, u"60"_qs} << u"KRW"_qs << 1000 << u"0.06"_qs << true;
    QTest::newRow("edited units") << true << RateRow{u"KRW"_qs, u"100"_qs, u"56.9017"_qs} << u"KRW"_qs << 100 << u"0.569017"_qs << true;
    QTest::newRow("lower case, spaces") << true << RateRow{u" eur "_qs, u" 1 "_qs, u" 90.1356 "_qs} << u"EUR"_qs << 1 << u"90.1356"_qs << false;
    QTest::newRow("comma decimal") << true << RateRow{u"USD"_qs, u"1"_qs, u"80,5"_qs} << u"USD"_qs << 1 << u"80.5"_qs << true;
    QTest::newRow("new currency") << true << RateRow{u"CNY"_qs, u"1"_qs, u"11.2"_qs} << u"CNY"_qs << 1 << u"11.2"_qs << true;
    QTest::newRow("units 0 count as 1") << true << RateRow{u"CNY"_qs, u"0"_qs, u"11.2"_qs} << u"CNY"_qs << 1 << u"11.2"_qs << true;
    QTest::newRow("units not a number") << false << RateRow{u"CNY"_qs, u"ten"_qs, u"11.2"_qs} << u"CNY"_qs << 1 << u"11.2"_qs << true;
    QTest::newRow("no service: every rate manual") << false << RateRow{u"KRW"_qs, u"1000"_qs, u"56.9017"_qs} << u"KRW"_qs << 1000 << u"0.0569017"_qs << true;
    QTest::newRow("empty rub") << true << RateRow{u"CNY"_qs, u"1"_qs, QString()} << QString() << 0 << QString() << false;
    QTest::newRow("zero rub") << true << RateRow{u"CNY"_qs, u"1"_qs, u"0"_qs} << QString() << 0 << QString() << false;
    QTest::newRow("negative rub") << true << RateRow{u"CNY"_qs, u"1"_qs, u"-3"_qs} << QString() << 0 << QString() << false;
    QTest::newRow("rub not a number") << true << RateRow{u"CNY"_qs, u"1"_qs, u"abc"_qs} << QString() << 0 << QString() << false;
    QTest::newRow("code of 2 letters") << true << RateRow{u"CN"_qs, u"1"_qs, u"11"_qs} << QString() << 0 << QString() << false;
    QTest::newRow("empty code") << true << RateRow{QString(), u"1"_qs, u"11"_qs} << QString() << 0 << QString() << false;
}

void TestRateOverride::applyRows()
{
    QFETCH(bool, withService);
    QFETCH(RateRow, row);
    QFETCH(QString, code);
    QFETCH(int, nominal);
    QFETCH(QString, perUnit);
    QFETCH(bool, manual);
    const std::optional<RateTable> service = withService ? std::optional<RateTable>(cbr()) : std::nullopt;
    const RateTable table = applyRateRows(service, {row}, QDate(2026, 12, 1));
    if (code.isEmpty()) {
        QVERIFY(table.rates.isEmpty());   // rows that do not read are left out; the others are only what is typed
        return;
    }
    QCOMPARE(table.rates.keys(), QList<QString>{code});
    const CurrencyRate rate = table.rates.value(code);
    QCOMPARE(rate.code, code);
    QCOMPARE(rate.nominal, nominal);
    QCOMPARE(rate.perUnit, r(perUnit.toLatin1().constData()));
    QCOMPARE(rate.manual, manual);
    QCOMPARE(*table.rubPerUnit(code), rate.perUnit);
}

void TestRateOverride::keepsTheServiceTable()
{
    const RateTable service = cbr();
    const RateTable table = applyRateRows(service, rowsOf(service) << RateRow{u"CNY"_qs, u"1"_qs, u"11"_qs}, QDate(2026, 12, 1));
    QCOMPARE(table.date, service.date);
    QCOMPARE(table.requestedDate, service.requestedDate);
    QCOMPARE(table.origin, RateOrigin::Cache);
    QCOMPARE(table.note, service.note);
    QCOMPARE(table.codes(), (QStringList{u"CNY"_qs, u"EUR"_qs, u"KRW"_qs, u"USD"_qs}));
    QCOMPARE(table.rates.value(u"KRW"_qs).numCode, 410);   // what the CBR said about a currency is kept
    QVERIFY(!table.rates.value(u"EUR"_qs).manual);
    QVERIFY(table.rates.value(u"CNY"_qs).manual);
}

void TestRateOverride::withoutServiceTheTableIsManual()
{
    const RateTable table = applyRateRows(std::nullopt, {{u"EUR"_qs, u"1"_qs, u"100"_qs}}, QDate(2027, 2, 1));
    QCOMPARE(table.origin, RateOrigin::Manual);
    QCOMPARE(table.date, QDate(2027, 2, 1));
    QCOMPARE(table.requestedDate, QDate(2027, 2, 1));
    QCOMPARE(*table.rubPerUnit(u"EUR"_qs), Rational(100));
    QCOMPARE(*table.rubPerUnit(u"RUB"_qs), Rational(1));
}

void TestRateOverride::rowsOfATableReadBackUnchanged()
{
    const RateTable service = cbr();
    const QList<RateRow> rows = rowsOf(service);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.first(), (RateRow{u"EUR"_qs, u"1"_qs, u"90.1356"_qs}));
    QCOMPARE(rows.at(1), (RateRow{u"KRW"_qs, u"1000"_qs, u"56.9017"_qs}));
    const RateTable back = applyRateRows(service, rows, {});
    for (const QString &code : service.codes()) {
        QCOMPARE(back.rates.value(code).perUnit, service.rates.value(code).perUnit);
        QVERIFY(!back.rates.value(code).manual);
    }
}

void TestRateOverride::missingCodes_data()
{
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("wanted");
    QTest::addColumn<QStringList>("missing");
    QTest::newRow("empty table") << QStringList() << QStringList{u"EUR"_qs, u"KRW"_qs, u"RUB"_qs} << QStringList{u"EUR"_qs, u"KRW"_qs};
    QTest::newRow("all present") << QStringList{u"EUR"_qs, u"KRW"_qs} << QStringList{u"EUR"_qs, u"KRW"_qs, u"KRW"_qs} << QStringList();
    QTest::newRow("twice wanted") << QStringList{u"EUR"_qs} << QStringList{u"EUR"_qs, u"CNY"_qs, u"CNY"_qs} << QStringList{u"CNY"_qs};
    QTest::newRow("not codes") << QStringList() << QStringList{u"EUR"_qs, QString(), u"US"_qs, u"EURO"_qs} << QStringList{u"EUR"_qs};
}

void TestRateOverride::missingCodes()
{
    QFETCH(QStringList, present);
    QFETCH(QStringList, wanted);
    QFETCH(QStringList, missing);
    QCOMPARE(missingRateCodes(present, wanted), missing);
}

void TestRateOverride::defaultUnits()
{
    QCOMPARE(defaultNominal(u"KRW"_qs), 1000);
    QCOMPARE(defaultNominal(u"JPY"_qs), 1000);
    QCOMPARE(defaultNominal(u"CNY"_qs), 1);
    QCOMPARE(defaultNominal(u"EUR"_qs), 1);
}

QTEST_GUILESS_MAIN(TestRateOverride)
#include "tst_rateoverride.moc"
