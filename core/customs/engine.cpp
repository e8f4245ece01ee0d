#include "core/customs/engine.h"

#include <QCoreApplication>

namespace CarScout::Customs {

// User-visible texts are translated in the "Customs" context where they are produced: the GUI installs a
// translator, the CLI does not, so its text and JSON output stay English.

namespace {

const Rational kExciseKwPerHp = Rational::fraction(75, 100);        // НК РФ ст. 193: 1 hp = 0.75 kW
const Rational kUtilizationKwPerHp = Rational::fraction(7355, 10000);   // ПП 1291: 1 hp = 0.7355 kW
const Rational kHundred = Rational(100);

bool isElectricDrive(Powertrain p) { return p == Powertrain::Electric || p == Powertrain::HybridSequential; }
bool isParallelHybrid(Powertrain p) { return p == Powertrain::HybridPetrol || p == Powertrain::HybridDiesel; }
bool isDieselBased(Powertrain p) { return p == Powertrain::Diesel || p == Powertrain::HybridDiesel; }

QString percentText(const Rational &p) { return p.toString(4) + QStringLiteral(" %"); }

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

} // namespace

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
    if (!in.declarationDate.isValid())
        return fail(QCoreApplication::translate("Customs", "the declaration date is missing or invalid"));
    if (!in.produced.isValid())
        return fail(QCoreApplication::translate("Customs", "the production date is missing or invalid"));
    if (!(in.price > Rational(0)))
        return fail(QCoreApplication::translate("Customs", "the price must be greater than zero"));
    if (in.price > Rational(Q_INT64_C(1000000000000000)))
        return fail(QCoreApplication::translate("Customs", "the price is implausibly large"));
    if (in.costsToBorder.isNegative())
        return fail(QCoreApplication::translate("Customs", "the costs to the border cannot be negative"));
    if (in.engineCc < 0 || in.engineCc > 100000)
        return fail(QCoreApplication::translate("Customs", "the displacement must be between 0 and 100 000 cm³"));
    if (in.power && (in.power->value.isNegative() || in.power->value > Rational(10000)))
        return fail(QCoreApplication::translate("Customs", "the power must be between 0 and 10 000"));
    if (in.electricMotorPower && (in.electricMotorPower->value.isNegative() || in.electricMotorPower->value > Rational(10000)))
        return fail(QCoreApplication::translate("Customs", "the e-motor power must be between 0 and 10 000"));
    if (in.vehicle == VehicleKind::Motorcycle && isParallelHybrid(in.powertrain))
        return fail(QCoreApplication::translate("Customs", "hybrid motorcycles are not supported by the rule tables"));

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
    if (full)
        r.rulesVersion = set->version();
    if (full)
        r.citations = set->citations();

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
    const Rational cv = Rational::fromKopecks(r.customsValueKopecks);

    const bool electric = isElectricDrive(in.powertrain);
    std::optional<Rational> eurRate;
    const bool needEur = in.vehicle == VehicleKind::Car && !electric;
    if (needEur && !rateFor(QStringLiteral("EUR"), &eurRate))
        return fail(QCoreApplication::translate("Customs", "no exchange rate for EUR (needed for the €-denominated rates)"));
    if (!eurRate)
        eurRate = rates.rubPerUnit(QStringLiteral("EUR"));
    if (eurRate)
        r.customsValueEur = cv / *eurRate;

    // 3. Age.
    if (!in.produced.isExact()) {
        r.warnings << (in.produced.month == 0
            ? QCoreApplication::translate("Customs", "only the production year is known (%1): 1 July is assumed (customs.md §2: "
                                                "Решение 107 reportedly assumes it [1, not verified]; the ЕТТ counts a VIN "
                                                "year from 1 July)")
            : QCoreApplication::translate("Customs", "the production day is unknown (%1): the 15th is assumed (customs.md §2: "
                                                "Решение 107 reportedly assumes it [1, not verified])"))
                           .arg(in.produced.toString());
    }
    if (in.productionFromFirstRegistration)
        r.warnings << QCoreApplication::translate("Customs", "the production date is estimated from the first registration, which is "
                                                            "later than manufacture: the real age may be higher (unsafe "
                                                            "near the 5-year limit)");
    r.utilizationOld = utilizationOld(produced, in.declarationDate);

    const bool etsRoute = in.importer == Importer::Individual && in.vehicle == VehicleKind::Car && !electric;
    r.route = etsRoute ? Route::Ets : Route::Stp;
    if (etsRoute) {
        r.ageBand = etsAgeKey(etsAge(produced, in.declarationDate));
        r.warnings << boundaryWarnings(produced, in.declarationDate, {3, 5});
    } else {
        r.ageBand = ettAgeKey(ettAge(produced, in.declarationDate));
        if (in.vehicle == VehicleKind::Car && !electric && !(isParallelHybrid(in.powertrain) && !in.iceDominant))
            r.warnings << boundaryWarnings(produced, in.declarationDate, {3, 5, 7});
        else
            r.warnings << boundaryWarnings(produced, in.declarationDate, {3});   // utilization fee only
    }

