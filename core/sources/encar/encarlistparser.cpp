#include "core/sources/encar/encarlistparser.h"

#include "core/sources/encar/jsoninput.h"

#include <QHash>
#include <QVarLengthArray>

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace CarScout::Sources::Encar {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

const char *typeName(element_type t)
{
    switch (t) {
    case element_type::ARRAY: return "an array";
    case element_type::OBJECT: return "an object";
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE: return "a number";
    case element_type::STRING: return "a string";
    case element_type::BOOL: return "a boolean";
    case element_type::NULL_VALUE: return "null";
    }
    return "unknown";
}

// Badge names for the codes of Trust[], ServiceMark[], Condition[] and SellType; unknown codes stay as they are.
const std::unordered_map<std::string_view, const char *> &badgeNames()
{
    static const std::unordered_map<std::string_view, const char *> names{
        {"Inspection", "inspection report"}, {"InspectionDirect", "inspection report"},
        {"Record", "accident record"}, {"Resume", "usage history"},
        {"Warranty", "warranty"}, {"ExtendWarranty", "extended warranty"}, {"HomeService", "home delivery"},
        {"Meetgo", "Meetgo"}, {"EncarMeetgo", ""},
        {"EncarDiagnosisP0", "Encar diagnosis"}, {"EncarDiagnosisP1", "Encar diagnosis"},
        {"EncarDiagnosisP2", "Encar diagnosis"},
    };
    return names;
}

// Walks one page; keeps the first error with its place.
class PageReader
{
public:
    explicit PageReader(const TermDictionary &terms) : m_terms(terms) {}

    QString error;

    // One unreadable item never loses the page: it is skipped with a warning naming it (index, Id, field). Only a
    // page none of whose items can be read fails.
    bool readItems(simdjson::dom::array items, EncarListPage *out)
    {
        out->items.reserve(qsizetype(items.size()));
        int index = 0;
        QString firstProblem;
        for (element e : items) {
            m_index = index++;
            m_id.clear();
            error.clear();
            object o;
            EncarListItem item;
            if (e.get_object().get(o) != simdjson::SUCCESS)
                fail(u"is %1, expected an object"_qs.arg(QLatin1StringView(typeName(e.type()))));
            else if (readItem(o, item))
                out->items.append(std::move(item));
            if (!error.isEmpty()) {
                if (firstProblem.isEmpty())
                    firstProblem = error;
                out->warnings.append(u"Encar list page: skipped "_qs + error);
            }
        }
        if (index > 0 && out->items.isEmpty()) {
            error = u"none of the %1 item(s) could be read; the first: "_qs.arg(index) + firstProblem;
            return false;
        }
        error.clear();
        return true;
    }

private:
    enum class Need { Required, Optional };

    void fail(const QString &what, std::string_view field = {})
    {
        QString where = u"item %1"_qs.arg(m_index);
        if (!m_id.isEmpty())
            where += u" (Id "_qs + m_id + u')';
        if (!field.empty())
            where += u", field \""_qs + QString::fromUtf8(field.data(), qsizetype(field.size())) + u'"';
        error = where + u": "_qs + what;
    }

    // Repeated values (maker, model, fuel, region, …) share one QString.
    const QString &shared(std::string_view s)
    {
        auto it = m_strings.find(s);
        if (it == m_strings.end())
            it = m_strings.emplace(s, QString::fromUtf8(s.data(), qsizetype(s.size()))).first;
        return it->second;
    }

    bool getString(object o, std::string_view key, Need need, std::string_view &out)
    {
        element v;
        if (o.at_key(key).get(v) != simdjson::SUCCESS || v.is_null()) {
            if (need == Need::Required) {
                fail(u"missing"_qs, key);
                return false;
            }
            out = {};
            return true;
        }
        if (v.get_string().get(out) != simdjson::SUCCESS) {
            fail(u"is %1, expected a string"_qs.arg(QLatin1StringView(typeName(v.type()))), key);
            return false;
        }
        return true;
    }

    bool getNumber(object o, std::string_view key, Need need, double &out, bool *present = nullptr)
    {
        element v;
        if (present)
            *present = false;
        if (o.at_key(key).get(v) != simdjson::SUCCESS || v.is_null()) {
            if (need == Need::Required) {
                fail(u"missing"_qs, key);
                return false;
            }
            return true;
        }
        if (v.get_double().get(out) != simdjson::SUCCESS) {
            // Numbers written as strings ("38318") are accepted; anything else is an error.
            std::string_view s;
            bool ok = false;
            if (v.get_string().get(s) == simdjson::SUCCESS)
                out = QByteArray::fromRawData(s.data(), qsizetype(s.size())).toDouble(&ok);
            if (!ok) {
                fail(u"is %1, expected a number"_qs.arg(QLatin1StringView(typeName(v.type()))), key);
                return false;
            }
        }
        if (present)
            *present = true;
        return true;
    }

    bool getStringArray(object o, std::string_view key, QStringList &badges)
    {
        element v;
        if (o.at_key(key).get(v) != simdjson::SUCCESS || v.is_null())
            return true;
        simdjson::dom::array a;
        if (v.get_array().get(a) != simdjson::SUCCESS) {
            fail(u"is %1, expected an array of strings"_qs.arg(QLatin1StringView(typeName(v.type()))), key);
            return false;
        }
        for (element e : a) {
            std::string_view s;
            if (e.get_string().get(s) != simdjson::SUCCESS) {
                fail(u"has %1 element, expected strings"_qs.arg(QLatin1StringView(typeName(e.type()))), key);
                return false;
            }
            auto memo = m_badges.find(s);
            if (memo == m_badges.end()) {
                const auto &names = badgeNames();
                const auto it = names.find(s);
                memo = m_badges.emplace(s, it == names.end() ? shared(s) : QString::fromLatin1(it->second)).first;
            }
            const QString &badge = memo->second;
            if (!badge.isEmpty() && !badges.contains(badge))
                badges << badge;
        }
        return true;
    }

    bool readPhotos(object o, std::string_view prefix, QList<QUrl> &photos)
    {
        element v;
        struct Photo { double ordering; std::string_view location; };
        QVarLengthArray<Photo, 16> list;
        if (o.at_key("Photos").get(v) == simdjson::SUCCESS && !v.is_null()) {
            simdjson::dom::array a;
            if (v.get_array().get(a) != simdjson::SUCCESS) {
                fail(u"is %1, expected an array"_qs.arg(QLatin1StringView(typeName(v.type()))), "Photos");
                return false;
            }
            for (element e : a) {
                object p;
                std::string_view location;
                if (e.get_object().get(p) != simdjson::SUCCESS
                    || p["location"].get_string().get(location) != simdjson::SUCCESS) {
                    fail(u"element without a \"location\" string"_qs, "Photos");
                    return false;
                }
                double ordering = double(list.size()) + 1000;
                if (p["ordering"].get_double().get(ordering) != simdjson::SUCCESS) {
                    std::string_view type;
                    if (p["type"].get_string().get(type) == simdjson::SUCCESS)
                        ordering = QByteArray::fromRawData(type.data(), qsizetype(type.size())).toDouble();
                }
                list.append({ordering, location});
            }
        }
        std::stable_sort(list.begin(), list.end(), [](const Photo &a, const Photo &b) { return a.ordering < b.ordering; });
        photos.reserve(list.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            bool seen = false;
            for (qsizetype j = 0; j < i && !seen; ++j)
                seen = list[j].location == list[i].location;
            if (!seen)
                photos << photoUrl(QString::fromUtf8(list[i].location.data(), qsizetype(list[i].location.size())));
        }
        if (photos.isEmpty() && !prefix.empty())
            photos << photoUrl(QString::fromUtf8(prefix.data(), qsizetype(prefix.size())) + u"001.jpg"_qs);
        return true;
    }

    bool readItem(object o, EncarListItem &item)
    {
        Listing &l = item.listing;
        // Id: a string in every capture; a number is accepted too.
        element idValue;
        if (o.at_key("Id").get(idValue) != simdjson::SUCCESS || idValue.is_null()) {
            fail(u"missing"_qs, "Id");
            return false;
        }
        std::string_view idText;
        int64_t idNumber = 0;
        if (idValue.get_string().get(idText) == simdjson::SUCCESS && !idText.empty())
            l.id = QString::fromUtf8(idText.data(), qsizetype(idText.size()));
        else if (idValue.get_int64().get(idNumber) == simdjson::SUCCESS)
            l.id = QString::number(idNumber);
        else {
            fail(u"is %1, expected a non-empty string"_qs.arg(QLatin1StringView(typeName(idValue.type()))), "Id");
            return false;
        }
        m_id = l.id;

        std::string_view maker, model, badge, badgeDetail, fuel, transmission, photo, copy, sellType, region, office;
        double year = 0, mileage = 0, price = 0;
        if (!getString(o, "Manufacturer", Need::Required, maker) || !getString(o, "Model", Need::Required, model)
            || !getString(o, "Badge", Need::Optional, badge) || !getString(o, "BadgeDetail", Need::Optional, badgeDetail)
            || !getNumber(o, "Year", Need::Required, year) || !getNumber(o, "Mileage", Need::Required, mileage)
            || !getNumber(o, "Price", Need::Required, price)
            || !getString(o, "FuelType", Need::Optional, fuel)
            || !getString(o, "Transmission", Need::Optional, transmission)
            || !getString(o, "Photo", Need::Optional, photo)
            || !getString(o, "ServiceCopyCar", Need::Optional, copy)
            || !getString(o, "SellType", Need::Optional, sellType)
            || !getString(o, "OfficeCityState", Need::Optional, region)
            || !getString(o, "OfficeName", Need::Optional, office))
            return false;
        if (!splitYearMonth(year, &l.year, &l.month)) {
            fail(u"%1 is not a YYYYMM date"_qs.arg(year, 0, 'f', 0), "Year");
            return false;
        }
        if (mileage < 0) {
            fail(u"is negative"_qs, "Mileage");
            return false;
        }

        l.source = u"encar"_qs;
        l.url = publicPageUrl(l.id);
        l.make = shared(maker);
        l.model = shared(model);
        if (!badge.empty() && !badgeDetail.empty() && badgeDetail != "(세부등급 없음)")
            l.trim = shared(badge) + u' ' + shared(badgeDetail);
        else
            l.trim = shared(badge);
        l.title = l.make + u' ' + l.model;
        if (!l.trim.isEmpty())
            l.title += u' ' + l.trim;
        l.makeEn = translated(m_makerEn, maker, l.make, [this](const QString &k) { return m_terms.lookup(u"maker", k, u"en"); });
        l.modelEn = translated(m_modelEn, model, l.model, [this](const QString &k) { return m_terms.modelName(k, u"en"); });
        l.mileageKm = int(mileage);
        l.price = priceFromManwon(price);
        l.currency = u"KRW"_qs;
        if (!fuel.empty()) {
            auto it = m_fuels.find(fuel);
            if (it == m_fuels.end())
                it = m_fuels.emplace(fuel, m_terms.fuel(shared(fuel))).first;
            l.fuel = it->second == Fuel::Unknown ? Fuel::Other : it->second;
        }
        if (!transmission.empty()) {
            auto it = m_transmissions.find(transmission);
            if (it == m_transmissions.end())
                it = m_transmissions.emplace(transmission, m_terms.transmission(shared(transmission))).first;
            l.transmission = it->second == Transmission::Unknown ? Transmission::Other : it->second;
        }
        l.location = shared(region);
        l.seller = shared(office);

        if (!readPhotos(o, photo, l.photos))
            return false;
        if (!getStringArray(o, "Condition", l.badges) || !getStringArray(o, "Trust", l.badges)
            || !getStringArray(o, "ServiceMark", l.badges))
            return false;
        if (sellType == "렌트")
            l.badges << u"rental"_qs;
        else if (sellType == "리스")
            l.badges << u"lease"_qs;

        item.duplication = copy == "DUPLICATION";
        item.carKey = l.id;
        if (!photo.empty()) {
            std::string_view name = photo.substr(photo.rfind('/') + 1);   // npos + 1 = 0: the whole prefix
            if (!name.empty() && name.back() == '_')
                name.remove_suffix(1);
            const QString key = QString::fromUtf8(name.data(), qsizetype(name.size()));
            if (!key.isEmpty())
                item.carKey = key;
        }
        return true;
    }

    template<typename Lookup>
    QString translated(std::unordered_map<std::string_view, QString> &memo, std::string_view raw, const QString &korean,
                       Lookup lookup)
    {
        auto it = memo.find(raw);
        if (it == memo.end())
            it = memo.emplace(raw, lookup(korean)).first;
        return it->second;
    }

    const TermDictionary &m_terms;
    int m_index = 0;
    QString m_id;
    std::unordered_map<std::string_view, QString> m_strings, m_makerEn, m_modelEn, m_badges;
    std::unordered_map<std::string_view, Fuel> m_fuels;
    std::unordered_map<std::string_view, Transmission> m_transmissions;
};

JobError parseError(const QString &message)
{
    JobError e;
    e.kind = JobError::Kind::Parse;
    e.message = u"Encar list page: "_qs + message;
    return e;
}

} // namespace

