#pragma once

#include <Qt>

namespace CarScout::Model {

// Item data roles of ListingTableModel (and of every proxy over it).
enum ListingDataRole : int {
    // The raw value of a cell for sorting and filtering: qint64 price / kopecks, int year*100+month, km, cc, hp,
    // QString for text. Invalid QVariant when unknown (absent price, 0 engine cc, cost not computable…).
    UnderlyingDataRole = Qt::UserRole,
    ListingRole,        // the whole CarScout::Listing (QVariant::fromValue)
    IdRole,             // QString listing id
    SourceRole,         // QString source key ("encar")
    ListingKeyRole,     // QString unique key of the row: source + U+001F + id (what deduplication uses)
    ExportTextRole,     // QString as written to CSV: plain numbers (no group separators), empty when unknown
    CostProblemRole,    // QString on cost columns: why no amount could be computed ("power unknown"), else empty
    ColumnKeyRole,      // headerData (horizontal): the canonical column key ("price_rub")
    // --- Row facts (issues 9, 10, 12) ---
    ProvenanceRole,     // QString on Engine cc / Power: where the shown value came from ("catalog"…), else empty
    CostEstimateRole,   // the row's whole CostEstimate (QVariant::fromValue), invalid without an estimator
};

} // namespace CarScout::Model
