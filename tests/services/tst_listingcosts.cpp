// The one Listing → customs input → estimate → landed cost mapping (core/services/listingcosts.h): which
// problem each incomplete listing gets, how fuels map to powertrains, default power, the engine resolver
// seam, the vehicle kind per marketplace, and the landed cost arithmetic against the engine's own figures.

#include "core/services/costservice.h"
#include "core/services/listingcosts.h"

#include <QSignalSpy>
#include <QtTest>

using namespace CarScout;
using namespace CarScout::Services;
using Customs::Powertrain;

Q_DECLARE_METATYPE(CarScout::Services::CostProblem)
Q_DECLARE_METATYPE(CarScout::Customs::Powertrain)

namespace {

const QDate kDeclared(2026, 6, 1);

Listing petrolCar()
{
    Listing l;
    l.source = QStringLiteral("test");
    l.id = QStringLiteral("1");
    l.price = 25000000;
    l.currency = QStringLiteral("KRW");
    l.year = 2022;
    l.month = 3;
    l.engineCc = 1998;
    l.powerHp = 150;
    l.fuel = Fuel::Petrol;
    return l;
}

CostContext context()
{
    CostContext c;
    c.importer = Customs::Importer::Individual;
    c.declarationDate = kDeclared;
    return c;
}

Customs::RateTable rates()
{
    Customs::RateTable r;
    r.date = r.requestedDate = kDeclared;
    r.setManual(QStringLiteral("KRW"), *Customs::Rational::parse(u"0.06"));
    r.setManual(QStringLiteral("EUR"), 100);
    r.setManual(QStringLiteral("USD"), 90);
    return r;
}

} // namespace

class TestListingCosts : public QObject
{
    Q_OBJECT

private slots:
    void fuelToPowertrain_data()
    {
        QTest::addColumn<Fuel>("fuel");
        QTest::addColumn<Powertrain>("powertrain");
        QTest::addColumn<CostProblem>("problem");
        QTest::newRow("petrol") << Fuel::Petrol << Powertrain::Petrol << CostProblem::None;
        QTest::newRow("lpg: spark ignition") << Fuel::Lpg << Powertrain::Petrol << CostProblem::None;
        QTest::newRow("cng: spark ignition") << Fuel::Cng << Powertrain::Petrol << CostProblem::None;
        QTest::newRow("diesel") << Fuel::Diesel << Powertrain::Diesel << CostProblem::None;
        QTest::newRow("hybrid petrol") << Fuel::HybridPetrol << Powertrain::HybridPetrol << CostProblem::None;
        QTest::newRow("hybrid lpg") << Fuel::HybridLpg << Powertrain::HybridPetrol << CostProblem::None;
        QTest::newRow("hybrid diesel") << Fuel::HybridDiesel << Powertrain::HybridDiesel << CostProblem::None;
        QTest::newRow("electric") << Fuel::Electric << Powertrain::Electric << CostProblem::None;
        QTest::newRow("hydrogen: electric drive") << Fuel::Hydrogen << Powertrain::Electric << CostProblem::None;
        QTest::newRow("unknown: not guessed") << Fuel::Unknown << Powertrain::Petrol << CostProblem::FuelUnknown;
        QTest::newRow("other: not guessed") << Fuel::Other << Powertrain::Petrol << CostProblem::FuelUnknown;
    }

    void fuelToPowertrain()
    {
        QFETCH(Fuel, fuel);
        QFETCH(Powertrain, powertrain);
        QFETCH(CostProblem, problem);
        Listing l = petrolCar();
        l.fuel = fuel;
        const CostInput in = costInputFor(l, context());
        QCOMPARE(in.input.powertrain, powertrain);
        QCOMPARE(in.problem, problem);
        const Customs::RateTable table = rates();
        const ListingCost cost = computeListingCost(l, context(), &table);
        QCOMPARE(cost.problem, problem);
        QCOMPARE(cost.estimate.customsRubKopecks.has_value(), problem == CostProblem::None);
        QCOMPARE(*cost.estimate.priceRubKopecks, qint64(150000000));   // the price in roubles is shown either way
    }

