#pragma once

// The dealer-facing words for resolved specs (translatable, context "Specs"): where a value came from, a
// value or range as the table shows it, and the verdict on the preferential utilization fee with its reason.
// English source texts; the GUI's translator gives the dealer's language.

#include "core/specs/powerverdict.h"
#include "core/specs/resolvedspecs.h"

#include <QString>

namespace CarScout::Specs {

QString provenanceText(Provenance p);                 // "from the listing", "from the specs catalog", …
QString rangeText(const ValueRange &v, const QString &unit);   // "1 598 cm³", "from 76 to 100 hp"
QString verdictText(PreferentialUtil v);              // "yes", "no", "near the limit", "unknown"
// One or two sentences for the detail panel and tooltips: the verdict, the power against the limit, and why.
QString verdictExplanation(const ResolvedSpecs &specs, const UtilVerdict &verdict);
// The tooltip of a displacement or power cell: value, where it came from, and the catalog engines behind a range.
QString specsTooltip(const ResolvedSpecs &specs, bool power);

} // namespace CarScout::Specs
