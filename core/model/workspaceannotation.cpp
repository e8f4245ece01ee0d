#include "core/model/workspaceannotation.h"

#include <QCoreApplication>

#include <cmath>

namespace CarScout::Model {

bool isWorkspaceColumn(Column column)
{
    return column == Column::MarketPosition || column == Column::WorkspaceBadge || column == Column::DaysOnMarket;
}

QString marketStandingText(const MarketStanding &standing, const QLocale &locale)
{
    const int percent = int(std::lround(std::abs(standing.deltaPercent)));
    const QString n = locale.toString(standing.sampleSize);
    if (percent == 0)
        return QCoreApplication::translate("ListingValues", "at median (n = %1)").arg(n);
    const QString text = standing.deltaPercent < 0
        ? QCoreApplication::translate("ListingValues", "−%1 % below median (n = %2)")
        : QCoreApplication::translate("ListingValues", "+%1 % above median (n = %2)");
    return text.arg(locale.toString(percent), n);
}

QString workspaceBadgeText(const WorkspaceAnnotation &annotation, const QLocale &locale)
{
    QStringList badges;
    if (annotation.isNew)
        badges << QCoreApplication::translate("ListingValues", "new");
    if (annotation.priceCutPercent)
        badges << QCoreApplication::translate("ListingValues", "price cut −%1 %")
                      .arg(locale.toString(*annotation.priceCutPercent, 'f', 1));
    return badges.join(u", "_qs);
}

QVariant workspaceRawValue(const WorkspaceAnnotation *a, Column column)
{
    if (!a)
        return {};
    switch (column) {
    case Column::MarketPosition: return a->market ? QVariant(a->market->deltaPercent) : QVariant();
    case Column::DaysOnMarket: return a->daysOnMarket >= 0 ? QVariant(a->daysOnMarket) : QVariant();
    case Column::WorkspaceBadge: {
        // Sorted: the deepest cut first (descending), then new listings, then the rest (unknown, last).
        if (a->priceCutPercent)
            return 100.0 + *a->priceCutPercent;
        return a->isNew ? QVariant(50.0) : QVariant();
    }
    default: return {};
    }
}

QString workspaceDisplayText(const WorkspaceAnnotation *a, Column column, const QLocale &locale)
{
    if (!a)
        return {};
    switch (column) {
    case Column::MarketPosition: return a->market ? marketStandingText(*a->market, locale) : QString();
    case Column::DaysOnMarket: return a->daysOnMarket >= 0 ? locale.toString(a->daysOnMarket) : QString();
    case Column::WorkspaceBadge: return workspaceBadgeText(*a, locale);
    default: return {};
    }
}

QString workspaceToolTip(const WorkspaceAnnotation *a, Column column, const Listing &listing, const QLocale &locale)
{
    if (column == Column::MarketPosition) {
        if (!a || !a->market)
            return QCoreApplication::translate("ListingValues",
                                               "Fewer than %1 comparable listings in your workspace: no market position yet.")
                .arg(kMarketMinComparables);
        const MarketStanding &m = *a->market;
        return QCoreApplication::translate("ListingValues",
                                           "Median price %1 %2, this listing's percentile %3, %4 comparable listings.\n%5")
            .arg(locale.toString(m.medianPrice), listing.currency, locale.toString(int(std::lround(m.percentile))),
                 locale.toString(m.sampleSize), m.rule);
    }
    if (!a || !a->firstSeen.isValid())
        return {};
    const QString firstSeen = QCoreApplication::translate("ListingValues", "First seen by CarScout on %1.")
                                  .arg(locale.toString(a->firstSeen.toLocalTime().date(), QLocale::ShortFormat));
    if (column == Column::WorkspaceBadge && a->isNew && !a->newRule.isEmpty())
        return firstSeen + u'\n' + a->newRule;
    return firstSeen;
}

QString workspaceExportText(const WorkspaceAnnotation *a, Column column)
{
    if (!a)
        return {};
    switch (column) {
    case Column::MarketPosition: return a->market ? QString::number(a->market->deltaPercent, 'f', 1) : QString();
    case Column::DaysOnMarket: return a->daysOnMarket >= 0 ? QString::number(a->daysOnMarket) : QString();
    case Column::WorkspaceBadge: return workspaceBadgeText(*a, QLocale::c());
    default: return {};
    }
}

} // namespace CarScout::Model
