// Export restrictions as dated data: each rule on both sides of its threshold and of its effective date, the
// origin taken from the currency, a price converted at the CBR rates, and refusal of broken data.

#include "core/customs/exportrules.h"
#include "tests/common/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace CarScout::Customs;

namespace {

Rational dec(const char *t) { return *Rational::parse(QString::fromLatin1(t)); }

RateTable rates(bool withUsd = true)
{
    RateTable t;
    t.date = t.requestedDate = QDate(2026, 12, 1);
    t.origin = RateOrigin::Manual;
    t.setManual(u"KRW"_qs, dec("0.0569017"));
    t.setManual(u"CNY"_qs, dec("11"));
    if (withUsd)
        t.setManual(u"USD"_qs, 80);
    return t;
}

ExportFacts korean(const char *priceKrw, int cc, QDate declared)
{
    ExportFacts f;
    f.price = dec(priceKrw);
    f.currency = u"KRW"_qs;
    f.engineCc = cc;
    f.declarationDate = declared;
    return f;
}

QStringList ids(const QList<ExportWarning> &warnings)
{
    QStringList out;
    for (const ExportWarning &w : warnings)
        out << w.ruleId;
    return out;
}

} // namespace

class TestCustomsExport : public QObject
{
    Q_OBJECT

private slots:
    void koreanRules_data()
    {
        QTest::addColumn<QString>("price");   // KRW at 0.0569017 RUB, USD at 80 RUB
        QTest::addColumn<int>("cc");
        QTest::addColumn<QDate>("declared");
        QTest::addColumn<QStringList>("expected");
        const QDate d(2027, 2, 1);
        // 70 000 000 KRW = 3 983 119 RUB = 49 788.99 USD; 71 000 000 KRW = 50 500.26 USD.
        QTest::newRow("1998 cm3, under 50k") << "70000000" << 1998 << d << QStringList();
        QTest::newRow("1999 cm3") << "70000000" << 1999 << d << QStringList();
        QTest::newRow("2000 cm3") << "70000000" << 2000 << d << QStringList{u"kr-engine-2000cc"_qs};
        QTest::newRow("over 50k USD") << "71000000" << 1998 << d << QStringList{u"kr-price-above-50000-usd"_qs};
        QTest::newRow("both") << "71000000" << 2497 << d << QStringList{u"kr-price-above-50000-usd"_qs, u"kr-engine-2000cc"_qs};
        QTest::newRow("2000 cm3 on 2024-02-23") << "70000000" << 2000 << QDate(2024, 2, 23) << QStringList();
        QTest::newRow("2000 cm3 on 2024-02-24") << "70000000" << 2000 << QDate(2024, 2, 24) << QStringList{u"kr-engine-2000cc"_qs};
        QTest::newRow("over 50k on 2023-04-27") << "71000000" << 1998 << QDate(2023, 4, 27) << QStringList();
        QTest::newRow("over 50k on 2023-04-28") << "71000000" << 1998 << QDate(2023, 4, 28) << QStringList{u"kr-price-above-50000-usd"_qs};
        QTest::newRow("electric, no engine") << "70000000" << 0 << d << QStringList();
    }

    void koreanRules()
    {
        QFETCH(QString, price);
        QFETCH(int, cc);
        QFETCH(QDate, declared);
        QFETCH(QStringList, expected);
        const auto warnings = ExportRules::builtin().evaluate(korean(qPrintable(price), cc, declared), rates());
        QCOMPARE(ids(warnings), expected);
        for (const ExportWarning &w : warnings) {
            QVERIFY(w.text.startsWith(u"Korea does not export"));
            QVERIFY(!w.uncertain);
            QVERIFY(!w.source.isEmpty());
        }
    }

    void priceEdgeInUsd()
    {
        ExportFacts f;
        f.origin = u"KR"_qs;
        f.currency = u"USD"_qs;
        f.price = 50000;
        f.declarationDate = QDate(2027, 1, 10);
        QVERIFY(ExportRules::builtin().evaluate(f, rates()).isEmpty());
        f.price = dec("50000.01");
        const auto w = ExportRules::builtin().evaluate(f, rates());
        QCOMPARE(ids(w), QStringList{u"kr-price-above-50000-usd"_qs});
        QVERIFY2(w.first().text.contains(u"about 50000 USD"), qPrintable(w.first().text));
        QVERIFY(w.first().text.contains(u"since 28.04.2023"));
    }

