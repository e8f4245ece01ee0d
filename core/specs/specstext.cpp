#include "core/specs/specstext.h"

#include "core/specs/specscatalog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace CarScout::Specs {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Specs", text); }

} // namespace

QString provenanceText(Provenance p)
{
    switch (p) {
    case Provenance::Listing: return tr("from the listing");
    case Provenance::Catalog: return tr("from the specs catalog");
    case Provenance::Detail: return tr("from the listing's detail page");
    case Provenance::Online: return tr("from pan-auto.ru");
    case Provenance::Dealer: return tr("your value");
    case Provenance::None: break;
    }
    return tr("unknown");
}

QString rangeText(const ValueRange &v, const QString &unit)
{
    if (!v.known())
        return tr("unknown");
    const QLocale locale;
    if (!v.isRange())
        return locale.toString(v.min) + QChar(0x00a0) + unit;
    return tr("from %1 to %2").arg(locale.toString(v.min), locale.toString(v.max)) + QChar(0x00a0) + unit;
}

QString verdictText(PreferentialUtil v)
{
    switch (v) {
    case PreferentialUtil::Yes: return tr("yes");
    case PreferentialUtil::No: return tr("no");
    case PreferentialUtil::NearLimit: return tr("near the limit");
    case PreferentialUtil::Unknown: break;
    }
    return tr("unknown");
}

QString verdictExplanation(const ResolvedSpecs &specs, const UtilVerdict &verdict)
{
    const QString power = rangeText(specs.powerHp, tr("hp"));
    QString text;
    switch (verdict.reason) {
    case UtilVerdict::Reason::PowerUnknown:
        return tr("Preferential utilization fee: unknown — the power is not known; enter it to decide.");
    case UtilVerdict::Reason::OverDisplacement:
        return tr("Preferential utilization fee: no — the engine is over 3,000 cm³.");
    case UtilVerdict::Reason::DisplacementUnknown:
        return tr("Preferential utilization fee: unknown — %1, but the engine size is not known (the limit is 3,000 cm³).")
            .arg(power);
    case UtilVerdict::Reason::RangeSpansLimit:
        return tr("Preferential utilization fee: unknown — %1: the engines this listing may have fall on both sides "
                  "of the %2 hp limit.").arg(power).arg(verdict.limitHp);
    case UtilVerdict::Reason::None:
        break;
    }
    switch (verdict.verdict) {
    case PreferentialUtil::Yes:
        text = tr("Preferential utilization fee: yes — %1, %2 hp under the %3 hp limit.")
                   .arg(power).arg(verdict.marginHp).arg(verdict.limitHp);
        break;
    case PreferentialUtil::No:
        text = tr("Preferential utilization fee: no — %1, %2 hp over the %3 hp limit.")
                   .arg(power).arg(-verdict.marginHp).arg(verdict.limitHp);
        break;
    case PreferentialUtil::NearLimit:
        text = tr("Preferential utilization fee: near the limit — %1 against %2 hp; the makers give PS, customs "
                  "labs measure kW, so a measurement decides.").arg(power).arg(verdict.limitHp);
        break;
    case PreferentialUtil::Unknown:
        text = tr("Preferential utilization fee: unknown.");
        break;
    }
    if (specs.electric())
        text += u' ' + tr("For an electric car the limit is 80 hp of 30-minute power.");
    if (specs.powerEstimated)
        text += u' ' + (specs.electric()
                            ? tr("No 30-minute power is published: 0.45 × the peak power is used, as customs do.")
                            : tr("The e-motor's 30-minute power is not published: the range runs from the engine "
                                 "alone to engine + motor peak."));
    return text;
}

QString specsTooltip(const ResolvedSpecs &specs, bool power)
{
    const ValueRange &v = power ? specs.powerHp : specs.engineCc;
    QStringList lines;
    lines << rangeText(v, power ? tr("hp") : tr("cm³")) + u", "_qs + provenanceText(v.source);
    if (!power && specs.nominalCc)
        lines << tr("Nominal value from the title; the exact engine size is not known.");
    if (v.isRange() && v.source == Provenance::Catalog) {
        lines << tr("The listing does not say which of these engines it has:");
        for (const CatalogEngine *e : specs.engines)
            lines << u"• "_qs + e->label + u" — "_qs
                    + (e->cc ? QLocale().toString(e->cc) + u" cm³, "_qs : QString())
                    + rangeText({e->customsPsMin(), e->customsPsMax(), Provenance::Catalog}, tr("hp"));
    }
    return lines.join(u'\n');
}

} // namespace CarScout::Specs
