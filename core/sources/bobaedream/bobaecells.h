#pragma once

// Cells recognised by what they hold, not by where they sit (the list markup is unknown and changes): a row's
// texts are read one by one, each value taken from the first cell that looks like it.

#include "core/sources/bobaedream/bobaevalues.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace CarScout::Html {
class HtmlNode;
}

namespace CarScout::Sources {
class TermDictionary;
}

namespace CarScout::Sources::Bobae {

struct CellValues
{
    std::optional<YearMonth> year;   // 4-digit year (list form)
    int cc = 0;                      // "…cc"
    std::optional<Price> price;      // "…만원" or 가격문의
    QString priceText;
    std::optional<int> km;           // "…km"
    SellerKind seller = SellerKind::Unknown;
    QString region;                  // the whole cell ("서울 강남구")
    QString category;                // a motorcycle category the dictionary knows (스쿠터, 네이키드 …)
    Fuel fuel = Fuel::Unknown;       // a fuel word on its own (휘발유, 전기 …)
    int recognised = 0;              // how many values were taken
    QStringList others;              // texts that matched nothing (for warnings)
};

// Reads one text (one line of a cell); a value already taken is not overwritten. anyYearForm also takes the
// mobile site's "23/05(24년형)" for the year (the bike list shows four digits).
void readCellText(const QString &text, CellValues &values, const TermDictionary *terms, bool anyYearForm = false);

// The texts of a row: for <tr>, each <td>/<th>; otherwise each element without block children. Each text is
// split into lines (<br>, block boundaries) and, when a line is not recognised whole, into " / " or "|" parts.
QStringList rowTexts(const Html::HtmlNode &row);

// The element that holds one listing's link: the nearest <tr>, <li> or <dl> below the list, else the link's parent.
Html::HtmlNode rowOf(const Html::HtmlNode &link);

} // namespace CarScout::Sources::Bobae
