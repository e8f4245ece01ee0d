#include "core/sources/bobaedream/cardetailparser.h"

#include "core/sources/bobaedream/bobaerequests.h"
#include "core/sources/bobaedream/carlistparser.h"
#include "core/sources/html/htmldocument.h"
#include "core/sources/terms.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace CarScout::Sources::Bobae {

using Html::HtmlDocument;
using Html::HtmlNode;

namespace {

[[maybe_unused]] constexpr const char *kTranslatedPageLabels[] = {
    QT_TRANSLATE_NOOP("DetailFields", "최고출력"), QT_TRANSLATE_NOOP("DetailFields", "차대번호"),
    QT_TRANSLATE_NOOP("DetailFields", "복합연비"), QT_TRANSLATE_NOOP("DetailFields", "승차정원"),
    QT_TRANSLATE_NOOP("DetailFields", "제작일"),   QT_TRANSLATE_NOOP("DetailFields", "제작국"),
    QT_TRANSLATE_NOOP("DetailFields", "구동방식"), QT_TRANSLATE_NOOP("DetailFields", "보증기간"),
    QT_TRANSLATE_NOOP("DetailFields", "신차가격"), QT_TRANSLATE_NOOP("DetailFields", "보험이력"),
    QT_TRANSLATE_NOOP("DetailFields", "수리이력"), QT_TRANSLATE_NOOP("DetailFields", "미공개"),
    QT_TRANSLATE_NOOP("DetailFields", "엔진형식"), QT_TRANSLATE_NOOP("DetailFields", "수입구분"),
};

const QUrl kViewBase(u"https://m.bobaedream.co.kr/mycar/mview/0"_qs);
const QStringList kCountLabels = {u"보험이력"_qs, u"수리이력"_qs};

QString cleanTitle(QString t)
{
    t = t.section(u'|', 0, 0).simplified();
    if (t.endsWith(u" 중고차"_qs))
        t.chop(4);
    static const QRegularExpression leadingYear(uR"(^(?:19|20)\d{2}\s+)"_qs);
    t.remove(leadingYear);
    return t.simplified();
}

// The value element after a label: the next sibling with class text (or count), else the next sibling.
HtmlNode valueAfter(const HtmlNode &label, const char *cls)
{
    for (HtmlNode n = label.nextSibling(); n; n = n.nextSibling()) {
        if (n.hasClass(cls))
            return n;
        if (n.hasClass("title") || n.hasClass("title1"))
            break;   // the next pair begins
    }
    return {};
}

QList<QUrl> carPhotos(const HtmlDocument &doc)
{
    QList<QUrl> photos;
    const QUrl og = absoluteUrl(doc.first("//meta[@property='og:image']").attribute("content"), kViewBase);
    QString folder = carPhotoFolder(og);
    if (!folder.isEmpty())
        photos.append(og);
    for (const HtmlNode &img : doc.root().findAll("img")) {
        for (const char *attr : {"data-src", "data-original", "src"}) {
            const QUrl u = absoluteUrl(img.attribute(attr), kViewBase);
            const QString f = carPhotoFolder(u);
            if (f.isEmpty())
                continue;
            if (folder.isEmpty())
                folder = f;   // no og:image: the first car photo names the folder
            if (f == folder && !photos.contains(u))
                photos.append(u);
            break;
        }
    }
    return photos;
}

} // namespace

