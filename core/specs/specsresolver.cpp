#include "core/specs/specsresolver.h"

#include <algorithm>

namespace CarScout::Specs {

namespace {

// The first single value of the list, else the first range, else unknown.
ValueRange firstSettled(std::initializer_list<ValueRange> candidates)
{
    for (const ValueRange &v : candidates) {
        if (v.known() && !v.isRange())
            return v;
    }
    for (const ValueRange &v : candidates) {
        if (v.known())
            return v;
    }
    return {};
}

ValueRange rangeOver(const QList<const CatalogEngine *> &engines, bool power)
{
    ValueRange r;
    for (const CatalogEngine *e : engines) {
        const int lo = power ? e->customsPsMin() : e->cc;
        const int hi = power ? e->customsPsMax() : e->cc;
        if (lo <= 0)
            continue;
        r.min = r.min ? std::min(r.min, lo) : lo;
        r.max = std::max(r.max, hi);
    }
    r.source = r.known() ? Provenance::Catalog : Provenance::None;
    return r;
}

bool electricFuel(Fuel f) { return f == Fuel::Electric || f == Fuel::Hydrogen; }

} // namespace

bool isExactCc(int cc) { return cc > 0 && cc % 100 != 0; }

SpecsResolver::SpecsResolver(const SpecsCatalog &catalog) : m_catalog(&catalog) {}

ResolvedSpecs SpecsResolver::resolve(const Listing &listing, const ExtraSpecs *detail, const ExtraSpecs *online) const
{
    ResolvedSpecs s;
    const EngineHints hints = hintsFromListing(listing);
    s.transmission = hints.transmission;

    // Fuel: the listing (facet or words), else the detail, else what every fitting catalog engine says.
    s.fuel = hints.fuel;
    s.fuelSource = s.fuel != Fuel::Unknown ? Provenance::Listing : Provenance::None;
    if (s.fuel == Fuel::Unknown && detail && detail->fuel != Fuel::Unknown) {
        s.fuel = detail->fuel;
        s.fuelSource = Provenance::Detail;
    }

    const int listingExactCc = isExactCc(listing.engineCc) ? listing.engineCc : 0;
    const int detailCc = detail ? detail->engineCc : 0;
    EngineHints catalogHints = hints;
    catalogHints.fuel = s.fuel;
    if (catalogHints.nominalCc == 0 && listing.engineCc > 0)
        catalogHints.nominalCc = listing.engineCc;   // a KB title's "1.6" arrives as engine_cc 1600

    s.generation = m_catalog->generation(listing);
    if (s.generation) {
        s.engines = m_catalog->candidates(*s.generation, listing.year, catalogHints,
                                          listingExactCc ? listingExactCc : detailCc);
        if (s.fuel == Fuel::Unknown && !s.engines.isEmpty()) {
            const Fuel f = s.engines.front()->fuel;
            if (std::all_of(s.engines.cbegin(), s.engines.cend(), [f](const CatalogEngine *e) { return e->fuel == f; })) {
                s.fuel = f;
                s.fuelSource = Provenance::Catalog;
            }
        }
    }

    // The signature costs a few string operations: only when there are remembered values to match.
    const DealerSpec *dealer = m_dealer.isEmpty() ? nullptr
                                                  : m_dealer.find(listing.make, listing.model, engineSignature(hints));
    const bool electric = electricFuel(s.fuel);

    const ValueRange catalogCc = electric ? ValueRange{} : rangeOver(s.engines, false);
    s.engineCc = firstSettled({
        ValueRange::single(listingExactCc, Provenance::Listing),
        ValueRange::single(detailCc, Provenance::Detail),
        catalogCc,
        ValueRange::single(dealer ? dealer->engineCc : 0, Provenance::Dealer),
        ValueRange::single(online ? online->engineCc : 0, Provenance::Online),
    });
    // The text's nominal value ("2.0" → 2000) only when nothing better is known, not even a range.
    if (!s.engineCc.known() && !electric)
        s.engineCc = ValueRange::single(listing.engineCc > 0 ? listing.engineCc : hints.nominalCc, Provenance::Listing);
    s.nominalCc = s.engineCc.known() && s.engineCc.source == Provenance::Listing && !isExactCc(s.engineCc.min);

    const ValueRange catalogPower = rangeOver(s.engines, true);
    s.powerHp = firstSettled({
        ValueRange::single(listing.powerHp, Provenance::Listing),
        ValueRange::single(detail ? detail->powerHp : 0, Provenance::Detail),
        ValueRange::single(dealer ? dealer->powerHp : 0, Provenance::Dealer),
        catalogPower,
        ValueRange::single(online ? online->powerHp : 0, Provenance::Online),
    });
    s.powerEstimated = s.powerHp.source == Provenance::Catalog
        && std::any_of(s.engines.cbegin(), s.engines.cend(), [](const CatalogEngine *e) { return e->customsPowerEstimated(); });
    return s;
}

bool SpecsResolver::wantsDetail(const ResolvedSpecs &specs)
{
    if (!specs.complete())
        return true;
    return !specs.electric() && (specs.engineCc.isRange() || specs.nominalCc);
}

} // namespace CarScout::Specs
