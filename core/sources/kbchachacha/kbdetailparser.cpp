#include "core/sources/kbchachacha/kbdetailparser.h"

#include "core/sources/html/htmldocument.h"
#include "core/sources/kbchachacha/kbvalues.h"
#include "core/sources/terms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace CarScout::Sources::Kb {

using Html::HtmlDocument;
using Html::HtmlNode;

namespace {

// The page's own labels (Korean) are kept in the data; those the parser knows are marked for lupdate so the GUI
// can translate them in the "DetailFields" context, like the English labels and section titles.
[[maybe_unused]] constexpr const char *kTranslatedPageLabels[] = {
    QT_TRANSLATE_NOOP("DetailFields", "차량정보"), QT_TRANSLATE_NOOP("DetailFields", "연식"),
    QT_TRANSLATE_NOOP("DetailFields", "주행거리"), QT_TRANSLATE_NOOP("DetailFields", "연료"),
    QT_TRANSLATE_NOOP("DetailFields", "변속기"), QT_TRANSLATE_NOOP("DetailFields", "차종"),
    QT_TRANSLATE_NOOP("DetailFields", "배기량"), QT_TRANSLATE_NOOP("DetailFields", "색상"),
    QT_TRANSLATE_NOOP("DetailFields", "판매가격"), QT_TRANSLATE_NOOP("DetailFields", "이전가격"),
    QT_TRANSLATE_NOOP("DetailFields", "시세안전구간"), QT_TRANSLATE_NOOP("DetailFields", "보험사고정보"),
    QT_TRANSLATE_NOOP("DetailFields", "전손이력"), QT_TRANSLATE_NOOP("DetailFields", "침수이력"),
    QT_TRANSLATE_NOOP("DetailFields", "용도이력"), QT_TRANSLATE_NOOP("DetailFields", "도난이력"),
    QT_TRANSLATE_NOOP("DetailFields", "소유자변경"), QT_TRANSLATE_NOOP("DetailFields", "성능점검기록부"),
};

#define KB_CLS(c) "[contains(concat(' ', normalize-space(@class), ' '), ' " c " ')]"

constexpr const char *kJsonLd = "//script[@type='application/ld+json']";
constexpr const char *kInfoHeaders = "//table" KB_CLS("detail-info-table") "//th";
constexpr const char *kBuyName = "//strong" KB_CLS("car-buy-name");
constexpr const char *kPriceDd = "//div" KB_CLS("car-buy-price") "//dd";
constexpr const char *kTxtInfo = "//div" KB_CLS("car-buy-share") "//div" KB_CLS("txt-info") "/span";
constexpr const char *kHistoryBlock = "//div" KB_CLS("detail-info02");
constexpr const char *kHistoryTerms = ".//dl/dt";
constexpr const char *kAccidentState = "//*[@id='btnCarHistoryView2']";
constexpr const char *kAccidentAlarm = "//li" KB_CLS("used02") "//span" KB_CLS("used-alarm");
constexpr const char *kPerformanceLink = "//*[@id='btnCarCheckView2' or @id='btnCarCheckView1'][@data-link-url]";
constexpr const char *kOptions = "//ul" KB_CLS("car-option-list") "/li[not(" "contains(concat(' ', normalize-space(@class), ' '), ' disable ')" ")]"
                                 "//span" KB_CLS("text");
constexpr const char *kSelectedOptions = "//div" KB_CLS("select-option-area") "//ul" KB_CLS("option-list") "/li/span" KB_CLS("txt");
constexpr const char *kComment = "//div" KB_CLS("seller-comment") " | //div" KB_CLS("dealer-info") "//div" KB_CLS("dealer-scroll");
constexpr const char *kDealerName = "//div" KB_CLS("dealer-cnt") "/span" KB_CLS("name");
constexpr const char *kDealerPlace = "//div" KB_CLS("dealer-cnt") "//span" KB_CLS("place-add");
constexpr const char *kMarketRange = "//div" KB_CLS("cmm-price") "/strong" KB_CLS("price");
constexpr const char *kPageTitle = "//title";

QString optionName(const QString &raw)
{
    const qsizetype open = raw.indexOf(u'(');
    if (open < 0)
        return raw.simplified();
    const QString name = raw.left(open).simplified();
    QString inner = raw.mid(open + 1);
    inner.remove(u')');
    QStringList parts;
    for (const QString &p : inner.split(u',')) {
        const QString t = p.simplified();
        if (!t.isEmpty())
            parts.append(t);
    }
    return parts.isEmpty() ? name : name + u" ("_qs + parts.join(u", "_qs) + u')';
}

std::optional<qint64> jsonNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

bool isNone(const QString &value)
{
    return value.isEmpty() || value == u"없음"_qs || value == u"무"_qs || value == u"0회"_qs;
}

// Reads the JSON-LD Product; returns an error message or empty.
QString readJsonLd(const HtmlNode &script, KbDetailResult &r)
{
    const QString where = QStringLiteral("JSON-LD <script> at line %1").arg(script.line());
    const QByteArray json = script.rawText();
    QJsonParseError perr;
    const QJsonDocument jd = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError)
        return where + QStringLiteral(": %1 at offset %2").arg(perr.errorString()).arg(perr.offset);
    if (!jd.isObject())
        return where + u": not a JSON object"_qs;
    const QJsonObject o = jd.object();
    if (o.value(u"@type"_qs).toString() != u"Product"_qs)
        return where + QStringLiteral(": @type is \"%1\", expected \"Product\"").arg(o.value(u"@type"_qs).toString());
    Listing &l = r.detail.listing;
    const QJsonValue name = o.value(u"name"_qs);
    if (!name.isString())
        return where + u": \"name\" missing or not a string"_qs;
    if (l.title.isEmpty())
        l.title = name.toString().simplified();
    const QJsonValue images = o.value(u"image"_qs);
    QList<QUrl> photos;
    if (images.isArray()) {
        const QJsonArray arr = images.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            if (!arr.at(i).isString())
                return where + QStringLiteral(": image[%1] is not a string").arg(i);
            const QUrl u(arr.at(i).toString().trimmed());
            if (u.isValid() && !u.isEmpty() && !photos.contains(u))
                photos.append(u);
        }
    } else if (images.isString()) {
        photos.append(QUrl(images.toString().trimmed()));
    } else if (!images.isUndefined() && !images.isNull()) {
        return where + u": \"image\" is neither an array nor a string"_qs;
    }
    l.photos = photos;
    const QJsonValue brand = o.value(u"brand"_qs);
    if (brand.isObject())
        l.make = brand.toObject().value(u"name"_qs).toString().trimmed();
    else if (brand.isString())
        l.make = brand.toString().trimmed();
    const QJsonValue offers = o.value(u"offers"_qs);
    if (offers.isObject()) {
        const QJsonObject of = offers.toObject();
        const QJsonValue price = of.value(u"price"_qs);
        if (!price.isUndefined()) {
            const std::optional<qint64> p = jsonNumber(price);
            if (!p)
                return where + QStringLiteral(": offers.price \"%1\" is not a number").arg(price.toVariant().toString());
            if (*p > 0)
                r.jsonLdPriceKrw = *p;
        }
        const QString url = of.value(u"url"_qs).toString();
        if (!url.isEmpty())
            l.url = QUrl(url);
    } else if (!offers.isUndefined()) {
        return where + u": \"offers\" is not an object"_qs;
    }
    return {};
}

} // namespace

