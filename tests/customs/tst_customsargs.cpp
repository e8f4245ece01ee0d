// `carscout-cli customs` / `rates` argument parsing as a pure function: every refusal from a table, the
// accepted forms; calcus.ru parsing and the online comparison. (Listing → Input: tests/services/tst_listingcosts.)

#include "core/customs/comparison.h"
#include "core/customs/customsargs.h"

#include <QUrlQuery>
#include <QtTest>

using namespace CarScout;
using namespace CarScout::Customs;

namespace {

const QDate kToday(2026, 6, 1);

QStringList base()
{
    return {QStringLiteral("--price"), QStringLiteral("25000000"), QStringLiteral("--currency"), QStringLiteral("KRW"),
            QStringLiteral("--engine-cc"), QStringLiteral("1998"), QStringLiteral("--power-hp"), QStringLiteral("150"),
            QStringLiteral("--produced"), QStringLiteral("2022-03"), QStringLiteral("--fuel"), QStringLiteral("petrol"),
            QStringLiteral("--vehicle"), QStringLiteral("car"), QStringLiteral("--importer"), QStringLiteral("individual")};
}

QStringList replaced(QStringList args, const QString &option, const QString &value)
{
    const qsizetype i = args.indexOf(option);
    if (value.isNull()) {
        args.remove(i, 2);
    } else {
        args[i + 1] = value;
    }
    return args;
}

template<typename T>
QString errorOf(const std::variant<T, QString> &v)
{
    const QString *e = std::get_if<QString>(&v);
    return e ? *e : QString();
}

} // namespace

class TestCustomsArgs : public QObject
{
    Q_OBJECT

private slots:
    void accepts()
    {
        QStringList args = base();
        args << QStringLiteral("--rate") << QStringLiteral("krw=0.0569017") << QStringLiteral("--rate") << QStringLiteral("EUR=90.1356")
             << QStringLiteral("--costs") << QStringLiteral("1500000") << QStringLiteral("--date") << QStringLiteral("2026-07-15")
             << QStringLiteral("--format") << QStringLiteral("json");
        const auto parsed = parseCustomsArguments(args, kToday);
        QVERIFY2(std::holds_alternative<CustomsRequest>(parsed), qPrintable(errorOf(parsed)));
        const CustomsRequest &r = std::get<CustomsRequest>(parsed);
        QCOMPARE(r.input.price, Rational(25000000));
        QCOMPARE(r.input.currency, QStringLiteral("KRW"));
        QCOMPARE(r.input.engineCc, 1998);
        QCOMPARE(r.input.power->unit, PowerUnit::Hp);
        QCOMPARE(r.input.produced.toString(), QStringLiteral("2022-03"));
        QCOMPARE(r.input.declarationDate, QDate(2026, 7, 15));
        QCOMPARE(r.input.costsToBorder, Rational(1500000));
        QVERIFY(r.input.costsCurrency.isEmpty());   // the price's currency
        QCOMPARE(r.manualRates.value(QStringLiteral("KRW")), *Rational::parse(u"0.0569017"));
        QCOMPARE(r.format, QStringLiteral("json"));
        // Defaults: today, text.
        const auto plain = parseCustomsArguments(base(), kToday);
        QVERIFY2(std::holds_alternative<CustomsRequest>(plain), qPrintable(errorOf(plain)));
        QCOMPARE(std::get<CustomsRequest>(plain).input.declarationDate, kToday);
        QCOMPARE(std::get<CustomsRequest>(plain).format, QStringLiteral("text"));
        // kW, electric with 0 cm³, motorcycle, hybrid with base and e-motor power.
        QStringList ev = replaced(replaced(base(), QStringLiteral("--fuel"), QStringLiteral("electric")), QStringLiteral("--engine-cc"), QStringLiteral("0"));
        ev = replaced(ev, QStringLiteral("--power-hp"), QString());
        ev << QStringLiteral("--power-kw") << QStringLiteral("150.5");
        const auto evParsed = parseCustomsArguments(ev, kToday);
        QVERIFY2(std::holds_alternative<CustomsRequest>(evParsed), qPrintable(errorOf(evParsed)));
        QCOMPARE(std::get<CustomsRequest>(evParsed).input.powertrain, Powertrain::Electric);
        QCOMPARE(std::get<CustomsRequest>(evParsed).input.power->unit, PowerUnit::Kw);
        QStringList hybrid = replaced(base(), QStringLiteral("--fuel"), QStringLiteral("hybrid"));
        hybrid << QStringLiteral("--hybrid-base") << QStringLiteral("diesel") << QStringLiteral("--electric-kw") << QStringLiteral("40")
               << QStringLiteral("--ice-dominant") << QStringLiteral("no");
        const auto hParsed = parseCustomsArguments(hybrid, kToday);
        QVERIFY2(std::holds_alternative<CustomsRequest>(hParsed), qPrintable(errorOf(hParsed)));
        const auto h = std::get<CustomsRequest>(hParsed);
        QCOMPARE(h.input.powertrain, Powertrain::HybridDiesel);
        QVERIFY(!h.input.iceDominant);
        QCOMPARE(h.input.electricMotorPower->value, Rational(40));
        // Power may be omitted at parse time (the command refuses later only if the route needs it).
        QVERIFY(std::holds_alternative<CustomsRequest>(parseCustomsArguments(replaced(base(), QStringLiteral("--power-hp"), QString()), kToday)));
    }

