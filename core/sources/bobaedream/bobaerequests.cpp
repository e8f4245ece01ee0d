#include "core/sources/bobaedream/bobaerequests.h"

#include "core/sources/bobaedream/bobaevalues.h"

#include <QUrlQuery>

namespace CarScout::Sources::Bobae {

namespace {

const QString kWebBase = u"https://www.bobaedream.co.kr"_qs;
const QString kMobileBase = u"https://m.bobaedream.co.kr"_qs;

constexpr const char *kIphoneSafari = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                                      "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

// "name=" even for an empty value (QUrlQuery drops the '=' of a null QString); the site's own forms send it.
QString present(const QString &value)
{
    return value.isEmpty() ? u""_qs : value;
}

void addIfSet(QUrlQuery &q, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        q.addQueryItem(name, value);
}

void addIfSet(QUrlQuery &q, const QString &name, qint64 value)
{
    if (value > 0)
        q.addQueryItem(name, QString::number(value));
}

// "" and "0" at the category level mean "every category" (the site's own "전체" value).
QString categoryCode(const QString &key)
{
    return key == u"0"_qs ? QString() : key;
}

} // namespace

Net::SourcePolicy bikeSourcePolicy()
{
    Net::SourcePolicy policy;
    policy.rate = {1000, 500, 10, 1000, 3000, 2};
    policy.headers = {{"Accept-Language", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7"}};
    // ASCII only: the pages are CP949, so Korean markers are left to the parsers (blockPageMarker()).
    policy.blockPageMarkers = {"Access Denied", "Too Many Requests"};
    return policy;
}

Net::SourcePolicy carSourcePolicy()
{
    Net::SourcePolicy policy;
    policy.rate = {1200, 300, 10, 1000, 3000, 2};
    policy.headers = {{"User-Agent", kIphoneSafari}, {"Accept-Language", "ko-KR,ko;q=0.9"}};
    policy.blockPageMarkers = {"Access Denied", "Too Many Requests", QByteArray("비정상적인 접근")};
    return policy;
}

QUrl bikeListUrl(const BikeListFilter &f)
{
    QUrlQuery q;
    q.addQueryItem(u"ifnew"_qs, f.newBikes ? u"Y"_qs : u"N"_qs);
    addIfSet(q, u"gubun"_qs, f.origin);
    addIfSet(q, u"ftype1"_qs, f.category);
    addIfSet(q, u"maker_no"_qs, f.makerNo);
    addIfSet(q, u"model_no"_qs, f.modelNo);
    addIfSet(q, u"level_no"_qs, f.levelNo);
    addIfSet(q, u"buy_year1_1"_qs, f.yearFrom);
    addIfSet(q, u"buy_year1_2"_qs, f.monthFrom);
    addIfSet(q, u"buy_year2_1"_qs, f.yearTo);
    addIfSet(q, u"buy_year2_2"_qs, f.monthTo);
    addIfSet(q, u"price1"_qs, f.priceMinManwon);
    addIfSet(q, u"price2"_qs, f.priceMaxManwon);
    if (!f.keyword.isEmpty()) {
        q.addQueryItem(u"search_field"_qs, u"title"_qs);
        q.addQueryItem(u"search_str"_qs, f.keyword);
    }
    addIfSet(q, u"order"_qs, f.order);
    q.addQueryItem(u"view_size"_qs, QString::number(f.viewSize));
    q.addQueryItem(u"page"_qs, QString::number(std::max(1, f.page)));
    QUrl url(kWebBase + u"/bike2/bike_list.php"_qs);
    url.setQuery(q);
    return url;
}

QUrl bikeDetailUrl(const QString &no)
{
    QUrl url(kWebBase + u"/bike2/bike_view.php"_qs);
    QUrlQuery q;
    q.addQueryItem(u"no"_qs, no);
    q.addQueryItem(u"gubun"_qs, u"K"_qs);
    q.addQueryItem(u"ifnew"_qs, u"N"_qs);
    url.setQuery(q);
    return url;
}

QString bikeOrder(SortOrder sort)
{
    switch (sort) {
    case SortOrder::Newest: return u"update_time desc"_qs;
    case SortOrder::PriceAsc: return u"car_price asc"_qs;
    case SortOrder::PriceDesc: return u"car_price desc"_qs;
    case SortOrder::MileageAsc: return u"km asc"_qs;
    case SortOrder::MileageDesc: return u"km desc"_qs;
    case SortOrder::YearDesc: return u"buy_year desc"_qs;
    }
    return u"update_time desc"_qs;
}

int bikeViewSize(int pageSize)
{
    if (pageSize <= 30)
        return 30;
    return pageSize <= 50 ? 50 : 70;
}

std::optional<BikeListFilter> bikeFilterFor(const SearchQuery &query, int page, JobError *error)
{
    auto fail = [error](const QString &message) -> std::optional<BikeListFilter> {
        if (error) {
            error->kind = JobError::Kind::BadInput;
            error->message = message;
        }
        return std::nullopt;
    };
    if (query.path.size() > 4)
        return fail(QStringLiteral("Bobaedream motorcycles have four filter levels (category, maker, model, "
                                   "sub-model); the path has %1").arg(query.path.size()));
    if (!query.fuels.isEmpty())
        return fail(u"Bobaedream's motorcycle list has no fuel filter"_qs);
    if (!query.transmissions.isEmpty())
        return fail(u"Bobaedream's motorcycle list has no transmission filter"_qs);
    BikeListFilter f;
    const QStringList &p = query.path;
    if (!p.isEmpty())
        f.category = categoryCode(p.at(0));
    if (p.size() > 1)
        f.makerNo = p.at(1);
    if (p.size() > 2)
        f.modelNo = p.at(2);
    if (p.size() > 3)
        f.levelNo = p.at(3);
    if (query.yearFrom) {
        f.yearFrom = *query.yearFrom;
        f.monthFrom = 1;
    }
    if (query.yearTo) {
        f.yearTo = *query.yearTo;
        f.monthTo = 12;
    }
    // KRW → 만원: the lower bound rounds up, the upper bound down, so every hit is within the range.
    if (query.priceMin)
        f.priceMinManwon = (*query.priceMin + 9999) / 10000;
    if (query.priceMax)
        f.priceMaxManwon = *query.priceMax / 10000;
    f.order = bikeOrder(query.sort);
    f.viewSize = bikeViewSize(query.pageSize);
    f.keyword = query.keyword.trimmed();
    f.page = page;
    return f;
}

QUrl bikeLevelUrl(int level, const QString &parent, DepthConvention convention)
{
    const int dep = convention == DepthConvention::ParentDepth ? std::max(0, level - 1) : level;
    QUrlQuery q;
    q.addQueryItem(u"v1"_qs, present({}));
    q.addQueryItem(u"dep"_qs, QString::number(dep));
    q.addQueryItem(u"parval"_qs, present(parent));
    q.addQueryItem(u"selval"_qs, present(parent.isEmpty() ? QString()
                                                          : QStringLiteral("row_%1_%2").arg(std::max(0, dep - 1)).arg(parent)));
    q.addQueryItem(u"ifnew"_qs, u"N"_qs);
    q.addQueryItem(u"level_no2"_qs, u"0"_qs);
    QUrl url(kWebBase + u"/bike2/get_cardepth.php"_qs);
    url.setQuery(q);
    return url;
}

QUrl carListUrl(int page, const QString &makerNo)
{
    QUrl url(kMobileBase + u"/mycar/mlist/0/"_qs + QString::number(std::max(1, page)));
    if (!makerNo.isEmpty()) {
        QUrlQuery q;
        q.addQueryItem(u"maker_no"_qs, makerNo);
        url.setQuery(q);
    }
    return url;
}

QUrl carDetailUrl(const QString &no)
{
    return QUrl(kMobileBase + u"/mycar/mview/"_qs + no);
}

QUrl carPublicUrl(const QString &no)
{
    return carDetailUrl(no);
}

Net::HttpRequest carMakerModelRequest(const QString &makerNo, quint64 group)
{
    Net::HttpRequest r = makeRequest(QString::fromLatin1(kCarSourceId),
                                     QUrl(kWebBase + u"/mycar/proc/ajax_maker_new.php"_qs), group);
    r.method = "POST";
    QUrlQuery form;
    form.addQueryItem(u"dummy"_qs, u"1"_qs);
    form.addQueryItem(u"getSel"_qs, u"maker"_qs);
    form.addQueryItem(u"tb"_qs, u"mycar"_qs);
    form.addQueryItem(u"no"_qs, present(makerNo));
    form.addQueryItem(u"dep"_qs, makerNo.isEmpty() ? u"0"_qs : u"1"_qs);   // dep = the depth of the parent
    r.body = form.toString(QUrl::FullyEncoded).toUtf8();
    r.idempotent = true;   // a read, even if it is a POST
    r.expectJson = true;
    r.headers = {{"X-Requested-With", "XMLHttpRequest"},
                 {"Referer", "https://www.bobaedream.co.kr/mycar/mycar_list.php"},
                 {"Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"}};
    return r;
}

bool shouldFetchNextPage(int page, int lastPage, int newIds)
{
    if (newIds <= 0)
        return false;
    return lastPage <= 0 || page < lastPage;
}

Net::HttpRequest makeRequest(const QString &source, const QUrl &url, quint64 group)
{
    Net::HttpRequest r;
    r.url = url;
    r.source = source;
    r.group = group;
    return r;
}

bool matchesQuery(const Listing &l, const SearchQuery &q)
{
    if (q.yearFrom && l.year != 0 && l.year < *q.yearFrom)
        return false;
    if (q.yearTo && l.year != 0 && l.year > *q.yearTo)
        return false;
    if (q.mileageMaxKm && l.mileageKm > *q.mileageMaxKm)
        return false;
    if (q.priceMin || q.priceMax) {
        if (!l.price)
            return false;
        if (q.priceMin && *l.price < *q.priceMin)
            return false;
        if (q.priceMax && *l.price > *q.priceMax)
            return false;
    }
    return true;
}

} // namespace CarScout::Sources::Bobae
