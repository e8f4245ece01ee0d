#pragma once

// The resolved specs of one listing as the `carscout-cli search --with-customs` JSON keys (DESIGN §5):
//   engine_cc, power_hp, power_kw   a number, or {"from": lo, "to": hi} when several catalog engines fit;
//                                   absent when unknown
//   specs_source                    {"engine_cc": "listing|catalog|detail|online|dealer", "power": …}
//   preferential_util               "yes" | "no" | "near_limit" | "unknown"
//   power_margin_hp                 limit − power (upper end of a range); absent when the power is unknown
//   power_estimated                 true when the power rests on a peak figure (hybrid e-motor, BEV 0.45 × peak)

#include "core/specs/resolvedspecs.h"

#include <QJsonObject>

namespace CarScout::Specs {

// Adds the keys above to `out` (existing keys of the same name are replaced).
void writeSpecsJson(const ResolvedSpecs &specs, QJsonObject *out);

} // namespace CarScout::Specs
