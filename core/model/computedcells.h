#pragma once

// How the row facts of an estimate read in the table (costestimate.h): the passable date, the landed cost then,
// the preferential-fee verdict, the export warnings, and the resolved engine values with their provenance.
// Pure functions behind listingformat.h; translatable texts in the "ListingValues" context.

#include "core/model/costestimate.h"

#include <QLocale>
#include <QString>
#include <QVariant>

namespace CarScout::Model {

QString passableText(const PassableFacts &p);                        // "now", "in 7 months", "over 5 years"
QVariant passableRaw(const PassableFacts &p);                        // Julian day; over 5 years after every date
QString passableToolTip(const PassableFacts &p, const QLocale &locale);
QString passableExport(const PassableFacts &p);                      // "2027-06-16", else the label

QString landedPassableText(const PassableFacts &p, const QLocale &locale);
QString landedPassableToolTip(const PassableFacts &p, const QLocale &locale);

QString preferentialLabel(PreferentialFee fee);                      // "yes", "no", "near the limit", "unknown"
QVariant preferentialRaw(const PreferentialFacts &p);                // yes 0, near the limit 1, no 2; unknown invalid
QString preferentialToolTip(const PreferentialFacts &p, const QLocale &locale);

QString exportWarningText(const CostEstimate &e);                    // "1 restriction"; empty when none
QString exportWarningToolTip(const CostEstimate &e);

// "1,598" or "from 1,598 to 1,999".
QString resolvedText(const ResolvedValue &v, const QLocale &locale);
// The amount, or "from … to …" when an upper end above it is given.
QString amountRangeText(qint64 kopecks, std::optional<qint64> upperKopecks, const QLocale &locale);

} // namespace CarScout::Model
