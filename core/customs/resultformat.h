#pragma once

// Rendering of an engine Result for carscout-cli (DESIGN §5): JSON with amounts as numbers with two decimals
// (written by hand so 1067 prints as 1067.00 and no binary floating point is involved), and a text table.

#include "core/customs/engine.h"

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
QByteArray resultToJson(const Input &input, const Result &result, const RateTable &rates);
QString resultToText(const Input &input, const Result &result, const RateTable &rates);

QByteArray ratesToJson(const RateTable &rates);
QString ratesToText(const RateTable &rates);

} // namespace CarScout::Customs
