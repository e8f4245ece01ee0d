#include "core/specs/specsengine.h"

#include "core/specs/specstext.h"

namespace CarScout::Specs {

Services::EngineFacts engineFactsFor(const ResolvedSpecs &specs)
{
    Services::EngineFacts f;
    if (!specs.electric() && specs.engineCc.known()) {
        f.engineCc = specs.engineCc.min;
        if (specs.engineCc.isRange())
            f.engineCcMax = specs.engineCc.max;
    }
    if (specs.powerHp.known()) {
        f.power = Customs::Power::hp(specs.powerHp.min);
        if (specs.powerHp.isRange())
            f.powerMax = Customs::Power::hp(specs.powerHp.max);
    }
    QStringList from;
    if (specs.engineCc.known())
        from << provenanceText(specs.engineCc.source);
    if (specs.powerHp.known() && specs.powerHp.source != specs.engineCc.source)
        from << provenanceText(specs.powerHp.source);
    f.provenance = from.join(u", "_qs);
    return f;
}

Services::EngineResolver specsEngineResolver(std::shared_ptr<const SpecsResolver> resolver)
{
    return [resolver](const Listing &listing) { return engineFactsFor(resolver->resolve(listing)); };
}

Services::EngineResolver trackerEngineResolver(const SpecsTracker *tracker)
{
    return [tracker](const Listing &listing) { return engineFactsFor(tracker->resolve(listing)); };
}

} // namespace CarScout::Specs
