// Customs estimates per second over 100 000 varied listings (the GUI computes one per table row).
// Prints figures; never fails on timing.

#include "core/customs/engine.h"
#include "core/services/listingcosts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

using namespace CarScout;
using namespace CarScout::Customs;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QRandomGenerator random(20261127);

    RateTable rates;
    rates.date = QDate(2026, 6, 1);
    rates.setManual(QStringLiteral("EUR"), *Rational::parse(u"90.1356"));
    rates.setManual(QStringLiteral("KRW"), *Rational::parse(u"0.0569017"));
    rates.setManual(QStringLiteral("CNY"), *Rational::parse(u"10.9229"));

    const QList<QDate> dates = {QDate(2024, 6, 1), QDate(2025, 3, 1), QDate(2025, 12, 10), QDate(2026, 6, 1)};
    const Powertrain powertrains[] = {Powertrain::Petrol, Powertrain::Petrol, Powertrain::Petrol, Powertrain::Diesel,
                                      Powertrain::HybridPetrol, Powertrain::Electric};
    QList<Input> inputs;
    inputs.reserve(count);
    for (int i = 0; i < count; ++i) {
        Input in;
        in.importer = random.bounded(3) == 0 ? Importer::Company : Importer::Individual;
        in.vehicle = random.bounded(20) == 0 ? VehicleKind::Motorcycle : VehicleKind::Car;
        in.powertrain = powertrains[random.bounded(6)];
        if (in.vehicle == VehicleKind::Motorcycle && in.powertrain == Powertrain::HybridPetrol)
            in.powertrain = Powertrain::Petrol;
        in.engineCc = in.powertrain == Powertrain::Electric ? 0 : 600 + int(random.bounded(4400));
        in.power = Power::hp(60 + int(random.bounded(500)));
        in.declarationDate = dates[random.bounded(int(dates.size()))];
        in.produced = ProductionDate{in.declarationDate.year() - 1 - int(random.bounded(12)), 1 + int(random.bounded(12)), 0};
        const bool krw = random.bounded(4) != 0;
        in.currency = krw ? QStringLiteral("KRW") : QStringLiteral("CNY");
        in.price = krw ? Rational(qint64(5000000) + qint64(random.bounded(90000000))) : Rational(qint64(30000) + qint64(random.bounded(600000)));
        if (random.bounded(2))
            in.costsToBorder = krw ? Rational(1500000) : Rational(8000);
        inputs.append(in);
    }

    const Engine &engine = Engine::builtin();   // rule tables loaded once, outside the timing
    QElapsedTimer timer;
    timer.start();
    qint64 checksum = 0;
    int computable = 0;
    for (const Input &in : std::as_const(inputs)) {
        const Result r = engine.estimate(in, rates);
        if (r.ok && r.total.computable()) {
            checksum += *r.total.kopecks;
            ++computable;
        }
    }
    const qint64 ns = timer.nsecsElapsed();

    timer.restart();
    qint64 checksumBulk = 0;
    for (const Input &in : std::as_const(inputs)) {
        const Result r = engine.estimate(in, rates, Engine::Detail::AmountsOnly);
        if (r.ok && r.total.computable())
            checksumBulk += *r.total.kopecks;
    }
    const qint64 bulkNs = timer.nsecsElapsed();

    // The listing-table path: Listing → Input → estimate through the CostEstimator.
    Services::CostContext context;
    context.importer = Importer::Individual;
    context.declarationDate = QDate(2026, 6, 1);
    const auto estimator = Services::makeCostEstimator(rates, context);
    QList<Listing> listings;
    listings.reserve(count);
    for (int i = 0; i < count; ++i) {
        Listing l;
        l.price = qint64(10000000) + qint64(random.bounded(60000000));
        l.currency = QStringLiteral("KRW");
        l.year = 2014 + int(random.bounded(12));
        l.month = int(random.bounded(13));
        l.engineCc = 998 + int(random.bounded(3000));
        l.powerHp = random.bounded(5) == 0 ? 0 : 70 + int(random.bounded(400));
        l.fuel = random.bounded(4) == 0 ? Fuel::Diesel : Fuel::Petrol;
        listings.append(l);
    }
    QElapsedTimer listingTimer;
    listingTimer.start();
    int withCustoms = 0;
    for (const Listing &l : std::as_const(listings))
        withCustoms += estimator(l).customsRubKopecks.has_value() ? 1 : 0;
    const qint64 listingNs = listingTimer.nsecsElapsed();

    QTextStream out(stdout);
    out << "customs engine: " << count << " varied estimates in " << QString::number(ns / 1e6, 'f', 1) << " ms = "
        << QString::number(count / (ns / 1e9), 'f', 0) << " estimates/s (" << QString::number(double(ns) / count / 1000.0, 'f', 2)
        << " us each; " << computable << " computable; checksum " << checksum << ")\n";
    out << "customs engine, amounts only: " << QString::number(bulkNs / 1e6, 'f', 1) << " ms = "
        << QString::number(count / (bulkNs / 1e9), 'f', 0) << " estimates/s (same totals: " << (checksumBulk == checksum ? "yes" : "NO") << ")\n";
    out << "listing cost estimator: " << count << " listings in " << QString::number(listingNs / 1e6, 'f', 1) << " ms = "
        << QString::number(count / (listingNs / 1e9), 'f', 0) << " listings/s (" << withCustoms << " with a customs figure)\n";
    return 0;
}
