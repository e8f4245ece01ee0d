#pragma once

// The brand list (GET /api/v2/getbrands → result.brands[{letter, brand[{bid, name, py, price, on_sale_num}]}]),
// the top level of the Che168 filter tree. What `on_sale_num` holds is not a count: in the real capture its
// non-zero values are all distinct, lie in the range of listing ids (44–56 million for brands of a 29 066-car
// market) and are non-zero exactly when `price` (the cheapest car, 万) is given. So it is read as "has cars on
// sale" only; the node's count stays unknown (-1), or 0 for a brand with nothing on sale.

#include "core/sources/source.h"
#include "core/sources/terms.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace CarScout::Sources::Che168 {

struct Che168Brand
{
    QString id;                          // bid
    QString name;                        // Chinese (or Latin) brand name
    QString pinyin;                      // py
    QString letter;                      // the group letter
    std::optional<qint64> fromPriceCny;  // "0.78万" → 7800; empty when nothing is on sale
    bool onSale = false;
};

// Brands in the reply's order (by letter). A brand that cannot be read is skipped with a warning.
JobError parseBrands(const QByteArray &body, QList<Che168Brand> *out, QStringList *warnings = nullptr);

// The maker level of the filter tree: key = bid, name, nameEn from the dictionary.
QList<FilterNode> brandNodes(const QList<Che168Brand> &brands, const TermDictionary &terms);

} // namespace CarScout::Sources::Che168
