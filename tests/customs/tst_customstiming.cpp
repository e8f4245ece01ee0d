// Customs through time: the next age-band date (both readings of the anniversary: the ЕТС's "more than 3 years"
// moves the day after it, the ЕТТ's "3 years or more" on the day itself), partial production dates and the
// window the real date can fall in, the price on that date (hand-computed), and the rule change around
// 2027-01-01 (60 days before it, not 61).

#include "core/customs/timing.h"

#include <QtTest>

using namespace CarScout::Customs;

namespace {

RateTable eur100()
{
    RateTable t;
    t.date = t.requestedDate = QDate(2026, 12, 1);
    t.origin = RateOrigin::Manual;
    t.setManual(u"EUR"_qs, 100);
    return t;
}

Input car(Importer importer, const QString &produced, QDate declared)
{
    Input in;
    in.importer = importer;
    in.powertrain = Powertrain::Petrol;
    in.engineCc = 1998;
    in.power = Power::hp(150);
    in.produced = *ProductionDate::parse(produced);
    in.declarationDate = declared;
    in.price = 3000000;
    in.currency = u"RUB"_qs;
    return in;
}

qint64 k(const Amount &a) { return a.kopecks.value_or(-1); }

} // namespace

class TestCustomsTiming : public QObject
{
    Q_OBJECT

private slots:
    void nextBandDates_data()
    {
        QTest::addColumn<bool>("company");
        QTest::addColumn<QString>("produced");
        QTest::addColumn<QDate>("declared");
        QTest::addColumn<QDate>("date");        // invalid = no later band
        QTest::addColumn<QString>("band");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        QTest::addColumn<QString>("assumed");   // a word of the assumption sentence, "" = exact date
        // ЕТС: the day after the anniversary («не более 3 лет» — on the day itself the car is still "under 3").
        QTest::newRow("ind exact, months before") << false << "2024-06-10" << QDate(2027, 2, 1) << QDate(2027, 6, 11) << "3_5" << QDate(2027, 6, 11) << QDate(2027, 6, 11) << "";
        QTest::newRow("ind on the 3rd anniversary") << false << "2024-06-10" << QDate(2027, 6, 10) << QDate(2027, 6, 11) << "3_5" << QDate(2027, 6, 11) << QDate(2027, 6, 11) << "";
        QTest::newRow("ind day after: next is 5") << false << "2024-06-10" << QDate(2027, 6, 11) << QDate(2029, 6, 11) << "over_5" << QDate(2029, 6, 11) << QDate(2029, 6, 11) << "";
        QTest::newRow("ind on the 5th anniversary") << false << "2022-06-10" << QDate(2027, 6, 10) << QDate(2027, 6, 11) << "over_5" << QDate(2027, 6, 11) << QDate(2027, 6, 11) << "";
        QTest::newRow("ind over 5: none") << false << "2021-06-10" << QDate(2027, 2, 1) << QDate() << "" << QDate() << QDate() << "";
        QTest::newRow("ind 29 Feb") << false << "2024-02-29" << QDate(2027, 1, 15) << QDate(2027, 3, 1) << "3_5" << QDate(2027, 3, 1) << QDate(2027, 3, 1) << "";
        // ЕТТ: on the 3rd anniversary itself ("3 years or more"), then the day after the 5th and the 7th.
        QTest::newRow("co exact, months before") << true << "2024-06-10" << QDate(2027, 2, 1) << QDate(2027, 6, 10) << "3_5" << QDate(2027, 6, 10) << QDate(2027, 6, 10) << "";
        QTest::newRow("co day before the 3rd") << true << "2024-06-10" << QDate(2027, 6, 9) << QDate(2027, 6, 10) << "3_5" << QDate(2027, 6, 10) << QDate(2027, 6, 10) << "";
        QTest::newRow("co on the 3rd: next is 5-7") << true << "2024-06-10" << QDate(2027, 6, 10) << QDate(2029, 6, 11) << "5_7" << QDate(2029, 6, 11) << QDate(2029, 6, 11) << "";
        QTest::newRow("co on the 5th") << true << "2022-06-10" << QDate(2027, 6, 10) << QDate(2027, 6, 11) << "5_7" << QDate(2027, 6, 11) << QDate(2027, 6, 11) << "";
        QTest::newRow("co 5-7: next is over 7") << true << "2021-06-10" << QDate(2027, 2, 1) << QDate(2028, 6, 11) << "over_7" << QDate(2028, 6, 11) << QDate(2028, 6, 11) << "";
        QTest::newRow("co 29 Feb") << true << "2024-02-29" << QDate(2027, 1, 15) << QDate(2027, 2, 28) << "3_5" << QDate(2027, 2, 28) << QDate(2027, 2, 28) << "";
        QTest::newRow("co over 7: none") << true << "2019-06-10" << QDate(2027, 2, 1) << QDate() << "" << QDate() << QDate() << "";
        // Partial production dates: counted from 1 July / the 15th; the real change lies in [earliest, latest].
        QTest::newRow("ind year only") << false << "2024" << QDate(2027, 2, 1) << QDate(2027, 7, 2) << "3_5" << QDate(2027, 2, 1).addDays(1) << QDate(2028, 1, 1) << "1 July";
        QTest::newRow("co year only") << true << "2024" << QDate(2027, 2, 1) << QDate(2027, 7, 1) << "3_5" << QDate(2027, 2, 2) << QDate(2027, 12, 31) << "1 July";
        QTest::newRow("ind month only") << false << "2024-06" << QDate(2027, 2, 1) << QDate(2027, 6, 16) << "3_5" << QDate(2027, 6, 2) << QDate(2027, 7, 1) << "15th";
        QTest::newRow("co month only") << true << "2024-06" << QDate(2027, 2, 1) << QDate(2027, 6, 15) << "3_5" << QDate(2027, 6, 1) << QDate(2027, 6, 30) << "15th";
        QTest::newRow("co Feb 2024 only") << true << "2024-02" << QDate(2027, 1, 4) << QDate(2027, 2, 15) << "3_5" << QDate(2027, 2, 1) << QDate(2027, 2, 28) << "15th";
    }