    const QString noCc = QCoreApplication::translate("Customs", "the engine displacement is unknown");
    const QString noPower = QCoreApplication::translate("Customs", "the power is unknown");

    // 5. Duty / ЕТС, excise, VAT.
    if (etsRoute) {
        r.excise = Amount::of(0);
        r.vat = Amount::of(0);
        r.exciseRate = r.vatRate = QCoreApplication::translate("Customs", "included in the ЕТС");
        if (in.engineCc <= 0) {
            r.duty = Amount::notComputable(noCc);
        } else {
            const EtsTable &ets = *set->ets;
            const EtsAge age = etsAge(produced, in.declarationDate);
            if (age == EtsAge::Under3) {
                const EtsTable::ValueBracket *bracket = &ets.under3.last();
                for (const auto &b : ets.under3) {
                    if (!b.maxEur || r.customsValueEur <= *b.maxEur) {
                        bracket = &b;
                        break;
                    }
                }
                const Rational byValue = cv * bracket->percent / kHundred;
                const Rational floor = bracket->minEurPerCc * Rational(in.engineCc) * *eurRate;
                const bool floorApplies = floor > byValue;
                r.duty = Amount::of((floorApplies ? floor : byValue).toKopecks());
                if (full)
                    r.dutyRate = (floorApplies ? QCoreApplication::translate("Customs", "%1 %, min %2 €/cm³ (the minimum applies)")
                                                : QCoreApplication::translate("Customs", "%1 %, min %2 €/cm³"))
                                     .arg(bracket->percent.toString(4), bracket->minEurPerCc.toString(4));
            } else {
                const EtsTable::VolumeBracket *bracket = &ets.byDisplacement.last();
                for (const auto &b : ets.byDisplacement) {
                    if (!b.maxCc || in.engineCc <= *b.maxCc) {
                        bracket = &b;
                        break;
                    }
                }
                const Rational perCc = age == EtsAge::From3To5 ? bracket->age3to5EurPerCc : bracket->over5EurPerCc;
                r.duty = Amount::of((perCc * Rational(in.engineCc) * *eurRate).toKopecks());
                if (full)
                    r.dutyRate = QCoreApplication::translate("Customs", "%1 €/cm³").arg(perCc.toString(4));
            }
            r.tariffCode = QStringLiteral("ЕТС (Решение 107)");
        }
    } else {
        const EttTable &ett = *set->ett;
        const EttAge age = ettAge(produced, in.declarationDate);
        const DutyRate *cell = nullptr;
        std::optional<Rational> offroadPercent;
        QString dutyProblem;
        if (in.vehicle == VehicleKind::Motorcycle) {
            if (electric) {
                cell = &ett.motorcycleElectric;
            } else if (in.engineCc <= 0) {
                dutyProblem = noCc;
            } else {
                for (const auto &row : ett.motorcycle) {
                    if (!row.maxCc || in.engineCc <= *row.maxCc) {
                        cell = &row.rate;
                        break;
                    }
                }
            }
        } else if (electric) {
            cell = &ett.electric;
        } else if (isParallelHybrid(in.powertrain) && !in.iceDominant) {
            cell = &ett.hybridOther;
        } else if (in.engineCc <= 0) {
            dutyProblem = noCc;
        } else {
            const QList<EttTable::Row> &rows = isDieselBased(in.powertrain) ? ett.diesel : ett.petrol;
            const EttTable::Row *row = &rows.last();
            for (const auto &candidate : rows) {
                if (!candidate.maxCc || in.engineCc <= *candidate.maxCc) {
                    row = &candidate;
                    break;
                }
            }
            switch (age) {
            case EttAge::Under3: cell = &row->newCar; break;
            case EttAge::From3To5: cell = &row->age3to5; break;
            case EttAge::From5To7: cell = &row->age5to7; break;
            case EttAge::Over7: cell = &row->over7; break;
            }
            if (age == EttAge::Under3 && in.offroad && !row->newOffroad.isEmpty()) {
                for (const auto &b : row->newOffroad) {
                    if (!b.maxCc || in.engineCc <= *b.maxCc) {
                        offroadPercent = b.percent;
                        break;
                    }
                }
            }
        }
        if (!cell) {
            r.duty = Amount::notComputable(dutyProblem);
        } else if (offroadPercent) {
            r.duty = Amount::of((cv * *offroadPercent / kHundred).toKopecks());
            if (full)
                r.dutyRate = QCoreApplication::translate("Customs", "%1 % (new off-road vehicle)").arg(offroadPercent->toString(4));
            r.tariffCode = cell->code;
        } else {
            bool floorApplied = false;
            const Rational eur = eurRate.value_or(Rational(0));
            if ((cell->eurPerCc || cell->minEurPerCc) && !eurRate) {
                r.duty = Amount::notComputable(QCoreApplication::translate("Customs", "no EUR rate"));
            } else {
                r.duty = Amount::of(dutyFromCell(*cell, cv, in.engineCc, eur, &floorApplied).toKopecks());
                if (full)
                    r.dutyRate = floorApplied ? QCoreApplication::translate("Customs", "%1 (the minimum applies)").arg(cell->describe())
                                              : cell->describe();
            }
            r.tariffCode = cell->code;
        }

        // Excise: the bracket's rate on the whole power (hp = kW ÷ 0.75).
        const ExciseTable &excise = *set->excise;
        if (excise.uncertain)
            r.warnings << QCoreApplication::translate("Customs", "the excise rates of %1 are uncertain: %2").arg(excise.id, excise.note);
        if (!in.power) {
            r.excise = Amount::notComputable(
                electric ? QCoreApplication::translate("Customs", "the power is unknown (excise is charged per hp of the 30-minute power)")
                         : QCoreApplication::translate("Customs", "the power is unknown (excise is charged per hp)"));
        } else {
            const Rational hp = in.power->exciseHp();
            if (in.vehicle == VehicleKind::Motorcycle) {
                const bool charged = hp > excise.motorcycleMinHpExclusive;
                r.excise = Amount::of(charged ? (excise.motorcycleRubPerHp * hp).toKopecks() : 0);
                if (full)
                    r.exciseRate = charged ? QCoreApplication::translate("Customs", "%1 RUB/hp × %2 hp")
                                                 .arg(excise.motorcycleRubPerHp.toString(2), hp.toString(4))
                                           : QCoreApplication::translate("Customs", "none (≤ %1 hp)").arg(excise.motorcycleMinHpExclusive.toString(2));
            } else {
                const ExciseTable::Bracket *bracket = &excise.car.last();
                for (const auto &b : excise.car) {
                    if (!b.maxHp || hp <= *b.maxHp) {
                        bracket = &b;
                        break;
                    }
                }
                r.excise = Amount::of((bracket->rubPerHp * hp).toKopecks());
                if (full)
                    r.exciseRate = QCoreApplication::translate("Customs", "%1 RUB/hp × %2 hp").arg(bracket->rubPerHp.toString(2), hp.toString(4));
                if (isParallelHybrid(in.powertrain))
                    r.warnings << QCoreApplication::translate("Customs", "hybrid: the excise is computed on the ICE power given; the "
                                                                    "Tax Code's power basis for hybrids is not settled in "
                                                                    "customs.md [?]");
            }
        }

        // VAT on value + duty + excise (rounded lines).
        const VatTable &vat = *set->vat;
        if (full)
            r.vatRate = percentText(vat.percent);
        if (r.duty.computable() && r.excise.computable()) {
            const Rational base = cv + Rational::fromKopecks(*r.duty.kopecks) + Rational::fromKopecks(*r.excise.kopecks);
            r.vat = Amount::of((base * vat.percent / kHundred).toKopecks());
        } else {
            r.vat = Amount::notComputable(QCoreApplication::translate("Customs", "the VAT base needs the duty and the excise"));
        }
    }

