#include "core/sources/bobaedream/bikedetailparser.h"

#include "core/sources/bobaedream/bikelistparser.h"
#include "core/sources/bobaedream/bobaerequests.h"
#include "core/sources/html/htmldocument.h"
#include "core/sources/terms.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace CarScout::Sources::Bobae {

using Html::HtmlDocument;
using Html::HtmlNode;

namespace {

// The page's own labels stay in the data; the GUI translates the known ones in the "DetailFields" context.
[[maybe_unused]] constexpr const char *kTranslatedPageLabels[] = {
    QT_TRANSLATE_NOOP("DetailFields", "모델명"),     QT_TRANSLATE_NOOP("DetailFields", "판매가격"),
    QT_TRANSLATE_NOOP("DetailFields", "연식"),       QT_TRANSLATE_NOOP("DetailFields", "주행거리"),
    QT_TRANSLATE_NOOP("DetailFields", "배기량"),     QT_TRANSLATE_NOOP("DetailFields", "연료"),
    QT_TRANSLATE_NOOP("DetailFields", "변속기"),     QT_TRANSLATE_NOOP("DetailFields", "색상"),
    QT_TRANSLATE_NOOP("DetailFields", "유형"),       QT_TRANSLATE_NOOP("DetailFields", "차량번호"),
    QT_TRANSLATE_NOOP("DetailFields", "사고유무"),   QT_TRANSLATE_NOOP("DetailFields", "튜닝여부"),
    QT_TRANSLATE_NOOP("DetailFields", "구입경로"),   QT_TRANSLATE_NOOP("DetailFields", "A/S보증여부"),
    QT_TRANSLATE_NOOP("DetailFields", "이름"),       QT_TRANSLATE_NOOP("DetailFields", "연락처"),
    QT_TRANSLATE_NOOP("DetailFields", "지역"),       QT_TRANSLATE_NOOP("DetailFields", "이메일"),
    QT_TRANSLATE_NOOP("DetailFields", "업체명"),     QT_TRANSLATE_NOOP("DetailFields", "네비주소"),
    QT_TRANSLATE_NOOP("DetailFields", "구비서류"),   QT_TRANSLATE_NOOP("DetailFields", "판매방법"),
    QT_TRANSLATE_NOOP("DetailFields", "최초등록일"), QT_TRANSLATE_NOOP("DetailFields", "조회수"),
    QT_TRANSLATE_NOOP("DetailFields", "찜한회원"),
};

const QStringList kSpecLabels = {u"모델명"_qs,   u"판매가격"_qs, u"연식"_qs,     u"주행거리"_qs, u"배기량"_qs,
                                 u"연료"_qs,     u"변속기"_qs,   u"색상"_qs,     u"유형"_qs,     u"차량번호"_qs,
                                 u"사고유무"_qs, u"튜닝여부"_qs, u"구입경로"_qs, u"A/S보증여부"_qs};
const QStringList kSellerLabels = {u"이름"_qs, u"연락처"_qs, u"지역"_qs, u"이메일"_qs, u"업체명"_qs, u"네비주소"_qs};
const QStringList kCheckLabels = {u"구비서류"_qs, u"판매방법"_qs};

const QUrl kViewBase(u"https://www.bobaedream.co.kr/bike2/bike_view.php"_qs);

// "연 식 :" → "연식"
QString labelKey(const QString &text)
{
    QString s = text;
    s.remove(u' ');
    s.remove(QChar(0x00A0));
    while (s.endsWith(u':') || s.endsWith(u'：'))
        s.chop(1);
    return s;
}

QStringList checkedItems(const HtmlNode &value)
{
    QStringList out;
    for (const HtmlNode &img : value.findAll("img")) {
        if (!img.attribute("src").contains(u"detail_check01"_qs))
            continue;
        QString name;
        const HtmlNode cell = img.parent();
        if (cell.is("td") && cell.text().isEmpty())
            name = cell.nextSibling().text();   // <td><img></td><td>등록증</td>
        else
            name = cell.text();                 // <td><img> 등록증</td>, <label><img> 등록증</label>
        if (!name.isEmpty() && !out.contains(name))
            out.append(name);
    }
    return out;
}

void readMetaLine(const QString &text, BikeDetailResult &r, DetailSection &meta)
{
    static const QRegularExpression dateRe(uR"(최초등록일\s*[:：]?\s*(\d{4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,2}))"_qs);
    static const QRegularExpression viewsRe(uR"(조회수\s*[:：]?\s*([\d,]+))"_qs);
    static const QRegularExpression favRe(uR"(찜한회원\s*[:：]?\s*([\d,]+))"_qs);
    const QRegularExpressionMatch d = dateRe.match(text);
    if (d.hasMatch()) {
        r.firstRegistered = parseDate(d.captured(1));
        meta.fields.append({u"최초등록일"_qs, d.captured(1).remove(u' ')});
    }
    const QRegularExpressionMatch v = viewsRe.match(text);
    if (v.hasMatch()) {
        r.views = v.captured(1).remove(u',').toInt();
        meta.fields.append({u"조회수"_qs, QString::number(r.views)});
    }
    const QRegularExpressionMatch f = favRe.match(text);
    if (f.hasMatch()) {
        r.favourites = f.captured(1).remove(u',').toInt();
        meta.fields.append({u"찜한회원"_qs, QString::number(r.favourites)});
    }
}

// Main image first, then the gallery images of the same base name (other bikes' ads share the page).
QList<QUrl> bikePhotos(const HtmlDocument &doc, QStringList &warnings)
{
    QList<QUrl> photos;
    const QUrl main = fullSizeBikePhoto(absoluteUrl(doc.first("//img[@id='BigImg']").attribute("src"), kViewBase));
    QString base = bikePhotoBase(main);
    QList<QUrl> gallery;
    for (const HtmlNode &img : doc.root().findAll("img")) {
        const QUrl u = absoluteUrl(img.attribute("src"), kViewBase);
        if (u.host() == QLatin1String(kBikePhotoHost) && u.path().contains(u"/direct_bike/"_qs))
            gallery.append(u);
    }
    if (base.isEmpty() && !gallery.isEmpty()) {
        base = bikePhotoBase(gallery.first());
        warnings.append(u"img#BigImg missing: photos taken by the first gallery image's name "_qs + base);
    }
    if (!base.isEmpty() && main.isValid() && bikePhotoBase(main) == base)
        photos.append(main);
    for (const QUrl &u : std::as_const(gallery)) {
        const QUrl full = fullSizeBikePhoto(u);
        if (bikePhotoBase(u) == base && !photos.contains(full))
            photos.append(full);
    }
    return photos;
}

} // namespace

