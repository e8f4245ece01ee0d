#include "core/customs/engine.h"

#include <QCoreApplication>

namespace CarScout::Customs {

// User-visible texts are translated in the "Customs" context where they are produced: the GUI installs a
// translator, the CLI does not, so its text and JSON output stay English.
//
// estimate() runs the steps of customs.md §8 as one function per payment (duty or ЕТС, excise, VAT, clearance
// fee, utilization fee); every table look-up goes through findBracket().

namespace {

const Rational kExciseKwPerHp = Rational::fraction(75, 100);        // НК РФ ст. 193: 1 hp = 0.75 kW
const Rational kUtilizationKwPerHp = Rational::fraction(7355, 10000);   // ПП 1291: 1 hp = 0.7355 kW
const Rational kHundred = Rational(100);

bool isElectricDrive(Powertrain p) { return p == Powertrain::Electric || p == Powertrain::HybridSequential; }
bool isParallelHybrid(Powertrain p) { return p == Powertrain::HybridPetrol || p == Powertrain::HybridDiesel; }
bool isDieselBased(Powertrain p) { return p == Powertrain::Diesel || p == Powertrain::HybridDiesel; }

QString percentText(const Rational &p) { return p.toString(4) + QStringLiteral(" %"); }

// The index of the first bracket whose upper bound (inclusive) holds `value`, an empty bound meaning "and
// above"; the last bracket when none does (the loader guarantees the last one is open-ended).
template<typename Bracket, typename Bound, typename Value>
qsizetype findBracket(const QList<Bracket> &brackets, Bound Bracket::*bound, const Value &value)
{
    for (qsizetype i = 0; i < brackets.size(); ++i) {
        const auto &max = brackets[i].*bound;
        if (!max || value <= *max)
            return i;
    }
    return brackets.size() - 1;
}

QString ccRange(const std::optional<int> &previousMax, const std::optional<int> &max)
{
    if (!max)
        return QCoreApplication::translate("Customs", "> %1 cm³").arg(previousMax.value_or(0));
    if (!previousMax)
        return QCoreApplication::translate("Customs", "≤ %1 cm³").arg(*max);
    return QCoreApplication::translate("Customs", "%1–%2 cm³").arg(*previousMax + 1).arg(*max);
}

QString hpRange(const std::optional<Rational> &previousMax, const std::optional<Rational> &max)
{
    if (!max)
        return previousMax ? QCoreApplication::translate("Customs", "> %1 hp").arg(previousMax->toString(2)) : QCoreApplication::translate("Customs", "any power");
    return QCoreApplication::translate("Customs", "≤ %1 hp").arg(max->toString(2));
}

// Duty from one ЕТТ cell: % of the value, the larger of % and €/cm³ × cm³, or €/cm³ × cm³.
Rational dutyFromCell(const DutyRate &cell, const Rational &customsValueRub, int cc, const Rational &eurRate, bool *floorApplied)
{
    *floorApplied = false;
    if (cell.eurPerCc)
        return *cell.eurPerCc * Rational(cc) * eurRate;
    Rational byValue = customsValueRub * *cell.percent / kHundred;
    if (cell.minEurPerCc) {
        const Rational floor = *cell.minEurPerCc * Rational(cc) * eurRate;
        if (floor > byValue) {
            *floorApplied = true;
            return floor;
        }
    }
    return byValue;
}

// Marks a line as resting on a flagged cell or period (amounts of 0 rest on nothing and stay unmarked).
void flag(Amount &line, const QString &confidence, const QString &source)
{
    if (!line.computable() || *line.kopecks == 0)
        return;
    line.uncertain = true;
    line.uncertainReason = uncertaintyText(confidence);
    line.source = source;
}

void flagFrom(Amount &line, const Validity &period)
{
    if (period.uncertain)
        flag(line, period.confidence, period.source.isEmpty() ? period.citation : period.source);
}

// What every payment function reads: the input, the tables of the date, and what the first steps settled.
struct Step
{
    const Input &in;
    const RuleSet &set;
    bool full;                      // Detail::Full: also the descriptive strings
    Rational cv;                    // the rounded customs value in RUB
    std::optional<Rational> eurRate;
    QDate produced;                 // the assumed production date
    bool electric;
};

QString noCc() { return QCoreApplication::translate("Customs", "the engine displacement is unknown"); }

std::optional<QString> inputError(const Input &in)
{
    if (!in.declarationDate.isValid())
        return QCoreApplication::translate("Customs", "the declaration date is missing or invalid");
    if (!in.produced.isValid())
        return QCoreApplication::translate("Customs", "the production date is missing or invalid");
    if (!(in.price > Rational(0)))
        return QCoreApplication::translate("Customs", "the price must be greater than zero");
    if (in.price > Rational(Q_INT64_C(1000000000000000)))
        return QCoreApplication::translate("Customs", "the price is implausibly large");
    if (in.costsToBorder.isNegative())
        return QCoreApplication::translate("Customs", "the costs to the border cannot be negative");
    if (in.engineCc < 0 || in.engineCc > 100000)
        return QCoreApplication::translate("Customs", "the displacement must be between 0 and 100 000 cm³");
    if (in.power && (in.power->value.isNegative() || in.power->value > Rational(10000)))
        return QCoreApplication::translate("Customs", "the power must be between 0 and 10 000");
    if (in.electricMotorPower && (in.electricMotorPower->value.isNegative() || in.electricMotorPower->value > Rational(10000)))
        return QCoreApplication::translate("Customs", "the e-motor power must be between 0 and 10 000");
    if (in.vehicle == VehicleKind::Motorcycle && isParallelHybrid(in.powertrain))
        return QCoreApplication::translate("Customs", "hybrid motorcycles are not supported by the rule tables");
    return std::nullopt;
}

void addAgeWarnings(const Step &s, Result &r)
{
    const Input &in = s.in;
    if (!in.produced.isExact()) {
        r.warnings << (in.produced.month == 0
            ? QCoreApplication::translate("Customs", "Only the production year is known (%1): the age is counted from 1 July. "
                 "It may change once the exact date is known.")
            : QCoreApplication::translate("Customs", "The production day is unknown (%1): the age is counted from the 15th."))
                          .arg(in.produced.toString());
    }
    if (in.productionFromFirstRegistration)
        r.warnings << QCoreApplication::translate("Customs", "The production date is taken from the first registration, which comes "
                         "after manufacture: the car may be older than shown. Check it near 5 years.");
    if (r.route == Route::Ets)
        r.warnings << boundaryWarnings(s.produced, in.declarationDate, {3, 5});
    else if (in.vehicle == VehicleKind::Car && !s.electric && !(isParallelHybrid(in.powertrain) && !in.iceDominant))
        r.warnings << boundaryWarnings(s.produced, in.declarationDate, {3, 5, 7});
    else
        r.warnings << boundaryWarnings(s.produced, in.declarationDate, {3});   // utilization fee only
}

// ЕТС (individual, piston car): % of the value with a €/cm³ floor under 3 years, else €/cm³ by displacement.
// Excise and VAT are included.
void etsDuty(const Step &s, Result &r)
{
    r.excise = Amount::of(0);
    r.vat = Amount::of(0);
    r.exciseRate = r.vatRate = QCoreApplication::translate("Customs", "included in the ЕТС");
    const int cc = s.in.engineCc;
    if (cc <= 0) {
        r.duty = Amount::notComputable(noCc());
        return;
    }
    const EtsTable &ets = *s.set.ets;
    const EtsAge age = etsAge(s.produced, s.in.declarationDate);
    if (age == EtsAge::Under3) {
        const auto &bracket = ets.under3[findBracket(ets.under3, &EtsTable::ValueBracket::maxEur, r.customsValueEur)];
        const Rational byValue = s.cv * bracket.percent / kHundred;
        const Rational floor = bracket.minEurPerCc * Rational(cc) * *s.eurRate;
        const bool floorApplies = floor > byValue;
        r.duty = Amount::of((floorApplies ? floor : byValue).toKopecks());
        if (s.full)
            r.dutyRate = (floorApplies ? QCoreApplication::translate("Customs", "%1 %, min %2 €/cm³ (the minimum applies)")
                                       : QCoreApplication::translate("Customs", "%1 %, min %2 €/cm³"))
                             .arg(bracket.percent.toString(4), bracket.minEurPerCc.toString(4));
    } else {
        const auto &bracket = ets.byDisplacement[findBracket(ets.byDisplacement, &EtsTable::VolumeBracket::maxCc, cc)];
        const Rational perCc = age == EtsAge::From3To5 ? bracket.age3to5EurPerCc : bracket.over5EurPerCc;
        r.duty = Amount::of((perCc * Rational(cc) * *s.eurRate).toKopecks());
        if (s.full)
            r.dutyRate = QCoreApplication::translate("Customs", "%1 €/cm³").arg(perCc.toString(4));
    }
    r.tariffCode = QStringLiteral("ЕТС (Решение 107)");
}

// ЕТТ import duty (СТП route): the cell by vehicle, powertrain, displacement and age; new off-road vehicles
// have their own percentage.
void ettDuty(const Step &s, Result &r)
{
    const Input &in = s.in;
    const EttTable &ett = *s.set.ett;
    const DutyRate *cell = nullptr;
    std::optional<Rational> offroadPercent;
    if (in.vehicle == VehicleKind::Motorcycle) {
        if (s.electric)
            cell = &ett.motorcycleElectric;
        else if (in.engineCc > 0)
            cell = &ett.motorcycle[findBracket(ett.motorcycle, &EttTable::MotorcycleRow::maxCc, in.engineCc)].rate;
    } else if (s.electric) {
        cell = &ett.electric;
    } else if (isParallelHybrid(in.powertrain) && !in.iceDominant) {
        cell = &ett.hybridOther;
    } else if (in.engineCc > 0) {
        const QList<EttTable::Row> &rows = isDieselBased(in.powertrain) ? ett.diesel : ett.petrol;
        const EttTable::Row &row = rows[findBracket(rows, &EttTable::Row::maxCc, in.engineCc)];
        const EttAge age = ettAge(s.produced, in.declarationDate);
        switch (age) {
        case EttAge::Under3: cell = &row.newCar; break;
        case EttAge::From3To5: cell = &row.age3to5; break;
        case EttAge::From5To7: cell = &row.age5to7; break;
        case EttAge::Over7: cell = &row.over7; break;
        }
        if (age == EttAge::Under3 && in.offroad && !row.newOffroad.isEmpty())
            offroadPercent = row.newOffroad[findBracket(row.newOffroad, &EttTable::OffroadBracket::maxCc, in.engineCc)].percent;
    }
    if (!cell) {
        r.duty = Amount::notComputable(noCc());
        return;
    }
    r.tariffCode = cell->code;
    if (offroadPercent) {
        r.duty = Amount::of((s.cv * *offroadPercent / kHundred).toKopecks());
        if (s.full)
            r.dutyRate = QCoreApplication::translate("Customs", "%1 % (new off-road vehicle)").arg(offroadPercent->toString(4));
        return;
    }
    if ((cell->eurPerCc || cell->minEurPerCc) && !s.eurRate) {
        r.duty = Amount::notComputable(QCoreApplication::translate("Customs", "no EUR rate"));
        return;
    }
    bool floorApplied = false;
    r.duty = Amount::of(dutyFromCell(*cell, s.cv, in.engineCc, s.eurRate.value_or(Rational(0)), &floorApplied).toKopecks());
    if (s.full)
        r.dutyRate = floorApplied ? QCoreApplication::translate("Customs", "%1 (the minimum applies)").arg(cell->describe()) : cell->describe();
}

// Excise: the bracket's rate on the whole power (hp = kW ÷ 0.75); motorcycles only above their threshold.
void excise(const Step &s, Result &r)
{
    const Input &in = s.in;
    const ExciseTable &excise = *s.set.excise;
    if (!in.power) {
        r.excise = Amount::notComputable(s.electric ? QCoreApplication::translate("Customs", "the power is unknown (excise is charged per hp of the 30-minute power)")
                                                    : QCoreApplication::translate("Customs", "the power is unknown (excise is charged per hp)"));
        return;
    }
    const Rational hp = in.power->exciseHp();
    if (in.vehicle == VehicleKind::Motorcycle) {
        const bool charged = hp > excise.motorcycleMinHpExclusive;
        r.excise = Amount::of(charged ? (excise.motorcycleRubPerHp * hp).toKopecks() : 0);
        flagFrom(r.excise, excise);
        if (s.full)
            r.exciseRate = charged ? QCoreApplication::translate("Customs", "%1 RUB/hp × %2 hp").arg(excise.motorcycleRubPerHp.toString(2), hp.toString(4))
                                   : QCoreApplication::translate("Customs", "none (≤ %1 hp)").arg(excise.motorcycleMinHpExclusive.toString(2));
        return;
    }
    const auto &bracket = excise.car[findBracket(excise.car, &ExciseTable::Bracket::maxHp, hp)];
    r.excise = Amount::of((bracket.rubPerHp * hp).toKopecks());
    flagFrom(r.excise, excise);
    if (s.full)
        r.exciseRate = QCoreApplication::translate("Customs", "%1 RUB/hp × %2 hp").arg(bracket.rubPerHp.toString(2), hp.toString(4));
    if (isParallelHybrid(in.powertrain))
        r.warnings << QCoreApplication::translate("Customs", "Hybrid: the excise counts the engine's power alone; how the tax law "
                         "counts a hybrid's power is not settled.");
}

// VAT on the rounded value + duty + excise.
void vat(const Step &s, Result &r)
{
    const VatTable &vat = *s.set.vat;
    if (s.full)
        r.vatRate = percentText(vat.percent);
    if (!r.duty.computable() || !r.excise.computable()) {
        r.vat = Amount::notComputable(QCoreApplication::translate("Customs", "the VAT base needs the duty and the excise"));
        return;
    }
    const Rational base = s.cv + Rational::fromKopecks(*r.duty.kopecks) + Rational::fromKopecks(*r.excise.kopecks);
    r.vat = Amount::of((base * vat.percent / kHundred).toKopecks());
    flagFrom(r.vat, vat);
    if (!r.vat.uncertain && r.excise.uncertain) {   // the base holds the excise
        r.vat.uncertain = true;
        r.vat.uncertainReason = QCoreApplication::translate("Customs", "Includes the excise, whose rate is not confirmed.");
        r.vat.source = r.excise.source;
    }
}

// Clearance fee by the customs value in RUB.
void clearanceFee(const Step &s, Result &r)
{
    const ClearanceFeeTable &fee = *s.set.clearanceFee;
    r.clearanceFee = Amount::of(fee.brackets[findBracket(fee.brackets, &ClearanceFeeTable::Bracket::maxRub, s.cv)].feeKopecks);
    flagFrom(r.clearanceFee, fee);
}

// The utilization fee's power basis: ICE; parallel hybrid ICE + e-motor 30-min; BEV/REEV the 30-min power.
std::optional<Rational> utilizationPower(const Input &in, Result &r)
{
    if (!in.power)
        return std::nullopt;
    Rational hp = in.power->utilizationHp();
    if (isParallelHybrid(in.powertrain)) {
        if (in.electricMotorPower)
            hp += in.electricMotorPower->utilizationHp();
        else
            r.warnings << QCoreApplication::translate("Customs", "Hybrid: the electric motor's power is unknown, so the utilization fee "
                             "counts the engine alone and may be too low.");
    }
    return hp;
}

// The individual's preferential rate: true when it applies; `problem` is set when an unknown input decides it.
bool preferenceApplies(const Step &s, const std::optional<Rational> &basisHp, QString *problem)
{
    const auto &pref = s.set.utilization->preference;
    if (s.electric) {
        if (!pref.evMaxHp)
            return true;
        if (!basisHp) {
            *problem = QCoreApplication::translate("Customs", "the power is unknown (the preferential rate needs ≤ %1 hp of "
                                                              "30-minute power)")
                           .arg(pref.evMaxHp->toString(2));
            return false;
        }
        return *basisHp <= *pref.evMaxHp;
    }
    const int cc = s.in.engineCc;
    const bool ccOk = !pref.iceMaxCc || (cc > 0 && cc <= *pref.iceMaxCc);
    if (cc <= 0 && pref.iceMaxCc) {
        *problem = noCc();
        return false;
    }
    if (ccOk && pref.iceMaxHp && !basisHp) {
        *problem = QCoreApplication::translate("Customs", "the power is unknown (the preferential rate needs ≤ %1 hp)").arg(pref.iceMaxHp->toString(2));
        return false;
    }
    return ccOk && (!pref.iceMaxHp || *basisHp <= *pref.iceMaxHp);
}

// The commercial grid: the row by displacement (or the BEV/REEV row), the band by power, the cell by age.
void utilizationGrid(const Step &s, const std::optional<Rational> &basisHp, Result &r, QString *problem)
{
    const UtilizationTable &util = *s.set.utilization;
    const QList<UtilizationTable::Band> *bands = nullptr;
    QString rowText;
    if (s.electric) {
        bands = &util.ev;
        rowText = QStringLiteral("BEV/REEV");
    } else if (s.in.engineCc <= 0) {
        *problem = noCc();
        return;
    } else {
        const qsizetype i = findBracket(util.ice, &UtilizationTable::VolumeRow::maxCc, s.in.engineCc);
        bands = &util.ice[i].bands;
        if (s.full)
            rowText = ccRange(i > 0 ? util.ice[i - 1].maxCc : std::nullopt, util.ice[i].maxCc);
    }
    qsizetype b = 0;
    if (bands->size() > 1) {
        if (!basisHp) {
            *problem = QCoreApplication::translate("Customs", "the power is unknown (the utilization grid is by power)");
            return;
        }
        b = findBracket(*bands, &UtilizationTable::Band::maxHp, *basisHp);
    }
    const UtilizationTable::Band &band = (*bands)[b];
    const bool old = r.utilizationOld;
    const Cell &cell = old ? band.old : band.newCar;
    const std::optional<Rational> previousHp = bands->size() > 1 && b > 0 ? (*bands)[b - 1].maxHp : std::nullopt;
    const QString where = s.full || !cell.value
        ? (old ? QCoreApplication::translate("Customs", "%1, %2, > 3 y (%3)") : QCoreApplication::translate("Customs", "%1, %2, ≤ 3 y (%3)"))
              .arg(rowText, hpRange(previousHp, band.maxHp), util.id)
        : QString();
    if (!cell.value) {
        *problem = QCoreApplication::translate("Customs", "the utilization rate for %1 is not known").arg(where);
        return;
    }
    r.utilizationFee = Amount::of((util.baseRub * *cell.value).toKopecks());
    if (s.full)
        r.utilizationBasis = where + u": " + cell.value->toString(4) + u" × " + util.baseRub.toString(0);
    if (cell.uncertain)
        flag(r.utilizationFee, cell.confidence, cell.source.isEmpty() ? util.citation : cell.source);
    else
        flagFrom(r.utilizationFee, util);
}

void utilizationFee(const Step &s, Result &r)
{
    if (s.in.vehicle == VehicleKind::Motorcycle) {
        r.utilizationFee = Amount::of(0);
        r.utilizationBasis = QCoreApplication::translate("Customs", "motorcycles (8711) are not in the ПП 1291 list");
        return;
    }
    const std::optional<Rational> basisHp = utilizationPower(s.in, r);
    QString problem;
    bool preferential = false;
    if (s.in.importer == Importer::Individual) {
        preferential = preferenceApplies(s, basisHp, &problem);
        if (preferential) {
            const auto &pref = s.set.utilization->preference;
            const bool old = r.utilizationOld;
            r.utilizationFee = Amount::of(old ? pref.oldKopecks : pref.newKopecks);
            r.utilizationPreferential = true;
            if (s.full)
                r.utilizationBasis = old ? QCoreApplication::translate("Customs", "preferential rate for personal use (> 3 y)")
                                         : QCoreApplication::translate("Customs", "preferential rate for personal use (≤ 3 y)");
            r.warnings << QCoreApplication::translate("Customs", "The reduced utilization fee is for one car per person per year, "
                             "not sold within 12 months.");
        } else if (problem.isEmpty()) {
            r.warnings << QCoreApplication::translate("Customs", "The car is over the limits of the reduced utilization fee: "
                             "the full fee applies.");
        }
    }
    if (!preferential && problem.isEmpty())
        utilizationGrid(s, basisHp, r, &problem);
    if (!problem.isEmpty())
        r.utilizationFee = Amount::notComputable(problem);
}

// A total is uncertain when one of its lines is; the reason names those lines.
void markTotal(Amount &total, std::initializer_list<const Amount *> lines)
{
    if (!total.computable())
        return;
    QStringList sources;
    for (const Amount *line : lines) {
        if (line->uncertain && !sources.contains(line->source))
            sources << line->source;
        total.uncertain = total.uncertain || line->uncertain;
    }
    if (total.uncertain) {
        total.uncertainReason = QCoreApplication::translate("Customs", "Includes rates that are not confirmed (marked lines).");
        total.source = sources.join(QStringLiteral("; "));
    }
}

void totals(Result &r)
{
    const Amount *lines[] = {&r.duty, &r.excise, &r.vat, &r.clearanceFee};
    qint64 sum = 0;
    QString missing;
    for (const Amount *a : lines) {
        if (a->computable())
            sum += *a->kopecks;
        else if (missing.isEmpty())
            missing = a->reason;
    }
    r.totalWithoutUtilization = missing.isEmpty() ? Amount::of(sum) : Amount::notComputable(missing);
    if (missing.isEmpty() && r.utilizationFee.computable())
        r.total = Amount::of(sum + *r.utilizationFee.kopecks);
    else
        r.total = Amount::notComputable(missing.isEmpty() ? r.utilizationFee.reason : missing);
    markTotal(r.totalWithoutUtilization, {&r.duty, &r.excise, &r.vat, &r.clearanceFee});
    markTotal(r.total, {&r.duty, &r.excise, &r.vat, &r.clearanceFee, &r.utilizationFee});
}

} // namespace

QString uncertaintyText(const QString &confidence)
{
    if (confidence == u"one_source")
        return QCoreApplication::translate("Customs", "This rate comes from a single reading of the decree and is not yet confirmed.");
    if (confidence == u"disputed")
        return QCoreApplication::translate("Customs", "Published sources disagree on this rate; the more likely one is used.");
    if (confidence == u"derived")
        return QCoreApplication::translate("Customs", "This rate is worked out from the law's pattern, not read from its text.");
    if (confidence == u"projected")
        return QCoreApplication::translate("Customs", "This rate is from a draft schedule and may change.");
    if (confidence == u"carried")
        return QCoreApplication::translate("Customs", "No rates are published for this date yet; the last known ones are used.");
    return QCoreApplication::translate("Customs", "This rate is not confirmed.");
}

Rational Power::exciseHp() const
{
    return unit == PowerUnit::Hp ? value : value / kExciseKwPerHp;
}

Rational Power::utilizationHp() const
{
    return unit == PowerUnit::Hp ? value : value / kUtilizationKwPerHp;
}

QString Power::toString() const
{
    return value.toString(2) + (unit == PowerUnit::Hp ? QStringLiteral(" hp") : QStringLiteral(" kW"));
}

Route routeFor(const Input &in)
{
    return in.importer == Importer::Individual && in.vehicle == VehicleKind::Car && !isElectricDrive(in.powertrain) ? Route::Ets
                                                                                                                   : Route::Stp;
}

Engine::Engine(RuleBook rules) : m_rules(std::move(rules)) {}

const Engine &Engine::builtin()
{
    static const Engine engine(RuleBook::builtin());
    return engine;
}

QStringList Engine::neededCurrencies(const Input &input)
{
    QStringList codes;
    const auto add = [&codes](const QString &c) {
        if (!c.isEmpty() && c != u"RUB" && !codes.contains(c))
            codes << c;
    };
    add(input.currency);
    if (!input.costsToBorder.isZero())
        add(input.costsCurrency.isEmpty() ? input.currency : input.costsCurrency);
    if (input.vehicle == VehicleKind::Car && !isElectricDrive(input.powertrain))
        add(QStringLiteral("EUR"));   // ЕТС is in EUR; ЕТТ €/cm³ minimums
    return codes;
}

Result Engine::estimate(const Input &in, const RateTable &rates, Detail detail) const
{
    const bool full = detail == Detail::Full;
    Result r;
    const auto fail = [&r](const QString &why) {
        r.ok = false;
        r.error = why;
        return r;
    };

    // 1. Inputs that make any computation meaningless.
    if (const auto error = inputError(in))
        return fail(*error);
    QDate produced = in.produced.assumedDate();
    if (produced > in.declarationDate)
        produced = in.declarationDate;   // "2026-06" declared on 2026-06-10: the 15th cannot be right
    r.assumedProductionDate = produced;
    if (in.produced.earliestDate() > in.declarationDate)
        return fail(QCoreApplication::translate("Customs", "the production date %1 is after the declaration date %2")
                        .arg(in.produced.toString(), in.declarationDate.toString(Qt::ISODate)));

    QString rulesError;
    const auto set = m_rules.forDate(in.declarationDate, &rulesError);
    if (!set)
        return fail(rulesError);
    if (full) {
        r.rulesVersion = set->version();
        r.citations = set->citations();
    }

    // 2. FX and the customs value: price + costs in their currency, then converted; rounded once.
    r.ratesDate = rates.date;
    r.ratesOrigin = rateOriginKey(rates.origin);
    if (!rates.note.isEmpty())
        r.warnings << rates.note;
    const auto rateFor = [&](const QString &code, std::optional<Rational> *out) {
        *out = rates.rubPerUnit(code);
        // Keeps the exact arithmetic far from 128-bit overflow: rates have at most 12 decimals and are < 10^9.
        if (*out && (!(**out > Rational(0)) || (*out)->denominator() > Int128(Q_INT64_C(1000000000000))
                     || **out > Rational(Q_INT64_C(1000000000))))
            out->reset();
        if (*out && code != u"RUB") {
            bool seen = false;
            for (const UsedRate &u : std::as_const(r.ratesUsed))
                seen = seen || u.code == code;
            if (!seen)
                r.ratesUsed.append({code, **out, rates.rates.value(code).manual});
        }
        return out->has_value();
    };
    std::optional<Rational> priceRate;
    if (!rateFor(in.currency, &priceRate))
        return fail(QCoreApplication::translate("Customs", "no exchange rate for %1 (missing, or not a rate between 0 and 10^9 RUB with at most "
                       "12 decimals; give one with --rate %2=RUB_PER_UNIT)")
                        .arg(in.currency.isEmpty() ? QCoreApplication::translate("Customs", "an empty currency") : in.currency, in.currency));
    Rational valueRub = in.price * *priceRate;
    if (!in.costsToBorder.isZero()) {
        const QString costsCurrency = in.costsCurrency.isEmpty() ? in.currency : in.costsCurrency;
        std::optional<Rational> costsRate;
        if (!rateFor(costsCurrency, &costsRate))
            return fail(QCoreApplication::translate("Customs", "no exchange rate for the costs' currency %1").arg(costsCurrency));
        valueRub += in.costsToBorder * *costsRate;
    }
    r.customsValueKopecks = valueRub.toKopecks();

    const bool electric = isElectricDrive(in.powertrain);
    std::optional<Rational> eurRate;
    const bool needEur = in.vehicle == VehicleKind::Car && !electric;
    if (needEur && !rateFor(QStringLiteral("EUR"), &eurRate))
        return fail(QCoreApplication::translate("Customs", "no exchange rate for EUR (needed for the €-denominated rates)"));
    if (!eurRate)
        eurRate = rates.rubPerUnit(QStringLiteral("EUR"));
    const Step step{in, *set, full, Rational::fromKopecks(r.customsValueKopecks), eurRate, produced, electric};
    if (eurRate)
        r.customsValueEur = step.cv / *eurRate;

    // 3. Age and the route.
    r.utilizationOld = utilizationOld(produced, in.declarationDate);
    const bool etsRoute = routeFor(in) == Route::Ets;
    r.route = etsRoute ? Route::Ets : Route::Stp;
    r.ageBand = etsRoute ? etsAgeKey(etsAge(produced, in.declarationDate)) : ettAgeKey(ettAge(produced, in.declarationDate));
    addAgeWarnings(step, r);

    // 4. The payments, one function each.
    if (etsRoute) {
        etsDuty(step, r);
    } else {
        ettDuty(step, r);
        excise(step, r);
        vat(step, r);
    }
    clearanceFee(step, r);
    utilizationFee(step, r);
    if (!in.power && !(r.excise.computable() && r.utilizationFee.computable()))
        r.warnings << QCoreApplication::translate("Customs", "The power is unknown: enter it in hp or kW to compute "
                         "the lines that depend on it.");
    totals(r);
    r.ok = true;
    return r;
}

} // namespace CarScout::Customs
