#pragma once

// A listing's displacement and power as resolved (issue 9): each value with where it came from, and a range
// when several catalog engines fit (never one picked silently).

#include "core/model/listing.h"

#include <QString>
#include <QStringList>

namespace CarScout::Specs {

struct CatalogEngine;
struct CatalogGeneration;

enum class Provenance { None, Listing, Catalog, Detail, Online, Dealer };
QString provenanceKey(Provenance p);   // "listing", "catalog", "detail", "online", "dealer"; None = ""

struct ValueRange
{
    int min = 0;           // 0 = unknown
    int max = 0;           // == min for one value
    Provenance source = Provenance::None;

    bool known() const { return min > 0; }
    bool isRange() const { return max > min; }
    static ValueRange single(int v, Provenance p) { return v > 0 ? ValueRange{v, v, p} : ValueRange{}; }
    friend bool operator==(const ValueRange &, const ValueRange &) = default;
};

struct ResolvedSpecs
{
    ValueRange engineCc;          // cm³
    ValueRange powerHp;           // customs power basis in PS (л.с.): ICE, ICE + e-motor, or BEV 30-minute power
    Fuel fuel = Fuel::Unknown;
    Provenance fuelSource = Provenance::None;
    Transmission transmission = Transmission::Unknown;
    bool powerEstimated = false;  // rests on a peak figure (hybrid e-motor, BEV 0.45 × peak), not a 30-min one
    bool nominalCc = false;       // the cm³ is the text's nominal value ("1.6" → 1600), no exact figure known
    const CatalogGeneration *generation = nullptr;
    QList<const CatalogEngine *> engines;   // the catalog engines that fit (empty when the catalog has none)

    bool electric() const { return fuel == Fuel::Electric || fuel == Fuel::Hydrogen; }
    // Enough for customs: power, and (not for BEVs) the displacement.
    bool complete() const { return powerHp.known() && (electric() || engineCc.known()); }
    double powerKwMin() const;
    double powerKwMax() const;
};

} // namespace CarScout::Specs