    void nextBandDates()
    {
        QFETCH(bool, company);
        QFETCH(QString, produced);
        QFETCH(QDate, declared);
        QFETCH(QDate, date);
        QFETCH(QString, band);
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        QFETCH(QString, assumed);
        const Input in = car(company ? Importer::Company : Importer::Individual, produced, declared);
        const auto next = nextBand(Engine::builtin(), in, eur100());
        QCOMPARE(next.has_value(), date.isValid());
        if (!next)
            return;
        QCOMPARE(next->date, date);
        QCOMPARE(next->ageBand, band);
        QCOMPARE(next->earliest, earliest);
        QCOMPARE(next->latest, latest);
        QCOMPARE(next->assumption.isEmpty(), assumed.isEmpty());
        QVERIFY2(next->assumption.contains(assumed), qPrintable(next->assumption));
        // The band really changes on that date and not the day before.
        Input dayBefore = in;
        dayBefore.declarationDate = date.addDays(-1);
        const Result before = Engine::builtin().estimate(dayBefore, eur100());
        QVERIFY2(before.ok, qPrintable(before.error));
        QVERIFY(before.ageBand != band);
        QVERIFY2(next->result.ok, qPrintable(next->result.error));
        QCOMPARE(next->result.ageBand, band);
    }

    // An individual's 2.0 L, 150 hp car, customs value 3 000 000 RUB = 30 000 € (EUR 100), 2027 rules:
    // now 48 % = 1 440 000 + fee 18 465 + util 3 400 = 1 461 865; after the 3rd anniversary 2.7 €/cm³ × 1 998
    // = 539 460 + 18 465 + 5 200 = 563 125: 898 740 less.
    void priceOnThePassableDate()
    {
        const Input in = car(Importer::Individual, u"2024-06-10"_qs, QDate(2027, 2, 1));
        const Result now = Engine::builtin().estimate(in, eur100());
        QVERIFY2(now.ok, qPrintable(now.error));
        QCOMPARE(k(now.total), 146186500);
        const auto next = nextBand(Engine::builtin(), in, eur100());
        QVERIFY(next);
        QCOMPARE(k(next->result.duty), 53946000);
        QCOMPARE(k(next->result.total), 56312500);
        QCOMPARE(differenceKopecks(now, next->result).value_or(0), -89874000);
    }