    void noUsdRateSaysSo()
    {
        const auto w = ExportRules::builtin().evaluate(korean("71000000", 1998, QDate(2027, 2, 1)), rates(false));
        QCOMPARE(ids(w), QStringList{u"kr-price-above-50000-usd"_qs});
        QVERIFY2(w.first().text.contains(u"could not be checked"), qPrintable(w.first().text));
    }

    // China: registered less than 180 days before the export; the declaration date stands in for the export.
    void chinese180Days_data()
    {
        QTest::addColumn<QDate>("registered");
        QTest::addColumn<QDate>("declared");
        QTest::addColumn<bool>("warned");
        QTest::newRow("179 days") << QDate(2026, 9, 1) << QDate(2027, 2, 27) << true;
        QTest::newRow("180 days") << QDate(2026, 9, 1) << QDate(2027, 2, 28) << false;
        QTest::newRow("before the rule") << QDate(2025, 12, 1) << QDate(2025, 12, 31) << false;
        QTest::newRow("first day of the rule") << QDate(2025, 12, 1) << QDate(2026, 1, 1) << true;
        QTest::newRow("registration unknown") << QDate() << QDate(2027, 2, 1) << false;
    }

    void chinese180Days()
    {
        QFETCH(QDate, registered);
        QFETCH(QDate, declared);
        QFETCH(bool, warned);
        ExportFacts f;
        f.price = 150000;
        f.currency = u"CNY"_qs;   // no origin given: CNY → CN
        f.engineCc = 2500;        // the Korean engine rule does not apply to China
        f.firstRegistration = registered;
        f.declarationDate = declared;
        const auto w = ExportRules::builtin().evaluate(f, rates());
        QCOMPARE(!w.isEmpty(), warned);
        if (warned) {
            QCOMPARE(ids(w), QStringList{u"cn-registered-180-days"_qs});
            QVERIFY(w.first().uncertain);   // one source
            QVERIFY2(w.first().text.contains(registered.addDays(180).toString(u"dd.MM.yyyy"_qs)), qPrintable(w.first().text));
        }
        f.exportDate = registered.isValid() ? registered.addDays(10) : QDate();   // an explicit export date wins
        QCOMPARE(!ExportRules::builtin().evaluate(f, rates()).isEmpty(), registered.isValid() && registered.addDays(10) >= QDate(2026, 1, 1));
    }

    void unknownOriginIsSilent()
    {
        ExportFacts f = korean("900000000", 5000, QDate(2027, 2, 1));
        f.currency = u"EUR"_qs;
        QVERIFY(ExportRules::builtin().evaluate(f, rates()).isEmpty());
        f.origin = u"KR"_qs;
        QCOMPARE(ExportRules::builtin().evaluate(f, rates()).size(), 2);
    }

    void brokenDataIsRefused_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("needle");
        QTest::newRow("kind") << QByteArray("\"kind\": \"engine_cc_at_least\"") << QByteArray("\"kind\": \"engine\"") << "rules[1].kind";
        QTest::newRow("date") << QByteArray("\"2026-01-01\"") << QByteArray("\"01.01.2026\"") << "rules[2].effective_from";
        QTest::newRow("confidence") << QByteArray("\"one_source\"") << QByteArray("\"sure\"") << "rules[2].confidence";
        QTest::newRow("amount as number") << QByteArray("\"amount\": \"50000\"") << QByteArray("\"amount\": 50000") << "rules[0].amount";
    }

    void brokenDataIsRefused()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, needle);
        QFile in(CarScout::Test::sourceDir() + u"/resources/customs/export_restrictions.json"_qs);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        QVERIFY(text.contains(from));
        text.replace(from, to);
        QTemporaryDir dir;
        QFile out(dir.filePath(u"export_restrictions.json"_qs));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        QString error;
        QVERIFY(!ExportRules::load(out.fileName(), &error));
        QVERIFY2(error.contains(needle), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCustomsExport)
#include "tst_customsexport.moc"
