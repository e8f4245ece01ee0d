// The row facts the one cost mapping computes for the table, the CSV export and the CLI (core/services/
// listingcosts.h): the passable date and the landed cost on it (full and partial production dates), the
// preferential-fee verdict at its edges, where the engine values came from, export warnings (China's 180-day
// rule, Korea's engine and price limits) and readable names — through the specs resolver as the GUI wires it.

#include "core/customs/timing.h"
#include "core/export/listingcsvexporter.h"
#include "core/model/computedcells.h"
#include "core/model/listingformat.h"
#include "core/services/listingcosts.h"
#include "core/specs/specsengine.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QtTest>

using namespace CarScout;
using namespace CarScout::Services;
using State = Model::PassableFacts::State;
using Fee = Model::PreferentialFee;

Q_DECLARE_METATYPE(CarScout::Model::PassableFacts::State)
Q_DECLARE_METATYPE(CarScout::Model::PreferentialFee)

namespace {

const QDate kDeclared(2027, 1, 20);
constexpr qint64 kExtraKopecks = 50'000'00;

Listing petrolCar(int year, int month)
{
    Listing l;
    l.source = u"test"_qs;
    l.id = u"1"_qs;
    l.make = u"테스트"_qs;   // no catalog maker: the resolver keeps the listing's own figures
    l.price = 25'000'000;
    l.currency = u"KRW"_qs;
    l.year = year;
    l.month = month;
    l.engineCc = 1598;
    l.powerHp = 150;
    l.fuel = Fuel::Petrol;
    return l;
}

Listing encar(const char *make, const char *model, const char *trim, Fuel fuel, int year)
{
    Listing l = petrolCar(year, 5);
    l.source = u"encar"_qs;
    l.make = QString::fromUtf8(make);
    l.model = QString::fromUtf8(model);
    l.trim = QString::fromUtf8(trim);
    l.title = l.make + u' ' + l.model + u' ' + l.trim;
    l.fuel = fuel;
    l.engineCc = 0;
    l.powerHp = 0;
    return l;
}

Listing chineseCar(int year, int month)
{
    Listing l = petrolCar(year, month);
    l.source = u"che168"_qs;
    l.price = 150'000;
    l.currency = u"CNY"_qs;
    return l;
}

CostContext context(bool withSpecs = false)
{
    CostContext c;
    c.importer = Customs::Importer::Individual;
    c.declarationDate = kDeclared;
    c.extraCostsKopecks = kExtraKopecks;
    if (withSpecs)
        c.engine = Specs::specsEngineResolver(std::make_shared<const Specs::SpecsResolver>());
    return c;
}

Customs::RateTable rates()
{
    Customs::RateTable r;
    r.date = r.requestedDate = kDeclared;
    r.origin = Customs::RateOrigin::Manual;
    r.setManual(u"KRW"_qs, *Customs::Rational::parse(u"0.0569"));
    r.setManual(u"CNY"_qs, *Customs::Rational::parse(u"11.2"));
    r.setManual(u"EUR"_qs, *Customs::Rational::parse(u"94.5"));
    r.setManual(u"USD"_qs, *Customs::Rational::parse(u"81.2"));
    return r;
}

Model::CostEstimate estimate(const Listing &l, const CostContext &c = context())
{
    const Customs::RateTable table = rates();
    return computeListingCost(l, c, &table).estimate;
}

} // namespace