CarDetailResult parseCarDetail(const QByteArray &body, const QString &requestedNo, const QByteArray &charset,
                               const TermDictionary *terms)
{
    CarDetailResult r;
    const QString page = u"mycar/mview/"_qs + requestedNo;
    const HtmlDocument doc = HtmlDocument::parse(body, charset, "UTF-8");
    if (!doc.isValid()) {
        r.error = page + u": "_qs + doc.error().message;
        return r;
    }
    QList<QPair<QString, HtmlNode>> pairs;
    QList<QPair<QString, HtmlNode>> counts;
    for (const HtmlNode &label : doc.root().findAllIf([](const HtmlNode &n) {
             return n.is("span") && (n.hasClass("title1") || n.hasClass("title"));
         })) {
        const QString key = label.text();
        if (key.isEmpty())
            continue;
        if (kCountLabels.contains(key)) {
            if (const HtmlNode c = valueAfter(label, "count"))
                counts.append({key, c});
            continue;
        }
        const HtmlNode value = valueAfter(label, "text");
        if (value && std::none_of(pairs.cbegin(), pairs.cend(), [&key](const auto &p) { return p.first == key; }))
            pairs.append({key, value});
    }
    const QString pageTitle = doc.first("//title").text();
    if (pairs.isEmpty()) {
        const QString marker = blockPageMarker(doc.root().text());
        r.blocked = !marker.isEmpty();
        r.error = page
            + (r.blocked ? QStringLiteral(": a block page (\"%1\") instead of the car").arg(marker)
                         : u": not a car page (no <span class=\"title1\">label</span><span class=\"text\"> pairs)"_qs)
            + (pageTitle.isEmpty() ? QString() : QStringLiteral("; page title \"%1\"").arg(pageTitle.left(80)));
        return r;
    }

    ListingDetail &d = r.detail;
    Listing &l = d.listing;
    l.source = QString::fromLatin1(kCarSourceId);
    l.id = requestedNo;
    l.currency = u"KRW"_qs;
    l.url = carPublicUrl(requestedNo);
    d.requestedId = requestedNo;
    QString title = doc.first("//meta[@property='og:title']").attribute("content");
    l.title = cleanTitle(title.isEmpty() ? pageTitle : title);

    DetailSection spec{u"spec"_qs, QString::fromUtf8(QT_TRANSLATE_NOOP("DetailFields", "Specifications")), {}};
    auto warn = [&r](const QString &label, const QString &value, const HtmlNode &n, const char *expected) {
        r.warnings.append(QStringLiteral("%1 \"%2\" (line %3) is not %4").arg(label, value).arg(n.line()).arg(QLatin1String(expected)));
    };
    for (const auto &[label, node] : std::as_const(pairs)) {
        const QString value = node.text();
        spec.fields.append({label, value});
        if (value.isEmpty() || value == u"-"_qs)
            continue;
        if (const SharedDetailField shared = readSharedDetailField(label, value, l); shared.shared) {
            if (shared.expected)
                warn(label, value, node, shared.expected);
            if (shared.year)
                r.modelYear = shared.year->modelYear;
        } else if (label == u"최고출력"_qs) {
            if (const std::optional<int> hp = parsePowerHp(value))
                l.powerHp = *hp;
            else
                warn(label, value, node, "a power like 557마력");
        } else if (label == u"차대번호"_qs) {
            r.vin = normalizedVin(value);
            if (r.vin.isEmpty())
                warn(label, value, node, "a 17-character VIN");
        } else if (label == u"지역"_qs || label == u"판매지역"_qs) {
            l.location = value;
        }
    }
    d.sections.append(spec);

    DetailSection price{u"price"_qs, QString::fromUtf8(QT_TRANSLATE_NOOP("DetailFields", "Price")), {}};
    const QString text = doc.root().text();
    r.lease = text.contains(u"월리스료"_qs) || text.contains(u"월렌트료"_qs);
    const HtmlNode strong = doc.root().findFirst("strong", "price");
    if (strong) {
        const HtmlNode unit = strong.nextSibling();
        const QString unitText = unit.hasClass("unit") ? unit.text() : QString();
        price.fields.append({u"판매가격"_qs, strong.text() + unitText});
        const std::optional<qint64> krw = priceFromParts(strong.text(), unitText);
        if (!krw && !isPriceOnRequestText(strong.text()))
            warn(u"판매가격"_qs, strong.text() + unitText, strong, "a price like 23,900만원");
        if (!r.lease)
            l.price = krw;
    }
    if (r.lease)
        l.badges.append(text.contains(u"월리스료"_qs) ? u"리스"_qs : u"렌트"_qs);
    for (const auto &[label, node] : std::as_const(pairs)) {
        if (label == u"신차가격"_qs)
            price.fields.append({label, node.text()});
    }
    if (!price.fields.isEmpty())
        d.sections.append(price);

    // Counts shown → a record; not shown (or "미공개") → no record, never "0 accidents".
    DetailSection history{u"accident"_qs, QString::fromUtf8(QT_TRANSLATE_NOOP("DetailFields", "Insurance and repair history")), {}};
    for (const auto &[label, node] : std::as_const(counts)) {
        const std::optional<int> n = parseCount(node.text());
        history.fields.append({label, node.text()});
        if (!n) {
            warn(label, node.text(), node, "a count");
            continue;
        }
        (label == u"보험이력"_qs ? r.insuranceCount : r.repairCount) = n;
    }
    if (text.contains(u"보험이력미공개"_qs) || text.contains(u"보험이력 미공개"_qs)) {
        r.insuranceCount.reset();
        history.fields.append({u"보험이력"_qs, u"미공개"_qs});
    }
    if (r.insuranceCount) {
        AccidentSummary a;
        a.accidentCount = *r.insuranceCount;
        d.accidents = a;
        if (a.accidentCount > 0)
            l.badges.append(u"보험사고"_qs);
    }
    if (!history.fields.isEmpty())
        d.sections.append(history);

    for (const HtmlNode &a : doc.root().findAll("a")) {
        const QString href = a.attribute("href");
        if (!href.contains(u"car_number="_qs))
            continue;
        const QUrl u = absoluteUrl(href, kViewBase);
        r.plate = QUrlQuery(u).queryItemValue(u"car_number"_qs, QUrl::FullyDecoded);
        if (!r.plate.isEmpty())
            break;
    }
    l.photos = carPhotos(doc);

    const CarTitleParts parts = splitCarTitle(l.title, terms);
    l.make = parts.make;
    l.model = parts.model;
    if (terms && !l.make.isEmpty())
        l.makeEn = terms->lookup(u"maker", l.make, u"en");
    return r;
}

} // namespace CarScout::Sources::Bobae
