#include "core/sources/source.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <utility>

namespace CarScout::Sources {

namespace {

constexpr std::array<std::pair<SortOrder, const char *>, 6> kSortKeys{{
    {SortOrder::Newest, "newest"}, {SortOrder::PriceAsc, "price_asc"}, {SortOrder::PriceDesc, "price_desc"},
    {SortOrder::MileageAsc, "mileage_asc"}, {SortOrder::MileageDesc, "mileage_desc"},
    {SortOrder::YearDesc, "year_desc"},
}};

QJsonArray fieldsToJson(const QList<DetailField> &fields)
{
    QJsonArray out;
    for (const DetailField &f : fields)
        out.append(QJsonObject{{u"label"_qs, f.label}, {u"value"_qs, f.value}});
    return out;
}

} // namespace

QStringList Source::catalogLevels() const
{
    QStringList keys;
    for (const CatalogLevel &level : m_info.levels)
        keys << level.key;
    return keys;
}

QString levelTitle(const SourceInfo &info, const QString &levelKey)
{
    for (const CatalogLevel &level : info.levels) {
        if (level.key == levelKey && level.title && *level.title)
            return QCoreApplication::translate("SourceLevels", level.title);
    }
    QString title = levelKey;
    title.replace(u'_', u' ');
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

QString sortOrderKey(SortOrder sort)
{
    for (const auto &[s, key] : kSortKeys) {
        if (s == sort)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<SortOrder> sortOrderFromKey(QStringView key)
{
    for (const auto &[s, k] : kSortKeys) {
        if (key == QLatin1StringView(k))
            return s;
    }
    return std::nullopt;
}

QJsonObject toJson(const ListingDetail &d)
{
    QJsonObject o = toJson(d.listing);
    if (!d.requestedId.isEmpty() && d.requestedId != d.listing.id)
        o.insert(u"requested_id"_qs, d.requestedId);
    o.insert(u"description"_qs, d.description);
    o.insert(u"options"_qs, QJsonArray::fromStringList(d.options));
    QJsonArray sections;
    for (const DetailSection &s : d.sections)
        sections.append(QJsonObject{{u"id"_qs, s.id}, {u"title"_qs, s.title}, {u"fields"_qs, fieldsToJson(s.fields)}});
    o.insert(u"sections"_qs, sections);
    if (d.inspection) {
        const InspectionSummary &i = *d.inspection;
        o.insert(u"inspection"_qs, QJsonObject{
            {u"mileage_km"_qs, i.mileageKm}, {u"accident"_qs, i.accident}, {u"simple_repair"_qs, i.simpleRepair},
            {u"replaced_panels"_qs, QJsonArray::fromStringList(i.replacedPanels)},
            {u"welded_panels"_qs, QJsonArray::fromStringList(i.weldedPanels)},
            {u"notes"_qs, QJsonArray::fromStringList(i.notes)}});
    }
    if (d.accidents) {
        const AccidentSummary &a = *d.accidents;
        o.insert(u"accidents"_qs, QJsonObject{
            {u"accident_count"_qs, a.accidentCount}, {u"own_damage_krw"_qs, double(a.ownDamageKrw)},
            {u"other_damage_krw"_qs, double(a.otherDamageKrw)}, {u"owner_changes"_qs, a.ownerChanges},
            {u"plate_changes"_qs, a.plateChanges}, {u"total_loss"_qs, a.totalLoss}, {u"flood"_qs, a.flood},
            {u"theft"_qs, a.theft}, {u"commercial_use"_qs, a.commercialUse}});
    }
    return o;
}

} // namespace CarScout::Sources
