#include "core/model/listingformat.h"

#include "core/model/computedcells.h"

#include <QHash>
#include <QReadWriteLock>

#include <QCoreApplication>

namespace CarScout::Model {

namespace {

QString valueText(const char *text) { return QCoreApplication::translate("ListingValues", text); }

QString orUnknown(const QString &text) { return text.isEmpty() ? unknownText() : text; }

QString numberOrUnknown(qint64 value, const QLocale &locale)
{
    return value > 0 ? locale.toString(value) : unknownText();
}

QString positiveOrEmpty(qint64 value) { return value > 0 ? QString::number(value) : QString(); }

QVariant positiveOrInvalid(int value) { return value > 0 ? QVariant(value) : QVariant(); }

QVariant textOrInvalid(const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); }

QString badgesText(const Listing &l) { return l.badges.join(u", "); }

} // namespace

QString unknownText() { return QStringLiteral("\u2014"); }

namespace {

struct SourceNames
{
    QReadWriteLock lock;
    QHash<QString, QString> names;
};

SourceNames &sourceNames()
{
    static SourceNames names;
    return names;
}

} // namespace

QString sourceDisplayName(const QString &sourceKey)
{
    SourceNames &s = sourceNames();
    QReadLocker locker(&s.lock);
    return s.names.value(sourceKey, sourceKey);
}

void registerSourceDisplayName(const QString &sourceKey, const QString &displayName)
{
    SourceNames &s = sourceNames();
    QWriteLocker locker(&s.lock);
    s.names.insert(sourceKey, displayName);
}

QString fuelLabel(Fuel fuel)
{
    switch (fuel) {
    case Fuel::Unknown: return {};
    case Fuel::Petrol: return valueText(QT_TRANSLATE_NOOP("ListingValues", "Petrol"));
    case Fuel::Diesel: return valueText(QT_TRANSLATE_NOOP("ListingValues", "Diesel"));
    case Fuel::Lpg: return valueText(QT_TRANSLATE_NOOP("ListingValues", "LPG"));
    case Fuel::HybridPetrol: return valueText(QT_TRANSLATE_NOOP("ListingValues", "Hybrid (petrol)"));
    case Fuel::HybridDiesel: return valueText(QT_TRANSLATE_NOOP("ListingValues", "Hybrid (diesel)"));
    case Fuel::HybridLpg: return valueText(QT_TRANSLATE_NOOP("ListingValues", "Hybrid (LPG)"));
    case Fuel::Electric: return valueText(QT_TRANSLATE_NOOP("ListingValues", "Electric"));
    case Fuel::Hydrogen: return valueText(QT_TRANSLATE_NOOP("ListingValues", "Hydrogen"));
    case Fuel::Cng: return valueText(QT_TRANSLATE_NOOP("ListingValues", "CNG"));
    case Fuel::Other: return valueText(QT_TRANSLATE_NOOP("ListingValues", "Other"));
    }
    return {};
}

QString transmissionLabel(Transmission transmission)
{
    switch (transmission) {
    case Transmission::Unknown: return {};
    case Transmission::Automatic: return valueText(QT_TRANSLATE_NOOP("ListingValues", "Automatic"));
    case Transmission::Manual: return valueText(QT_TRANSLATE_NOOP("ListingValues", "Manual"));
    case Transmission::Cvt: return valueText(QT_TRANSLATE_NOOP("ListingValues", "CVT"));
    case Transmission::SemiAutomatic: return valueText(QT_TRANSLATE_NOOP("ListingValues", "Semi-automatic"));
    case Transmission::Other: return valueText(QT_TRANSLATE_NOOP("ListingValues", "Other"));
    }
    return {};
}

std::optional<qint64> costAmount(const CostEstimate &estimate, Column column)
{
    switch (column) {
    case Column::PriceRub: return estimate.priceRubKopecks;
    case Column::CustomsRub: return estimate.customsRubKopecks;
    case Column::LandedRub: return estimate.landedRubKopecks;
    default: return std::nullopt;
    }
}

