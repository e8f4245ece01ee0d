#include "core/sources/bobaedream/bobaecells.h"

#include "core/sources/html/htmlnode.h"
#include "core/sources/terms.h"

#include <QRegularExpression>

namespace CarScout::Sources::Bobae {

using Html::HtmlNode;

namespace {

bool isFormatting(const HtmlNode &n)
{
    static constexpr const char *kInline[] = {"b", "strong", "em", "i", "u", "font", "small", "sup", "sub", "br", "img"};
    for (const char *tag : kInline) {
        if (n.is(tag))
            return true;
    }
    return false;
}

// A text block is an element that holds text itself or only formatting children: "<td><b>320</b>만원</td>" is
// one text ("320만원"), "<td><a>title</a><br><span>125cc</span></td>" two.
void collectTexts(const HtmlNode &node, QStringList &out)
{
    const QList<HtmlNode> children = node.children();
    bool leaf = !node.ownText().isEmpty();
    if (!leaf) {
        leaf = true;
        for (const HtmlNode &c : children)
            leaf = leaf && isFormatting(c);
    }
    if (leaf) {
        for (const QString &line : node.textLines().split(u'\n', Qt::SkipEmptyParts)) {
            const QString t = line.simplified();
            if (!t.isEmpty())
                out.append(t);
        }
        return;
    }
    for (const HtmlNode &c : children) {
        if (!c.is("script") && !c.is("style"))
            collectTexts(c, out);
    }
}

bool readWhole(const QString &text, CellValues &v, const TermDictionary *terms, bool anyYearForm)
{
    if (text.contains(u"만원"_qs) || text.endsWith(u'원') || isPriceOnRequestText(text)) {
        if (const std::optional<Price> p = parsePrice(text)) {
            if (!v.price) {
                v.price = p;
                v.priceText = text;
                ++v.recognised;
            }
            return true;
        }
    }
    if (const std::optional<int> km = parseMileageKm(text)) {
        if (!v.km) {
            v.km = km;
            ++v.recognised;
        }
        return true;
    }
    if (const std::optional<int> cc = parseDisplacementCc(text)) {
        if (v.cc == 0) {
            v.cc = *cc;
            ++v.recognised;
        }
        return true;
    }
    if (const std::optional<YearMonth> y = anyYearForm ? parseYearMonth(text) : parseListYear(text)) {
        if (!v.year) {
            v.year = y;
            ++v.recognised;
        }
        return true;
    }
    if (const SellerKind k = sellerKindFromText(text); k != SellerKind::Unknown) {
        if (v.seller == SellerKind::Unknown) {
            v.seller = k;
            ++v.recognised;
        }
        return true;
    }
    if (text.size() <= 24 && !provinceOf(text).isEmpty()) {
        if (v.region.isEmpty()) {
            v.region = text;
            ++v.recognised;
        }
        return true;
    }
    if (terms && !terms->lookup(u"motorcycle_category", text, u"en").isEmpty()) {
        if (v.category.isEmpty()) {
            v.category = text;
            ++v.recognised;
        }
        return true;
    }
    // A fuel word on its own ("하이브리드"), not a line that merely contains one.
    const Fuel fuel = text.size() <= 10 && !text.contains(u' ') ? fuelFromName(text) : Fuel::Unknown;
    if (fuel != Fuel::Other && fuel != Fuel::Unknown) {
        if (v.fuel == Fuel::Unknown) {
            v.fuel = fuel;
            ++v.recognised;
        }
        return true;
    }
    return false;
}

} // namespace

void readCellText(const QString &text, CellValues &v, const TermDictionary *terms, bool anyYearForm)
{
    const QString t = text.simplified();
    if (t.isEmpty() || readWhole(t, v, terms, anyYearForm))
        return;
    static const QRegularExpression separators(uR"(\s+/\s+|\s*\|\s*|\s*·\s*)"_qs);
    const QStringList parts = t.split(separators, Qt::SkipEmptyParts);
    if (parts.size() < 2) {
        v.others.append(t);
        return;
    }
    for (const QString &p : parts) {
        if (!readWhole(p.trimmed(), v, terms, anyYearForm))
            v.others.append(p.trimmed());
    }
}

QStringList rowTexts(const HtmlNode &row)
{
    QStringList out;
    collectTexts(row, out);
    return out;
}

HtmlNode rowOf(const HtmlNode &link)
{
    // The nearest of them: a card <li> inside a layout table's cell is the card, not the layout row.
    for (HtmlNode n = link.parent(); n; n = n.parent()) {
        if (n.is("tr") || n.is("li") || n.is("dl"))
            return n;
        if (n.is("table") || n.is("ul") || n.is("body"))
            break;   // never a row that spans the whole list
    }
    return link.parent();
}

} // namespace CarScout::Sources::Bobae