    void problems_data()
    {
        QTest::addColumn<Listing>("listing");
        QTest::addColumn<bool>("withRates");
        QTest::addColumn<CostProblem>("problem");
        QTest::addColumn<QString>("text");
        Listing l = petrolCar();
        QTest::newRow("complete") << l << true << CostProblem::None << QString();
        l.price.reset();
        QTest::newRow("no price") << l << true << CostProblem::NoPrice << u"no price"_qs;
        l = petrolCar();
        l.price = 0;
        QTest::newRow("price 0") << l << true << CostProblem::NoPrice << u"no price"_qs;
        l = petrolCar();
        l.currency.clear();
        QTest::newRow("no currency") << l << true << CostProblem::NoCurrency << u"no currency"_qs;
        l = petrolCar();
        l.year = 0;
        QTest::newRow("year unknown") << l << true << CostProblem::YearUnknown << u"year unknown"_qs;
        l = petrolCar();
        l.year = 2026;
        l.month = 9;
        QTest::newRow("registered after the declaration") << l << true << CostProblem::RegisteredAfterDeclaration
                                                          << u"registered after the declaration date"_qs;
        l = petrolCar();
        QTest::newRow("no rate table") << l << false << CostProblem::NoRates << u"no exchange rates"_qs;
        l.currency = QStringLiteral("CNY");
        QTest::newRow("no rate for the currency") << l << true << CostProblem::NoRate << u"no CBR rate for CNY"_qs;
        l = petrolCar();
        l.powerHp = 0;
        QTest::newRow("power unknown") << l << true << CostProblem::PowerUnknown << u"power unknown"_qs;
        l = petrolCar();
        l.engineCc = 0;
        QTest::newRow("engine size unknown") << l << true << CostProblem::DisplacementUnknown << u"engine size unknown"_qs;
        l.fuel = Fuel::Electric;
        QTest::newRow("electric needs no engine size") << l << true << CostProblem::None << QString();
    }

    void problems()
    {
        QFETCH(Listing, listing);
        QFETCH(bool, withRates);
        QFETCH(CostProblem, problem);
        QFETCH(QString, text);
        const Customs::RateTable table = rates();
        const ListingCost cost = computeListingCost(listing, context(), withRates ? &table : nullptr);
        QCOMPARE(cost.problem, problem);
        QCOMPARE(cost.estimate.problem, text);
        QCOMPARE(cost.estimate.customsRubKopecks.has_value(), problem == CostProblem::None);
        QCOMPARE(cost.estimate.landedRubKopecks.has_value(), problem == CostProblem::None);
        // The estimator the table uses says the same.
        const Model::CostEstimate e = makeCostEstimator(withRates ? std::optional(table) : std::nullopt, context())(listing);
        QCOMPARE(e, cost.estimate);
    }

    void landedCost()
    {
        // Landed = customs value (price + costs to the border, in roubles) + all payments + extra costs.
        CostContext c = context();
        c.costsToBorder = 1500000;              // KRW (the listing's currency)
        c.extraCostsKopecks = 12345600;          // 123 456 RUB
        const Customs::RateTable table = rates();
        const ListingCost cost = computeListingCost(petrolCar(), c, &table);
        QVERIFY2(cost.problem == CostProblem::None, qPrintable(cost.estimate.problem));
        QCOMPARE(cost.result.customsValueKopecks, qint64(159000000));   // (25 000 000 + 1 500 000) × 0.06
        QCOMPARE(*cost.estimate.priceRubKopecks, qint64(150000000));
        QCOMPARE(*cost.estimate.customsRubKopecks, *cost.result.total.kopecks);
        QCOMPARE(*cost.estimate.landedRubKopecks, 159000000 + *cost.result.total.kopecks + 12345600);

        // Costs in another currency are converted by the engine at that currency's rate.
        c.costsToBorder = 1000;
        c.costsCurrency = QStringLiteral("USD");
        const ListingCost usd = computeListingCost(petrolCar(), c, &table);
        QCOMPARE(usd.result.customsValueKopecks, qint64(150000000 + 9000000));
        QCOMPARE(*usd.estimate.landedRubKopecks, 159000000 + *usd.result.total.kopecks + 12345600);
    }

