#include "core/sources/kbchachacha/kblistparser.h"

#include "core/sources/html/htmldocument.h"
#include "core/sources/kbchachacha/kbvalues.h"
#include "core/sources/terms.h"

#include <QSet>

#include <algorithm>

namespace CarScout::Sources::Kb {

using Html::HtmlDocument;
using Html::HtmlNode;

namespace {

// Selectors of sources.md §3.2, evaluated with HtmlNode's tag.class finders (no XPath: this is the hot path).
constexpr const char *kPageTitle = "//title";

const QStringList kNoResultTexts = {u"검색결과가 없습니다"_qs, u"검색 결과가 없습니다"_qs, u"매물이 없습니다"_qs,
                                    u"조건에 맞는 차량이 없습니다"_qs};

QString where(const KbCard &card, const HtmlNode &node)
{
    return QStringLiteral("card #%1 (carSeq %2, section \"%3\", line %4)")
        .arg(card.index + 1)
        .arg(card.listing.id, card.section)
        .arg(node.line());
}

// Fills `card` from `node`; returns an error message (empty on success).
QString parseCard(const HtmlNode &node, KbCard &card, const KbListContext &ctx)
{
    Listing &l = card.listing;
    l.source = QString::fromLatin1(kSourceId);
    l.currency = u"KRW"_qs;
    const QString seq = node.attribute("data-car-seq").trimmed();
    bool numeric = !seq.isEmpty();
    for (QChar c : seq)
        numeric = numeric && c.isDigit();
    if (!numeric)
        return QStringLiteral("card #%1 (line %2): data-car-seq \"%3\" is not a number")
            .arg(card.index + 1)
            .arg(node.line())
            .arg(seq);
    l.id = seq;

    l.title = node.findFirst("strong", "tit").text();
    if (l.title.isEmpty())
        return where(card, node) + u": strong.tit (title) missing or empty"_qs;

    QList<HtmlNode> spans;   // div.data-line > span
    for (const HtmlNode &child : node.findFirst("div", "data-line").children()) {
        if (child.is("span"))
            spans.append(child);
    }
    if (spans.size() < 2)
        return where(card, node)
            + QStringLiteral(": div.data-line has %1 span(s), expected 3 (registration, mileage, region)").arg(spans.size());
    const QString regText = spans[0].text();
    const std::optional<Registration> reg = parseCardRegistration(regText);
    if (!reg)
        return where(card, node) + QStringLiteral(": div.data-line span[1] \"%1\" is not a registration like 23/05식(24년형)")
                                       .arg(regText);
    l.year = reg->year;
    l.month = reg->month;
    card.modelYear = reg->modelYear;
    const QString kmText = spans[1].text();
    const std::optional<int> km = parseMileageKm(kmText);
    if (!km)
        return where(card, node) + QStringLiteral(": div.data-line span[2] \"%1\" is not a mileage like 53,768km").arg(kmText);
    l.mileageKm = *km;
    if (spans.size() >= 3)
        l.location = spans[2].text();

    for (const HtmlNode &t : node.findAll("span", "tag")) {
        const QString tag = t.text();
        if (!tag.isEmpty())
            card.tags.append(tag);
    }
    card.badge = node.findFirst("span", "check-bedge").findFirst("span", "txt").text();
    card.note = node.findFirst("div", "thumbnail-bottom").findFirst("p", "txt").text();
    if (!card.badge.isEmpty())
        l.badges.append(card.badge);
    l.badges.append(card.tags);
    for (const QString &part : card.note.split(u'·', Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (!p.isEmpty() && !l.badges.contains(p))
            l.badges.append(p);
    }

    const HtmlNode price = node.findFirst("span", "price");
    const HtmlNode lease = node.findFirst("span", "txt-lease");
    if (price) {
        // A reduced price shows the old amount struck through: "2,820만원 <del>3,200만원</del>", the <del> inside
        // span.price or beside it in strong.pay.
        HtmlNode struck = price.findFirst("del");
        if (!struck)
            struck = node.findFirst("strong", "pay").findFirst("del");
        card.priceText = price.text();
        QString current = card.priceText;
        if (struck) {
            const QString previousText = struck.text();
            const qsizetype at = current.lastIndexOf(previousText);
            if (!previousText.isEmpty() && at >= 0)
                current.remove(at, previousText.size());
            const std::optional<qint64> previous = parsePriceManwon(previousText);
            if (!previous)
                return where(card, node) + QStringLiteral(": the struck-through price \"%1\" is not an amount like 3,200만원")
                                               .arg(previousText);
            l.pricePrev = *previous;
        }
        const std::optional<qint64> krw = parsePriceManwon(current);
        if (!krw)
            return where(card, node) + QStringLiteral(": span.price \"%1\" is not an amount like 2,570만원").arg(card.priceText);
        l.price = *krw;
        if (l.pricePrev && *l.pricePrev > *krw)
            l.badges.append(QString::fromLatin1(kPriceReducedBadge));
    } else if (lease) {
        card.lease = true;
        card.priceText = lease.parent().text();
        const QString leaseBadge = lease.text();
        if (!leaseBadge.isEmpty() && !l.badges.contains(leaseBadge))
            l.badges.append(leaseBadge);
    }

    QString href;   // a[href*=detail.kbc]
    for (const HtmlNode &a : node.findAll("a")) {
        const QString h = a.attribute("href");
        if (h.contains(u"detail.kbc"_qs)) {
            href = h;
            break;
        }
    }
    l.url = href.isEmpty() ? detailPageUrl(seq) : QUrl(u"https://www.kbchachacha.com"_qs).resolved(QUrl(href));

    for (const HtmlNode &img : node.findAll("img")) {
        if (!img.hasAttribute("src"))
            continue;
        const QUrl url = normalizedPhotoUrl(seq, img.attribute("src").trimmed());
        if (url.isValid() && !l.photos.contains(url))
            l.photos.append(url);
    }

    const TitleParts parts = splitTitle(l.title, ctx.knownModel);
    l.make = parts.make;
    l.model = parts.model;
    l.trim = parts.trim;
    if (ctx.terms) {
        l.makeEn = ctx.terms->lookup(u"maker", l.make, u"en");
        l.modelEn = ctx.terms->modelName(l.model, u"en");
    }
    l.fuel = ctx.fuel;
    l.transmission = ctx.transmission;
    const int cc = displacementFromTitle(l.title);
    if (cc > 0 && l.fuel != Fuel::Electric)
        l.engineCc = cc;
    return {};
}

bool hasReadableCard(const QList<KbCard> &cards, bool resultSectionOnly)
{
    return std::any_of(cards.cbegin(), cards.cend(), [resultSectionOnly](const KbCard &c) {
        return !resultSectionOnly || c.section == kResultSection;
    });
}

// page.results: the cards of "전체" (or every card), deduplicated by carSeq, in order.
void collectResults(KbListPage &page, bool resultSectionOnly)
{
    QSet<QString> seen;
    for (const KbCard &card : page.cards) {
        if (resultSectionOnly && card.section != kResultSection)
            continue;
        if (seen.contains(card.listing.id))
            continue;
        seen.insert(card.listing.id);
        page.results.append(card.listing);
    }
}

} // namespace

KbListPage parseListPage(const QByteArray &body, const QByteArray &charset, const KbListContext &context)
{
    KbListPage page;
    const HtmlDocument doc = HtmlDocument::parse(body, charset);
    if (!doc.isValid()) {
        page.error = u"list.empty: "_qs + doc.error().message;
        return page;
    }

    QString currentSection;
    int index = 0;
    int resultCards = 0;        // cards under "전체", read or not
    QString firstResultError;   // why the first unreadable "전체" card was skipped
    bool hasResultSection = false;
    // Headings and cards in document order ("h2, div.area[data-car-seq]").
    const QList<HtmlNode> sectionsAndCards = doc.root().findAllIf([](const HtmlNode &n) {
        return n.is("h2") || (n.is("div") && n.hasAttribute("data-car-seq") && n.hasClass("area"));
    });
    for (const HtmlNode &node : sectionsAndCards) {
        if (node.is("h2")) {
            currentSection = node.ownText();
            if (currentSection.isEmpty())
                currentSection = node.text();
            page.sections.append(currentSection);
            hasResultSection = hasResultSection || currentSection == kResultSection;
            continue;
        }
        KbCard card;
        card.index = index++;
        card.section = currentSection;
        const bool isResult = currentSection == kResultSection;
        resultCards += isResult ? 1 : 0;
        // One unreadable card never loses the page: it is skipped with a warning that names it.
        const QString error = parseCard(node, card, context);
        if (!error.isEmpty()) {
            if (isResult && firstResultError.isEmpty())
                firstResultError = error;
            page.warnings.append(u"list.empty: skipped "_qs + error);
            continue;
        }
        page.cards.append(std::move(card));
    }

    if (hasResultSection) {
        if (resultCards > 0 && !hasReadableCard(page.cards, true)) {
            page.error = QStringLiteral("list.empty: none of the %1 card(s) of the result section could be read; the "
                                        "first: %2").arg(resultCards).arg(firstResultError);
            return page;
        }
        collectResults(page, true);
        return page;
    }

    const QString text = doc.root().text();
    for (const QString &marker : kNoResultTexts) {
        if (text.contains(marker)) {
            page.noResultsMarker = true;
            return page;
        }
    }
    // Without any filter KB may answer with the ad heading (KB스타픽) over the cards and no "전체" section: those
    // cards are then the results, marked as promoted.
    if (!page.cards.isEmpty()) {
        page.promotedOnly = true;
        for (KbCard &card : page.cards)
            card.listing.badges.prepend(QString::fromLatin1(kPromotedBadge));
        collectResults(page, false);
        return page;
    }
    const bool knownHeading = std::any_of(page.sections.cbegin(), page.sections.cend(), [](const QString &s) {
        return s == kStarPickSection || s == kCertifiedSection;
    });
    if (knownHeading && page.warnings.isEmpty())
        return page;   // the ad headings over no cards at all: an empty page
    const QString title = doc.first(kPageTitle).text();
    if (!title.isEmpty()) {
        page.error = QStringLiteral("list.empty: got a full HTML page titled \"%1\" instead of the list fragment "
                                    "(block page or changed site?)")
                         .arg(title.left(80));
    } else {
        page.error = QStringLiteral("list.empty: no readable card and no result section (<h2> \"전체\"); found "
                                    "section(s) [%1]%2")
                         .arg(page.sections.join(u", "_qs),
                              page.warnings.isEmpty() ? QString() : u"; "_qs + page.warnings.first());
    }
    return page;
}

} // namespace CarScout::Sources::Kb