QString kopecksToPlainText(qint64 kopecks)
{
    const bool negative = kopecks < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(kopecks) : quint64(kopecks);
    return (negative ? u"-"_qs : QString()) + QString::number(magnitude / 100) + u'.'
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

qint64 kopecksToRoundedRoubles(qint64 kopecks)
{
    return kopecks >= 0 ? (kopecks + 50) / 100 : -((-kopecks + 50) / 100);
}

QVariant rawValue(const Listing &l, Column column, const CostEstimate *cost)
{
    switch (column) {
    case Column::Source: return textOrInvalid(l.source);
    case Column::Id: return textOrInvalid(l.id);
    case Column::Title: return textOrInvalid(l.title);
    case Column::Make: return textOrInvalid(l.make);
    case Column::Model: return textOrInvalid(l.model);
    case Column::Trim: return textOrInvalid(l.trim);
    case Column::MakeEn: return textOrInvalid(l.makeEn);
    case Column::ModelEn: return textOrInvalid(l.modelEn);
    case Column::Year: return l.year > 0 ? QVariant(l.year * 100 + l.month) : QVariant();
    case Column::Month: return positiveOrInvalid(l.month);
    case Column::Mileage: return QVariant(l.mileageKm);
    case Column::Price: return l.price ? QVariant(*l.price) : QVariant();
    case Column::PricePrev: return l.pricePrev ? QVariant(*l.pricePrev) : QVariant();
    case Column::Currency: return textOrInvalid(l.currency);
    case Column::Fuel: return textOrInvalid(fuelLabel(l.fuel));
    case Column::Transmission: return textOrInvalid(transmissionLabel(l.transmission));
    case Column::EngineCc:
        return cost && cost->engineCc.known() ? QVariant(cost->engineCc.min) : positiveOrInvalid(l.engineCc);
    case Column::PowerHp:
        return cost && cost->powerHp.known() ? QVariant(cost->powerHp.min) : positiveOrInvalid(l.powerHp);
    case Column::Body: return textOrInvalid(l.body);
    case Column::Color: return textOrInvalid(l.color);
    case Column::Location: return textOrInvalid(l.location);
    case Column::Seller: return textOrInvalid(l.seller);
    case Column::Badges: return textOrInvalid(badgesText(l));
    case Column::Url: return textOrInvalid(l.url.toString());
    case Column::PriceRub:
    case Column::CustomsRub:
    case Column::LandedRub: {
        const std::optional<qint64> amount = cost ? costAmount(*cost, column) : std::nullopt;
        return amount ? QVariant(*amount) : QVariant();
    }
    case Column::Passable: return cost ? passableRaw(cost->passable) : QVariant();
    case Column::LandedPassable:
        return cost && cost->passable.landedRubKopecks ? QVariant(*cost->passable.landedRubKopecks) : QVariant();
    case Column::PreferentialUtil: return cost ? preferentialRaw(cost->preferential) : QVariant();
    case Column::ExportWarning: return cost ? QVariant(int(cost->exportWarnings.size())) : QVariant();
    // The workspace block: ListingTableModel answers these from its annotations (workspaceannotation.h).
    case Column::MarketPosition:
    case Column::WorkspaceBadge:
    case Column::DaysOnMarket:
    case Column::ColumnCount: break;
    }
    return {};
}

QString displayText(const Listing &l, Column column, const CostEstimate *cost, const QLocale &locale)
{
    switch (column) {
    case Column::Title:
        return cost && !cost->readable.title.isEmpty() ? cost->readable.title : orUnknown(l.title);
    case Column::Make: return cost && !cost->readable.make.isEmpty() ? cost->readable.make : orUnknown(l.make);
    case Column::Model: return cost && !cost->readable.model.isEmpty() ? cost->readable.model : orUnknown(l.model);
    case Column::Source: return orUnknown(sourceDisplayName(l.source));
    case Column::Year:
        if (l.year <= 0)
            return unknownText();
        if (l.month <= 0)
            return QString::number(l.year);
        return QStringLiteral("%1-%2").arg(l.year).arg(l.month, 2, 10, QLatin1Char('0'));
    case Column::Month: return l.month > 0 ? QString::number(l.month) : unknownText();
    case Column::Mileage: return locale.toString(l.mileageKm);
    case Column::Price:
        if (!l.price)
            return unknownText();
        return l.currency.isEmpty() ? locale.toString(*l.price) : locale.toString(*l.price) + u' ' + l.currency;
    case Column::PricePrev:
        if (!l.pricePrev)
            return {};   // not reduced: an empty cell, not "unknown"
        return l.currency.isEmpty() ? locale.toString(*l.pricePrev) : locale.toString(*l.pricePrev) + u' ' + l.currency;
    case Column::Fuel: return orUnknown(fuelLabel(l.fuel));
    case Column::Transmission: return orUnknown(transmissionLabel(l.transmission));
    case Column::EngineCc:
        return cost && cost->engineCc.known() ? resolvedText(cost->engineCc, locale) : numberOrUnknown(l.engineCc, locale);
    case Column::PowerHp:
        return cost && cost->powerHp.known() ? resolvedText(cost->powerHp, locale) : numberOrUnknown(l.powerHp, locale);
    case Column::PriceRub:
    case Column::CustomsRub:
    case Column::LandedRub: {
        if (!cost)
            return unknownText();
        if (const std::optional<qint64> amount = costAmount(*cost, column)) {
            const std::optional<qint64> upper = column == Column::CustomsRub ? cost->customsMaxRubKopecks
                                              : column == Column::LandedRub ? cost->landedMaxRubKopecks
                                                                            : std::nullopt;
            return amountRangeText(*amount, upper, locale);
        }
        return cost->problem.isEmpty() ? unknownText() : cost->problem;
    }
    case Column::Passable: return cost ? passableText(cost->passable) : unknownText();
    case Column::LandedPassable: return cost ? landedPassableText(cost->passable, locale) : unknownText();
    case Column::PreferentialUtil: return cost ? preferentialLabel(cost->preferential.verdict) : unknownText();
    case Column::ExportWarning: return cost ? exportWarningText(*cost) : QString();
    case Column::ColumnCount: return {};
    default: return orUnknown(rawValue(l, column, cost).toString());
    }
}

QString toolTipText(const Listing &l, Column column, const CostEstimate *cost, const QLocale &locale)
{
    switch (column) {
    case Column::Title:
    case Column::Make:
    case Column::Model: {
        QString text = l.title;
        const QString english = QStringList{l.makeEn, l.modelEn}.join(u' ').trimmed();
        if (!english.isEmpty())
            text += (text.isEmpty() ? QString() : u"\n"_qs) + english;
        return text;
    }
    case Column::Price:
        if (!l.price)
            return valueText(QT_TRANSLATE_NOOP("ListingValues", "Price on request"));
        return locale.toString(*l.price) + u' ' + l.currency;
    case Column::PriceRub:
    case Column::CustomsRub:
    case Column::LandedRub: {
        if (!cost)
            return valueText(QT_TRANSLATE_NOOP("ListingValues", "No cost estimate available"));
        if (const std::optional<qint64> amount = costAmount(*cost, column))
            return locale.toString(double(*amount) / 100.0, 'f', 2) + u" \u20BD"_qs;
        return cost->problem;
    }
    case Column::EngineCc:
        return cost && cost->engineCc.known() ? cost->engineCc.note : QString();
    case Column::PowerHp:
        return cost && cost->powerHp.known() ? cost->powerHp.note : QString();
    case Column::Passable: return cost ? passableToolTip(cost->passable, locale) : QString();
    case Column::LandedPassable: return cost ? landedPassableToolTip(cost->passable, locale) : QString();
    case Column::PreferentialUtil: return cost ? preferentialToolTip(cost->preferential, locale) : QString();
    case Column::ExportWarning: return cost ? exportWarningToolTip(*cost) : QString();
    case Column::Url: return l.url.toString();
    case Column::Badges: return badgesText(l);
    default: return {};
    }
}

QString exportText(const Listing &l, Column column, const CostEstimate *cost)
{
    switch (column) {
    case Column::Year: return positiveOrEmpty(l.year);
    case Column::Month: return positiveOrEmpty(l.month);
    case Column::Mileage: return QString::number(l.mileageKm);
    case Column::Price: return l.price ? QString::number(*l.price) : QString();
    case Column::PricePrev: return l.pricePrev ? QString::number(*l.pricePrev) : QString();
    case Column::EngineCc: return positiveOrEmpty(l.engineCc);
    case Column::PowerHp: return positiveOrEmpty(l.powerHp);
    case Column::PriceRub:
    case Column::CustomsRub:
    case Column::LandedRub: {
        if (!cost)
            return {};
        if (const std::optional<qint64> amount = costAmount(*cost, column))
            return kopecksToPlainText(*amount);
        return cost->problem;
    }
    // The marketplace's own texts and engine figures, as before (the readable and resolved ones are display).
    case Column::Title: return l.title;
    case Column::Make: return l.make;
    case Column::Model: return l.model;
    case Column::Passable: return cost ? passableExport(cost->passable) : QString();
    case Column::LandedPassable:
        return cost && cost->passable.landedRubKopecks ? kopecksToPlainText(*cost->passable.landedRubKopecks) : QString();
    case Column::PreferentialUtil: return cost ? preferentialLabel(cost->preferential.verdict) : QString();
    case Column::ExportWarning: return cost ? cost->exportWarnings.join(u" | ") : QString();
    case Column::ColumnCount: return {};
    default: return rawValue(l, column, cost).toString();
    }
}

Listing mergeListing(const Listing &previous, Listing fresh)
{
    auto keep = [](auto &field, const auto &old) {
        if (field == std::remove_reference_t<decltype(field)>{})
            field = old;
    };
    keep(fresh.url, previous.url);
    keep(fresh.title, previous.title);
    keep(fresh.make, previous.make);
    keep(fresh.model, previous.model);
    keep(fresh.trim, previous.trim);
    keep(fresh.makeEn, previous.makeEn);
    keep(fresh.modelEn, previous.modelEn);
    keep(fresh.year, previous.year);
    keep(fresh.month, previous.month);
    keep(fresh.mileageKm, previous.mileageKm);
    keep(fresh.currency, previous.currency);
    keep(fresh.fuel, previous.fuel);
    keep(fresh.transmission, previous.transmission);
    keep(fresh.engineCc, previous.engineCc);
    keep(fresh.powerHp, previous.powerHp);
    keep(fresh.body, previous.body);
    keep(fresh.color, previous.color);
    keep(fresh.location, previous.location);
    keep(fresh.seller, previous.seller);
    keep(fresh.photos, previous.photos);
    keep(fresh.badges, previous.badges);
    // The price is deliberately not kept: a fresh copy without a price means "call for price" now.
    return fresh;
}

QString listingKey(const Listing &l) { return l.source + QChar(0x1F) + l.id; }

} // namespace CarScout::Model
