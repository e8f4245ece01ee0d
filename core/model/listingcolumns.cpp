#include "core/model/listingcolumns.h"

#include <QCoreApplication>

#include <array>

namespace CarScout::Model {

namespace {

struct ColumnInfo
{
    Column column;
    const char *key;
    const char *title;
    bool numeric;
};

// Header texts are marked here and translated where shown (columnTitle), so lupdate finds them.
constexpr std::array<ColumnInfo, columnCount> kColumns{{
    {Column::Source, "source", QT_TRANSLATE_NOOP("ListingColumns", "Source"), false},
    {Column::Id, "id", QT_TRANSLATE_NOOP("ListingColumns", "ID"), false},
    {Column::Title, "title", QT_TRANSLATE_NOOP("ListingColumns", "Title"), false},
    {Column::Make, "make", QT_TRANSLATE_NOOP("ListingColumns", "Make"), false},
    {Column::Model, "model", QT_TRANSLATE_NOOP("ListingColumns", "Model"), false},
    {Column::Trim, "trim", QT_TRANSLATE_NOOP("ListingColumns", "Trim"), false},
    {Column::MakeEn, "make_en", QT_TRANSLATE_NOOP("ListingColumns", "Make (English)"), false},
    {Column::ModelEn, "model_en", QT_TRANSLATE_NOOP("ListingColumns", "Model (English)"), false},
    {Column::Year, "year", QT_TRANSLATE_NOOP("ListingColumns", "Year"), true},
    {Column::Month, "month", QT_TRANSLATE_NOOP("ListingColumns", "Month"), true},
    {Column::Mileage, "mileage_km", QT_TRANSLATE_NOOP("ListingColumns", "Mileage, km"), true},
    {Column::Price, "price", QT_TRANSLATE_NOOP("ListingColumns", "Price"), true},
    {Column::PricePrev, "price_prev", QT_TRANSLATE_NOOP("ListingColumns", "Previous price"), true},
    {Column::Currency, "currency", QT_TRANSLATE_NOOP("ListingColumns", "Currency"), false},
    {Column::Fuel, "fuel", QT_TRANSLATE_NOOP("ListingColumns", "Fuel"), false},
    {Column::Transmission, "transmission", QT_TRANSLATE_NOOP("ListingColumns", "Transmission"), false},
    {Column::EngineCc, "engine_cc", QT_TRANSLATE_NOOP("ListingColumns", "Engine, cc"), true},
    {Column::PowerHp, "power_hp", QT_TRANSLATE_NOOP("ListingColumns", "Power, hp"), true},
    {Column::Body, "body", QT_TRANSLATE_NOOP("ListingColumns", "Body"), false},
    {Column::Color, "color", QT_TRANSLATE_NOOP("ListingColumns", "Color"), false},
    {Column::Location, "location", QT_TRANSLATE_NOOP("ListingColumns", "Location"), false},
    {Column::Seller, "seller", QT_TRANSLATE_NOOP("ListingColumns", "Seller"), false},
    {Column::Badges, "badges", QT_TRANSLATE_NOOP("ListingColumns", "Badges"), false},
    {Column::Url, "url", QT_TRANSLATE_NOOP("ListingColumns", "Link"), false},
    {Column::PriceRub, "price_rub", QT_TRANSLATE_NOOP("ListingColumns", "Price, RUB"), true},
    {Column::CustomsRub, "customs_rub", QT_TRANSLATE_NOOP("ListingColumns", "Customs (est.), RUB"), true},
    {Column::LandedRub, "landed_rub", QT_TRANSLATE_NOOP("ListingColumns", "Landed cost, RUB"), true},
    {Column::Passable, "passable", QT_TRANSLATE_NOOP("ListingColumns", "Passable"), false},
    {Column::LandedPassable, "landed_passable_rub", QT_TRANSLATE_NOOP("ListingColumns", "Landed when passable, RUB"), true},
    {Column::PreferentialUtil, "preferential_util", QT_TRANSLATE_NOOP("ListingColumns", "Preferential util. fee"), false},
    {Column::ExportWarning, "export_warning", QT_TRANSLATE_NOOP("ListingColumns", "Export warning"), false},
    // The workspace block.
    {Column::MarketPosition, "vs_market", QT_TRANSLATE_NOOP("ListingColumns", "vs market"), true},
    {Column::WorkspaceBadge, "workspace_badge", QT_TRANSLATE_NOOP("ListingColumns", "New / price cut"), false},
    {Column::DaysOnMarket, "days_on_market", QT_TRANSLATE_NOOP("ListingColumns", "Days on market"), true},
}};

constexpr bool tableIsInColumnOrder()
{
    for (int i = 0; i < columnCount; ++i) {
        if (int(kColumns[std::size_t(i)].column) != i)
            return false;
    }
    return true;
}
static_assert(tableIsInColumnOrder(), "kColumns must list every Column in enum order");

const ColumnInfo &info(Column column) { return kColumns[std::size_t(column)]; }

} // namespace

bool isNumericColumn(Column column) { return info(column).numeric; }

QString columnKey(Column column) { return QString::fromLatin1(info(column).key); }

std::optional<Column> columnFromKey(QStringView key)
{
    for (const ColumnInfo &c : kColumns) {
        if (key == QLatin1StringView(c.key))
            return c.column;
    }
    return std::nullopt;
}

QStringList allColumnKeys()
{
    QStringList keys;
    keys.reserve(columnCount);
    for (const ColumnInfo &c : kColumns)
        keys.append(QString::fromLatin1(c.key));
    return keys;
}

QString columnTitle(Column column) { return QCoreApplication::translate("ListingColumns", info(column).title); }

const char *columnTitleSource(Column column) { return info(column).title; }

QList<Column> defaultVisibleColumns()
{
    return {Column::Title, Column::Year, Column::Mileage, Column::Price, Column::Fuel, Column::Transmission,
            Column::EngineCc, Column::PowerHp, Column::Location, Column::PriceRub, Column::CustomsRub,
            Column::LandedRub, Column::Passable, Column::PreferentialUtil, Column::ExportWarning,
            // The workspace block (empty cells without a workspace).
            Column::MarketPosition, Column::WorkspaceBadge, Column::DaysOnMarket};
}

QStringList defaultCsvColumnKeys()
{
    QStringList keys;
    for (Column c : {Column::Source, Column::Id, Column::Title, Column::Make, Column::Model, Column::Trim,
                     Column::Year, Column::Month, Column::Mileage, Column::Price, Column::PricePrev, Column::Currency,
                     Column::Fuel,
                     Column::Transmission, Column::EngineCc, Column::PowerHp, Column::Body, Column::Color,
                     Column::Location, Column::Seller, Column::Badges, Column::Url}) {
        keys.append(columnKey(c));
    }
    return keys;
}

} // namespace CarScout::Model
