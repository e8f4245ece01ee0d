#include "core/store/searchqueryjson.h"

#include <QJsonArray>

namespace CarScout::Store {

namespace {

template<typename T>
void insertOptional(QJsonObject &o, const QString &key, const std::optional<T> &value)
{
    if (value)
        o.insert(key, double(*value));
}

// A whole number under `key`, if present; false (with *error) when it is there but not a whole number.
template<typename T>
bool readOptional(const QJsonObject &o, const QString &key, std::optional<T> *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    const double d = v.toDouble(-1.5);
    if (!v.isDouble() || d != double(qint64(d))) {
        *error = u"saved search option \"%1\": expected a whole number"_qs.arg(key);
        return false;
    }
    *out = T(d);
    return true;
}

} // namespace

QJsonObject toJson(const Sources::SearchQuery &q)
{
    QJsonObject o;
    if (!q.path.isEmpty())
        o.insert(u"path"_qs, QJsonArray::fromStringList(q.path));
    insertOptional(o, u"year_from"_qs, q.yearFrom);
    insertOptional(o, u"year_to"_qs, q.yearTo);
    insertOptional(o, u"price_min"_qs, q.priceMin);
    insertOptional(o, u"price_max"_qs, q.priceMax);
    insertOptional(o, u"mileage_max_km"_qs, q.mileageMaxKm);
    QStringList fuels, transmissions;
    for (Fuel f : q.fuels)
        fuels << fuelKey(f);
    for (Transmission t : q.transmissions)
        transmissions << transmissionKey(t);
    if (!fuels.isEmpty())
        o.insert(u"fuels"_qs, QJsonArray::fromStringList(fuels));
    if (!transmissions.isEmpty())
        o.insert(u"transmissions"_qs, QJsonArray::fromStringList(transmissions));
    if (!q.keyword.isEmpty())
        o.insert(u"keyword"_qs, q.keyword);
    o.insert(u"sort"_qs, Sources::sortOrderKey(q.sort));
    o.insert(u"page_size"_qs, q.pageSize);
    o.insert(u"limit"_qs, q.limit);
    o.insert(u"max_pages"_qs, q.maxPages);
    return o;
}

std::optional<Sources::SearchQuery> searchQueryFromJson(const QJsonObject &o, QString *error)
{
    Sources::SearchQuery q;
    for (const QJsonValue &v : o.value(u"path").toArray())
        q.path << v.toString();
    std::optional<int> pageSize, limit, maxPages;
    if (!readOptional(o, u"year_from"_qs, &q.yearFrom, error) || !readOptional(o, u"year_to"_qs, &q.yearTo, error)
        || !readOptional(o, u"price_min"_qs, &q.priceMin, error) || !readOptional(o, u"price_max"_qs, &q.priceMax, error)
        || !readOptional(o, u"mileage_max_km"_qs, &q.mileageMaxKm, error)
        || !readOptional(o, u"page_size"_qs, &pageSize, error) || !readOptional(o, u"limit"_qs, &limit, error)
        || !readOptional(o, u"max_pages"_qs, &maxPages, error))
        return std::nullopt;
    for (const QJsonValue &v : o.value(u"fuels").toArray()) {
        const Fuel f = fuelFromKey(v.toString());
        if (f == Fuel::Unknown) {
            *error = u"saved search option \"fuels\": unknown fuel \"%1\""_qs.arg(v.toString());
            return std::nullopt;
        }
        q.fuels << f;
    }
    for (const QJsonValue &v : o.value(u"transmissions").toArray()) {
        const Transmission t = transmissionFromKey(v.toString());
        if (t == Transmission::Unknown) {
            *error = u"saved search option \"transmissions\": unknown transmission \"%1\""_qs.arg(v.toString());
            return std::nullopt;
        }
        q.transmissions << t;
    }
    q.keyword = o.value(u"keyword").toString();
    if (o.contains(u"sort")) {
        const auto sort = Sources::sortOrderFromKey(o.value(u"sort").toString());
        if (!sort) {
            *error = u"saved search option \"sort\": unknown order \"%1\""_qs.arg(o.value(u"sort").toString());
            return std::nullopt;
        }
        q.sort = *sort;
    }
    q.pageSize = pageSize.value_or(q.pageSize);
    q.limit = limit.value_or(0);
    q.maxPages = maxPages.value_or(0);
    return q;
}

} // namespace CarScout::Store
