#pragma once

// Displacement and power for every listing (issue 9), offline first, each value with its provenance:
//
//   SpecsResolver resolver;                       // the built-in catalog
//   resolver.setDealerSpecs(repository.load());   // the dealer's remembered values
//   ResolvedSpecs s = resolver.resolve(listing);  // list text → catalog → dealer; no request, ~µs
//   if (SpecsResolver::wantsDetail(s)) …          // DetailSpecsFetcher fills the rest in the background
//   s = resolver.resolve(listing, &detailExtras); // again, with what the detail said
//
// Precedence per value: a single value beats a range; among equals, the order is
//   displacement: listing (exact) → detail → catalog → dealer → online; the text's nominal value last, only
//                 when nothing else (not even a range) is known
//   power:        listing → detail → dealer → catalog → online
// The dealer's remembered power beats the catalog: the dealer typed it on purpose (a lab figure, a range
// settled). When several catalog engines fit, the values are the range over them.

#include "core/specs/dealerspecs.h"
#include "core/specs/resolvedspecs.h"
#include "core/specs/specscatalog.h"

namespace CarScout::Specs {

// What a detail page or the online lookup said about one listing.
struct ExtraSpecs
{
    int engineCc = 0;     // 0 = not given
    int powerHp = 0;
    Fuel fuel = Fuel::Unknown;
    friend bool operator==(const ExtraSpecs &, const ExtraSpecs &) = default;
};

class SpecsResolver
{
public:
    explicit SpecsResolver(const SpecsCatalog &catalog = SpecsCatalog::builtin());

    void setDealerSpecs(const DealerSpecs &specs) { m_dealer = specs; }
    const DealerSpecs &dealerSpecs() const { return m_dealer; }
    const SpecsCatalog &catalog() const { return *m_catalog; }

    ResolvedSpecs resolve(const Listing &listing, const ExtraSpecs *detail = nullptr,
                          const ExtraSpecs *online = nullptr) const;

    // A detail request can still help: a value is missing, or the displacement is a range or nominal.
    static bool wantsDetail(const ResolvedSpecs &specs);

private:
    const SpecsCatalog *m_catalog;
    DealerSpecs m_dealer;
};

// A listing's displacement counts as exact unless it is a round nominal value read from a title (KB lists).
bool isExactCc(int cc);

} // namespace CarScout::Specs
