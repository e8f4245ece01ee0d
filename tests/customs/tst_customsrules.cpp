// The rule tables: loading (and refusing broken data), the choice of the period by date, and the bracket edges
// derived from the tables themselves — each edge of value, displacement, power and age, on both sides.

#include "core/customs/engine.h"
#include "tests/common/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace CarScout::Customs;

namespace {

Rational dec(const char *t) { return *Rational::parse(QString::fromLatin1(t)); }

RateTable eur100(QDate date)
{
    RateTable t;
    t.date = t.requestedDate = date;
    t.origin = RateOrigin::Manual;
    t.setManual(QStringLiteral("EUR"), 100);
    return t;
}

Input baseInput(QDate declared)
{
    Input in;
    in.importer = Importer::Company;
    in.powertrain = Powertrain::Petrol;
    in.engineCc = 1600;
    in.power = Power::hp(100);
    in.produced = ProductionDate::fromDate(declared.addYears(-1));
    in.declarationDate = declared;
    in.price = 1000000;
    in.currency = QStringLiteral("RUB");
    return in;
}

qint64 k(const Amount &a) { return a.kopecks.value_or(-1); }

const QList<QDate> kDates = {QDate(2024, 6, 1), QDate(2024, 11, 1), QDate(2025, 6, 1), QDate(2025, 12, 15), QDate(2026, 6, 1),
                             QDate(2027, 6, 1), QDate(2028, 6, 1), QDate(2029, 6, 1), QDate(2030, 6, 1)};

bool copyRules(const QString &to)
{
    for (const QString &name : QDir(QStringLiteral(":/customs")).entryList(QDir::Files)) {
        if (!QFile::copy(u":/customs/" + name, to + u'/' + name))
            return false;
        QFile::setPermissions(to + u'/' + name, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return true;
}

} // namespace

class TestCustomsRules : public QObject
{
    Q_OBJECT

private slots:
    void builtinLoadsAndMatchesTheSourceTree()
    {
        QString error;
        const auto fromTree = RuleBook::load(CarScout::Test::sourceDir() + QStringLiteral("/resources/customs"), &error);
        QVERIFY2(fromTree, qPrintable(error));
        QCOMPARE(RuleBook::builtin().firstCoveredDate(), QDate(2024, 1, 1));
        QCOMPARE(RuleBook::builtin().lastCoveredDate(), QDate(2030, 12, 31));
    }

    void periodsFollowTheDeclarationDate_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("version");
        QTest::newRow("2024-01-01") << QDate(2024, 1, 1) << "ets-107+ett-80@2026-01-22+excise-2024+vat-20+fee-2020+util-2024-01";
        QTest::newRow("2024-09-30") << QDate(2024, 9, 30) << "ets-107+ett-80@2026-01-22+excise-2024+vat-20+fee-2020+util-2024-01";
        QTest::newRow("2024-10-01") << QDate(2024, 10, 1) << "ets-107+ett-80@2026-01-22+excise-2024+vat-20+fee-2020+util-2024-10";
        QTest::newRow("2025-01-01") << QDate(2025, 1, 1) << "ets-107+ett-80@2026-01-22+excise-2025+vat-20+fee-2025+util-2024-10";
        QTest::newRow("2025-11-30") << QDate(2025, 11, 30) << "ets-107+ett-80@2026-01-22+excise-2025+vat-20+fee-2025+util-2024-10";
        QTest::newRow("2025-12-01") << QDate(2025, 12, 1) << "ets-107+ett-80@2026-01-22+excise-2025+vat-20+fee-2025+util-2025-12";
        QTest::newRow("2025-12-31") << QDate(2025, 12, 31) << "ets-107+ett-80@2026-01-22+excise-2025+vat-20+fee-2025+util-2025-12";
        QTest::newRow("2026-01-01") << QDate(2026, 1, 1) << "ets-107+ett-80@2026-01-22+excise-2026+vat-22+fee-2026+util-2026";
        QTest::newRow("2026-12-31") << QDate(2026, 12, 31) << "ets-107+ett-80@2026-01-22+excise-2026+vat-22+fee-2026+util-2026";
        QTest::newRow("2027-01-01") << QDate(2027, 1, 1) << "ets-107+ett-80@2026-01-22+excise-2027+vat-22+fee-2027+util-2027";
        QTest::newRow("2027-12-31") << QDate(2027, 12, 31) << "ets-107+ett-80@2026-01-22+excise-2027+vat-22+fee-2027+util-2027";
        QTest::newRow("2028-01-01") << QDate(2028, 1, 1) << "ets-107+ett-80@2026-01-22+excise-2028+vat-22+fee-2028-2030+util-2028";
        QTest::newRow("2029-01-01") << QDate(2029, 1, 1) << "ets-107+ett-80@2026-01-22+excise-2029-2030+vat-22+fee-2028-2030+util-2029";
        QTest::newRow("2030-01-01") << QDate(2030, 1, 1) << "ets-107+ett-80@2026-01-22+excise-2029-2030+vat-22+fee-2028-2030+util-2030";
        QTest::newRow("2030-12-31") << QDate(2030, 12, 31) << "ets-107+ett-80@2026-01-22+excise-2029-2030+vat-22+fee-2028-2030+util-2030";
    }

    void periodsFollowTheDeclarationDate()
    {
        QFETCH(QDate, date);
        QFETCH(QString, version);
        QString error;
        const auto set = RuleBook::builtin().forDate(date, &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(set->version(), version);
    }

    void datesOutsideEverySetAreErrors_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::newRow("2023-12-31") << QDate(2023, 12, 31);
        QTest::newRow("2031-01-01") << QDate(2031, 1, 1);
    }

    void datesOutsideEverySetAreErrors()
    {
        QFETCH(QDate, date);
        QString error;
        QVERIFY(!RuleBook::builtin().forDate(date, &error));
        QVERIFY2(error.contains(date.toString(Qt::ISODate)) && error.contains(QStringLiteral("2024-01-01 … 2030-12-31")), qPrintable(error));
        const Result r = Engine::builtin().estimate(baseInput(date), eur100(date));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("no customs rules")));
    }

    void brokenDataIsRefusedWithItsLocation_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("needle");
        QTest::newRow("number for money") << "vat.json" << QByteArray("\"percent\": \"22\"") << QByteArray("\"percent\": 22") << "vat.json: periods[1].percent";
        QTest::newRow("bad decimal") << "excise.json" << QByteArray("\"rub_per_hp\": \"613\"") << QByteArray("\"rub_per_hp\": \"6,1,3\"") << "excise.json: periods[2].car[2].rub_per_hp";
        QTest::newRow("overlap") << "vat.json" << QByteArray("\"effective_from\": \"2026-01-01\"") << QByteArray("\"effective_from\": \"2025-12-01\"") << "overlap";
        QTest::newRow("no citation") << "clearance_fee.json" << QByteArray("\"citation\": \"ПП РФ от 28.11.2024 № 1637\",") << QByteArray() << "citation";
        QTest::newRow("closed last bracket") << "clearance_fee.json" << QByteArray("{\"max_rub\": null, \"fee_rub\": \"73860\"}") << QByteArray("{\"max_rub\": \"99999999\", \"fee_rub\": \"73860\"}") << "open-ended";
        QTest::newRow("syntax") << "ets.json" << QByteArray("\"periods\": [") << QByteArray("\"periods\": [[") << "JSON error at byte";
    }

    void brokenDataIsRefusedWithItsLocation()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, needle);
        QTemporaryDir dir;
        QVERIFY(copyRules(dir.path()));
        QFile f(dir.path() + u'/' + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        QVERIFY2(text.contains(from), from.constData());
        text.replace(from, to);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        QString error;
        QVERIFY(!RuleBook::load(dir.path(), &error));
        QVERIFY2(error.contains(needle), qPrintable(error));
    }

    // Every utilization amount of every grid is base × a two-decimal coefficient: a multiple of 200 RUB.
    void everyUtilizationAmountIsAMultipleOf200()
    {
        int cells = 0;
        for (const auto &period : RuleBook::builtin().utilizationPeriods()) {
            QVERIFY(period->preference.newKopecks % 20000 == 0 && period->preference.oldKopecks % 20000 == 0);
            QList<UtilizationTable::Band> bands = period->ev;
            for (const auto &row : period->ice)
                bands += row.bands;
            for (const auto &band : std::as_const(bands)) {
                for (const Cell *cell : {&band.newCar, &band.old}) {
                    if (!cell->value)
                        continue;
                    ++cells;
                    const qint64 fee = (period->baseRub * *cell->value).toKopecks();
                    QVERIFY2(fee % 20000 == 0, qPrintable(period->id + u": " + cell->value->toString(4)));
                    QVERIFY2(cell->value->toString(4).section(u'.', 1).size() <= 2, qPrintable(cell->value->toString(4)));
                }
            }
        }
        QVERIFY(cells > 200);
    }

    // Clearance fee: each bracket's upper bound and one kopeck above, for every period.
    void clearanceFeeEdges()
    {
        for (const QDate date : kDates) {
            const auto set = RuleBook::builtin().forDate(date, nullptr);
            QVERIFY(set);
            const auto &brackets = set->clearanceFee->brackets;
            for (qsizetype i = 0; i + 1 < brackets.size(); ++i) {
                const Rational edge = *brackets[i].maxRub;
                for (const auto &[price, expected] : {std::pair{edge, brackets[i].feeKopecks},
                                                      std::pair{edge + Rational::fromKopecks(1), brackets[i + 1].feeKopecks}}) {
                    Input in = baseInput(date);
                    in.price = price;
                    const Result r = Engine::builtin().estimate(in, eur100(date));
                    QVERIFY2(r.ok, qPrintable(r.error));
                    QCOMPARE(k(r.clearanceFee), expected);
                }
            }
        }
        // Spot values straight from customs.md §5 (not from the data): 2026 at 1 200 000.00 / 1 200 000.01.
        Input in = baseInput(QDate(2026, 6, 1));
        in.price = 1200000;
        QCOMPARE(k(Engine::builtin().estimate(in, eur100(in.declarationDate)).clearanceFee), 492400);
        in.price = dec("1200000.01");
        QCOMPARE(k(Engine::builtin().estimate(in, eur100(in.declarationDate)).clearanceFee), 1354100);
        in.price = dec("10000000.01");
        QCOMPARE(k(Engine::builtin().estimate(in, eur100(in.declarationDate)).clearanceFee), 7386000);
    }

    // ЕТС under 3: each value-bracket edge in EUR (at EUR = 100 RUB) and 0.01 € above it; 1 cm³ keeps the
    // €/cm³ minimum out of the way so the percentage shows.
    void etsValueEdges()
    {
        const QDate date(2026, 6, 1);
        const auto set = RuleBook::builtin().forDate(date, nullptr);
        const auto &brackets = set->ets->under3;
        for (qsizetype i = 0; i + 1 < brackets.size(); ++i) {
            const Rational edgeRub = *brackets[i].maxEur * Rational(100);
            for (const auto &[price, percent] : {std::pair{edgeRub, brackets[i].percent},
                                                 std::pair{edgeRub + Rational(1), brackets[i + 1].percent}}) {
                Input in = baseInput(date);
                in.importer = Importer::Individual;
                in.engineCc = 1;
                in.price = price;
                const Result r = Engine::builtin().estimate(in, eur100(date));
                QVERIFY2(r.ok, qPrintable(r.error));
                QCOMPARE(r.ageBand, QStringLiteral("under_3"));
                QCOMPARE(k(r.duty), (price * percent / Rational(100)).toKopecks());
            }
        }
        // From customs.md §3 directly: 8 500 € → 54 %, 8 500.01 € → 48 %.
        Input in = baseInput(date);
        in.importer = Importer::Individual;
        in.engineCc = 1;
        in.price = 850000;
        QCOMPARE(k(Engine::builtin().estimate(in, eur100(date)).duty), 45900000);
        in.price = 850001;
        QCOMPARE(k(Engine::builtin().estimate(in, eur100(date)).duty), 40800048);
    }

    // ЕТС 3–5 / > 5: each displacement edge and one cm³ above.
    void etsDisplacementEdges()
    {
        const QDate date(2026, 6, 1);
        const auto set = RuleBook::builtin().forDate(date, nullptr);
        const auto &rows = set->ets->byDisplacement;
        for (const bool over5 : {false, true}) {
            for (qsizetype i = 0; i + 1 < rows.size(); ++i) {
                const int edge = *rows[i].maxCc;
                for (const auto &[cc, row] : {std::pair{edge, rows[i]}, std::pair{edge + 1, rows[i + 1]}}) {
                    Input in = baseInput(date);
                    in.importer = Importer::Individual;
                    in.engineCc = cc;
                    in.produced = ProductionDate::fromDate(date.addYears(over5 ? -6 : -4));
                    const Result r = Engine::builtin().estimate(in, eur100(date));
                    QVERIFY2(r.ok, qPrintable(r.error));
                    const Rational perCc = over5 ? row.over5EurPerCc : row.age3to5EurPerCc;
                    QCOMPARE(k(r.duty), (perCc * Rational(cc) * Rational(100)).toKopecks());
                }
            }
        }
        // customs.md §3: 1 800 cm³ 3–5 y → 2.5 €/cm³; 1 801 → 2.7 €/cm³.
        Input in = baseInput(date);
        in.importer = Importer::Individual;
        in.produced = ProductionDate::fromDate(date.addYears(-4));
        in.engineCc = 1800;
        QCOMPARE(k(Engine::builtin().estimate(in, eur100(date)).duty), 45000000);
        in.engineCc = 1801;
        QCOMPARE(k(Engine::builtin().estimate(in, eur100(date)).duty), 48627000);
    }

    // Age edges (whole dates): the day before, on, and after each anniversary, ЕТС vs ЕТТ.
    void ageEdges_data()
    {
        QTest::addColumn<int>("years");
        QTest::addColumn<int>("dayOffset");   // declaration = production + years + offset days
        QTest::addColumn<QString>("ets");
        QTest::addColumn<QString>("ett");
        QTest::newRow("3y -1d") << 3 << -1 << "under_3" << "under_3";
        QTest::newRow("3y on") << 3 << 0 << "under_3" << "3_5";    // «не более 3 лет» vs "3 years or more"
        QTest::newRow("3y +1d") << 3 << 1 << "3_5" << "3_5";
        QTest::newRow("5y -1d") << 5 << -1 << "3_5" << "3_5";
        QTest::newRow("5y on") << 5 << 0 << "3_5" << "3_5";
        QTest::newRow("5y +1d") << 5 << 1 << "over_5" << "5_7";
        QTest::newRow("7y on") << 7 << 0 << "over_5" << "5_7";
        QTest::newRow("7y +1d") << 7 << 1 << "over_5" << "over_7";
    }

    void ageEdges()
    {
        QFETCH(int, years);
        QFETCH(int, dayOffset);
        QFETCH(QString, ets);
        QFETCH(QString, ett);
        const QDate declared(2026, 3, 10);
        const QDate produced = declared.addDays(-dayOffset).addYears(-years);
        QCOMPARE(produced.addYears(years).addDays(dayOffset), declared);
        QCOMPARE(etsAgeKey(etsAge(produced, declared)), ets);
        QCOMPARE(ettAgeKey(ettAge(produced, declared)), ett);
        QCOMPARE(utilizationOld(produced, declared), years > 3 || (years == 3 && dayOffset > 0));
        Input in = baseInput(declared);
        in.produced = ProductionDate::fromDate(produced);
        in.importer = Importer::Individual;
        const Result person = Engine::builtin().estimate(in, eur100(declared));
        QCOMPARE(person.ageBand, ets);
        // ЕТС warns near 3 and 5 years; the ЕТТ also near 7.
        QCOMPARE(person.warnings.filter(QStringLiteral("reaches %1 years").arg(years)).isEmpty(), years == 7);
        in.importer = Importer::Company;
        const Result company = Engine::builtin().estimate(in, eur100(declared));
        QCOMPARE(company.ageBand, ett);
        QVERIFY(!company.warnings.filter(QStringLiteral("reaches %1 years").arg(years)).isEmpty());
    }

    void boundaryWarningWindowIsTwoMonths()
    {
        const QDate produced(2021, 5, 20);
        QVERIFY(!boundaryWarnings(produced, QDate(2024, 3, 20), {3}).isEmpty());
        QVERIFY(boundaryWarnings(produced, QDate(2024, 3, 19), {3}).isEmpty());
        QVERIFY(!boundaryWarnings(produced, QDate(2024, 7, 20), {3}).isEmpty());
        QVERIFY(boundaryWarnings(produced, QDate(2024, 7, 21), {3}).isEmpty());
    }

    void partialProductionDates()
    {
        QCOMPARE(ProductionDate::parse(u"2021")->assumedDate(), QDate(2021, 7, 1));
        QCOMPARE(ProductionDate::parse(u"2021-03")->assumedDate(), QDate(2021, 3, 15));
        QCOMPARE(ProductionDate::parse(u"2021-03-02")->assumedDate(), QDate(2021, 3, 2));
        QVERIFY(!ProductionDate::parse(u"2021-13"));
        QVERIFY(!ProductionDate::parse(u"2021-02-30"));
        QVERIFY(!ProductionDate::parse(u"21-02"));
        Input in = baseInput(QDate(2026, 6, 1));
        in.produced = *ProductionDate::parse(u"2021");
        const Result r = Engine::builtin().estimate(in, eur100(in.declarationDate));
        QVERIFY(!r.warnings.filter(QStringLiteral("counted from 1 July")).isEmpty());
        in.produced = *ProductionDate::parse(u"2021-03");
        QVERIFY(!Engine::builtin().estimate(in, eur100(in.declarationDate)).warnings.filter(QStringLiteral("counted from the 15th")).isEmpty());
    }

    // Excise: each hp edge and one hp above; the kW edge through the 0.75 conversion (67.5 kW = 90 hp).
    void exciseEdges()
    {
        for (const QDate date : kDates) {
            const auto set = RuleBook::builtin().forDate(date, nullptr);
            const auto &brackets = set->excise->car;
            for (qsizetype i = 0; i + 1 < brackets.size(); ++i) {
                const Rational edge = *brackets[i].maxHp;
                for (const auto &[hp, rate] : {std::pair{edge, brackets[i].rubPerHp}, std::pair{edge + Rational(1), brackets[i + 1].rubPerHp}}) {
                    Input in = baseInput(date);
                    in.power = Power::hp(hp);
                    const Result r = Engine::builtin().estimate(in, eur100(date));
                    QVERIFY2(r.ok, qPrintable(r.error));
                    QCOMPARE(k(r.excise), (rate * hp).toKopecks());
                }
            }
        }
        const QDate date(2026, 6, 1);
        Input in = baseInput(date);
        in.power = Power::kw(dec("67.5"));
        QCOMPARE(k(Engine::builtin().estimate(in, eur100(date)).excise), 0);
        in.power = Power::kw(dec("67.51"));   // 90.0133… hp × 64
        QCOMPARE(k(Engine::builtin().estimate(in, eur100(date)).excise), (Rational(64) * dec("67.51") / dec("0.75")).toKopecks());
        in.power = Power::kw(dec("112.5"));   // 150 hp × 64 = 9 600
        QCOMPARE(k(Engine::builtin().estimate(in, eur100(date)).excise), 960000);
        in.power = Power::hp(151);            // 151 × 613
        QCOMPARE(k(Engine::builtin().estimate(in, eur100(date)).excise), 9256300);
    }

    // Utilization (2026 and Dec 2025): each displacement edge and each power edge, both sides; the kW edge
    // through 0.7355 (117.68 kW = 160 hp).
    void utilizationEdges()
    {
        for (const QDate date : {QDate(2025, 12, 15), QDate(2026, 6, 1), QDate(2027, 6, 1), QDate(2028, 6, 1), QDate(2029, 6, 1), QDate(2030, 6, 1)}) {
            const auto set = RuleBook::builtin().forDate(date, nullptr);
            const UtilizationTable &util = *set->utilization;
            for (qsizetype r = 0; r < util.ice.size(); ++r) {
                const auto &row = util.ice[r];
                const int cc = row.maxCc ? *row.maxCc : *util.ice[r - 1].maxCc + 1;
                for (qsizetype b = 0; b + 1 < row.bands.size(); ++b) {
                    const Rational edge = *row.bands[b].maxHp;
                    for (const auto &[hp, band] : {std::pair{edge, row.bands[b]}, std::pair{edge + Rational(1), row.bands[b + 1]}}) {
                        Input in = baseInput(date);
                        in.engineCc = cc;
                        in.power = Power::hp(hp);
                        const Result res = Engine::builtin().estimate(in, eur100(date));
                        QVERIFY2(res.ok, qPrintable(res.error));
                        QCOMPARE(k(res.utilizationFee), (util.baseRub * *band.newCar.value).toKopecks());
                    }
                }
                if (row.maxCc && r + 1 < util.ice.size()) {   // displacement edge at ≤ 160 hp
                    for (const auto &[c, next] : {std::pair{*row.maxCc, &row}, std::pair{*row.maxCc + 1, &util.ice[r + 1]}}) {
                        Input in = baseInput(date);
                        in.engineCc = c;
                        in.power = Power::hp(100);
                        in.produced = ProductionDate::fromDate(date.addYears(-4));
                        const Result res = Engine::builtin().estimate(in, eur100(date));
                        QCOMPARE(k(res.utilizationFee), (util.baseRub * *next->bands.first().old.value).toKopecks());
                    }
                }
            }
        }
        // customs.md §6 directly: 2026, 1001–2000 cm³, ≤ 160 hp new 40.04 → 800 800; 161 hp → 45.00 → 900 000.
        const QDate date(2026, 6, 1);
        Input in = baseInput(date);
        in.engineCc = 2000;
        in.power = Power::kw(dec("117.68"));
        QCOMPARE(k(Engine::builtin().estimate(in, eur100(date)).utilizationFee), 80080000);
        in.power = Power::kw(dec("117.69"));
        QCOMPARE(k(Engine::builtin().estimate(in, eur100(date)).utilizationFee), 90000000);
        in.engineCc = 2001;
        in.power = Power::hp(160);
        QCOMPARE(k(Engine::builtin().estimate(in, eur100(date)).utilizationFee), 225040000);
    }

    // The individual's preference: ≤ 3000 cm³ and ≤ 160 hp (ICE, parallel hybrid ICE + e-motor); BEV ≤ 80 hp.
    void preferenceConditions_data()
    {
        QTest::addColumn<int>("powertrain");
        QTest::addColumn<int>("cc");
        QTest::addColumn<QString>("hp");
        QTest::addColumn<QString>("emotorKw");
        QTest::addColumn<bool>("preferential");
        QTest::newRow("3000cc 160hp") << int(Powertrain::Petrol) << 3000 << "160" << "" << true;
        QTest::newRow("3001cc 160hp") << int(Powertrain::Petrol) << 3001 << "160" << "" << false;
        QTest::newRow("3000cc 161hp") << int(Powertrain::Petrol) << 3000 << "161" << "" << false;
        QTest::newRow("hybrid 120+29.42kW=160hp") << int(Powertrain::HybridPetrol) << 2000 << "120" << "29.42" << true;
        QTest::newRow("hybrid 120+30kW>160hp") << int(Powertrain::HybridPetrol) << 2000 << "120" << "30" << false;
        QTest::newRow("BEV 80hp") << int(Powertrain::Electric) << 0 << "80" << "" << true;
        QTest::newRow("BEV 81hp") << int(Powertrain::Electric) << 0 << "81" << "" << false;
        QTest::newRow("REEV 80hp") << int(Powertrain::HybridSequential) << 1500 << "80" << "" << true;
    }

    void preferenceConditions()
    {
        QFETCH(int, powertrain);
        QFETCH(int, cc);
        QFETCH(QString, hp);
        QFETCH(QString, emotorKw);
        QFETCH(bool, preferential);
        const QDate date(2026, 6, 1);
        Input in = baseInput(date);
        in.importer = Importer::Individual;
        in.powertrain = Powertrain(powertrain);
        in.engineCc = cc;
        in.power = Power::hp(*Rational::parse(hp));
        if (!emotorKw.isEmpty())
            in.electricMotorPower = Power::kw(*Rational::parse(emotorKw));
        const Result r = Engine::builtin().estimate(in, eur100(date));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.utilizationPreferential, preferential);
        if (preferential)
            QCOMPARE(k(r.utilizationFee), 340000);
        else
            QVERIFY(k(r.utilizationFee) > 340000);
        // Before 01.12.2025 there was no power limit.
        in.declarationDate = QDate(2025, 6, 1);
        in.produced = ProductionDate::fromDate(in.declarationDate.addYears(-1));
        const Result before = Engine::builtin().estimate(in, eur100(in.declarationDate));
        QCOMPARE(before.utilizationPreferential, cc <= 3000);
    }

    void companyDutyCells_data()
    {
        QTest::addColumn<int>("powertrain");
        QTest::addColumn<int>("cc");
        QTest::addColumn<int>("ageYears");
        QTest::addColumn<bool>("offroad");
        QTest::addColumn<bool>("iceDominant");
        QTest::addColumn<qlonglong>("duty");   // CV 1 000 000 RUB, EUR 100, 2026; from customs.md §4.1
        QTest::newRow("petrol 2800 new 15%") << int(Powertrain::Petrol) << 2800 << 1 << false << true << 15000000LL;
        QTest::newRow("petrol 2801 new 12.5%") << int(Powertrain::Petrol) << 2801 << 1 << false << true << 12500000LL;
        QTest::newRow("petrol 2801 new offroad 15%") << int(Powertrain::Petrol) << 2801 << 1 << true << true << 15000000LL;
        QTest::newRow("petrol 3499 new offroad 15%") << int(Powertrain::Petrol) << 3499 << 1 << true << true << 15000000LL;
        QTest::newRow("petrol 3500 new offroad 12.5%") << int(Powertrain::Petrol) << 3500 << 1 << true << true << 12500000LL;
        QTest::newRow("petrol 4201 new offroad 10%") << int(Powertrain::Petrol) << 4201 << 1 << true << true << 10000000LL;
        QTest::newRow("petrol 2000 4y 20%") << int(Powertrain::Petrol) << 2000 << 4 << false << true << 20000000LL;
        QTest::newRow("petrol 3000 4y floor 0.44") << int(Powertrain::Petrol) << 3000 << 6 << false << true << 20000000LL;
        QTest::newRow("petrol 5000 6y floor 0.80") << int(Powertrain::Petrol) << 5000 << 6 << false << true << 40000000LL;
        QTest::newRow("petrol 1500 8y 1.5EUR") << int(Powertrain::Petrol) << 1500 << 8 << false << true << 22500000LL;
        QTest::newRow("diesel 2500 8y 2.2EUR") << int(Powertrain::Diesel) << 2500 << 8 << false << true << 55000000LL;
        QTest::newRow("diesel 2501 8y 3.2EUR") << int(Powertrain::Diesel) << 2501 << 8 << false << true << 80032000LL;
        QTest::newRow("diesel 3000 new 15% (no 12.5)") << int(Powertrain::Diesel) << 3000 << 1 << false << true << 15000000LL;
        QTest::newRow("hybrid ICE-dominant 8y 2.2EUR") << int(Powertrain::HybridPetrol) << 2000 << 8 << false << true << 44000000LL;
        QTest::newRow("hybrid other 8y 15%") << int(Powertrain::HybridPetrol) << 2000 << 8 << false << false << 15000000LL;
        QTest::newRow("BEV 8y 15%") << int(Powertrain::Electric) << 0 << 8 << false << true << 15000000LL;
    }

    void companyDutyCells()
    {
        QFETCH(int, powertrain);
        QFETCH(int, cc);
        QFETCH(int, ageYears);
        QFETCH(bool, offroad);
        QFETCH(bool, iceDominant);
        QFETCH(qlonglong, duty);
        const QDate date(2026, 6, 1);
        Input in = baseInput(date);
        in.powertrain = Powertrain(powertrain);
        in.engineCc = cc;
        in.offroad = offroad;
        in.iceDominant = iceDominant;
        in.produced = ProductionDate::fromDate(date.addYears(-ageYears).addDays(-10));
        const Result r = Engine::builtin().estimate(in, eur100(date));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(k(r.duty), duty);
        // VAT 22 % on value + duty + excise (100 hp × 64 = 6 400)
        QCOMPARE(k(r.excise), 640000);
        QCOMPARE(k(r.vat), ((Rational(1000000) + Rational::fromKopecks(duty) + Rational(6400)) * dec("0.22")).toKopecks());
    }

    // Motorcycles: ЕТТ 8711 by displacement (each edge, both sides), excise only above 150 hp, no utilization fee.
    void motorcycleEdges()
    {
        const QDate date(2026, 6, 1);
        const auto set = RuleBook::builtin().forDate(date, nullptr);
        const auto &rows = set->ett->motorcycle;
        for (qsizetype i = 0; i + 1 < rows.size(); ++i) {
            for (const auto &[cc, row] : {std::pair{*rows[i].maxCc, rows[i]}, std::pair{*rows[i].maxCc + 1, rows[i + 1]}}) {
                Input in = baseInput(date);
                in.vehicle = VehicleKind::Motorcycle;
                in.importer = Importer::Individual;   // the same СТП for everyone
                in.engineCc = cc;
                const Result r = Engine::builtin().estimate(in, eur100(date));
                QVERIFY2(r.ok, qPrintable(r.error));
                QCOMPARE(r.route, Route::Stp);
                QCOMPARE(k(r.duty), (Rational(1000000) * *row.rate.percent / Rational(100)).toKopecks());
                QCOMPARE(k(r.utilizationFee), 0);
            }
        }
        // customs.md §7 directly: 800 cm³ 15 %, 801 cm³ 10 %; 150 hp no excise, 151 hp × 613.
        Input in = baseInput(date);
        in.vehicle = VehicleKind::Motorcycle;
        in.engineCc = 800;
        in.power = Power::hp(150);
        Result r = Engine::builtin().estimate(in, eur100(date));
        QCOMPARE(k(r.duty), 15000000);
        QCOMPARE(k(r.excise), 0);
        in.engineCc = 801;
        in.power = Power::hp(151);
        r = Engine::builtin().estimate(in, eur100(date));
        QCOMPARE(k(r.duty), 10000000);
        QCOMPARE(k(r.excise), 9256300);
        QCOMPARE(k(r.vat), ((Rational(1000000) + Rational(100000) + Rational(92563)) * dec("0.22")).toKopecks());
        QCOMPARE(k(r.utilizationFee), 0);
        in.powertrain = Powertrain::Electric;
        in.engineCc = 0;
        QCOMPARE(k(Engine::builtin().estimate(in, eur100(date)).duty), 14000000);
    }

    void bevForAnIndividualPaysDutyExciseVat()
    {
        const QDate date(2026, 6, 1);
        Input in = baseInput(date);
        in.importer = Importer::Individual;
        in.powertrain = Powertrain::Electric;
        in.engineCc = 0;
        in.power = Power::kw(150);   // 30-min power: 200 hp for excise (÷ 0.75)
        const Result r = Engine::builtin().estimate(in, eur100(date));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.route, Route::Stp);
        QCOMPARE(k(r.duty), 15000000);
        QCOMPARE(k(r.excise), 12260000);   // 200 hp × 613
        QCOMPARE(k(r.vat), ((Rational(1000000) + Rational(150000) + Rational(122600)) * dec("0.22")).toKopecks());
        // 150 kW ÷ 0.7355 = 203.94 hp → BEV grid ≤ 220 hp, new: 109.68
        QCOMPARE(k(r.utilizationFee), 219360000);
    }

    void notComputableIsNotZero()
    {
        const QDate date(2026, 6, 1);
        Input in = baseInput(date);
        in.power.reset();
        Result r = Engine::builtin().estimate(in, eur100(date));
        QVERIFY(r.ok);
        QVERIFY(r.duty.computable());
        QVERIFY(!r.excise.computable());
        QVERIFY(r.excise.reason.contains(QStringLiteral("power")));
        QVERIFY(!r.vat.computable());
        QVERIFY(!r.utilizationFee.computable());
        QVERIFY(!r.total.computable());
        // An individual before Dec 2025: power is not needed at all.
        in.importer = Importer::Individual;
        in.declarationDate = QDate(2025, 6, 1);
        in.produced = ProductionDate::fromDate(QDate(2024, 1, 1));
        r = Engine::builtin().estimate(in, eur100(in.declarationDate));
        QVERIFY(r.total.computable());
        // 2024-H1 commercial grid cells customs.md does not give: not computable, with the reason.
        in.importer = Importer::Company;
        in.power = Power::hp(100);
        in.declarationDate = QDate(2024, 6, 1);
        r = Engine::builtin().estimate(in, eur100(in.declarationDate));
        QVERIFY(r.ok);
        QVERIFY(!r.utilizationFee.computable());
        QVERIFY(r.utilizationFee.reason.contains(QStringLiteral("is not known")));
        QVERIFY(r.totalWithoutUtilization.computable());
    }

    void impossibleInputIsAnError_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("needle");
        QTest::newRow("zero price") << 0 << "price";
        QTest::newRow("produced after declaration") << 1 << "after the declaration date";
        QTest::newRow("unknown currency") << 2 << "no exchange rate for XYZ";
        QTest::newRow("no EUR") << 3 << "EUR";
    }

    void impossibleInputIsAnError()
    {
        QFETCH(int, what);
        QFETCH(QString, needle);
        const QDate date(2026, 6, 1);
        Input in = baseInput(date);
        RateTable rates = eur100(date);
        switch (what) {
        case 0: in.price = 0; break;
        case 1: in.produced = ProductionDate::fromDate(date.addDays(1)); break;
        case 2: in.currency = QStringLiteral("XYZ"); break;
        case 3: rates.rates.clear(); break;
        }
        const Result r = Engine::builtin().estimate(in, rates);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(needle), qPrintable(r.error));
    }

    void costsAreAddedBeforeConversion()
    {
        const QDate date(2026, 6, 1);
        Input in = baseInput(date);
        in.currency = QStringLiteral("KRW");
        in.price = 20000000;
        in.costsToBorder = 1000001;   // 21 000 001 KRW × 0.0569017 = 1 194 935.7569… → 1 194 935.76
        RateTable rates = eur100(date);
        rates.setManual(QStringLiteral("KRW"), dec("0.0569017"));
        const Result r = Engine::builtin().estimate(in, rates);
        QCOMPARE(r.customsValueKopecks, (Rational(21000001) * dec("0.0569017")).toKopecks());
        QCOMPARE(r.customsValueKopecks, 119493576);
        // Summed in KRW, converted and rounded once: 2 KRW → 0.1138 → 0.11 RUB (converting each: 0.06 + 0.06).
        in.price = 1;
        in.costsToBorder = 1;
        QCOMPARE(Engine::builtin().estimate(in, rates).customsValueKopecks, 11);
        // Costs in another currency: converted at their own rate.
        in.price = 20000000;
        in.costsToBorder = 500;
        in.costsCurrency = QStringLiteral("EUR");
        QCOMPARE(Engine::builtin().estimate(in, rates).customsValueKopecks, 113803400 + 5000000);
    }

    void roundingIsHalfDown()
    {
        QCOMPARE(dec("8535.255").toKopecks(), 853525);
        QCOMPARE(dec("8535.2551").toKopecks(), 853526);
        QCOMPARE(dec("8535.2549").toKopecks(), 853525);
        QCOMPARE(dec("0.005").toKopecks(), 0);
        QCOMPARE(dec("0.015").toKopecks(), 1);
        QCOMPARE(formatKopecks(106700), QStringLiteral("1067.00"));
        QCOMPARE(formatKopecksGrouped(7577243), QStringLiteral("75 772.43"));
        QCOMPARE(parseRoubles(u"1 234 567 ₽").value_or(-1), 123456700);
        QCOMPARE(parseRoubles(u"28014.62 руб.").value_or(-1), 2801462);
        QCOMPARE(parseRoubles(u"1 234,5").value_or(-1), 123450);
        QVERIFY(!parseRoubles(u"нет"));
    }
};

QTEST_GUILESS_MAIN(TestCustomsRules)
#include "tst_customsrules.moc"
