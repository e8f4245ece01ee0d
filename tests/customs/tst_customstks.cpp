// tks.ru: the real capture (../shared/samples/tks) parsed line by line, the CAPTCHA page, the query fields, and
// the comparison with the offline engine (vector 2 of customs.md §11.1 is this very capture).

#include "core/customs/engine.h"
#include "core/customs/tks.h"
#include "tests/common/testsupport.h"

#include <QUrlQuery>
#include <QtTest>

using namespace CarScout::Customs;

class TestCustomsTks : public QObject
{
    Q_OBJECT

private slots:
    void parsesRealCapture()
    {
        CARSCOUT_READ_SAMPLE(html, "tks/tks-response.html");
        const TksResult r = parseTksResponse(html);
        QVERIFY2(r.status == TksResult::Status::Ok, qPrintable(r.error));
        QCOMPARE(r.lines.size(), 7);
        const QStringList labels = {QStringLiteral("Таможенное оформление"), QStringLiteral("Пошлина"), QStringLiteral("Акциз"),
                                    QStringLiteral("НДС"), QStringLiteral("Итого"), QStringLiteral("Утилизационный сбор"),
                                    QStringLiteral("Итого с утилизационным сбором")};
        const QList<qint64> amounts = {213400, 2801462, 0, 4562381, 7577243, 0, 7577243};
        for (int i = 0; i < labels.size(); ++i) {
            QCOMPARE(r.lines[i].label, labels[i]);
            QCOMPARE(r.lines[i].kopecks.value_or(-1), amounts[i]);
        }
        QCOMPARE(r.lines[1].rate, QStringLiteral("14%"));
        QCOMPARE(r.lines[2].rate, QStringLiteral("нет"));
        QCOMPARE(r.lines[3].rate, QStringLiteral("20%"));
        QCOMPARE(*r.clearanceFee, 213400);
        QCOMPARE(*r.duty, 2801462);
        QCOMPARE(*r.excise, 0);
        QCOMPARE(*r.vat, 4562381);
        QCOMPARE(*r.total, 7577243);
        QCOMPARE(*r.utilizationFee, 0);
        QCOMPARE(*r.totalWithUtilization, 7577243);
        QCOMPARE(r.referenceRates.size(), 3);
        QVERIFY(r.referenceRates.value(QStringLiteral("Курс Евро")).startsWith(QStringLiteral("89.8388")));
        QVERIFY(r.referenceRates.value(QStringLiteral("Курс валюты там. стоимости")).contains(QStringLiteral("за 1000 ВОН")));
    }

    void captureMatchesOfflineEngine()
    {
        CARSCOUT_READ_SAMPLE(html, "tks/tks-response.html");
        const TksResult online = parseTksResponse(html);
        Input in;
        in.importer = Importer::Company;
        in.vehicle = VehicleKind::Motorcycle;
        in.engineCc = 125;
        in.power = Power::hp(1);
        in.produced = *ProductionDate::parse(u"2025-01");
        in.declarationDate = QDate(2025, 6, 24);
        in.price = 3500000;
        in.currency = QStringLiteral("KRW");
        RateTable rates;
        rates.date = in.declarationDate;
        rates.setManual(QStringLiteral("KRW"), *Rational::parse(u"0.0571727"));
        rates.setManual(QStringLiteral("EUR"), *Rational::parse(u"89.8388"));
        const Result offline = Engine::builtin().estimate(in, rates);
        QVERIFY2(offline.ok, qPrintable(offline.error));
        QCOMPARE(*offline.duty.kopecks, *online.duty);
        QCOMPARE(*offline.vat.kopecks, *online.vat);
        QCOMPARE(*offline.clearanceFee.kopecks, *online.clearanceFee);
        QCOMPARE(*offline.totalWithoutUtilization.kopecks, *online.total);
        QCOMPARE(*offline.total.kopecks, *online.totalWithUtilization);
    }

    void recognisesCaptchaPage()
    {
        const QByteArray page = QStringLiteral("<div class=\"err\">На форму расчёта установлена CAPTCHA. Подтвердите, что вы не робот.</div>").toUtf8();
        const TksResult r = parseTksResponse(page);
        QCOMPARE(r.status, TksResult::Status::Captcha);
    }

    void rejectsPagesWithoutTheTable_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no table") << QByteArray("<html><body><p>Сервис недоступен</p></body></html>");
        QTest::newRow("table without total") << QByteArray("<table class=\"autocalc_res\"><tr><td>Пошлина</td><td>15%</td><td>10.00 руб.</td></tr></table>");
    }

    void rejectsPagesWithoutTheTable()
    {
        QFETCH(QByteArray, html);
        const TksResult r = parseTksResponse(html);
        QCOMPARE(r.status, TksResult::Status::Unparsable);
        QVERIFY(!r.error.isEmpty());
    }

    void buildsTheCalculatorQuery()
    {
        Input in;
        in.importer = Importer::Individual;
        in.engineCc = 1998;
        in.power = Power::kw(110);
        in.produced = *ProductionDate::parse(u"2021-03-10");
        in.declarationDate = QDate(2026, 6, 1);
        in.price = 25000000;
        in.currency = QStringLiteral("KRW");
        in.costsToBorder = 1500000;
        const QUrl url = tksRequestUrl(in, QStringLiteral("TOKEN"));
        QCOMPARE(url.host(), QStringLiteral("www.tks.ru"));
        QCOMPARE(url.path(), QStringLiteral("/auto/calc/"));
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(QStringLiteral("cost")), QStringLiteral("26500000"));
        QCOMPARE(q.queryItemValue(QStringLiteral("currency")), QStringLiteral("410"));
        QCOMPARE(q.queryItemValue(QStringLiteral("volume")), QStringLiteral("1998"));
        QCOMPARE(q.queryItemValue(QStringLiteral("power")), QStringLiteral("110"));
        QCOMPARE(q.queryItemValue(QStringLiteral("power_edizm")), QStringLiteral("kvt"));
        QCOMPARE(q.queryItemValue(QStringLiteral("age")), QStringLiteral("57"));
        QCOMPARE(q.queryItemValue(QStringLiteral("face")), QStringLiteral("nat"));
        QCOMPARE(q.queryItemValue(QStringLiteral("engine_type")), QStringLiteral("petrol"));
        QCOMPARE(q.queryItemValue(QStringLiteral("ts_type")), QStringLiteral("00_8703"));
        QCOMPARE(q.queryItemValue(QStringLiteral("mode")), QStringLiteral("ajax"));
        QCOMPARE(q.queryItemValue(QStringLiteral("t")), QStringLiteral("1"));
        QCOMPARE(q.queryItemValue(QStringLiteral("captcha")), QStringLiteral("TOKEN"));
        const QUrlQuery manual(tksCalculatorUrl(in));
        QVERIFY(!manual.hasQueryItem(QStringLiteral("captcha")));
        QVERIFY(!manual.hasQueryItem(QStringLiteral("mode")));
        QCOMPARE(manual.queryItemValue(QStringLiteral("volume")), QStringLiteral("1998"));
    }
};

QTEST_GUILESS_MAIN(TestCustomsTks)
#include "tst_customstks.moc"
