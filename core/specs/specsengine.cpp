#include "core/specs/specsengine.h"

#include "core/specs/readabletitle.h"
#include "core/specs/specstext.h"

#include <QLocale>

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
    if (f.engineCc > 0) {
        f.engineCcSource = provenanceKey(specs.engineCc.source);
        f.engineCcNote = specsTooltip(specs, false);
    }
    if (f.power) {
        f.powerSource = provenanceKey(specs.powerHp.source);
        f.powerNote = specsTooltip(specs, true);
    }
    const UtilVerdict verdict = preferentialUtil(specs);
    f.preferential.verdict = verdict.verdict == PreferentialUtil::Yes         ? Model::PreferentialFee::Yes
                             : verdict.verdict == PreferentialUtil::No        ? Model::PreferentialFee::No
                             : verdict.verdict == PreferentialUtil::NearLimit ? Model::PreferentialFee::NearLimit
                                                                              : Model::PreferentialFee::Unknown;
    f.preferential.limitHp = verdict.limitHp;
    if (specs.powerHp.known())
        f.preferential.marginHp = verdict.marginHp;
    f.preferential.explanation = verdictExplanation(specs, verdict);
    return f;
}

Services::EngineFacts engineFactsFor(const ResolvedSpecs &specs, const Listing &listing, const SpecsCatalog &catalog)
{
    Services::EngineFacts f = engineFactsFor(specs);
    const QStringView lang = QLocale().language() == QLocale::Russian ? u"ru" : u"en";
    f.readable.title = readableTitle(listing, specs, lang, catalog);
    const CatalogMaker *maker = catalog.maker(listing.make);
    f.readable.make = maker && !maker->en.isEmpty() ? maker->en : listing.makeEn;
    f.readable.model = specs.generation && !specs.generation->en.isEmpty() ? specs.generation->en : listing.modelEn;
    return f;
}

Services::EngineResolver specsEngineResolver(std::shared_ptr<const SpecsResolver> resolver)
{
    return [resolver](const Listing &listing) {
        return engineFactsFor(resolver->resolve(listing), listing, resolver->catalog());
    };
}

Services::EngineResolver trackerEngineResolver(const SpecsTracker *tracker)
{
    return [tracker](const Listing &listing) {
        return engineFactsFor(tracker->resolve(listing), listing, tracker->resolver().catalog());
    };
}

} // namespace CarScout::Specs
