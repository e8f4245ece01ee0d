#include "ui/detailtexts.h"

#include "core/sources/terms.h"
#include "core/specs/specstext.h"
#include "ui/customsbreakdown.h"

#include <QCoreApplication>
#include <QLocale>

namespace CarScout::Ui {

namespace {
// The panel's own context, so these lines keep the translations they had when they lived in detailpanel.cpp.
class DetailPanel
{
    Q_DECLARE_TR_FUNCTIONS(CarScout::Ui::DetailPanel)
};

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("DetailPanel", "yes") : QCoreApplication::translate("DetailPanel", "no");
}

// The checks an inspection report lists by key (core/sources parsers write "key: value").
QString noteKeyText(QStringView key)
{
    if (key == u"tuning")
        return DetailPanel::tr("tuning");
    if (key == u"recall")
        return DetailPanel::tr("recall");
    if (key == u"engineCheck")
        return DetailPanel::tr("engine check");
    if (key == u"trnsCheck")
        return DetailPanel::tr("transmission check");
    return key.toString();
}

QString termText(const Sources::TermDictionary *terms, const char *category, const QString &korean, const QString &lang)
{
    if (!terms || korean.isEmpty())
        return korean;
    return terms->translate(QString::fromLatin1(category), korean, lang);
}

QStringList partNames(const QStringList &parts, const Sources::TermDictionary *terms, const QString &lang)
{
    QStringList out;
    for (const QString &part : parts)
        out << termText(terms, "inspection_part", part, lang);
    return out;
}
} // namespace

QString inspectionNoteText(const QString &note, const Sources::TermDictionary *terms, const QString &lang)
{
    const qsizetype colon = note.indexOf(u": ");
    if (colon <= 0)
        return termText(terms, "inspection", note.trimmed(), lang);
    const QString value = note.mid(colon + 2).trimmed();
    return noteKeyText(QStringView(note).left(colon)) + u": " + termText(terms, "inspection", value, lang);
}

QString inspectionText(const std::optional<Sources::InspectionSummary> &report, const Sources::TermDictionary *terms,
                       const QString &lang, const QLocale &locale)
{
    if (!report)
        return DetailPanel::tr("Inspection report: none");
    const Sources::InspectionSummary &i = *report;
    QStringList parts;
    parts << DetailPanel::tr("Inspection report: accident history %1, simple repair %2").arg(yesNo(i.accident), yesNo(i.simpleRepair));
    if (i.mileageKm > 0)
        parts << DetailPanel::tr("mileage at inspection %1 km").arg(locale.toString(i.mileageKm));
    if (!i.replacedPanels.isEmpty())
        parts << DetailPanel::tr("replaced: %1").arg(partNames(i.replacedPanels, terms, lang).join(QStringLiteral(", ")));
    if (!i.weldedPanels.isEmpty())
        parts << DetailPanel::tr("welded/sheet metal: %1").arg(partNames(i.weldedPanels, terms, lang).join(QStringLiteral(", ")));
    for (const QString &note : i.notes)
        parts << inspectionNoteText(note, terms, lang);
    return parts.join(QStringLiteral("; "));
}

QString accidentText(const std::optional<Sources::AccidentSummary> &record, const QLocale &locale)
{
    if (!record)
        return DetailPanel::tr("Insurance accident record: none");
    const Sources::AccidentSummary &a = *record;
    QStringList parts;
    parts << DetailPanel::tr("Insurance record: %n accident(s)", nullptr, a.accidentCount);
    if (a.ownDamageKrw > 0 || a.otherDamageKrw > 0)
        parts << DetailPanel::tr("own damage %1 KRW, other party %2 KRW")
                     .arg(locale.toString(a.ownDamageKrw), locale.toString(a.otherDamageKrw));
    parts << DetailPanel::tr("owner changes %1, plate changes %2").arg(a.ownerChanges).arg(a.plateChanges);
    QStringList flags;
    if (a.totalLoss)
        flags << DetailPanel::tr("total loss");
    if (a.flood)
        flags << DetailPanel::tr("flood");
    if (a.theft)
        flags << DetailPanel::tr("theft");
    if (a.commercialUse)
        flags << DetailPanel::tr("rental/commercial use");
    if (!flags.isEmpty())
        parts << DetailPanel::tr("flags: %1").arg(flags.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

QString provenanceLine(const Specs::ResolvedSpecs &specs)
{
    QStringList parts;
    if (!specs.electric()) {
        parts << (specs.engineCc.known()
                      ? DetailPanel::tr("Displacement %1 %2").arg(Specs::rangeText(specs.engineCc, DetailPanel::tr("cm³")),
                                                                  Specs::provenanceText(specs.engineCc.source))
                            + (specs.nominalCc ? u' ' + DetailPanel::tr("(nominal, read from the title)") : QString())
                      : DetailPanel::tr("Displacement unknown"));
    }
    parts << (specs.powerHp.known()
                  ? DetailPanel::tr("power %1 %2").arg(Specs::rangeText(specs.powerHp, DetailPanel::tr("hp")),
                                                       Specs::provenanceText(specs.powerHp.source))
                  : DetailPanel::tr("power unknown"));
    return parts.join(QStringLiteral(" · "));
}

QString passableText(const std::optional<Customs::Passable> &passable, std::optional<qint64> nowKopecks,
                     const QLocale &locale)
{
    if (!passable)
        return {};
    switch (passable->state) {
    case Customs::Passable::State::Now:
        return DetailPanel::tr("Passable now: 3 to 5 years old, the lower per-cm³ rate applies.");
    case Customs::Passable::State::Over5:
        return DetailPanel::tr("Over 5 years old: waiting does not lower the payments any more.");
    case Customs::Passable::State::Later:
        break;
    }
    const QString when = DetailPanel::tr("Passable from %1 (in %n month(s))", nullptr, passable->months)
                             .arg(locale.toString(passable->date, u"dd.MM.yyyy"_qs));
    if (!passable->totalKopecks)
        return DetailPanel::tr("%1: the payments then cannot be computed.").arg(when);
    const QString then = formatRoubles(*passable->totalKopecks, locale) + (passable->uncertain ? uncertainMark() : QString());
    if (!nowKopecks)
        return DetailPanel::tr("%1: payments then %2.").arg(when, then);
    const qint64 saving = *nowKopecks - *passable->totalKopecks;
    if (saving > 0)
        return DetailPanel::tr("%1: payments then %2, saving %3 against now.").arg(when, then, formatRoubles(saving, locale));
    return DetailPanel::tr("%1: payments then %2, no saving against now.").arg(when, then);
}

} // namespace CarScout::Ui
