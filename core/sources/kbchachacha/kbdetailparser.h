#pragma once

// Parser of a KB ChaChaCha listing page (GET /public/car/detail.kbc?carSeq=…, sources.md §3.3): the JSON-LD
// Product, the info table (th/td pairs), the insurance/ownership summary, options, seller and comment.

#include "core/sources/source.h"

#include <QByteArray>
#include <QString>


namespace CarScout::Sources {
class TermDictionary;
}

namespace CarScout::Sources::Kb {

struct KbDetailResult
{
    ListingDetail detail;
    std::optional<qint64> jsonLdPriceKrw;   // offers.price (full KRW) as the JSON-LD states it
    QString plate;                          // 차량정보
    int modelYear = 0;
    QString error;                          // non-empty: unusable; says what and where
    bool ok() const { return error.isEmpty(); }
};

KbDetailResult parseDetailPage(const QByteArray &body, const QString &requestedSeq, const QByteArray &charset = {},
                               const TermDictionary *terms = nullptr);

} // namespace CarScout::Sources::Kb
