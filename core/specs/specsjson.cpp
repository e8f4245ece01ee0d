#include "core/specs/specsjson.h"

#include "core/specs/powerverdict.h"
#include "core/specs/specscatalog.h"

#include <cmath>

namespace CarScout::Specs {

namespace {

QJsonValue rangeValue(double lo, double hi)
{
    if (lo == hi)
        return lo;
    return QJsonObject{{u"from"_qs, lo}, {u"to"_qs, hi}};
}

double kw(int ps) { return std::round(ps * kKwPerPs * 10.0) / 10.0; }

} // namespace

void writeSpecsJson(const ResolvedSpecs &specs, QJsonObject *out)
{
    for (const char *key : {"engine_cc", "power_hp", "power_kw", "power_margin_hp"})
        out->remove(QLatin1String(key));
    if (specs.engineCc.known())
        out->insert(u"engine_cc"_qs, rangeValue(specs.engineCc.min, specs.engineCc.max));
    if (specs.powerHp.known()) {
        out->insert(u"power_hp"_qs, rangeValue(specs.powerHp.min, specs.powerHp.max));
        out->insert(u"power_kw"_qs, rangeValue(kw(specs.powerHp.min), kw(specs.powerHp.max)));
    }
    QJsonObject source;
    source.insert(u"engine_cc"_qs, specs.engineCc.known() ? QJsonValue(provenanceKey(specs.engineCc.source)) : QJsonValue());
    source.insert(u"power"_qs, specs.powerHp.known() ? QJsonValue(provenanceKey(specs.powerHp.source)) : QJsonValue());
    out->insert(u"specs_source"_qs, source);
    const UtilVerdict verdict = preferentialUtil(specs);
    out->insert(u"preferential_util"_qs, preferentialUtilKey(verdict.verdict));
    if (specs.powerHp.known())
        out->insert(u"power_margin_hp"_qs, verdict.marginHp);
    out->insert(u"power_estimated"_qs, specs.powerEstimated);
}

} // namespace CarScout::Specs
