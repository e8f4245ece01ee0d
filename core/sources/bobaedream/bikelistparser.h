#pragma once

// Parser of Bobaedream's motorcycle list (GET /bike2/bike_list.php, EUC-KR/CP949; sources.md §2). No real page
// has ever been saved, so nothing here depends on column positions or class names: every distinct
// bike_view.php?no= link is a bike, its row (nearest <tr>/<li>) is read cell by cell and each cell recognised
// by content (4-digit year, …cc, …만원 / 가격문의, …km, 개인/업체/딜러, a province). The title is the link
// text. A row without a title or a year is skipped with a warning naming it; the others are kept.

#include "core/sources/bobaedream/bobaevalues.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace CarScout::Sources {
class TermDictionary;
}

namespace CarScout::Sources::Bobae {

struct BikeRow
{
    Listing listing;
    SellerKind seller = SellerKind::Unknown;
    QString priceText;     // as shown: "320만원", "가격문의"
    int line = 0;          // source line of the row (for messages)
};

struct BikeListPage
{
    QList<BikeRow> rows;          // one per distinct id that could be read, document order
    QList<Listing> results;       // the rows' listings
    QStringList warnings;         // rows skipped (never fatal)
    int lastPage = 0;             // the highest page=N the pager links to; 0 = no pager
    int totalAvailable = -1;      // "총 1,234대", -1 when the page says none
    bool noResultsMarker = false; // the page says there is nothing
    bool blocked = false;         // a block/captcha page (error says which marker)
    QString error;                // non-empty: the page is unusable; says what and where

    bool ok() const { return error.isEmpty(); }
};

// charset: the response's declared charset (empty = the page's <meta>, else CP949).
BikeListPage parseBikeList(const QByteArray &body, const QByteArray &charset = {},
                           const TermDictionary *terms = nullptr);

// Maker and model from a title: "혼다 PCX125 ABS" → 혼다, "PCX125 ABS" when the first word is a motorcycle
// maker the dictionary knows (or `knownMaker`); otherwise both empty.
struct BikeTitleParts
{
    QString make, model;
};
BikeTitleParts splitBikeTitle(const QString &title, const TermDictionary *terms, const QString &knownMaker = {});

// English maker name: the motorcycle section first, then the car makers.
QString bikeMakerEn(const QString &make, const TermDictionary *terms);

} // namespace CarScout::Sources::Bobae
