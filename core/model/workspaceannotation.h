#pragma once

// What the dealer's workspace (core/store) knows of a listing, shown in the workspace columns of the table
// (listingcolumns.h, the block at the end): its place among comparable listings ("vs market"), the "new" and
// "price cut −X %" badges and the days on market. A plain value: the store computes it off the GUI thread
// and hands it to ListingTableModel::setWorkspaceAnnotations(); the model only formats it.

#include "core/model/listing.h"
#include "core/model/listingcolumns.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QVariant>

#include <optional>

namespace CarScout::Model {

// Under this many comparables nothing is said about a price (the store's rule, core/store/marketposition.h).
constexpr int kMarketMinComparables = 5;

// The listing's price among its comparables (the rule is the store's and comes along, for the tooltip).
struct MarketStanding
{
    qint64 medianPrice = 0;    // in the listing's currency
    double percentile = 0;     // share of comparables cheaper (ties count half), 0–100
    double deltaPercent = 0;   // (price − median) / median × 100: negative = below the median
    int sampleSize = 0;        // comparables used
    QString rule;              // how comparables were chosen, in the dealer's words

    friend bool operator==(const MarketStanding &, const MarketStanding &) = default;
};

struct WorkspaceAnnotation
{
    std::optional<MarketStanding> market;     // empty under the store's minimum of comparables
    QDateTime firstSeen;                      // UTC; invalid when the store never saw the listing
    int daysOnMarket = -1;                    // since firstSeen; -1 when unknown
    std::optional<double> priceCutPercent;    // the last observed change was a cut of this many percent (> 0)
    bool isNew = false;                       // the store's rule for "new" (see its newListingRule())
    QString newRule;                          // that rule in the dealer's words, for the tooltip

    friend bool operator==(const WorkspaceAnnotation &, const WorkspaceAnnotation &) = default;
};

// By listingKey(listing) (listingformat.h), as ListingTableModel looks them up.
using WorkspaceAnnotations = QHash<QString, WorkspaceAnnotation>;

bool isWorkspaceColumn(Column column);

// The cells of the workspace columns; `annotation` is null when the store said nothing about the listing.
QVariant workspaceRawValue(const WorkspaceAnnotation *annotation, Column column);
QString workspaceDisplayText(const WorkspaceAnnotation *annotation, Column column, const QLocale &locale);
QString workspaceToolTip(const WorkspaceAnnotation *annotation, Column column, const Listing &listing,
                         const QLocale &locale);
QString workspaceExportText(const WorkspaceAnnotation *annotation, Column column);

// "−12 % below median (n = 14)", "+8 % above median (n = 6)", "at median (n = 7)".
QString marketStandingText(const MarketStanding &standing, const QLocale &locale);
// "new", "price cut −5.2 %", both joined, or empty.
QString workspaceBadgeText(const WorkspaceAnnotation &annotation, const QLocale &locale);

} // namespace CarScout::Model