BikeDetailResult parseBikeDetail(const QByteArray &body, const QString &requestedNo, const QByteArray &charset,
                                 const TermDictionary *terms)
{
    BikeDetailResult r;
    const QString page = u"bike_view.php?no="_qs + requestedNo;
    const HtmlDocument doc = HtmlDocument::parse(body, charset, "CP949");
    if (!doc.isValid()) {
        r.error = page + u": "_qs + doc.error().message;
        return r;
    }

    // label → value cells, first occurrence of each label wins.
    QList<QPair<QString, HtmlNode>> pairs;
    for (const HtmlNode &cell : doc.root().findAllIf([](const HtmlNode &n) { return n.is("td") || n.is("th"); })) {
        if (cell.findFirst("td"))
            continue;   // a layout cell around other cells is never a label (and its text is long)
        const QString key = labelKey(cell.text());
        if (!kSpecLabels.contains(key) && !kSellerLabels.contains(key) && !kCheckLabels.contains(key))
            continue;
        const HtmlNode value = cell.nextSibling();
        if (!value || std::any_of(pairs.cbegin(), pairs.cend(), [&key](const auto &p) { return p.first == key; }))
            continue;
        pairs.append({key, value});
    }
    const QString title = doc.first("//title").text();
    if (pairs.isEmpty()) {
        const QString marker = blockPageMarker(doc.root().text());
        r.blocked = !marker.isEmpty();
        r.error = page
            + (r.blocked ? QStringLiteral(": a block page (\"%1\") instead of the bike").arg(marker)
                         : u": not a bike page (no 모델명/판매가격/연식 … label cells)"_qs)
            + (title.isEmpty() ? QString() : QStringLiteral("; page title \"%1\"").arg(title.left(80)));
        return r;
    }

    ListingDetail &d = r.detail;
    Listing &l = d.listing;
    l.source = QString::fromLatin1(kBikeSourceId);
    l.id = requestedNo;
    l.currency = u"KRW"_qs;
    l.url = bikeDetailUrl(requestedNo);
    d.requestedId = requestedNo;

    DetailSection spec{u"spec"_qs, QString::fromUtf8(QT_TRANSLATE_NOOP("DetailFields", "Specifications")), {}};
    DetailSection seller{u"seller"_qs, QString::fromUtf8(QT_TRANSLATE_NOOP("DetailFields", "Seller")), {}};
    DetailSection sale{u"sale"_qs, QString::fromUtf8(QT_TRANSLATE_NOOP("DetailFields", "Documents and sale")), {}};
    QString sellerName, company;
    auto warn = [&r](const QString &label, const QString &value, const HtmlNode &cell, const char *expected) {
        r.warnings.append(QStringLiteral("%1 \"%2\" (line %3) is not %4").arg(label, value).arg(cell.line()).arg(QLatin1String(expected)));
    };
    for (const auto &[label, cell] : std::as_const(pairs)) {
        const QString value = cell.text();
        if (kCheckLabels.contains(label)) {
            const QStringList items = checkedItems(cell);
            (label == u"구비서류"_qs ? r.documents : r.saleMethods) = items;
            sale.fields.append({label, items.join(u", "_qs)});
            continue;
        }
        if (kSellerLabels.contains(label)) {
            if (label == u"연락처"_qs) {
                for (const HtmlNode &p : cell.findAll("", "do_gray_b1")) {
                    if (!p.text().isEmpty())
                        r.phones.append(p.text());
                }
                seller.fields.append({label, r.phones.isEmpty() ? value : r.phones.join(u", "_qs)});
                continue;
            }
            if (label == u"이름"_qs) {
                static const QRegularExpression kindRe(uR"(^(.*?)\s*\(([^)]*)\)\s*$)"_qs);
                const QRegularExpressionMatch m = kindRe.match(value);
                sellerName = m.hasMatch() ? m.captured(1) : value;
                if (m.hasMatch())
                    r.sellerKind = sellerKindFromText(m.captured(2));
            } else if (label == u"업체명"_qs && value != u"-"_qs) {
                company = value;
            } else if (label == u"지역"_qs) {
                l.location = value;
            }
            if (!value.isEmpty() && value != u"-"_qs)
                seller.fields.append({label, value});
            continue;
        }
        spec.fields.append({label, value});
        if (value.isEmpty() || value == u"-"_qs)
            continue;
        if (const SharedDetailField shared = readSharedDetailField(label, value, l); shared.shared) {
            if (shared.expected)
                warn(label, value, cell, shared.expected);
        } else if (label == u"모델명"_qs) {
            l.title = value;
        } else if (label == u"판매가격"_qs) {
            const HtmlNode red = cell.findFirst("", "do_red_b1");
            const QString shown = red ? red.text() + (value.contains(u"만원"_qs) ? u"만원"_qs : QString()) : value;
            std::optional<Price> p = parsePrice(shown);
            if (!p && red)
                p = parsePrice(value);
            if (!p && red && parseManwonNumber(red.text()))
                p = Price{PriceKind::Amount, *parseManwonNumber(red.text())};   // "320" in the red span, unit elsewhere
            if (!p)
                warn(label, value, cell, "a price like 320만원 or 가격문의");
            else if (p->kind == PriceKind::Amount)
                l.price = p->krw;
        } else if (label == u"유형"_qs) {
            l.body = value;
        } else if (label == u"차량번호"_qs) {
            r.plate = value;
        }
    }
    if (l.title.isEmpty()) {
        // "<title>혼다 PCX125 - 바이크 - 보배드림</title>"
        l.title = title.section(u" - "_qs, 0, 0).trimmed();
    }
    if (l.title.isEmpty()) {
        r.error = page + u": no 모델명 cell and no page title: the bike has no name"_qs;
        return r;
    }
    const BikeTitleParts parts = splitBikeTitle(l.title, terms);
    l.make = parts.make;
    l.model = parts.model;
    l.makeEn = bikeMakerEn(l.make, terms);
    l.seller = company.isEmpty() ? sellerName : company;
    if (r.sellerKind != SellerKind::Unknown)
        l.badges.append(sellerKindName(r.sellerKind));

    DetailSection meta{u"listing"_qs, QString::fromUtf8(QT_TRANSLATE_NOOP("DetailFields", "Listing")), {}};
    for (const HtmlNode &td : doc.root().findAll("td", "text_08"))
        readMetaLine(td.text(), r, meta);
    const QString photoNum = doc.first("//span[@id='nPhotoNum']").text();
    static const QRegularExpression photoNumRe(uR"(^\s*\d+\s*/\s*(\d+)\s*$)"_qs);
    const QRegularExpressionMatch pn = photoNumRe.match(photoNum);
    if (pn.hasMatch())
        r.photoTotal = pn.captured(1).toInt();

    l.photos = bikePhotos(doc, r.warnings);

    for (DetailSection *s : {&spec, &seller, &sale, &meta}) {
        if (!s->fields.isEmpty())
            d.sections.append(*s);
    }
    return r;
}

} // namespace CarScout::Sources::Bobae
