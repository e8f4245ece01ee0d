#pragma once

// What a marketplace's own words say about the engine (issue 9, step 1): Encar Model / Badge / BadgeDetail
// ("2.5T 가솔린 AWD", "디젤 2.2 2WD", "HG240 모던", "e-VGT 2.2"), KB titles and model/grade names ("1.6 터보",
// "2.0 LPG", "1.6 하이브리드"), maker variant codes ("520d", "E300e", "45 TFSI"). Pure and allocation-light:
// the resolver calls it for every row of a search.
//
// A displacement read from text is NOMINAL ("1.6" → 1600): the catalog's exact cm³ (1 598) is preferred,
// because the customs brackets have edges.

#include "core/model/listing.h"

#include <QString>
#include <QStringList>

namespace CarScout::Specs {

struct EngineHints
{
    int nominalCc = 0;                  // "1.6" / "1.6T" / "HG240" → 1600 / 1600 / 2400; 0 = none named
    Fuel fuel = Fuel::Unknown;          // from fuel words (가솔린, 디젤, LPi, 하이브리드, 전기, 수소 …)
    bool turbo = false;                 // 터보, "2.5T", T-GDI, TSI/TFSI, TCe, VGT …
    bool plugIn = false;                // PHEV / 플러그인 / "530e"-style codes
    Transmission transmission = Transmission::Unknown;   // only where the text says it (오토, 수동, CVT, DCT …)
    QString drive;                      // "AWD", "4WD", "2WD" when named (4MATIC, xDrive, 콰트로 → AWD)
    QStringList tokens;                 // the upper-cased words, for the catalog's variant keywords

    friend bool operator==(const EngineHints &, const EngineHints &) = default;
};

// One piece of text (any of the fields above). Unknown words are kept in `tokens` and otherwise ignored.
EngineHints parseEngineText(QStringView text);

// The listing's own words: model + trim (Encar Badge/BadgeDetail) or the KB title; the listing's fuel and
// transmission fields win over words (they are the marketplace's facets).
EngineHints hintsFromListing(const Listing &listing);

// Combines hints of several texts: the first non-empty value of each field wins, tokens are concatenated.
EngineHints mergeHints(const EngineHints &primary, const EngineHints &secondary);

// A short canonical text of the hints ("1.6T petrol", "2.2 diesel AWD"): the key of the dealer's remembered
// values (with make and model), stable across listings that say the same thing in other words.
QString engineSignature(const EngineHints &hints);

// Text → upper case without spaces, for name comparisons ("LF 쏘나타" == "LF쏘나타").
QString compactKey(QStringView text);

} // namespace CarScout::Specs
