#include "core/specs/powerverdict.h"

#include "core/specs/specscatalog.h"

namespace CarScout::Specs {

QString provenanceKey(Provenance p)
{
    switch (p) {
    case Provenance::Listing: return u"listing"_qs;
    case Provenance::Catalog: return u"catalog"_qs;
    case Provenance::Detail: return u"detail"_qs;
    case Provenance::Online: return u"online"_qs;
    case Provenance::Dealer: return u"dealer"_qs;
    case Provenance::None: break;
    }
    return {};
}

double ResolvedSpecs::powerKwMin() const { return powerHp.min * kKwPerPs; }
double ResolvedSpecs::powerKwMax() const { return powerHp.max * kKwPerPs; }

QString preferentialUtilKey(PreferentialUtil v)
{
    switch (v) {
    case PreferentialUtil::Yes: return u"yes"_qs;
    case PreferentialUtil::No: return u"no"_qs;
    case PreferentialUtil::NearLimit: return u"near_limit"_qs;
    case PreferentialUtil::Unknown: break;
    }
    return u"unknown"_qs;
}

UtilVerdict preferentialUtil(const ValueRange &powerHp, const ValueRange &engineCc, Fuel fuel)
{
    UtilVerdict v;
    const bool electric = fuel == Fuel::Electric || fuel == Fuel::Hydrogen;
    v.limitHp = electric ? kPreferentialEvHp : kPreferentialHp;
    if (!electric) {
        if (engineCc.known() && engineCc.min > kPreferentialMaxCc) {
            v.verdict = PreferentialUtil::No;
            v.reason = UtilVerdict::Reason::OverDisplacement;
            if (powerHp.known())
                v.marginHp = v.limitHp - powerHp.max;
            return v;
        }
    }
    if (!powerHp.known()) {
        v.reason = UtilVerdict::Reason::PowerUnknown;
        return v;
    }
    v.marginHp = v.limitHp - powerHp.max;
    const int low = v.limitHp - kNearLimitHp, high = v.limitHp + kNearLimitHp;
    if (powerHp.min > high) {
        v.verdict = PreferentialUtil::No;
        return v;
    }
    if (!electric && (!engineCc.known() || engineCc.max > kPreferentialMaxCc)) {
        v.reason = engineCc.known() ? UtilVerdict::Reason::RangeSpansLimit : UtilVerdict::Reason::DisplacementUnknown;
        return v;   // the power may qualify, the displacement is not settled
    }
    if (powerHp.max < low) {
        v.verdict = PreferentialUtil::Yes;
    } else if (powerHp.min < low && powerHp.max > high) {
        v.reason = UtilVerdict::Reason::RangeSpansLimit;   // one fitting engine qualifies, another does not
    } else {
        v.verdict = PreferentialUtil::NearLimit;
    }
    return v;
}

} // namespace CarScout::Specs