std::optional<qint64> priceFromManwon(double manwon)
{
    if (!(manwon > 0) || manwon == 9999 || manwon == 99999)
        return std::nullopt;
    return qint64(manwon * 10000 + 0.5);
}

bool splitYearMonth(double yyyymm, int *year, int *month)
{
    const qint64 v = qint64(yyyymm);
    if (double(v) != yyyymm || v < 190001 || v > 210012)
        return false;
    const int m = int(v % 100);
    if (m > 12)
        return false;
    *year = int(v / 100);
    *month = m;
    return true;
}

// Built from a shared base (scheme and host parsed once), with the path set as is: list pages make ~5 URLs per
// listing, so this matters for throughput.
QUrl photoUrl(const QString &location)
{
    static const QUrl base(QString::fromLatin1(kPhotoHost));
    if (!location.startsWith(u'/'))
        return QUrl(QLatin1StringView(kPhotoHost) + u'/' + location);
    QUrl url = base;
    url.setPath(location, QUrl::TolerantMode);
    return url;
}

QUrl publicPageUrl(const QString &id)
{
    static const QUrl base(u"https://fem.encar.com"_qs);
    QUrl url = base;
    url.setPath(u"/cars/detail/"_qs + id, QUrl::TolerantMode);
    return url;
}

JobError parseListPage(const QByteArray &body, const TermDictionary &terms, EncarListPage *out)
{
    *out = {};
    if (const QString problem = checkJsonBody(body, false); !problem.isEmpty())
        return parseError(problem);

    // One parser and one padded input buffer per thread, reused: no megabyte allocation per page.
    thread_local simdjson::dom::parser parser;
    thread_local std::vector<char> padded;
    if (padded.size() < size_t(body.size()) + simdjson::SIMDJSON_PADDING)
        padded.resize(size_t(body.size()) + simdjson::SIMDJSON_PADDING);
    std::memcpy(padded.data(), body.constData(), size_t(body.size()));
    std::memset(padded.data() + body.size(), 0, simdjson::SIMDJSON_PADDING);
    element doc;
    const auto code = parser.parse(padded.data(), size_t(body.size()), false).get(doc);
    if (code == simdjson::UTF8_ERROR) {
        const QString where = describeInvalidUtf8(body);
        return parseError(where.isEmpty() ? u"invalid UTF-8"_qs : where);
    }
    if (code != simdjson::SUCCESS)
        return parseError(describeJsonError(body, QString::fromUtf8(simdjson::error_message(code))));

    simdjson::dom::array items;
    if (doc.is_array()) {
        items = doc.get_array().value_unsafe();
    } else if (doc.is_object()) {
        object top = doc.get_object().value_unsafe();
        element count;
        if (top.at_key("Count").get(count) == simdjson::SUCCESS && !count.is_null()) {
            int64_t n = 0;
            if (count.get_int64().get(n) != simdjson::SUCCESS || n < 0)
                return parseError(u"\"Count\" is %1, expected a non-negative integer"_qs.arg(QLatin1StringView(typeName(count.type()))));
            out->count = int(n);
        }
        element results;
        if (top.at_key("SearchResults").get(results) != simdjson::SUCCESS)
            return parseError(u"no \"SearchResults\" in the response object"_qs);
        if (results.get_array().get(items) != simdjson::SUCCESS)
            return parseError(u"\"SearchResults\" is %1, expected an array"_qs.arg(QLatin1StringView(typeName(results.type()))));
    } else {
        return parseError(u"the document is %1, expected an object or an array"_qs.arg(QLatin1StringView(typeName(doc.type()))));
    }

    PageReader reader(terms);
    if (!reader.readItems(items, out))
        return parseError(reader.error);
    return {};
}

