#pragma once

// The "preferential utilization fee" verdict (issue 9; customs.md §6): an individual importing for personal
// use pays the small fee when the car has ≤ 160 hp (117.68 kW) and ≤ 3 000 cm³ — for a parallel hybrid the
// power is ICE + e-motor — or, for a BEV / sequential hybrid, ≤ 80 hp of 30-minute power. Within ±5 hp of
// the limit a lab measurement decides (Korean sheets give PS, labs measure kW to thousandths): near_limit.
// A pure function of the resolved values.

#include "core/specs/resolvedspecs.h"

#include <QString>

namespace CarScout::Specs {

enum class PreferentialUtil { Unknown, Yes, No, NearLimit };
QString preferentialUtilKey(PreferentialUtil v);   // "yes", "no", "near_limit", "unknown"

struct UtilVerdict
{
    PreferentialUtil verdict = PreferentialUtil::Unknown;
    int limitHp = 160;          // 160, or 80 for BEVs
    int marginHp = 0;           // limit − power (the upper end of a range); negative = over; 0 when unknown
    enum class Reason { None, PowerUnknown, DisplacementUnknown, OverDisplacement, RangeSpansLimit } reason = Reason::None;

    friend bool operator==(const UtilVerdict &, const UtilVerdict &) = default;
};

inline constexpr int kPreferentialHp = 160;
inline constexpr int kPreferentialEvHp = 80;
inline constexpr int kPreferentialMaxCc = 3000;
inline constexpr int kNearLimitHp = 5;

UtilVerdict preferentialUtil(const ValueRange &powerHp, const ValueRange &engineCc, Fuel fuel);
inline UtilVerdict preferentialUtil(const ResolvedSpecs &s) { return preferentialUtil(s.powerHp, s.engineCc, s.fuel); }

} // namespace CarScout::Specs
