#pragma once

// Parser of a Bobaedream mobile car page (GET m.bobaedream.co.kr/mycar/mview/{no}, UTF-8;
// che168-bobaedream.md §6.2): label/value pairs <span class="title1">연식</span><span class="text">…</span>
// (also title/text), the price <strong class="price">N</strong><span class="unit">만원, the insurance and repair
// counts <span class="title">보험이력</span><span class="count">N</span> (absent = not disclosed, never 0),
// 최고출력 → power, 차대번호 → VIN, the plate from the insurance link's car_number=, and the photos of this car
// only (og:image's folder).

#include "core/sources/bobaedream/bobaevalues.h"
#include "core/sources/source.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace CarScout::Sources {
class TermDictionary;
}

namespace CarScout::Sources::Bobae {

struct CarDetailResult
{
    ListingDetail detail;
    int modelYear = 0;                    // 연식 "(23년형)"
    QString vin;                          // 차대번호 when it is a valid VIN (only on some listings)
    QString plate;                        // car_number= of the insurance link
    std::optional<int> insuranceCount;    // 보험이력 N; empty = not disclosed
    std::optional<int> repairCount;       // 수리이력 N; empty = not disclosed
    bool lease = false;                   // 월리스료/월렌트료: the shown amount is monthly, not a price
    QStringList warnings;                 // values that could not be read (kept as text in the sections)
    bool blocked = false;
    QString error;                        // non-empty: unusable; says what and where
    bool ok() const { return error.isEmpty(); }
};

CarDetailResult parseCarDetail(const QByteArray &body, const QString &requestedNo, const QByteArray &charset = {},
                               const TermDictionary *terms = nullptr);

} // namespace CarScout::Sources::Bobae