    void defaultPower()
    {
        Listing l = petrolCar();
        l.powerHp = 0;
        CostContext c = context();
        c.defaultPowerHp = 150;
        const Customs::RateTable table = rates();
        const ListingCost assumed = computeListingCost(l, c, &table);
        QVERIFY(assumed.input.powerFromDefault);
        QCOMPARE(assumed.problem, CostProblem::None);
        const ListingCost listed = computeListingCost(petrolCar(), context(), &table);
        QVERIFY(!listed.input.powerFromDefault);
        // 150 hp either way: the same money (the power cell still shows the listing's own, unknown, power).
        QCOMPARE(assumed.estimate.customsRubKopecks, listed.estimate.customsRubKopecks);
        QCOMPARE(assumed.estimate.landedRubKopecks, listed.estimate.landedRubKopecks);
        QCOMPARE(assumed.estimate.passable, listed.estimate.passable);
        QVERIFY(!assumed.estimate.powerHp.known());

        // The listing's own power wins over the default.
        l.powerHp = 300;
        const ListingCost own = computeListingCost(l, c, &table);
        QVERIFY(!own.input.powerFromDefault);
        QCOMPARE(own.input.input.power->toString(), u"300 hp"_qs);
    }

    void engineResolverSeam()
    {
        // A specs lookup fills what the marketplace does not list; the cost path uses it, the listing is untouched.
        Listing l = petrolCar();
        l.engineCc = 0;
        l.powerHp = 0;
        CostContext c = context();
        int calls = 0;
        c.engine = [&calls](const Listing &listing) {
            ++calls;
            EngineFacts f = engineFromListing(listing);
            f.engineCc = 1998;
            f.power = Customs::Power::kw(110);
            f.provenance = QStringLiteral("specs catalog");
            return f;
        };
        const Customs::RateTable table = rates();
        const ListingCost cost = computeListingCost(l, c, &table);
        QCOMPARE(calls, 1);
        QCOMPARE(cost.problem, CostProblem::None);
        QCOMPARE(cost.input.engine.provenance, u"specs catalog"_qs);
        QCOMPARE(cost.input.input.engineCc, 1998);
        QCOMPARE(cost.input.input.power->unit, Customs::PowerUnit::Kw);
        QCOMPARE(l.engineCc, 0);
        // Default: the listing's own fields.
        const EngineFacts own = engineFromListing(petrolCar());
        QCOMPARE(own.engineCc, 1998);
        QCOMPARE(own.power->toString(), u"150 hp"_qs);
    }

    void vehicleKindPerSource()
    {
        CostContext c = context();
        c.vehicleBySource.insert(QStringLiteral("bikes"), Customs::VehicleKind::Motorcycle);
        Listing l = petrolCar();
        QCOMPARE(costInputFor(l, c).input.vehicle, Customs::VehicleKind::Car);
        l.source = QStringLiteral("bikes");
        QCOMPARE(costInputFor(l, c).input.vehicle, Customs::VehicleKind::Motorcycle);
    }

    void serviceComputesOnceAndSignals()
    {
        CostService service;
        QSignalSpy estimator(&service, &CostService::estimatorChanged);
        QSignalSpy ratesSpy(&service, &CostService::ratesChanged);
        service.setContext(context());
        QCOMPARE(estimator.count(), 1);
        ListingCost cost = service.compute(petrolCar());
        QCOMPARE(cost.problem, CostProblem::NoRates);
        QCOMPARE(cost.result.error, u"no exchange rates"_qs);   // the breakdown says why it is empty
        service.setRatesError(QStringLiteral("HTTP 503"));
        QCOMPARE(ratesSpy.count(), 1);
        QCOMPARE(service.compute(petrolCar()).estimate.problem, u"no CBR exchange rates: HTTP 503"_qs);
        service.setRates(rates());
        QCOMPARE(estimator.count(), 2);
        cost = service.compute(petrolCar());
        QCOMPARE(cost.problem, CostProblem::None);
        QVERIFY(!cost.result.dutyRate.isEmpty());          // the full breakdown for the detail panel
        QCOMPARE(service.estimator()(petrolCar()), cost.estimate);   // the table's amounts-only path agrees
        service.setProblemText([](CostProblem, const QString &) { return QStringLiteral("custom"); });
        Listing l = petrolCar();
        l.powerHp = 0;
        QCOMPARE(service.estimator()(l).problem, u"custom"_qs);
    }
};

QTEST_GUILESS_MAIN(TestListingCosts)
#include "tst_listingcosts.moc"
