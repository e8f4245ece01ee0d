#pragma once

// Parser of a Bobaedream motorcycle page (GET /bike2/bike_view.php?no=…, EUC-KR/CP949; sources.md §2):
// label <td> → next <td> (모델명, 판매가격, 연식, 주행거리, 배기량, 연료, 변속기, 색상, 유형, 차량번호, 사고유무,
// 튜닝여부, 구입경로, A/S보증여부), the seller block (이름, 연락처, 지역, 이메일, 업체명, 네비주소), the
// checked boxes of 구비서류/판매방법, the 최초등록일 · 조회수 · 찜한회원 line, and the photos of this bike only.

#include "core/sources/bobaedream/bobaevalues.h"
#include "core/sources/source.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace CarScout::Sources {
class TermDictionary;
}

namespace CarScout::Sources::Bobae {

struct BikeDetailResult
{
    ListingDetail detail;
    QString plate;                     // 차량번호 as shown
    SellerKind sellerKind = SellerKind::Unknown;
    QStringList phones;                // 연락처 (.do_gray_b1)
    std::optional<YearMonth> firstRegistered;   // 최초등록일 of the td.text_08 line
    int views = -1;                    // 조회수
    int favourites = -1;               // 찜한회원
    int photoTotal = 0;                // span#nPhotoNum "n/total"; 0 when absent
    QStringList documents;             // 구비서류, checked only
    QStringList saleMethods;           // 판매방법, checked only
    QStringList warnings;              // fields that could not be read (their text is kept in the sections)
    bool blocked = false;
    QString error;                     // non-empty: unusable; says what and where
    bool ok() const { return error.isEmpty(); }
};

BikeDetailResult parseBikeDetail(const QByteArray &body, const QString &requestedNo, const QByteArray &charset = {},
                                 const TermDictionary *terms = nullptr);

} // namespace CarScout::Sources::Bobae