namespace {

// The copy's service marks (delivery, warranty, diagnosis, …) added to the original's badges.
void mergeBadges(Listing &row, const QStringList &more)
{
    for (const QString &badge : more) {
        if (!row.badges.contains(badge))
            row.badges.append(badge);
    }
}

bool isNumber(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

QList<Listing> DuplicateFolder::fold(const QList<EncarListItem> &items)
{
    QList<Listing> out;
    QList<bool> fromOriginal;        // per row of `out`: the row is an ORIGINAL's (not a copy's)
    QHash<QString, qsizetype> rowOfCar;   // car key → row of `out` (this page)
    out.reserve(items.size());
    for (const EncarListItem &item : items) {
        const auto sameCar = rowOfCar.constFind(item.carKey);
        if (sameCar == rowOfCar.constEnd() && (m_ids.contains(item.listing.id) || m_carKeys.contains(item.carKey))) {
            ++m_folded;   // seen on an earlier page
            continue;
        }
        m_ids.insert(item.listing.id);
        if (sameCar != rowOfCar.constEnd()) {
            // The same car twice on this page: the original's row, with every copy's marks merged.
            Listing &row = out[*sameCar];
            if (!item.duplication && !fromOriginal[*sameCar]) {
                const QStringList copyBadges = row.badges;
                row = item.listing;
                mergeBadges(row, copyBadges);
                fromOriginal[*sameCar] = true;
            } else {
                mergeBadges(row, item.listing.badges);
            }
            ++m_folded;
            continue;
        }
        Listing row = item.listing;
        if (item.duplication && item.carKey != row.id && isNumber(item.carKey)) {
            // A copy ahead of its original: the row takes the original's identity (the Photo prefix names it),
            // so the original arriving later folds into it instead of making a second row.
            row.id = item.carKey;
            row.url = publicPageUrl(item.carKey);
            m_ids.insert(item.carKey);
        }
        rowOfCar.insert(item.carKey, out.size());
        out << row;
        fromOriginal << !item.duplication;
    }
    for (auto it = rowOfCar.cbegin(); it != rowOfCar.cend(); ++it)
        m_carKeys.insert(it.key());
    return out;
}

} // namespace CarScout::Sources::Encar