KbDetailResult parseDetailPage(const QByteArray &body, const QString &requestedSeq, const QByteArray &charset,
                               const TermDictionary *terms)
{
    KbDetailResult r;
    const QString page = u"detail.kbc?carSeq="_qs + requestedSeq;
    const HtmlDocument doc = HtmlDocument::parse(body, charset);
    if (!doc.isValid()) {
        r.error = page + u": "_qs + doc.error().message;
        return r;
    }
    const HtmlNode script = doc.first(kJsonLd);
    const QList<HtmlNode> headers = doc.select(kInfoHeaders);
    if (!script && headers.isEmpty()) {
        const QString title = doc.first(kPageTitle).text();
        r.error = page
            + QStringLiteral(": not a listing page (no JSON-LD Product and no table.detail-info-table)%1")
                  .arg(title.isEmpty() ? QString() : QStringLiteral("; page title \"%1\"").arg(title.left(80)));
        return r;
    }

    ListingDetail &d = r.detail;
    Listing &l = d.listing;
    l.source = QString::fromLatin1(kSourceId);
    l.id = requestedSeq;
    l.currency = u"KRW"_qs;
    d.requestedId = requestedSeq;

    // "(24가1234)현대 벨로스터<br>Turbo GDi …": the name without the plate prefix.
    QString buyName = doc.first(kBuyName).text();
    if (buyName.startsWith(u'(') && buyName.indexOf(u')') > 0)
        buyName = buyName.mid(buyName.indexOf(u')') + 1).trimmed();
    l.title = buyName;

    if (script) {
        const QString err = readJsonLd(script, r);
        if (!err.isEmpty()) {
            r.error = page + u": "_qs + err;
            return r;
        }
    }
    if (l.url.isEmpty())
        l.url = detailPageUrl(requestedSeq);
    const QString urlSeq = QUrlQuery(l.url).queryItemValue(u"carSeq"_qs);
    if (!urlSeq.isEmpty())
        l.id = urlSeq;

    DetailSection spec{u"spec"_qs, QString::fromUtf8(QT_TRANSLATE_NOOP("DetailFields", "Specifications")), {}};
    QString ccText;
    for (const HtmlNode &th : headers) {
        const QString label = th.text();
        const QString value = th.first("following-sibling::td[1]").text();
        if (label.isEmpty())
            continue;
        spec.fields.append({label, value});
        const QString what = QStringLiteral("table.detail-info-table %1 \"%2\" (line %3)").arg(label, value).arg(th.line());
        if (label == u"차량정보"_qs) {
            r.plate = value;
        } else if (label == u"연식"_qs) {
            const std::optional<Registration> reg = parseDetailRegistration(value);
            if (!reg) {
                r.error = page + u": "_qs + what + u" is not a year like 12년06월(13년형)"_qs;
                return r;
            }
            l.year = reg->year;
            l.month = reg->month;
            r.modelYear = reg->modelYear;
        } else if (label == u"주행거리"_qs) {
            const std::optional<int> km = parseMileageKm(value);
            if (!km) {
                r.error = page + u": "_qs + what + u" is not a mileage like 124,413km"_qs;
                return r;
            }
            l.mileageKm = *km;
        } else if (label == u"연료"_qs) {
            l.fuel = fuelFromName(value);
        } else if (label == u"변속기"_qs) {
            l.transmission = transmissionFromName(value);
        } else if (label == u"차종"_qs) {
            l.body = value;
        } else if (label == u"배기량"_qs) {
            ccText = value;
            const std::optional<int> cc = parseDisplacementCc(value);
            if (!cc && !value.isEmpty() && value != u"정보없음"_qs) {
                r.error = page + u": "_qs + what + u" is not a displacement like 1,591cc"_qs;
                return r;
            }
            l.engineCc = cc.value_or(0);
        } else if (label == u"색상"_qs) {
            l.color = value;
        }
    }
    if (l.engineCc == 0 && l.fuel != Fuel::Electric)
        l.engineCc = displacementFromTitle(l.title);
    if (!spec.fields.isEmpty())
        d.sections.append(spec);

    const TitleParts parts = splitTitle(l.title);
    if (l.make.isEmpty())
        l.make = parts.make;
    if (parts.make == l.make) {
        l.model = parts.model;
        l.trim = parts.trim;
    }
    if (terms) {
        l.makeEn = terms->lookup(u"maker", l.make, u"en");
        l.modelEn = terms->modelName(l.model, u"en");
    }

    // Price: the price shown as current (a <strong> after a struck-through old price) wins over JSON-LD,
    // which keeps the first advertised price.
    DetailSection price{u"price"_qs, QString::fromUtf8(QT_TRANSLATE_NOOP("DetailFields", "Price")), {}};
    const HtmlNode dd = doc.first(kPriceDd);
    const QString current = dd.textOf("./strong");
    const QString previous = dd.textOf("./span");
    if (!current.isEmpty()) {
        price.fields.append({u"판매가격"_qs, current});
        l.price = parsePriceManwon(current);
    }
    if (!previous.isEmpty() && previous != current)
        price.fields.append({u"이전가격"_qs, previous});
    if (!l.price)
        l.price = r.jsonLdPriceKrw;
    if (r.jsonLdPriceKrw)
        price.fields.append({QString::fromUtf8(QT_TRANSLATE_NOOP("DetailFields", "JSON-LD offers.price (KRW)")), QString::number(*r.jsonLdPriceKrw)});
    const QString range = doc.first(kMarketRange).text();
    if (!range.isEmpty())
        price.fields.append({u"시세안전구간"_qs, range});
    if (!price.fields.isEmpty())
        d.sections.append(price);

    const QList<HtmlNode> txtInfo = doc.select(kTxtInfo);
    if (txtInfo.size() >= 4)
        l.location = txtInfo[3].text();

    const HtmlNode history = doc.first(kHistoryBlock);
    if (history) {
        AccidentSummary a;
        DetailSection acc{u"accident"_qs, QString::fromUtf8(QT_TRANSLATE_NOOP("DetailFields", "Insurance and ownership history")), {}};
        const QString state = doc.first(kAccidentState).text();
        if (!state.isEmpty()) {
            acc.fields.append({u"보험사고정보"_qs, state});
            if (state.contains(u"있음"_qs)) {
                bool ok = false;
                const int n = doc.first(kAccidentAlarm).text().toInt(&ok);
                a.accidentCount = ok && n > 0 ? n : 1;
            }
        }
        for (const HtmlNode &dt : history.select(kHistoryTerms)) {
            const QString label = dt.text();
            const QString value = dt.first("following-sibling::dd[1]").text();
            acc.fields.append({label, value});
            if (label == u"전손이력"_qs) {
                a.totalLoss = !isNone(value);
            } else if (label == u"침수이력"_qs) {
                a.flood = !isNone(value);
            } else if (label == u"용도이력"_qs) {
                a.commercialUse = !isNone(value);
            } else if (label == u"도난이력"_qs) {
                a.theft = !isNone(value);
            } else if (label == u"소유자변경"_qs) {
                const std::optional<int> n = parseOwnerChanges(value);
                if (!n) {
                    r.error = page + QStringLiteral(": div.detail-info02 소유자변경 \"%1\" (line %2) is not a count like 4회")
                                         .arg(value)
                                         .arg(dt.line());
                    return r;
                }
                a.ownerChanges = *n;
            }
        }
        d.accidents = a;
        d.sections.append(acc);
        if (a.accidentCount > 0)
            l.badges.append(u"보험사고"_qs);
    }

    const HtmlNode perf = doc.first(kPerformanceLink);
    if (perf) {
        d.sections.append({u"inspection"_qs, QString::fromUtf8(QT_TRANSLATE_NOOP("DetailFields", "Performance check")), {{u"성능점검기록부"_qs, perf.attribute("data-link-url")}}});
        l.badges.append(u"성능점검"_qs);
    }

    for (const HtmlNode &opt : doc.select(kOptions)) {
        const QString name = optionName(opt.textExcludingClass("disable"));
        if (!name.isEmpty() && !d.options.contains(name))
            d.options.append(name);
    }
    for (const HtmlNode &opt : doc.select(kSelectedOptions)) {
        const QString name = opt.text();
        if (!name.isEmpty() && !d.options.contains(name))
            d.options.append(name);
    }

    d.description = doc.first(kComment).textLines();
    const QString dealer = doc.first(kDealerName).text();
    const QString place = doc.first(kDealerPlace).text();
    l.seller = dealer;
    if (!dealer.isEmpty() || !place.isEmpty())
        d.sections.append({u"seller"_qs, u"Seller"_qs, {{u"판매자"_qs, dealer}, {u"소재지"_qs, place}}});

    if (l.photos.isEmpty()) {
        const QString folder = photoFolder(l.id);
        for (const HtmlNode &img : doc.select("//img[contains(@src, '/IMG/carimg/')]")) {
            const QUrl u = normalizedPhotoUrl(l.id, img.attribute("src"));
            if (u.isValid() && !folder.isEmpty() && u.path().contains(folder) && !l.photos.contains(u))
                l.photos.append(u);
        }
    }
    return r;
}

} // namespace CarScout::Sources::Kb
