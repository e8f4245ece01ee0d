#pragma once

// Rendering of an engine Result for carscout-cli (DESIGN §5): JSON with amounts as numbers with two decimals
// (written by hand so 1067 prints as 1067.00 and no binary floating point is involved), and a text table.

#include "core/customs/engine.h"
#include "core/customs/exportrules.h"
#include "core/customs/timing.h"

#include <QByteArray>
#include <QString>

namespace CarScout::Customs {

// Keys: customs_value_rub, customs_value_eur, duty_rub, duty_kind ("ets"|"duty"), duty_rate, tariff_code,
// excise_rub, excise_rate, vat_rub, vat_rate, clearance_fee_rub, utilization_fee_rub, utilization_preferential,
// utilization_basis, total_rub (utilization fee included), total_without_utilization_rub, age_band,
// utilization_age ("new"|"old"), production_date_assumed, declaration_date, rules_version, citations,
// rates {date, requested_date, origin, per_unit {ISO: RUB per unit}}, warnings, not_computable {key: reason}.
// lines: [{line, rub, uncertain[, reason, source]}] for duty, excise, vat, clearance_fee, utilization_fee,
// total_without_utilization, total: `uncertain` when the amount rests on a rule value that is not confirmed.
// A not-computable amount is null (never 0).
//
// With `timing`: "next_band": {date, age_band, total_rub, difference_rub, production_date_assumed, earliest,
// latest, assumption, uncertain} (absent when the car is in its last band; total_rub null with "reason" when no
// rules cover that date) and "rule_change": {date, total_rub, difference_rub} within 60 days before a table
// change. Export restrictions are appended to "warnings" (their text) and listed in "export_restrictions":
// [{id, text, uncertain, effective_from, source}].
struct Timing
{
    std::optional<NextBand> nextBand;
    std::optional<Projection> ruleChange;
    QList<ExportWarning> exportWarnings;
    QStringList warnings(const Result &r) const;   // the engine's, then the export restrictions'
};
Timing timingFor(const Engine &engine, const Input &input, const RateTable &rates);

QByteArray resultToJson(const Input &input, const Result &result, const RateTable &rates, const Timing *timing = nullptr);
QString resultToText(const Input &input, const Result &result, const RateTable &rates, const Timing *timing = nullptr);

QByteArray ratesToJson(const RateTable &rates);
QString ratesToText(const RateTable &rates);

} // namespace CarScout::Customs
