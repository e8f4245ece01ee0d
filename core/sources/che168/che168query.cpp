#include "core/sources/che168/che168query.h"

#include <QUrlQuery>

#include <cmath>

namespace CarScout::Sources::Che168 {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

bool isNewEnergy(Fuel f)
{
    return f == Fuel::Electric || f == Fuel::HybridPetrol || f == Fuel::HybridDiesel || f == Fuel::HybridLpg;
}

QUrl detailUrl(const char *path, const QString &infoId, const QString &deviceId, const SigningConfig &config)
{
    QUrl url(u"https://"_qs + QLatin1StringView(kDetailHost) + QLatin1StringView(path));
    url.setQuery(QString::fromLatin1(encodeQuery({{u"infoid"_qs, infoId}, {u"deviceid"_qs, deviceId},
                                                  {u"_appid"_qs, config.appId}})),
                 QUrl::StrictMode);
    return url;
}

} // namespace

QUrl brandsEndpoint()
{
    return QUrl(u"https://"_qs + QLatin1StringView(kSearchHost) + u"/api/v2/getbrands"_qs);
}

QUrl searchEndpoint()
{
    return QUrl(u"https://"_qs + QLatin1StringView(kSearchHost) + u"/api/v11/search"_qs);
}

QUrl carInfoUrl(const QString &infoId, const QString &deviceId, const SigningConfig &config)
{
    return detailUrl("/apic/v2/car/getcarinfo", infoId, deviceId, config);
}

QUrl paramItemsUrl(const QString &infoId, const QString &deviceId, const SigningConfig &config)
{
    return detailUrl("/api/v1/car/getparamtypeitems", infoId, deviceId, config);
}

QUrl publicPageUrl(const QString &infoId)
{
    QUrl url(u"https://m.che168.com/cardetail/index"_qs);
    url.setQuery(u"infoid="_qs + QString::fromLatin1(QUrl::toPercentEncoding(infoId)), QUrl::StrictMode);
    return url;
}

int sortCode(SortOrder sort)
{
    switch (sort) {
    case SortOrder::PriceAsc: return 1;
    case SortOrder::PriceDesc: return 2;
    case SortOrder::MileageAsc: return 3;
    case SortOrder::YearDesc: return 4;
    case SortOrder::Newest: return 5;
    case SortOrder::MileageDesc: break;
    }
    return 0;
}

QString rangeValue(std::optional<double> min, std::optional<double> max)
{
    if (!min && !max)
        return {};
    return number(min.value_or(0)) + u'-' + number(max.value_or(0));
}

QueryParams searchParams(const Che168Filter &filter, int pageIndex, int pageSize, const QString &pageId)
{
    QueryParams p{{u"pageindex"_qs, QString::number(pageIndex)}, {u"pagesize"_qs, QString::number(pageSize)}};
    auto add = [&p](const char *key, const QString &value) {
        if (!value.isEmpty())
            p.append({QString::fromLatin1(key), value});
    };
    add("brandid", filter.brandId);
    add("seriesid", filter.seriesId);
    add("seriesyearid", filter.seriesYearId);
    add("specid", filter.specId);
    add("price", rangeValue(filter.priceMinWan, filter.priceMaxWan));
    const auto age = [](std::optional<int> v) { return v ? std::optional<double>(*v) : std::nullopt; };
    add("agerange", rangeValue(age(filter.ageMinYears), age(filter.ageMaxYears)));
    add("mileage", rangeValue(filter.mileageMinWan, filter.mileageMaxWan));
    add("displacement", rangeValue(filter.displacementMinL, filter.displacementMaxL));
    add("fueltype", filter.fuelTypeCodes.join(u','));
    if (filter.newEnergyOnly)
        add("service", QString::fromLatin1(kNewEnergyService));
    if (filter.sort != 0)
        add("sort", QString::number(filter.sort));
    // The fixed set of the production m-web client (no cookies, no device id needed for search).
    p.append({u"cid"_qs, u"0"_qs});
    p.append({u"pid"_qs, u"0"_qs});
    p.append({u"pageid"_qs, pageId});
    p.append({u"scene_no"_qs, u"0"_qs});
    p.append({u"ssnew"_qs, u"1"_qs});
    p.append({u"_subappid"_qs, QString()});
    return p;
}

QueryParams brandsParams()
{
    return {{u"cid"_qs, u"0"_qs}, {u"pid"_qs, u"0"_qs}, {u"isenergy"_qs, u"0"_qs},
            {u"userid"_qs, u"0"_qs}, {u"s_pid"_qs, u"0"_qs}, {u"s_cid"_qs, u"0"_qs}};
}

QueryPlan planQuery(const SearchQuery &query, int currentYear, const ExtraFilters &extra)
{
    QueryPlan plan;
    Che168Filter &f = plan.filter;
    ClientFilter &c = plan.client;
    QString *levels[] = {&f.brandId, &f.seriesId, &f.seriesYearId, &f.specId};
    for (qsizetype i = 0; i < query.path.size() && i < 4; ++i)
        *levels[i] = query.path.at(i).trimmed();

    if (query.priceMin && *query.priceMin > 0)
        f.priceMinWan = std::floor(double(*query.priceMin) / 10000.0);
    if (query.priceMax)
        f.priceMaxWan = std::max(1.0, std::ceil(double(*query.priceMax) / 10000.0));
    c.priceMin = query.priceMin;
    c.priceMax = query.priceMax;

    // Age = years since first registration: a car of yearTo is at least currentYear - yearTo years old.
    if (query.yearTo && *query.yearTo < currentYear)
        f.ageMinYears = std::max(0, currentYear - *query.yearTo - 1);
    if (query.yearFrom)
        f.ageMaxYears = std::max(1, currentYear - *query.yearFrom + 1);
    c.yearFrom = query.yearFrom;
    c.yearTo = query.yearTo;

    if (query.mileageMaxKm) {
        f.mileageMaxWan = std::max(0.01, std::ceil(double(*query.mileageMaxKm) / 100.0) / 100.0);
        c.mileageMaxKm = query.mileageMaxKm;
    }

    c.fuels = query.fuels;
    f.newEnergyOnly = !query.fuels.isEmpty() && std::all_of(query.fuels.begin(), query.fuels.end(), isNewEnergy);
    f.sort = sortCode(query.sort);

    f.displacementMinL = extra.displacementMinL;
    f.displacementMaxL = extra.displacementMaxL;
    // The list rounds to 0.1 l ("2.0T" for 1984 cc), so the cars are compared in the same rounding.
    if (extra.displacementMinL)
        c.ccMin = int(std::lround(*extra.displacementMinL * 1000));
    if (extra.displacementMaxL)
        c.ccMax = int(std::lround(*extra.displacementMaxL * 1000));
    c.emissionStandards = extra.emissionStandards;
    f.fuelTypeCodes = extra.fuelTypeCodes;
    return plan;
}

} // namespace CarScout::Sources::Che168
