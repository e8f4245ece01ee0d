#include "core/sources/bobaedream/carlistparser.h"

#include "core/sources/bobaedream/bobaecells.h"
#include "core/sources/bobaedream/bobaerequests.h"
#include "core/sources/html/htmldocument.h"
#include "core/sources/terms.h"

#include <QHash>

namespace CarScout::Sources::Bobae {

using Html::HtmlDocument;
using Html::HtmlNode;

namespace {

const QUrl kMobileBase(u"https://m.bobaedream.co.kr/mycar/mlist/0/1"_qs);

// Reads one car item; returns a problem (empty on success).
QString readItem(const QString &id, const HtmlNode &item, const HtmlNode &link, Listing &l, const TermDictionary *terms)
{
    l.source = QString::fromLatin1(kCarSourceId);
    l.id = id;
    l.currency = u"KRW"_qs;
    l.url = carPublicUrl(id);
    HtmlNode titleNode = item.findFirst("span", "title");
    if (!titleNode)
        titleNode = item.findFirst("", "title");
    // Without a title element only the link's own text counts: a link wrapping the whole card is not a title.
    l.title = titleNode ? titleNode.text() : link.ownText();
    if (l.title.isEmpty())
        return u"no <span class=\"title\"> and no link text (no title)"_qs;

    const HtmlNode price = item.findFirst("", "price");
    if (price) {
        const HtmlNode unit = price.nextSibling();
        l.price = priceFromParts(price.text(), unit.hasClass("unit") ? unit.text() : price.parent().text());
    }
    CellValues v;
    const QString priceText = price.text();
    for (const QString &t : rowTexts(item)) {
        if (t == l.title || (!priceText.isEmpty() && t == priceText))
            continue;   // the price's number alone would read as a year ("2,000")
        readCellText(t, v, terms, true);
    }
    if (v.year) {
        l.year = v.year->year;
        l.month = v.year->month;
    }
    l.mileageKm = v.km.value_or(0);
    l.engineCc = v.cc;
    l.fuel = v.fuel;
    l.location = v.region;
    if (!l.price && v.price && v.price->kind == PriceKind::Amount)
        l.price = v.price->krw;
    for (const HtmlNode &img : item.findAll("img")) {
        for (const char *attr : {"data-src", "data-original", "src"}) {
            const QUrl u = absoluteUrl(img.attribute(attr), kMobileBase);
            if (u.isValid() && !carPhotoFolder(u).isEmpty() && !l.photos.contains(u)) {
                l.photos.append(u);
                break;
            }
        }
    }
    const CarTitleParts parts = splitCarTitle(l.title, terms);
    l.make = parts.make;
    l.model = parts.model;
    if (terms && !l.make.isEmpty())
        l.makeEn = terms->lookup(u"maker", l.make, u"en");
    return {};
}

} // namespace

std::optional<qint64> priceFromParts(const QString &number, const QString &unit)
{
    if (!unit.contains(u"만원"_qs))
        return std::nullopt;
    const std::optional<qint64> krw = parseManwonNumber(number);
    if (!krw || *krw <= 0)
        return std::nullopt;
    return krw;
}

CarTitleParts splitCarTitle(const QString &title, const TermDictionary *terms)
{
    const QString t = title.simplified();
    const qsizetype space = t.indexOf(u' ');
    if (space <= 0 || !terms)
        return {};
    const QString first = t.left(space);
    if (terms->lookup(u"maker", first, u"en").isEmpty())
        return {};
    return {first, t.mid(space + 1)};
}

bool titleHasModel(const QString &title, const QString &model)
{
    auto squeeze = [](QString s) {
        s.remove(u' ');
        return s.toLower();
    };
    return !model.isEmpty() && squeeze(title).contains(squeeze(model));
}

CarListPage parseCarList(const QByteArray &body, const QByteArray &charset, const TermDictionary *terms)
{
    CarListPage page;
    const HtmlDocument doc = HtmlDocument::parse(body, charset, "UTF-8");
    if (!doc.isValid()) {
        page.error = u"mycar/mlist: "_qs + doc.error().message;
        return page;
    }
    QStringList order;
    QHash<QString, QPair<HtmlNode, HtmlNode>> items;   // id → (item, link): the first link's item
    for (const HtmlNode &a : doc.root().findAll("a")) {
        const QString id = carIdFromHref(a.attribute("href"));
        if (id.isEmpty() || items.contains(id))
            continue;
        order.append(id);
        items.insert(id, {rowOf(a), a});
    }
    for (const QString &id : std::as_const(order)) {
        Listing l;
        const auto &[item, link] = items.value(id);
        const QString problem = readItem(id, item, link, l, terms);
        if (!problem.isEmpty()) {
            page.warnings.append(QStringLiteral("car %1 (line %2) skipped: %3").arg(id).arg(item.line()).arg(problem));
            continue;
        }
        page.results.append(l);
    }
    if (!order.isEmpty() && page.results.isEmpty()) {
        page.error = QStringLiteral("mycar/mlist: none of the %1 car item(s) could be read; first: %2")
                         .arg(order.size())
                         .arg(page.warnings.value(0));
        return page;
    }
    if (order.isEmpty()) {
        const QString text = doc.root().text();
        const QString title = doc.first("//title").text();
        const QString marker = blockPageMarker(text);
        if (!marker.isEmpty()) {
            page.blocked = true;
            page.error = QStringLiteral("mycar/mlist: a block page (\"%1\") instead of the list").arg(marker);
        } else if (!title.contains(u"보배드림"_qs) && !text.contains(u"보배드림"_qs)) {
            page.error = QStringLiteral("mycar/mlist: no /mycar/mview/ links and not a Bobaedream page%1")
                             .arg(title.isEmpty() ? QString() : QStringLiteral(" (titled \"%1\")").arg(title.left(80)));
        }
        // Otherwise: a page past the last one (the site's end of list).
    }
    return page;
}

} // namespace CarScout::Sources::Bobae
