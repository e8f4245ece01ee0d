#pragma once

// The columns of a listing table, their canonical keys (= the JSON keys of DESIGN §3, also the CSV column
// keys) and their translatable header text.

#include <QString>
#include <QStringList>

#include <optional>

namespace CarScout::Model {

enum class Column : int {
    Source,
    Id,
    Title,
    Make,
    Model,
    Trim,
    MakeEn,
    ModelEn,
    Year,          // display "2017-11"; raw value year * 100 + month so that months sort inside a year
    Month,
    Mileage,
    Price,         // native units of Currency
    PricePrev,     // the earlier price of a reduced one (same currency); empty when not reduced
    Currency,
    Fuel,
    Transmission,
    EngineCc,
    PowerHp,
    Body,
    Color,
    Location,
    Seller,
    Badges,
    Url,
    // Computed through the injectable cost estimator (see costestimate.h); kept adjacent on purpose.
    PriceRub,
    CustomsRub,
    LandedRub,
    // --- Row facts through the same estimator (issues 9, 10, 12). One block: add further computed columns
    // (e.g. market position) after it, not in between. ---
    Passable,          // "now" / "in N months" / "over 5 years"; raw: the date's Julian day (over 5: after all)
    LandedPassable,    // landed cost if declared on the passable date, kopecks
    PreferentialUtil,  // yes / near the limit / no / unknown; raw: that order (0, 1, 2), unknown invalid
    ExportWarning,     // export restrictions that apply; raw: how many (0 = none)
    // The dealer's workspace (core/store, through ListingTableModel::setWorkspaceAnnotations and
    // workspaceannotation.h): market position among comparables, "new" / "price cut" badges, days on market.
    MarketPosition,   // "−12 % below median (n = 14)"; raw value the percent
    WorkspaceBadge,   // "new", "price cut −5.0 %"
    DaysOnMarket,     // days since the store first saw the listing
    ColumnCount
};

constexpr int columnCount = int(Column::ColumnCount);

inline bool isValidColumn(int column) { return column >= 0 && column < columnCount; }
inline bool isCostColumn(Column c)
{
    return c == Column::PriceRub || c == Column::CustomsRub || c == Column::LandedRub;
}
// Columns that exist only through the estimator (no field of the Listing, no key of its JSON).
inline bool isComputedColumn(Column c) { return c >= Column::PriceRub && c <= Column::ExportWarning; }
// Columns whose cells read the estimate: the computed ones, and the title, make, model (readable names),
// engine cc and power (resolved values with their provenance).
inline bool needsEstimate(Column c)
{
    return isComputedColumn(c) || c == Column::Title || c == Column::Make || c == Column::Model
        || c == Column::EngineCc || c == Column::PowerHp;
}
// Columns whose raw value is a number (sorted numerically, right-aligned).
bool isNumericColumn(Column column);

// "price_rub" … ; stable, never translated.
QString columnKey(Column column);
// The column of a key, or nothing for an unknown key.
std::optional<Column> columnFromKey(QStringView key);
// Every key, in Column order.
QStringList allColumnKeys();

// Header text in the current application language (context "ListingColumns").
QString columnTitle(Column column);
// The untranslated English header (the lupdate source text).
const char *columnTitleSource(Column column);

// What a dealer sees by default, and what `carscout-cli search --format csv` writes by default.
QList<Column> defaultVisibleColumns();
QStringList defaultCsvColumnKeys();

} // namespace CarScout::Model
