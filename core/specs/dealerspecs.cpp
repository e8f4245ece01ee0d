#include "core/specs/dealerspecs.h"

#include "core/specs/enginetext.h"
#include "core/store/dealerspecs.h"

#include <algorithm>

namespace CarScout::Specs {

QString dealerSpecKey(const QString &make, const QString &model, const QString &engine)
{
    return Store::dealerSpecKey(make, model, engine);   // one definition: the store keys its table by it
}

QString DealerSpec::key() const { return dealerSpecKey(make, model, engine); }

void DealerSpecs::insert(const DealerSpec &spec) { m_byKey.insert(spec.key(), spec); }

bool DealerSpecs::remove(const QString &key) { return m_byKey.remove(key) > 0; }

const DealerSpec *DealerSpecs::find(const QString &make, const QString &model, const QString &engine) const
{
    const auto it = m_byKey.constFind(dealerSpecKey(make, model, engine));
    return it == m_byKey.cend() ? nullptr : &*it;
}

QList<DealerSpec> DealerSpecs::all() const
{
    QList<DealerSpec> out = m_byKey.values();
    std::sort(out.begin(), out.end(), [](const DealerSpec &a, const DealerSpec &b) {
        return std::tie(a.make, a.model, a.engine) < std::tie(b.make, b.model, b.engine);
    });
    return out;
}

DealerSpec dealerSpecFor(const Listing &listing, int powerHp, const QDateTime &nowUtc)
{
    DealerSpec s;
    s.make = listing.make;
    s.model = listing.model;
    s.engine = engineSignature(hintsFromListing(listing));
    s.powerHp = powerHp;
    s.savedAt = nowUtc;
    s.example = listing.title;
    return s;
}

} // namespace CarScout::Specs
