#pragma once

// Encar list pages (`/search/car/list/…`, sources.md §1.3) → Listing. The hot path of a search: parsed with
// simdjson, safe to call from any thread (one parser per thread), no Qt event loop needed.

#include "core/model/listing.h"
#include "core/sources/source.h"
#include "core/sources/terms.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace CarScout::Sources::Encar {

struct EncarListItem
{
    Listing listing;
    QString carKey;          // the car behind the ad: the Photo prefix's number (re-adverts share it), else Id
    bool duplication = false;   // ServiceCopyCar == DUPLICATION
};

struct EncarListPage
{
    int count = -1;          // "Count"; -1 when absent (a bare SearchResults array)
    QList<EncarListItem> items;
    QStringList warnings;    // items that could not be read and were skipped, each named (index, Id, field)
};

// Accepts {"Count": n, "SearchResults": [...]} or a bare array of items. An item that cannot be read is skipped
// with a warning in out->warnings (item index + Id + field); a page that is not JSON, has the wrong shape or none
// of whose items can be read is a Parse error naming what and where; `out` is then unspecified.
JobError parseListPage(const QByteArray &body, const TermDictionary &terms, EncarListPage *out);

// Encar's price conventions: 만원 → KRW; 9999/99999 and non-positive are "call for price".
std::optional<qint64> priceFromManwon(double manwon);
// Year 201711 or 202108.0 → (2017, 11); false when it is not a plausible YYYYMM.
bool splitYearMonth(double yyyymm, int *year, int *month);

inline constexpr const char *kPhotoHost = "https://ci.encar.com";
QUrl photoUrl(const QString &location);           // ci.encar.com + location
QUrl publicPageUrl(const QString &id);            // https://fem.encar.com/cars/detail/{id}

// Folds duplicates across pages: an ad whose id or car key (the car behind it) was seen before is dropped. When
// one car comes both as ORIGINAL and as a DUPLICATION (Encar's service copy, often with delivery/warranty marks),
// the row is the original — its id and page URL — with the copy's marks merged, whichever arrives first: on one
// page the original's listing is kept; a copy that arrives on an earlier page than its original takes the
// original's id from its Photo prefix (sources.md §1.3: copies share the original's photos).
class DuplicateFolder
{
public:
    // The items not seen before, in order.
    QList<Listing> fold(const QList<EncarListItem> &items);
    int folded() const { return m_folded; }

private:
    QSet<QString> m_ids;
    QSet<QString> m_carKeys;
    int m_folded = 0;
};

} // namespace CarScout::Sources::Encar