    // 6. Clearance fee by the customs value in RUB.
    {
        const ClearanceFeeTable &fee = *set->clearanceFee;
        const ClearanceFeeTable::Bracket *bracket = &fee.brackets.last();
        for (const auto &b : fee.brackets) {
            if (!b.maxRub || cv <= *b.maxRub) {
                bracket = &b;
                break;
            }
        }
        r.clearanceFee = Amount::of(bracket->feeKopecks);
        if (fee.uncertain)
            r.warnings << QCoreApplication::translate("Customs", "clearance fee %1: %2").arg(fee.id, fee.note);
    }

    // 7. Utilization fee.
    if (in.vehicle == VehicleKind::Motorcycle) {
        r.utilizationFee = Amount::of(0);
        r.utilizationBasis = QCoreApplication::translate("Customs", "motorcycles (8711) are not in the ПП 1291 list");
    } else {
        const UtilizationTable &util = *set->utilization;
        const bool old = r.utilizationOld;
        // The power basis: ICE; parallel hybrid ICE + e-motor 30-min; BEV/REEV the 30-min power. hp = kW ÷ 0.7355.
        std::optional<Rational> basisHp;
        if (in.power) {
            basisHp = in.power->utilizationHp();
            if (isParallelHybrid(in.powertrain)) {
                if (in.electricMotorPower)
                    *basisHp += in.electricMotorPower->utilizationHp();
                else
                    r.warnings << QCoreApplication::translate("Customs", "hybrid: the e-motor's 30-minute power is unknown, so the "
                                                                    "utilization fee uses the ICE power alone (the rule adds "
                                                                    "both; the fee may be understated)");
            }
        }
        QString problem;
        bool preferential = false;
        if (in.importer == Importer::Individual) {
            const auto &pref = util.preference;
            if (electric) {
                if (!pref.evMaxHp) {
                    preferential = true;
                } else if (!basisHp) {
                    problem = QCoreApplication::translate("Customs", "the power is unknown (the preferential rate needs ≤ %1 hp of "
                                                                  "30-minute power)")
                                  .arg(pref.evMaxHp->toString(2));
                } else {
                    preferential = *basisHp <= *pref.evMaxHp;
                }
            } else {
                const bool ccOk = !pref.iceMaxCc || (in.engineCc > 0 && in.engineCc <= *pref.iceMaxCc);
                if (in.engineCc <= 0 && pref.iceMaxCc) {
                    problem = noCc;
                } else if (ccOk && pref.iceMaxHp && !basisHp) {
                    problem = QCoreApplication::translate("Customs", "the power is unknown (the preferential rate needs ≤ %1 hp)")
                                  .arg(pref.iceMaxHp->toString(2));
                } else {
                    preferential = ccOk && (!pref.iceMaxHp || *basisHp <= *pref.iceMaxHp);
                }
            }
            if (preferential) {
                r.utilizationFee = Amount::of(old ? pref.oldKopecks : pref.newKopecks);
                r.utilizationPreferential = true;
                if (full)
                    r.utilizationBasis = old ? QCoreApplication::translate("Customs", "preferential rate for personal use (> 3 y)")
                                             : QCoreApplication::translate("Customs", "preferential rate for personal use (≤ 3 y)");
                r.warnings << QCoreApplication::translate("Customs", "the preferential utilization fee also requires, per one "
                                                                "calculator, one car per 12 months and no resale within "
                                                                "12 months [1, unverified]");
            } else if (problem.isEmpty()) {
                r.warnings << QCoreApplication::translate("Customs", "the car is above the preferential limits: the individual "
                                                                "pays the commercial utilization grid");
            }
        }
        if (!preferential && problem.isEmpty()) {
            const QList<UtilizationTable::Band> *bands = nullptr;
            QString rowText;
            if (electric) {
                bands = &util.ev;
                rowText = QStringLiteral("BEV/REEV");
            } else if (in.engineCc <= 0) {
                problem = noCc;
            } else {
                std::optional<int> previous;
                for (const auto &row : util.ice) {
                    if (!row.maxCc || in.engineCc <= *row.maxCc) {
                        bands = &row.bands;
                        if (full)
                            rowText = ccRange(previous, row.maxCc);
                        break;
                    }
                    previous = row.maxCc;
                }
            }
            if (bands) {
                const UtilizationTable::Band *band = nullptr;
                std::optional<Rational> previousHp;
                if (bands->size() == 1) {
                    band = &bands->first();
                } else if (!basisHp) {
                    problem = QCoreApplication::translate("Customs", "the power is unknown (the utilization grid is by power)");
                } else {
                    for (const auto &b : *bands) {
                        if (!b.maxHp || *basisHp <= *b.maxHp) {
                            band = &b;
                            break;
                        }
                        previousHp = b.maxHp;
                    }
                }
                if (band) {
                    const Cell &cell = old ? band->old : band->newCar;
                    const QString where = full || !cell.value
                        ? (old ? QCoreApplication::translate("Customs", "%1, %2, > 3 y (%3)") : QCoreApplication::translate("Customs", "%1, %2, ≤ 3 y (%3)"))
                              .arg(rowText, hpRange(previousHp, band->maxHp), util.id)
                        : QString();
                    if (!cell.value) {
                        problem = QCoreApplication::translate("Customs", "the utilization coefficient for %1 is not in the rule data").arg(where);
                    } else {
                        r.utilizationFee = Amount::of((util.baseRub * *cell.value).toKopecks());
                        if (full)
                            r.utilizationBasis = where + u": " + cell.value->toString(4) + u" × " + util.baseRub.toString(0);
                        if (cell.uncertain)
                            r.warnings << QCoreApplication::translate("Customs", "the utilization coefficient %1 is uncertain: %2")
                                              .arg(cell.value->toString(4), cell.note);
                    }
                }
            }
        }
        if (!problem.isEmpty())
            r.utilizationFee = Amount::notComputable(problem);
    }

    if (!in.power && !(r.excise.computable() && r.utilizationFee.computable()))
        r.warnings << QCoreApplication::translate("Customs", "the power is unknown: the lines that depend on it are not "
                                                    "computable (enter it in hp or kW)");

    // 9. Totals.
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
    r.ok = true;
    return r;
}

} // namespace CarScout::Customs