    // A band date past the rule tables (after 2030-12-31): the date and band are known, the price is not.
    void bandPastTheTablesHasNoPrice()
    {
        const Input in = car(Importer::Company, u"2024-06-10"_qs, QDate(2029, 6, 11));
        const auto next = nextBand(Engine::builtin(), in, eur100());
        QVERIFY(next);
        QCOMPARE(next->date, QDate(2031, 6, 11));
        QCOMPARE(next->ageBand, u"over_7"_qs);
        QVERIFY(!next->result.ok);
        QVERIFY(next->result.error.contains(u"2030-12-31"));
    }

    void ruleChangeWindow_data()
    {
        QTest::addColumn<QDate>("declared");
        QTest::addColumn<QDate>("change");      // invalid = no rule_change
        QTest::newRow("61 days before 2027") << QDate(2026, 11, 1) << QDate();
        QTest::newRow("60 days before 2027") << QDate(2026, 11, 2) << QDate(2027, 1, 1);
        QTest::newRow("2026-12-31") << QDate(2026, 12, 31) << QDate(2027, 1, 1);
        QTest::newRow("2027-01-01 itself") << QDate(2027, 1, 1) << QDate();
        QTest::newRow("60 days before 2028") << QDate(2027, 11, 2) << QDate(2028, 1, 1);
        QTest::newRow("2030-12-31: no later tables") << QDate(2030, 12, 31) << QDate();
    }

    void ruleChangeWindow()
    {
        QFETCH(QDate, declared);
        QFETCH(QDate, change);
        Input in = car(Importer::Company, u"2026-01-01"_qs, declared);
        in.produced = ProductionDate::fromDate(declared.addYears(-1));
        const auto projected = ruleChange(Engine::builtin(), in, eur100());
        QCOMPARE(projected.has_value(), change.isValid());
        if (projected)
            QCOMPARE(projected->date, change);
    }

    // A company's new 2.0 L 170 hp car, customs value 1 000 000 RUB, declared 2026-12-15:
    // 2026: duty 150 000 + excise 170 × 613 = 104 210 + VAT 22 % of 1 254 210 = 275 926.20 + fee 4 924 + util
    // 45.00 × 20 000 = 900 000 → 1 435 060.20; from 2027-01-01: excise 170 × 638 = 108 460, VAT 276 861.20,
    // util 49.50 × 20 000 = 990 000 → 1 530 245.20, +95 185.00.
    void ruleChangeTotal()
    {
        Input in = car(Importer::Company, u"2026-03-01"_qs, QDate(2026, 12, 15));
        in.price = 1000000;
        in.power = Power::hp(170);
        const Result now = Engine::builtin().estimate(in, eur100());
        QCOMPARE(k(now.total), 143506020);
        const auto after = ruleChange(Engine::builtin(), in, eur100());
        QVERIFY(after);
        QCOMPARE(after->date, QDate(2027, 1, 1));
        QCOMPARE(k(after->result.total), 153024520);
        QCOMPARE(differenceKopecks(now, after->result).value_or(0), 9518500);
        QVERIFY(after->result.total.uncertain);   // the 2027 excise is derived
        QVERIFY(!now.total.uncertain);
    }

