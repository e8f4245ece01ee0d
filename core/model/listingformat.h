#pragma once

// How a listing's fields read in a table cell, in a tooltip, as a raw (sortable) value and in CSV. Pure
// functions shared by ListingTableModel and the CSV writer of carscout-cli, so both format alike.

#include "core/model/costestimate.h"
#include "core/model/listing.h"
#include "core/model/listingcolumns.h"

#include <QLocale>
#include <QString>
#include <QVariant>

#include <optional>

namespace CarScout::Model {

// Shown for an unknown value.
QString unknownText();

// "Encar", "KB ChaChaCha", …: the names the marketplaces give (Sources::SourceRegistry registers them here,
// since the model cannot see the marketplaces); the key itself for an unknown source. Thread-safe.
QString sourceDisplayName(const QString &sourceKey);
void registerSourceDisplayName(const QString &sourceKey, const QString &displayName);
// Translated labels (context "ListingValues"); empty for Unknown.
QString fuelLabel(Fuel fuel);
QString transmissionLabel(Transmission transmission);

// The kopeck amount a cost column shows, if any.
std::optional<qint64> costAmount(const CostEstimate &estimate, Column column);
// 123456789 → "1234567.89" (CSV, JSON-like: no group separator, '.' decimal point, sign for negatives).
QString kopecksToPlainText(qint64 kopecks);
// Rounded half away from zero to whole roubles.
qint64 kopecksToRoundedRoubles(qint64 kopecks);

// The raw value (UnderlyingDataRole); invalid when unknown or empty. `cost` is only read for cost columns
// and may be null there (no estimator): the value is then unknown.
QVariant rawValue(const Listing &listing, Column column, const CostEstimate *cost);
// What a table cell shows (locale group separators, units, unknownText() for unknown values).
QString displayText(const Listing &listing, Column column, const CostEstimate *cost, const QLocale &locale);
// Tooltip for the cells that have more to say than their text; empty otherwise. With an estimate, engine cc
// and power say where their value came from, passable which production day was assumed.
QString toolTipText(const Listing &listing, Column column, const CostEstimate *cost, const QLocale &locale);
// What CSV gets: plain numbers without group separators, raw integer prices, roubles with two decimals,
// enum values as translated labels, identifiers (source, id, url, currency) as they are, empty when unknown,
// the problem text on cost columns that could not be computed. Title, make, model, engine cc and power are
// the marketplace's own (the readable and resolved values are display only); passable is the ISO date (or
// "now" / "over 5 years"), export warnings their sentences joined by " | ".
QString exportText(const Listing &listing, Column column, const CostEstimate *cost);

// Fills the fields `fresh` does not know (0 / empty) from `previous`, e.g. engine cc and power that a detail
// page filled in, when a later search page brings the same listing again without them.
Listing mergeListing(const Listing &previous, Listing fresh);

// The deduplication key of a listing: source + U+001F + id.
QString listingKey(const Listing &listing);

} // namespace CarScout::Model