    void refuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        const QString p = QStringLiteral("--price");
        QTest::newRow("negative price") << replaced(base(), p, QStringLiteral("-5")) << "--price must be greater than zero";
        QTest::newRow("zero price") << replaced(base(), p, QStringLiteral("0")) << "--price must be greater than zero";
        QTest::newRow("price not a number") << replaced(base(), p, QStringLiteral("12e5")) << "--price: not a number";
        QTest::newRow("missing price") << replaced(base(), p, QString()) << "--price is required";
        QTest::newRow("bad currency") << replaced(base(), QStringLiteral("--currency"), QStringLiteral("WON1")) << "not an ISO 4217 code";
        QTest::newRow("missing currency") << replaced(base(), QStringLiteral("--currency"), QString()) << "--currency is required";
        QTest::newRow("bad cc") << replaced(base(), QStringLiteral("--engine-cc"), QStringLiteral("1.6L")) << "--engine-cc";
        QTest::newRow("zero cc petrol") << replaced(base(), QStringLiteral("--engine-cc"), QStringLiteral("0")) << "must be positive";
        QTest::newRow("missing cc") << replaced(base(), QStringLiteral("--engine-cc"), QString()) << "--engine-cc is required";
        QTest::newRow("negative power") << replaced(base(), QStringLiteral("--power-hp"), QStringLiteral("-1")) << "not a positive power";
        QTest::newRow("both powers") << (base() << QStringLiteral("--power-kw") << QStringLiteral("100")) << "give the power once";
        QTest::newRow("produced malformed") << replaced(base(), QStringLiteral("--produced"), QStringLiteral("03/2022")) << "--produced: not YYYY-MM";
        QTest::newRow("produced year only") << replaced(base(), QStringLiteral("--produced"), QStringLiteral("2022")) << "--produced: not YYYY-MM";
        QTest::newRow("produced month 13") << replaced(base(), QStringLiteral("--produced"), QStringLiteral("2022-13")) << "--produced: not YYYY-MM";
        QTest::newRow("produced Feb 30") << replaced(base(), QStringLiteral("--produced"), QStringLiteral("2022-02-30")) << "--produced: not YYYY-MM";
        QTest::newRow("produced after declaration") << replaced(base(), QStringLiteral("--produced"), QStringLiteral("2026-07")) << "after the declaration date";
        QTest::newRow("produced after --date") << (base() << QStringLiteral("--date") << QStringLiteral("2022-02-28")) << "after the declaration date";
        QTest::newRow("missing produced") << replaced(base(), QStringLiteral("--produced"), QString()) << "--produced is required";
        QTest::newRow("bad fuel") << replaced(base(), QStringLiteral("--fuel"), QStringLiteral("lpg")) << "--fuel: petrol, diesel";
        QTest::newRow("bad vehicle") << replaced(base(), QStringLiteral("--vehicle"), QStringLiteral("truck")) << "--vehicle: car or motorcycle";
        QTest::newRow("bad importer") << replaced(base(), QStringLiteral("--importer"), QStringLiteral("dealer")) << "--importer: individual or company";
        QTest::newRow("malformed date") << (base() << QStringLiteral("--date") << QStringLiteral("2026-6-1")) << "--date: not a YYYY-MM-DD";
        QTest::newRow("impossible date") << (base() << QStringLiteral("--date") << QStringLiteral("2026-02-30")) << "--date: not a YYYY-MM-DD";
        QTest::newRow("rate without =") << (base() << QStringLiteral("--rate") << QStringLiteral("KRW")) << "--rate: expected ISO=RUB_PER_UNIT";
        QTest::newRow("rate zero") << (base() << QStringLiteral("--rate") << QStringLiteral("KRW=0")) << "--rate: expected";
        QTest::newRow("rate with 13 decimals") << (base() << QStringLiteral("--rate") << QStringLiteral("KRW=0.0000000000001")) << "--rate: expected";
        QTest::newRow("rate bad code") << (base() << QStringLiteral("--rate") << QStringLiteral("K1=2")) << "--rate: expected";
        QTest::newRow("negative costs") << (base() << QStringLiteral("--costs") << QStringLiteral("-1")) << "--costs";
        QTest::newRow("bad format") << (base() << QStringLiteral("--format") << QStringLiteral("xml")) << "--format: json or text";
        QTest::newRow("unknown option") << (base() << QStringLiteral("--colour")) << "unknown option";
        QTest::newRow("value missing") << (base() << QStringLiteral("--date")) << "--date needs a value";
        QTest::newRow("hybrid motorcycle") << replaced(replaced(base(), QStringLiteral("--vehicle"), QStringLiteral("motorcycle")), QStringLiteral("--fuel"), QStringLiteral("hybrid")) << "not supported for motorcycles";
    }

    void refuses()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        const auto parsed = parseCustomsArguments(args, kToday);
        QVERIFY(std::holds_alternative<QString>(parsed));
        const QString reason = std::get<QString>(parsed);
        QVERIFY2(reason.contains(needle), qPrintable(reason));
        QVERIFY(!reason.contains(u'\n'));   // one line
    }

    void ratesArguments()
    {
        QCOMPARE(std::get<RatesRequest>(parseRatesArguments({}, kToday)).date, kToday);
        const auto r = std::get<RatesRequest>(parseRatesArguments({QStringLiteral("--date"), QStringLiteral("2025-06-21"), QStringLiteral("--format"), QStringLiteral("json")}, kToday));
        QCOMPARE(r.date, QDate(2025, 6, 21));
        QCOMPARE(r.format, QStringLiteral("json"));
        QVERIFY(std::holds_alternative<QString>(parseRatesArguments({QStringLiteral("--date"), QStringLiteral("21.06.2025")}, kToday)));
        QVERIFY(std::holds_alternative<QString>(parseRatesArguments({QStringLiteral("--bogus")}, kToday)));
    }

    void calcusReply()
    {
        const QByteArray json = QStringLiteral(R"({"sborStr":"4 924 ₽","poshlinaStr":"700 000 ₽","utilStr":"3 400 ₽","akcizStr":"0 ₽","ndsStr":"0 ₽","total":"708 324 ₽","total2":"2 708 324 ₽"})").toUtf8();
        const CalcusResult r = parseCalcusResponse(json);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(*r.clearanceFee, 492400);
        QCOMPARE(*r.duty, 70000000);
        QCOMPARE(*r.utilizationFee, 340000);
        QCOMPARE(*r.total2, 270832400);
        QVERIFY(!parseCalcusResponse("<html>").ok);
        QVERIFY(!parseCalcusResponse(R"({"poshlinaStr":"много"})").ok);
        Input in;
        in.importer = Importer::Company;
        in.powertrain = Powertrain::Diesel;
        in.engineCc = 2199;
        in.power = Power::hp(200);
        in.produced = *ProductionDate::parse(u"2020-01");
        in.declarationDate = kToday;
        in.price = 30000000;
        in.currency = QStringLiteral("KRW");
        const QUrlQuery form(QString::fromUtf8(calcusFormBody(in)));
        QCOMPARE(form.queryItemValue(QStringLiteral("owner")), QStringLiteral("2"));
        QCOMPARE(form.queryItemValue(QStringLiteral("age")), QStringLiteral("5-7"));
        QCOMPARE(form.queryItemValue(QStringLiteral("engine")), QStringLiteral("2"));
        QCOMPARE(form.queryItemValue(QStringLiteral("value")), QStringLiteral("2199"));
        QCOMPARE(form.queryItemValue(QStringLiteral("curr")), QStringLiteral("KRW"));
    }

    void comparisonLines()
    {
        Result offline;
        offline.clearanceFee = Amount::of(213400);
        offline.duty = Amount::of(2801462);
        offline.excise = Amount::of(0);
        offline.vat = Amount::of(4562382);
        offline.utilizationFee = Amount::notComputable(QStringLiteral("power unknown"));
        offline.totalWithoutUtilization = Amount::of(7577244);
        offline.total = Amount::notComputable(QStringLiteral("power unknown"));
        OnlineFigures online;
        online.source = QStringLiteral("tks.ru");
        online.clearanceFee = 213400;
        online.duty = 2801462;
        online.vat = 4562381;
        online.totalWithoutUtilization = 7577243;
        online.utilizationFee = 0;
        const Comparison c = compare(offline, online);
        QCOMPARE(c.lines.size(), 5);   // excise and total not reported online
        QCOMPARE(c.lines[0].key, QStringLiteral("clearance_fee_rub"));
        QVERIFY(c.lines[0].matches);
        QCOMPARE(*c.lines[2].difference, -1);   // VAT: within ±0.01
        QVERIFY(c.lines[2].matches);
        QVERIFY(!c.lines[3].difference);        // util: offline not computable
        QVERIFY(!c.lines[3].matches);
        QVERIFY(!c.allMatch);
        QVERIFY(!compare(offline, online, 0).lines[2].matches);
    }
};

QTEST_GUILESS_MAIN(TestCustomsArgs)
#include "tst_customsargs.moc"