class TestListingRowFacts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // Declared 2027-01-20; an individual's car passes into the 3–5 year band the day after its 3rd anniversary
    // and out of it the day after the 5th, counted from the 15th (month known) or 1 July (year only).
    void passable_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<State>("state");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("months");
        QTest::addColumn<QString>("assumed");   // the assumption sentence names this, empty = none
        QTest::newRow("3 years on 2027-01-15: now") << 2024 << 1 << State::Now << kDeclared << 0 << QString();
        QTest::newRow("5 years on 2027-02-15: still now") << 2022 << 2 << State::Now << kDeclared << 0 << QString();
        QTest::newRow("5 years on 2027-01-15: over") << 2022 << 1 << State::Over5 << QDate() << 0 << QString();
        QTest::newRow("year only 2021: over") << 2021 << 0 << State::Over5 << QDate() << 0 << QString();
        QTest::newRow("2024-02: in 1 month") << 2024 << 2 << State::Later << QDate(2027, 2, 16) << 1 << u"15th"_qs;
        QTest::newRow("2024-05: in 4 months") << 2024 << 5 << State::Later << QDate(2027, 5, 16) << 4 << u"15th"_qs;
        QTest::newRow("year only 2024: in 6 months") << 2024 << 0 << State::Later << QDate(2027, 7, 2) << 6
                                                     << u"1 July"_qs;
        QTest::newRow("2026-06: in 29 months") << 2026 << 6 << State::Later << QDate(2029, 6, 16) << 29 << u"15th"_qs;
    }
    void passable()
    {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(State, state);
        QFETCH(QDate, date);
        QFETCH(int, months);
        QFETCH(QString, assumed);
        const Listing car = petrolCar(year, month);
        const Customs::RateTable table = rates();
        const ListingCost cost = computeListingCost(car, context(), &table);
        QVERIFY2(cost.estimate.landedRubKopecks, qPrintable(cost.estimate.problem));
        const Model::PassableFacts &p = cost.estimate.passable;
        QCOMPARE(p.state, state);
        QCOMPARE(p.date, date);
        QCOMPARE(p.months, months);
        QCOMPARE(p.within(months), state != State::Over5);
        if (state == State::Later)
            QVERIFY(!p.within(months - 1));
        QCOMPARE(p.note.contains(u"counted from"_qs), !assumed.isEmpty());
        if (!assumed.isEmpty()) {
            QVERIFY2(p.note.contains(assumed) && p.note.contains(u"may fall between"_qs), qPrintable(p.note));
            QVERIFY(Model::passableToolTip(p, QLocale()).contains(p.note));
        }
        switch (state) {
        case State::Now:   // passable now: the landed cost is today's
            QCOMPARE(p.landedRubKopecks, cost.estimate.landedRubKopecks);
            break;
        case State::Over5:
            QVERIFY(!p.landedRubKopecks);
            break;
        case State::Later: {
            // Declared on that date, under its rules, at the same rates: customs value + payments + extras.
            const auto next = Customs::nextBand(Customs::Engine::builtin(), cost.input.input, table);
            QVERIFY(next && next->result.ok && next->result.total.computable());
            QCOMPARE(next->date, date);
            QCOMPARE(*p.landedRubKopecks, next->result.customsValueKopecks + *next->result.total.kopecks + kExtraKopecks);
            QVERIFY2(*p.landedRubKopecks < *cost.estimate.landedRubKopecks, "the 3–5 year band is the cheaper one");
            QCOMPARE(p.uncertain, next->result.total.uncertain);
            break;
        }
        case State::Unknown: QFAIL("not a case");
        }
        // The table's estimator says the same.
        QCOMPARE(makeCostEstimator(table, context())(car).passable, p);
    }

    void passableNeedsTheDateNotThePower()
    {
        Listing car = petrolCar(2024, 5);
        car.powerHp = 0;
        const Model::CostEstimate e = estimate(car);
        QVERIFY(!e.landedRubKopecks);
        QCOMPARE(e.passable.state, State::Later);
        QCOMPARE(e.passable.months, 4);
        QVERIFY(!e.passable.landedRubKopecks);
        // An unusable listing (no year) has no passable date at all.
        car.year = 0;
        QCOMPARE(estimate(car).passable.state, State::Unknown);
    }

    void preferentialFeeEdges_data()
    {
        QTest::addColumn<int>("hp");
        QTest::addColumn<bool>("electric");
        QTest::addColumn<Fee>("verdict");
        QTest::addColumn<int>("margin");
        QTest::addColumn<int>("limit");
        QTest::newRow("154 hp") << 154 << false << Fee::Yes << 6 << 160;
        QTest::newRow("155 hp: near") << 155 << false << Fee::NearLimit << 5 << 160;
        QTest::newRow("160 hp: near") << 160 << false << Fee::NearLimit << 0 << 160;
        QTest::newRow("165 hp: near") << 165 << false << Fee::NearLimit << -5 << 160;
        QTest::newRow("166 hp: no") << 166 << false << Fee::No << -6 << 160;
        QTest::newRow("BEV 74 hp") << 74 << true << Fee::Yes << 6 << 80;
        QTest::newRow("BEV 75 hp: near") << 75 << true << Fee::NearLimit << 5 << 80;
        QTest::newRow("BEV 80 hp: near") << 80 << true << Fee::NearLimit << 0 << 80;
        QTest::newRow("BEV 85 hp: near") << 85 << true << Fee::NearLimit << -5 << 80;
        QTest::newRow("BEV 86 hp: no") << 86 << true << Fee::No << -6 << 80;
    }
    void preferentialFeeEdges()
    {
        QFETCH(int, hp);
        QFETCH(bool, electric);
        QFETCH(Fee, verdict);
        QFETCH(int, margin);
        QFETCH(int, limit);
        Listing car = petrolCar(2023, 6);
        car.powerHp = hp;
        if (electric) {
            car.fuel = Fuel::Electric;
            car.engineCc = 0;
        }
        const Model::CostEstimate e = estimate(car, context(true));
        QCOMPARE(e.preferential.verdict, verdict);
        QCOMPARE(e.preferential.limitHp, limit);
        QCOMPARE(e.preferential.marginHp, std::optional<int>(margin));
        const QString tip = Model::preferentialToolTip(e.preferential, QLocale());
        QVERIFY2(tip.contains(u"Margin to the %1 hp limit"_qs.arg(limit)), qPrintable(tip));
        QCOMPARE(tip.contains(u"80 hp of 30-minute power"_qs), electric);
        QCOMPARE(e.powerHp.source, u"listing"_qs);
        QCOMPARE(e.powerHp.min, hp);
    }

    void preferentialFeeUnknownWithoutPower()
    {
        Listing car = petrolCar(2023, 6);
        car.powerHp = 0;
        const Model::CostEstimate e = estimate(car, context(true));
        QCOMPARE(e.preferential.verdict, Fee::Unknown);
        QVERIFY(!e.preferential.marginHp);
        QVERIFY(e.preferential.explanation.contains(u"power is not known"_qs));
        // Without a resolver (no verdict function) the verdict stays unknown, never guessed.
        QCOMPARE(estimate(petrolCar(2023, 6)).preferential.verdict, Fee::Unknown);
    }

    void provenanceOfEngineValues()
    {
        // A KB title's nominal "1.6": the catalog's exact cm³ and power.
        Listing sonata = encar("현대", "쏘나타 디 엣지(DN8)", "1.6 터보 인스퍼레이션", Fuel::Unknown, 2024);
        sonata.source = u"kbchachacha"_qs;
        sonata.engineCc = 1600;
        sonata.fuel = Fuel::Petrol;
        const Model::CostEstimate s = estimate(sonata, context(true));
        QCOMPARE(s.engineCc.min, 1598);
        QCOMPARE(s.engineCc.source, u"catalog"_qs);
        QVERIFY2(s.engineCc.note.contains(u"from the specs catalog"_qs), qPrintable(s.engineCc.note));
        QCOMPARE(s.powerHp.min, 180);
        QCOMPARE(s.powerHp.source, u"catalog"_qs);
        QCOMPARE(s.preferential.verdict, Fee::No);
        QCOMPARE(s.preferential.marginHp, std::optional<int>(-20));

        // Two catalog engines fit: a power range, the engines named in the tooltip, the cells "from … to …".
        const Model::CostEstimate casper = estimate(encar("현대", "캐스퍼", "스마트", Fuel::Petrol, 2022), context(true));
        QCOMPARE(casper.powerHp.min, 76);
        QCOMPARE(casper.powerHp.max, 100);
        QVERIFY(casper.powerHp.note.contains(u"does not say which of these engines"_qs));
        QCOMPARE(Model::resolvedText(casper.powerHp, QLocale()), u"from 76 to 100"_qs);

        // The listing's own figure.
        const Model::CostEstimate own = estimate(petrolCar(2023, 6), context(true));
        QCOMPARE(own.engineCc.source, u"listing"_qs);
        QVERIFY(own.engineCc.note.contains(u"from the listing"_qs));
        // No resolver: the listing's figures, still with their source.
        const Model::CostEstimate plain = estimate(petrolCar(2023, 6));
        QCOMPARE(plain.engineCc, (Model::ResolvedValue{1598, 1598, u"listing"_qs, u"from the listing"_qs}));
        QCOMPARE(plain.powerHp.source, u"listing"_qs);
    }

    void readableNames()
    {
        const Listing grandeur = encar("현대", "디 올 뉴 그랜저", "가솔린 2.5 프리미엄", Fuel::Petrol, 2023);
        const Model::CostEstimate e = estimate(grandeur, context(true));
        QCOMPARE(e.readable.title, u"Hyundai Grandeur (GN7) 2.5 petrol Premium"_qs);
        QCOMPARE(e.readable.make, u"Hyundai"_qs);
        QCOMPARE(e.readable.model, u"Grandeur (GN7)"_qs);
    }

    void exportWarnings_data()
    {
        QTest::addColumn<Listing>("listing");
        QTest::addColumn<QString>("expected");   // a word of the sentence; empty = no warning
        // China: no export of cars registered less than 180 days earlier (the declaration date stands in for
        // the export date; a month-only registration counts from its last day).
        QTest::newRow("Che168, registered 2026-09") << chineseCar(2026, 9) << u"180 days"_qs;
        QTest::newRow("Che168, registered 2026-07 (31.07 + 180 > 20.01)") << chineseCar(2026, 7) << u"180 days"_qs;
        QTest::newRow("Che168, registered 2026-06: old enough") << chineseCar(2026, 6) << QString();
        QTest::newRow("Che168, year only 2026") << chineseCar(2026, 0) << u"180 days"_qs;
        QTest::newRow("Che168, year only 2025") << chineseCar(2025, 0) << QString();
        Listing unregistered = chineseCar(2026, 0);
        unregistered.badges << u"unregistered"_qs;
        QTest::newRow("Che168, unregistered: no registration date") << unregistered << QString();
        // Korea: engines of 2 000 cm³ and more, prices over USD 50 000.
        QTest::newRow("Korea, 1 598 cm³") << petrolCar(2023, 6) << QString();
        Listing big = petrolCar(2023, 6);
        big.engineCc = 2497;
        QTest::newRow("Korea, 2 497 cm³") << big << u"2000 cm³"_qs;
        Listing dear = petrolCar(2023, 6);
        dear.price = 1'000'000'000;   // ≈ 700 000 USD at these rates
        QTest::newRow("Korea, over USD 50 000") << dear << u"50000 USD"_qs;
    }
    void exportWarnings()
    {
        QFETCH(Listing, listing);
        QFETCH(QString, expected);
        const Model::CostEstimate e = estimate(listing);
        QCOMPARE(e.exportWarnings.isEmpty(), expected.isEmpty());
        if (!expected.isEmpty()) {
            QCOMPARE(e.exportWarnings.size(), 1);
            QVERIFY2(e.exportWarnings.first().contains(expected), qPrintable(e.exportWarnings.first()));
            QVERIFY(!e.exportWarnings.first().contains(u".md"_qs));   // the dealer's words, no spec citations
            QCOMPARE(e.exportWarnings.first().contains(u"registration day is not known"_qs), listing.currency == u"CNY");
        }
        QVERIFY(e.landedRubKopecks);   // informational: the costs are computed all the same
    }

    void exportWarningForTheLargerEngineOfARange()
    {
        Listing car = petrolCar(2023, 6);
        CostContext c = context();
        c.engine = [](const Listing &l) {
            EngineFacts f = engineFromListing(l);
            f.engineCc = 1998;
            f.engineCcMax = 2497;
            return f;
        };
        const Model::CostEstimate e = estimate(car, c);
        QCOMPARE(e.exportWarnings.size(), 1);
        QVERIFY2(e.exportWarnings.first().startsWith(u"If it has the larger engine:"_qs), qPrintable(e.exportWarnings.first()));
    }

    void csvCarriesTheNewColumns()
    {
        // The GUI's export and `carscout-cli search --format csv` write the same cells through the estimator.
        Listing later = petrolCar(2024, 5);
        later.id = u"later"_qs;
        Listing recent = chineseCar(2026, 9);
        recent.id = u"recent"_qs;
        const QStringList keys{u"id"_qs, u"passable"_qs, u"landed_passable_rub"_qs, u"preferential_util"_qs,
                               u"export_warning"_qs};
        Export::CsvOptions options;
        options.byteOrderMark = false;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(Export::writeListingsCsv(&buffer, {later, recent}, keys, options, makeCostEstimator(rates(), context(true)),
                                          &error),
                 qPrintable(error));
        const QStringList lines = QString::fromUtf8(buffer.data()).split(u"\r\n"_qs, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), u"ID,Passable,\"Landed when passable, RUB\",Preferential util. fee,Export warning"_qs);
        const Model::CostEstimate e = estimate(later, context(true));
        QCOMPARE(lines.at(1), u"later,2027-05-16,%1,yes,"_qs.arg(Model::kopecksToPlainText(*e.passable.landedRubKopecks)));
        QVERIFY2(lines.at(2).startsWith(u"recent,"_qs) && lines.at(2).contains(u"180 days"_qs), qPrintable(lines.at(2)));
    }

    void estimatorStaysFast()
    {
        // The table computes these lazily per shown row; a sort over them computes every row once.
        const Model::CostEstimator estimator = makeCostEstimator(rates(), context(true));
        QList<Listing> cars;
        for (int i = 0; i < 2000; ++i) {
            Listing l = i % 2 ? encar("현대", "캐스퍼", "스마트", Fuel::Petrol, 2022 + i % 4) : petrolCar(2020 + i % 7, 1 + i % 12);
            l.id = QString::number(i);
            cars << l;
        }
        estimator(cars.first());   // the catalog, title words and export rules load once, outside the timing
        QElapsedTimer timer;
        timer.start();
        int passableKnown = 0;
        for (const Listing &l : std::as_const(cars))
            passableKnown += estimator(l).passable.state != State::Unknown;
        const double perSecond = cars.size() * 1000.0 / std::max<qint64>(1, timer.elapsed());
        qInfo("%d estimates with row facts in %lld ms: %.0f rows/s", int(cars.size()), timer.elapsed(), perSecond);
        QCOMPARE(passableKnown, int(cars.size()));
    }
};

QTEST_MAIN(TestListingRowFacts)
#include "tst_listingrowfacts.moc"
