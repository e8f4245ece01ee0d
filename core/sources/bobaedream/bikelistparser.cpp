#include "core/sources/bobaedream/bikelistparser.h"

#include "core/sources/bobaedream/bobaecells.h"
#include "core/sources/bobaedream/bobaerequests.h"
#include "core/sources/html/htmldocument.h"
#include "core/sources/terms.h"

#include <QHash>
#include <QRegularExpression>

namespace CarScout::Sources::Bobae {

using Html::HtmlDocument;
using Html::HtmlNode;

namespace {

const QUrl kListBase(u"https://www.bobaedream.co.kr/bike2/bike_list.php"_qs);

const QStringList kNoResultTexts = {u"검색된 매물이 없습니다"_qs, u"등록된 매물이 없습니다"_qs,
                                    u"검색결과가 없습니다"_qs, u"검색 결과가 없습니다"_qs, u"매물이 없습니다"_qs};
// Link texts that are not a title.
const QStringList kGenericLinkTexts = {u"상세보기"_qs, u"보기"_qs, u"자세히"_qs, u"더보기"_qs};

struct Candidate
{
    HtmlNode row;
    QList<HtmlNode> links;   // this id's links inside the row
    int position = 0;        // document order of its first link
};

QString titleOf(const Candidate &c)
{
    for (const HtmlNode &a : c.links) {
        const QString t = a.text();
        if (!t.isEmpty() && !kGenericLinkTexts.contains(t))
            return t;
    }
    for (const HtmlNode &a : c.links) {
        for (const HtmlNode &img : a.findAll("img")) {
            const QString alt = img.attribute("alt").simplified();
            if (!alt.isEmpty())
                return alt;
        }
    }
    return {};
}

QUrl photoOf(const HtmlNode &row)
{
    for (const HtmlNode &img : row.findAll("img")) {
        const QString src = img.attribute("src");
        const QString lower = src.toLower();
        if (lower.contains(u"icon"_qs) || lower.contains(u"btn"_qs) || lower.contains(u"blank"_qs))
            continue;
        if (lower.contains(u"direct_bike"_qs) || lower.contains(u"bike"_qs) || lower.contains(u"upload"_qs)) {
            const QUrl u = absoluteUrl(src, kListBase);
            if (u.isValid())
                return fullSizeBikePhoto(u);
        }
    }
    return {};
}

struct RowRead
{
    BikeRow row;
    CellValues cells;
    QString problem;   // why it cannot be used; empty = usable
};

RowRead readRow(const QString &id, const Candidate &c, const TermDictionary *terms)
{
    RowRead r;
    Listing &l = r.row.listing;
    l.source = QString::fromLatin1(kBikeSourceId);
    l.id = id;
    l.currency = u"KRW"_qs;
    l.url = bikeDetailUrl(id);
    l.title = titleOf(c);
    r.row.line = c.row.line();
    for (const QString &t : rowTexts(c.row)) {
        if (t != l.title)
            readCellText(t, r.cells, terms);
    }
    const CellValues &v = r.cells;
    if (l.title.isEmpty()) {
        r.problem = u"the link has no text (no title)"_qs;
        return r;
    }
    if (!v.year) {
        r.problem = QStringLiteral("no cell holds a 4-digit year (cells: %1)")
                        .arg(v.others.isEmpty() ? u"none"_qs : u'"' + v.others.join(u"\", \""_qs) + u'"');
        return r;
    }
    l.year = v.year->year;
    l.month = v.year->month;
    l.engineCc = v.cc;
    l.mileageKm = v.km.value_or(0);
    if (v.price && v.price->kind == PriceKind::Amount)
        l.price = v.price->krw;
    r.row.priceText = v.priceText;
    r.row.seller = v.seller;
    l.seller = sellerKindName(v.seller);
    l.location = v.region;
    l.body = v.category;
    l.fuel = v.fuel;
    const QUrl photo = photoOf(c.row);
    if (photo.isValid())
        l.photos.append(photo);
    const BikeTitleParts parts = splitBikeTitle(l.title, terms);
    l.make = parts.make;
    l.model = parts.model;
    l.makeEn = bikeMakerEn(l.make, terms);
    if (v.price && v.price->kind == PriceKind::OnRequest)
        l.badges.append(v.priceText);
    return r;
}

// href="bike_view.php?no=…", or href="#" with onclick="location.href='bike_view.php?no=…'".
QString bikeIdOfLink(const HtmlNode &a)
{
    const QString id = bikeIdFromHref(a.attribute("href"));
    return id.isEmpty() ? bikeIdFromHref(a.attribute("onclick")) : id;
}

bool onlyLinksTo(const HtmlNode &row, const QString &id)
{
    for (const HtmlNode &a : row.findAll("a")) {
        const QString other = bikeIdOfLink(a);
        if (!other.isEmpty() && other != id)
            return false;
    }
    return true;
}

// The link's row, and up to two enclosing rows that hold no other bike: a layout that nests the title in an
// inner table and the values in the outer row still yields one row with everything.
QList<HtmlNode> rowsAround(const HtmlNode &link, const QString &id)
{
    QList<HtmlNode> rows{rowOf(link)};
    for (HtmlNode n = rows.first().parent(); n && rows.size() < 3 && !n.is("body"); n = n.parent()) {
        if (!(n.is("tr") || n.is("li") || n.is("dl")))
            continue;
        if (!onlyLinksTo(n, id))
            break;
        rows.append(n);
    }
    return rows;
}

int lastPageOf(const HtmlDocument &doc)
{
    static const QRegularExpression pageParam(uR"([?&](?:amp;)?page=(\d+))"_qs);
    static const QRegularExpression pageCall(uR"((?:goPage|go_page|movePage|page_move)\s*\(\s*'?(\d+))"_qs);
    int last = 0;
    for (const HtmlNode &a : doc.root().findAll("a")) {
        const QString href = a.attribute("href");
        if (href.contains(u"bike_view.php"_qs))
            continue;
        QRegularExpressionMatch m = pageParam.match(href);
        if (!m.hasMatch())
            m = pageCall.match(href + u' ' + a.attribute("onclick"));
        if (m.hasMatch())
            last = std::max(last, m.captured(1).toInt());
    }
    return last;
}

int totalOf(const QString &text)
{
    static const QRegularExpression re(uR"(총\s*([\d,]+)\s*(?:대|건))"_qs);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return -1;
    QString digits = m.captured(1);
    digits.remove(u',');
    return digits.toInt();
}

// A bike list page even without bikes: the search form (its selects) or links back to the list.
bool looksLikeBikeList(const HtmlDocument &doc)
{
    for (const HtmlNode &s : doc.root().findAll("select")) {
        const QString name = s.attribute("name");
        if (name == u"maker_no"_qs || name == u"ftype1"_qs || name == u"view_size"_qs || name == u"order"_qs)
            return true;
    }
    for (const HtmlNode &f : doc.root().findAll("form")) {
        if (f.attribute("action").contains(u"bike_list.php"_qs))
            return true;
    }
    return false;
}

} // namespace

QString bikeMakerEn(const QString &make, const TermDictionary *terms)
{
    if (!terms || make.isEmpty())
        return {};
    const QString en = terms->lookup(u"motorcycle_maker", make, u"en");
    return en.isEmpty() ? terms->lookup(u"maker", make, u"en") : en;
}

BikeTitleParts splitBikeTitle(const QString &title, const TermDictionary *terms, const QString &knownMaker)
{
    const QString t = title.simplified();
    if (!knownMaker.isEmpty() && t.startsWith(knownMaker + u' '))
        return {knownMaker, t.mid(knownMaker.size() + 1)};
    const qsizetype space = t.indexOf(u' ');
    if (space <= 0 || !terms)
        return {};
    const QString first = t.left(space);
    if (terms->lookup(u"motorcycle_maker", first, u"en").isEmpty())
        return {};
    return {first, t.mid(space + 1)};
}

BikeListPage parseBikeList(const QByteArray &body, const QByteArray &charset, const TermDictionary *terms)
{
    BikeListPage page;
    const HtmlDocument doc = HtmlDocument::parse(body, charset, "CP949");
    if (!doc.isValid()) {
        page.error = u"bike_list.php: "_qs + doc.error().message;
        return page;
    }

    // Every link to a bike, grouped by id (first appearance order) and by the row it sits in.
    QStringList order;
    QHash<QString, QList<Candidate>> candidates;
    int position = 0;
    for (const HtmlNode &a : doc.root().findAll("a")) {
        const QString id = bikeIdOfLink(a);
        if (id.isEmpty())
            continue;
        QList<Candidate> &list = candidates[id];
        if (list.isEmpty())
            order.append(id);
        for (const HtmlNode &row : rowsAround(a, id)) {
            auto it = std::find_if(list.begin(), list.end(), [&row](const Candidate &c) { return c.row == row; });
            if (it == list.end())
                list.append({row, {a}, position++});
            else
                it->links.append(a);
        }
    }

    // The same bike may also sit in an ad box (photo and title only): its fullest row wins, and the listing
    // takes that row's place in the list.
    QList<QPair<int, BikeRow>> chosen;
    for (const QString &id : std::as_const(order)) {
        std::optional<RowRead> best;
        int bestPosition = 0;
        QString firstProblem;
        for (const Candidate &c : candidates.value(id)) {
            RowRead r = readRow(id, c, terms);
            if (!r.problem.isEmpty()) {
                if (firstProblem.isEmpty())
                    firstProblem = QStringLiteral("line %1: %2").arg(r.row.line).arg(r.problem);
                continue;
            }
            if (!best || r.cells.recognised > best->cells.recognised) {
                best = std::move(r);
                bestPosition = c.position;
            }
        }
        if (!best) {
            page.warnings.append(QStringLiteral("bike no=%1 skipped: %2").arg(id, firstProblem));
            continue;
        }
        chosen.append({bestPosition, std::move(best->row)});
    }
    std::stable_sort(chosen.begin(), chosen.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &[pos, row] : chosen) {
        page.results.append(row.listing);
        page.rows.append(std::move(row));
    }

    page.lastPage = lastPageOf(doc);
    const QString text = doc.root().text();
    page.totalAvailable = totalOf(text);

    if (!order.isEmpty() && page.rows.isEmpty()) {
        page.error = QStringLiteral("bike_list.php: none of the %1 bike row(s) could be read; first: %2")
                         .arg(order.size())
                         .arg(page.warnings.value(0));
        return page;
    }
    if (order.isEmpty()) {
        const QString title = doc.first("//title").text();
        const QString marker = blockPageMarker(text);
        if (!marker.isEmpty()) {
            page.blocked = true;
            page.error = QStringLiteral("bike_list.php: a block page (\"%1\") instead of the list%2")
                             .arg(marker, title.isEmpty() ? QString() : QStringLiteral(", titled \"%1\"").arg(title.left(80)));
            return page;
        }
        for (const QString &m : kNoResultTexts) {
            if (text.contains(m)) {
                page.noResultsMarker = true;
                return page;
            }
        }
        if (!looksLikeBikeList(doc))
            page.error = QStringLiteral("bike_list.php: no bike_view.php links and no search form: not a list "
                                        "page%1")
                             .arg(title.isEmpty() ? QString() : QStringLiteral(" (titled \"%1\")").arg(title.left(80)));
    }
    return page;
}

} // namespace CarScout::Sources::Bobae
