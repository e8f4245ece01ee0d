#pragma once

// Requests to Bobaedream (sources.md §2, che168-bobaedream.md §6):
//  - motorcycles on www.bobaedream.co.kr/bike2: bike_list.php (filters, page), bike_view.php (detail),
//    get_cardepth.php (filter levels: categories → makers → models → sub-models);
//  - cars on the mobile site: m.bobaedream.co.kr/mycar/mlist/0/{page} (+maker_no) and /mycar/mview/{no},
//    with makers and models from www.bobaedream.co.kr/mycar/proc/ajax_maker_new.php.

#include "core/net/httptypes.h"
#include "core/net/sourcepolicy.h"
#include "core/sources/source.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace CarScout::Sources::Bobae {

// ≥ 1 s between request starts (the seed's rule), 0–0.5 s jitter, an extra 1–3 s pause every 10th; the car
// pages at 1.2 s (the interval carwatch measured unblocked) with an iPhone Safari User-Agent, the only header
// the mobile site needs.
Net::SourcePolicy bikeSourcePolicy();
Net::SourcePolicy carSourcePolicy();

// ---- motorcycles -------------------------------------------------------------------------------------------

// The list's query parameters (sources.md §2). Empty/zero fields are not sent. Codes (category, maker, model,
// sub-model) are the sno values of get_cardepth.php.
struct BikeListFilter
{
    bool newBikes = false;          // ifnew=Y (new) / N (used)
    QString origin;                 // gubun K (domestic) / I (imported); empty = both
    QString category;               // ftype1
    QString makerNo, modelNo, levelNo;
    int yearFrom = 0, monthFrom = 0, yearTo = 0, monthTo = 0;   // buy_year1_1/_2 … buy_year2_1/_2
    qint64 priceMinManwon = 0, priceMaxManwon = 0;              // price1 / price2
    QString order = u"update_time desc"_qs;   // update_time|car_price|buy_year|km asc/desc, "count desc"
    int viewSize = 30;              // 30, 50 or 70
    QString keyword;                // search_field=title & search_str
    int page = 1;
};

QUrl bikeListUrl(const BikeListFilter &filter);
QUrl bikeDetailUrl(const QString &no);   // bike_view.php?no=…&gubun=K&ifnew=N

// The list filter for a SearchQuery: path = [category, maker, model, sub-model] (sno codes; "" or "0" at the
// category level = every category). Returns nullopt and sets *error (BadInput) for a filter the list cannot
// express (fuel and transmission: their codes are not known).
std::optional<BikeListFilter> bikeFilterFor(const SearchQuery &query, int page, JobError *error);
QString bikeOrder(SortOrder sort);   // "update_time desc", "car_price asc", …
int bikeViewSize(int pageSize);      // the allowed size ≥ pageSize (30/50/70)

// get_cardepth.php levels: 0 categories, 1 makers, 2 models (parent = maker sno), 3 sub-models (parent = model
// sno). Documented: dep = the level asked for, selval = row_{dep-1}_{parent}. The car twin of this endpoint
// takes dep = the depth of the *parent* instead; ParentDepth asks that way (dep = level - 1), for a reply
// that turns out to be of the wrong level.
enum class DepthConvention { Documented, ParentDepth };
QUrl bikeLevelUrl(int level, const QString &parent, DepthConvention convention = DepthConvention::Documented);

// ---- cars (mobile site) ------------------------------------------------------------------------------------

QUrl carListUrl(int page, const QString &makerNo = {});   // https://m.bobaedream.co.kr/mycar/mlist/0/{page}
QUrl carDetailUrl(const QString &no);                     // https://m.bobaedream.co.kr/mycar/mview/{no}
QUrl carPublicUrl(const QString &no);                     // the same page (what a dealer opens)

// POST https://www.bobaedream.co.kr/mycar/proc/ajax_maker_new.php: makers (makerNo empty, dep=0) or the models
// of one maker (no={maker}&dep=1).
Net::HttpRequest carMakerModelRequest(const QString &makerNo, quint64 group);

// The paging rule of both sources (the site gives no reliable total): fetch page + 1 unless this page brought
// no id not seen before, or the pager's last page (lastPage > 0) is reached.
bool shouldFetchNextPage(int page, int lastPage, int newIds);

// ---- shared -------------------------------------------------------------------------------------------------

Net::HttpRequest makeRequest(const QString &source, const QUrl &url, quint64 group);

// Listings the server could not filter for us (the car list ignores model_no and every range; the bike list's
// range semantics are unverified): true when the listing satisfies the query's ranges. A listing without a
// price fails a price bound; a field the list did not show (0) passes the bound on it.
bool matchesQuery(const Listing &listing, const SearchQuery &query);

} // namespace CarScout::Sources::Bobae
