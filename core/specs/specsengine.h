#pragma once

// The specs resolver behind the one cost service (core/services): an EngineResolver for CostContext::engine,
// so the table, the detail panel, the CSV export and `carscout-cli search --with-customs` all price a listing
// with the same displacement and power — a range (from … to …) when several catalog engines fit.

#include "core/services/listingcosts.h"
#include "core/specs/specstracker.h"

#include <memory>

namespace CarScout::Specs {

// The cost service's view of resolved specs: lower ends as the values, upper ends as engineCcMax/powerMax;
// the power in hp (PS), the provenance in the user's language; for the table, each value's source and
// tooltip and the 160 hp verdict.
Services::EngineFacts engineFactsFor(const ResolvedSpecs &specs);
// The same with the listing's title, make and model in the GUI's language (readableTitle; the language of
// the default QLocale: Russian, else English).
Services::EngineFacts engineFactsFor(const ResolvedSpecs &specs, const Listing &listing, const SpecsCatalog &catalog);

// A pure resolver over a snapshot (list → catalog → the dealer's values). Cheap to copy; rebuild it when the
// dealer's values change.
Services::EngineResolver specsEngineResolver(std::shared_ptr<const SpecsResolver> resolver);
// The same over a tracker, with the details and online answers it has received (the tracker must outlive it;
// the GUI's and CLI's tracker do).
Services::EngineResolver trackerEngineResolver(const SpecsTracker *tracker);

} // namespace CarScout::Specs
