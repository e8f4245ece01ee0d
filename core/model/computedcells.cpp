#include "core/model/computedcells.h"

#include "core/model/listingformat.h"

#include <QCoreApplication>

#include <limits>

namespace CarScout::Model {

namespace {

QString dateText(const QDate &date, const QLocale &locale) { return locale.toString(date, QLocale::ShortFormat); }

QString signedHp(int hp, const QLocale &locale)
{
    return (hp > 0 ? u"+"_qs : hp < 0 ? u"\u2212"_qs : QString()) + locale.toString(qAbs(hp));
}

QString fromTo(const QString &low, const QString &high)
{
    return QCoreApplication::translate("ListingValues", "from %1 to %2").arg(low, high);
}

} // namespace

QString amountRangeText(qint64 kopecks, std::optional<qint64> upperKopecks, const QLocale &locale)
{
    const QString low = locale.toString(kopecksToRoundedRoubles(kopecks));
    if (upperKopecks && *upperKopecks > kopecks)
        return fromTo(low, locale.toString(kopecksToRoundedRoubles(*upperKopecks)));
    return low;
}

QString resolvedText(const ResolvedValue &v, const QLocale &locale)
{
    if (!v.known())
        return unknownText();
    if (v.isRange())
        return fromTo(locale.toString(v.min), locale.toString(v.max));
    return locale.toString(v.min);
}

QString passableText(const PassableFacts &p)
{
    switch (p.state) {
    case PassableFacts::State::Now: return QCoreApplication::translate("ListingValues", "now");
    case PassableFacts::State::Later:
        return QCoreApplication::translate("ListingValues", "in %n month(s)", nullptr, p.months);
    case PassableFacts::State::Over5: return QCoreApplication::translate("ListingValues", "over 5 years");
    case PassableFacts::State::Unknown: break;
    }
    return unknownText();
}

QVariant passableRaw(const PassableFacts &p)
{
    switch (p.state) {
    case PassableFacts::State::Now:
    case PassableFacts::State::Later: return p.date.isValid() ? QVariant(p.date.toJulianDay()) : QVariant();
    case PassableFacts::State::Over5: return QVariant(std::numeric_limits<qint64>::max());
    case PassableFacts::State::Unknown: break;
    }
    return {};
}

QString passableToolTip(const PassableFacts &p, const QLocale &locale)
{
    QStringList lines;
    switch (p.state) {
    case PassableFacts::State::Now:
        lines << QCoreApplication::translate("ListingValues", "Passable now: on the declaration date the car is in "
                                                              "the 3–5 year band, which pays the rate per cm³.");
        break;
    case PassableFacts::State::Later:
        lines << QCoreApplication::translate("ListingValues", "Passable from %1: from that day the car is in the 3–5 "
                                                              "year band, which pays the rate per cm³.")
                     .arg(dateText(p.date, locale));
        break;
    case PassableFacts::State::Over5:
        lines << QCoreApplication::translate("ListingValues", "Over 5 years old on the declaration date: no cheaper "
                                                              "age band lies ahead.");
        break;
    case PassableFacts::State::Unknown: return {};
    }
    if (!p.note.isEmpty())
        lines << p.note;
    return lines.join(u'\n');
}

QString passableExport(const PassableFacts &p)
{
    if (p.state == PassableFacts::State::Later && p.date.isValid())
        return p.date.toString(Qt::ISODate);
    return p.state == PassableFacts::State::Unknown ? QString() : passableText(p);
}

QString landedPassableText(const PassableFacts &p, const QLocale &locale)
{
    if (p.state == PassableFacts::State::Over5)
        return {};   // not an unknown: there is no passable date
    if (!p.landedRubKopecks)
        return unknownText();
    return amountRangeText(*p.landedRubKopecks, p.landedMaxRubKopecks, locale) + (p.uncertain ? u" *"_qs : QString());
}

QString landedPassableToolTip(const PassableFacts &p, const QLocale &locale)
{
    if (p.state != PassableFacts::State::Now && p.state != PassableFacts::State::Later)
        return {};
    QStringList lines;
    if (!p.landedRubKopecks)
        lines << QCoreApplication::translate("ListingValues", "No amount: the cost on that date could not be computed.");
    else if (p.state == PassableFacts::State::Now)
        lines << QCoreApplication::translate("ListingValues", "Passable now: the same as the landed cost.");
    else
        lines << QCoreApplication::translate("ListingValues", "Landed cost if declared on %1, under the rules of that "
                                                              "date, at the same exchange rates.")
                     .arg(dateText(p.date, locale));
    if (p.uncertain)
        lines << QCoreApplication::translate("ListingValues", "* Rests on a rule that is projected or not yet confirmed.");
    if (!p.note.isEmpty())
        lines << p.note;
    return lines.join(u'\n');
}

QString preferentialLabel(PreferentialFee fee)
{
    switch (fee) {
    case PreferentialFee::Yes: return QCoreApplication::translate("ListingValues", "yes");
    case PreferentialFee::No: return QCoreApplication::translate("ListingValues", "no");
    case PreferentialFee::NearLimit: return QCoreApplication::translate("ListingValues", "near the limit");
    case PreferentialFee::Unknown: break;
    }
    return QCoreApplication::translate("ListingValues", "unknown");
}

QVariant preferentialRaw(const PreferentialFacts &p)
{
    switch (p.verdict) {
    case PreferentialFee::Yes: return 0;
    case PreferentialFee::NearLimit: return 1;
    case PreferentialFee::No: return 2;
    case PreferentialFee::Unknown: break;
    }
    return {};
}

QString preferentialToolTip(const PreferentialFacts &p, const QLocale &locale)
{
    QStringList lines;
    if (!p.explanation.isEmpty())
        lines << p.explanation;
    if (p.marginHp) {
        lines << QCoreApplication::translate("ListingValues", "Margin to the %1 hp limit: %2 hp")
                     .arg(p.limitHp)
                     .arg(signedHp(*p.marginHp, locale));
    }
    return lines.join(u'\n');
}

QString exportWarningText(const CostEstimate &e)
{
    if (e.exportWarnings.isEmpty())
        return {};
    return QCoreApplication::translate("ListingValues", "%n restriction(s)", nullptr, int(e.exportWarnings.size()));
}

QString exportWarningToolTip(const CostEstimate &e)
{
    if (e.exportWarnings.isEmpty())
        return {};
    QStringList lines = e.exportWarnings;
    if (e.exportUncertain)
        lines << QCoreApplication::translate("ListingValues", "Reported by one source only: check before buying.");
    lines << QCoreApplication::translate("ListingValues", "Informational: the listing is not hidden.");
    return lines.join(u'\n');
}

} // namespace CarScout::Model