    void passableState_data()
    {
        QTest::addColumn<bool>("company");
        QTest::addColumn<QString>("produced");
        QTest::addColumn<QDate>("declared");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("months");
        QTest::addColumn<bool>("within3");
        QTest::newRow("under 3, 4 months 10 days") << false << "2024-06-10" << QDate(2027, 2, 1) << int(Passable::State::Later) << 5 << false;
        QTest::newRow("under 3, exactly 3 months") << false << "2024-06-10" << QDate(2027, 3, 11) << int(Passable::State::Later) << 3 << true;
        QTest::newRow("on the 3rd anniversary") << false << "2024-06-10" << QDate(2027, 6, 10) << int(Passable::State::Later) << 1 << true;
        QTest::newRow("3-5 now") << false << "2024-06-10" << QDate(2027, 6, 11) << int(Passable::State::Now) << 0 << true;
        QTest::newRow("on the 5th anniversary") << false << "2022-06-10" << QDate(2027, 6, 10) << int(Passable::State::Now) << 0 << true;
        QTest::newRow("over 5") << false << "2022-06-10" << QDate(2027, 6, 11) << int(Passable::State::Over5) << 0 << false;
        QTest::newRow("company on the 3rd anniversary") << true << "2024-06-10" << QDate(2027, 6, 10) << int(Passable::State::Now) << 0 << true;
        QTest::newRow("company 5-7") << true << "2021-06-10" << QDate(2027, 2, 1) << int(Passable::State::Over5) << 0 << false;
    }

    void passableState()
    {
        QFETCH(bool, company);
        QFETCH(QString, produced);
        QFETCH(QDate, declared);
        QFETCH(int, state);
        QFETCH(int, months);
        QFETCH(bool, within3);
        const auto p = passable(Engine::builtin(), car(company ? Importer::Company : Importer::Individual, produced, declared), eur100());
        QVERIFY(p);
        QCOMPARE(int(p->state), state);
        QCOMPARE(p->months, months);
        QCOMPARE(p->within(3), within3);
        QCOMPARE(p->totalKopecks.has_value(), p->state == Passable::State::Later);
    }

    void monthsRoundUp()
    {
        QCOMPARE(monthsUntil(QDate(2027, 2, 1), QDate(2027, 6, 11)), 5);
        QCOMPARE(monthsUntil(QDate(2027, 2, 1), QDate(2027, 6, 1)), 4);
        QCOMPARE(monthsUntil(QDate(2027, 1, 31), QDate(2027, 2, 28)), 1);
        QCOMPARE(monthsUntil(QDate(2027, 2, 1), QDate(2027, 2, 2)), 1);
        QCOMPARE(monthsUntil(QDate(2027, 2, 1), QDate(2027, 2, 1)), 0);
    }

    void bandChangeDatesByRoute()
    {
        const QDate produced(2024, 6, 10);
        QCOMPARE(bandChangeDates(car(Importer::Individual, u"2024-06-10"_qs, QDate(2026, 1, 1)), produced),
                 (QList<QDate>{QDate(2027, 6, 11), QDate(2029, 6, 11)}));
        QCOMPARE(bandChangeDates(car(Importer::Company, u"2024-06-10"_qs, QDate(2026, 1, 1)), produced),
                 (QList<QDate>{QDate(2027, 6, 10), QDate(2029, 6, 11), QDate(2031, 6, 11)}));
        Input bev = car(Importer::Individual, u"2024-06-10"_qs, QDate(2026, 1, 1));
        bev.powertrain = Powertrain::Electric;   // an individual's BEV pays duty + excise + VAT: the ЕТТ reading
        QCOMPARE(bandChangeDates(bev, produced).first(), QDate(2027, 6, 10));
    }
};

QTEST_GUILESS_MAIN(TestCustomsTiming)
#include "tst_customstiming.moc"
