#include "core/sources/kbchachacha/kbdemobackend.h"

#include "core/demo/demobackends.h"
#include "core/sources/kbchachacha/kbvalues.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace CarScout::Sources::Kb {

namespace {

// flags bits, as written by tools/demo/gen_kbchachacha.py
enum Flag {
    Starpick = 1, Certified = 2, Diagnosed = 4, RealOwner = 8, NoShowComp = 16, Warranty = 32, Accident = 64,
    TotalLoss = 128, Flood = 256, Rental = 512,
};

struct Maker { QString code, name, country; int order = 0; };
struct Class { QString code, maker, name, use, useName; };
struct Car { QString code, cls, name; int from = 0, to = 0; };
struct Model { QString code, car, name, gas, gbn; int cc = 0, base = 0; };
struct Grade { QString model, code, name; };

struct Car24
{
    qint64 seq = 0;
    int model = 0;
    QString grade;
    int regYm = 0, modelYear = 0, km = 0, price = 0, lease = 0, region = 0, color = 0, flags = 0;
    int owners = 0, accidents = 0, photos = 0, dealer = 0, order = 0, options = 0;
    QList<int> extras, comment;
};

struct Inventory
{
    QList<Maker> makers;
    QList<Class> classes;
    QList<Car> cars;
    QList<Model> models;
    QList<Grade> grades;
    QStringList regions, colors, options, extras, comments;
    QList<Car24> listings;
    QHash<QString, int> makerIdx, classIdx, carIdx;
    QHash<qint64, int> bySeq;
    QList<QByteArray> photos;
    QString error;

    const Model &model(const Car24 &l) const { return models.at(l.model); }
    const Car &car(const Car24 &l) const { return cars.at(carIdx.value(model(l).car)); }
    const Class &cls(const Car24 &l) const { return classes.at(classIdx.value(car(l).cls)); }
    const Maker &maker(const Car24 &l) const { return makers.at(makerIdx.value(cls(l).maker)); }
    QString gradeName(const Car24 &l) const
    {
        for (const Grade &g : grades) {
            if (g.model == model(l).code && g.code == l.grade)
                return g.name;
        }
        return {};
    }
    QString title(const Car24 &l) const
    {
        return maker(l).name + u' ' + car(l).name + u' ' + model(l).name + u' ' + gradeName(l);
    }
};

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

Inventory load()
{
    Inventory inv;
    QFile f(u":/carscout/demo/kbchachacha/inventory.json"_qs);
    if (!f.open(QIODevice::ReadOnly)) {
        inv.error = u"demo inventory :/carscout/demo/kbchachacha/inventory.json is missing"_qs;
        return inv;
    }
    QJsonParseError perr;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll(), &perr).object();
    if (perr.error != QJsonParseError::NoError) {
        inv.error = u"demo inventory: %1 at offset %2"_qs.arg(perr.errorString()).arg(perr.offset);
        return inv;
    }
    for (const QJsonValue &v : o.value(u"makers"_qs).toArray()) {
        const QJsonObject m = v.toObject();
        inv.makerIdx.insert(m[u"code"_qs].toString(), int(inv.makers.size()));
        inv.makers.append({m[u"code"_qs].toString(), m[u"name"_qs].toString(), m[u"country"_qs].toString(), m[u"order"_qs].toInt()});
    }
    for (const QJsonValue &v : o.value(u"classes"_qs).toArray()) {
        const QJsonObject c = v.toObject();
        inv.classIdx.insert(c[u"code"_qs].toString(), int(inv.classes.size()));
        inv.classes.append({c[u"code"_qs].toString(), c[u"maker"_qs].toString(), c[u"name"_qs].toString(),
                            c[u"use"_qs].toString(), c[u"useName"_qs].toString()});
    }
    for (const QJsonValue &v : o.value(u"cars"_qs).toArray()) {
        const QJsonObject c = v.toObject();
        inv.carIdx.insert(c[u"code"_qs].toString(), int(inv.cars.size()));
        inv.cars.append({c[u"code"_qs].toString(), c[u"class"_qs].toString(), c[u"name"_qs].toString(),
                         c[u"from"_qs].toInt(), c[u"to"_qs].toInt()});
    }
    for (const QJsonValue &v : o.value(u"models"_qs).toArray()) {
        const QJsonObject m = v.toObject();
        inv.models.append({m[u"code"_qs].toString(), m[u"car"_qs].toString(), m[u"name"_qs].toString(),
                           m[u"gas"_qs].toString(), m[u"gbn"_qs].toString(), m[u"cc"_qs].toInt(), m[u"base"_qs].toInt()});
    }
    for (const QJsonValue &v : o.value(u"grades"_qs).toArray()) {
        const QJsonObject g = v.toObject();
        inv.grades.append({g[u"model"_qs].toString(), g[u"code"_qs].toString(), g[u"name"_qs].toString()});
    }
    inv.regions = strings(o[u"regions"_qs]);
    inv.colors = strings(o[u"colors"_qs]);
    inv.options = strings(o[u"options"_qs]);
    inv.extras = strings(o[u"extras"_qs]);
    inv.comments = strings(o[u"comments"_qs]);
    for (const QJsonValue &v : o.value(u"listings"_qs).toArray()) {
        const QJsonArray a = v.toArray();
        Car24 l;
        l.seq = qint64(a[0].toDouble());
        l.model = a[1].toInt();
        l.grade = a[2].toString();
        l.regYm = a[3].toInt();
        l.modelYear = a[4].toInt();
        l.km = a[5].toInt();
        l.price = a[6].toInt();
        l.lease = a[7].toInt();
        l.region = a[8].toInt();
        l.color = a[9].toInt();
        l.flags = a[10].toInt();
        l.owners = a[11].toInt();
        l.accidents = a[12].toInt();
        l.photos = a[13].toInt();
        l.dealer = a[14].toInt();
        l.order = a[15].toInt();
        l.options = a[16].toInt();
        for (const QJsonValue &e : a[17].toArray())
            l.extras << e.toInt();
        for (const QJsonValue &e : a[18].toArray())
            l.comment << e.toInt();
        if (l.model < 0 || l.model >= inv.models.size()) {
            inv.error = u"demo inventory: listing %1 names model %2"_qs.arg(l.seq).arg(l.model);
            return inv;
        }
        inv.bySeq.insert(l.seq, int(inv.listings.size()));
        inv.listings.append(l);
    }
    for (int i = 0; i < 6; ++i) {
        QFile p(u":/carscout/demo/kbchachacha/photo_%1.png"_qs.arg(i));
        if (p.open(QIODevice::ReadOnly))
            inv.photos << p.readAll();
    }
    if (inv.listings.isEmpty() || inv.photos.isEmpty())
        inv.error = u"demo inventory holds no listings or photos"_qs;
    return inv;
}

const Inventory &inventory()
{
    static const Inventory inv = load();
    return inv;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString seqText(const Car24 &l)
{
    return QString::number(l.seq);
}

QString photoFile(const Car24 &l, int k)
{
    const quint64 n = (quint64(l.seq) * 1000003ULL + quint64(k + 1) * 7919ULL * 104729ULL) % 100000000000000000ULL;
    return seqText(l) + u'_' + QStringLiteral("%1").arg(n, 17, 10, QLatin1Char('0')) + u".jpeg"_qs;
}

QString grouped(qint64 n)
{
    QString digits = QString::number(n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return digits;
}

QString cardRegistration(const Car24 &l)
{
    return QStringLiteral("%1/%2식(%3년형)")
        .arg(l.regYm / 100 % 100, 2, 10, QLatin1Char('0'))
        .arg(l.regYm % 100, 2, 10, QLatin1Char('0'))
        .arg(l.modelYear % 100, 2, 10, QLatin1Char('0'));
}

QString plate(const Car24 &l)
{
    return QStringLiteral("00가%1").arg(int(l.seq % 10000), 4, 10, QLatin1Char('0'));
}

// ---- list.empty ----------------------------------------------------------------------------------------------

struct Range
{
    qint64 lo = std::numeric_limits<qint64>::min();
    qint64 hi = std::numeric_limits<qint64>::max();
    bool set = false;
    bool contains(qint64 v) const { return !set || (v >= lo && v <= hi); }
};

Range parseRange(const QString &text)
{
    Range r;
    if (text.isEmpty())
        return r;
    const QStringList parts = text.split(u',');
    r.set = true;
    bool ok = false;
    if (!parts.value(0).isEmpty()) {
        const qint64 v = parts.value(0).toLongLong(&ok);
        if (ok)
            r.lo = v;
    }
    if (parts.size() > 1 && !parts.value(1).isEmpty()) {
        const qint64 v = parts.value(1).toLongLong(&ok);
        if (ok)
            r.hi = v;
    }
    return r;
}

QList<int> filtered(const Inventory &inv, const QUrlQuery &q)
{
    const QString maker = q.queryItemValue(u"makerCode"_qs);
    const QString cls = q.queryItemValue(u"classCode"_qs);
    const QString car = q.queryItemValue(u"carCode"_qs);
    const QString model = q.queryItemValue(u"modelCode"_qs);
    const QStringList grades = q.queryItemValue(u"modelGradeCode"_qs, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
    const Range years = parseRange(q.queryItemValue(u"regiDay"_qs));
    const Range km = parseRange(q.queryItemValue(u"km"_qs));
    const Range price = parseRange(q.queryItemValue(u"sellAmt"_qs));
    const QStringList gas = q.queryItemValue(u"gas"_qs).split(u',', Qt::SkipEmptyParts);
    const QStringList gbn = q.queryItemValue(u"autoGbn"_qs).split(u',', Qt::SkipEmptyParts);
    QList<int> out;
    for (int i = 0; i < inv.listings.size(); ++i) {
        const Car24 &l = inv.listings.at(i);
        const Model &m = inv.model(l);
        if (!maker.isEmpty() && inv.maker(l).code != maker)
            continue;
        if (!cls.isEmpty() && inv.cls(l).code != cls)
            continue;
        if (!car.isEmpty() && m.car != car)
            continue;
        if (!model.isEmpty() && m.code != model)
            continue;
        if (!grades.isEmpty() && !grades.contains(m.code + u'|' + l.grade))
            continue;
        if (!years.contains(l.regYm / 100) || !km.contains(l.km))
            continue;
        if (price.set && (l.price == 0 || !price.contains(l.price)))
            continue;
        if (!gas.isEmpty() && !gas.contains(m.gas))
            continue;
        if (!gbn.isEmpty() && !gbn.contains(m.gbn))
            continue;
        out << i;
    }
    QString sort = q.queryItemValue(u"sort"_qs);
    if (sort.isEmpty())
        sort = u"-orderDate"_qs;
    const bool desc = sort.startsWith(u'-');
    const QString key = desc ? sort.mid(1) : sort;
    auto value = [&](int i) -> qint64 {
        const Car24 &l = inv.listings.at(i);
        if (key == u"sellAmt"_qs)
            return l.price ? l.price : l.lease;
        if (key == u"km"_qs)
            return l.km;
        if (key == u"regiDay"_qs)
            return l.regYm;
        return l.order;
    };
    std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
        if (key == u"sellAmt"_qs) {   // lease takeovers have no price: after every priced car, either way
            const bool la = inv.listings.at(a).price == 0, lb = inv.listings.at(b).price == 0;
            if (la != lb)
                return lb;
        }
        const qint64 va = value(a), vb = value(b);
        if (va != vb)
            return desc ? va > vb : va < vb;
        return inv.listings.at(a).seq < inv.listings.at(b).seq;
    });
    return out;
}

void appendCard(QByteArray &out, const Inventory &inv, const Car24 &l, const QString &area, bool horizontal)
{
    const QString seq = seqText(l);
    const QString title = esc(inv.title(l));
    const QString href = u"/public/car/detail.kbc?carSeq="_qs + seq;
    const QString priceText = l.price ? QString(QString::number(l.price) + u"만원"_qs)
                                      : QString(u"리스승계 "_qs + QString::number(l.lease) + u"만원"_qs);
    const QString ga4 = QStringLiteral("{\"triggerEvent\":\"click\",\"eventName\":\"click_listing\",\"params\":{\"page_category\":"
                                       "\"매물리스트\",\"page_area\":\"%1\",\"vehicle_info\":\"%2\",\"vehicle_price\":\"%3\","
                                       "\"button_name\":\"%2\"}}")
                            .arg(area, title, priceText);
    QString html;
    html += u"    <div class=\"area\" "_qs + (horizontal ? u"title=\""_qs + title + u"\" "_qs : QString())
        + u"data-car-seq=\""_qs + seq + u"\">\n"_qs;
    if (l.flags & (Certified | Diagnosed))
        html += u"      <span class=\"check-bedge new-bedge\"><span class=\"txt\">"_qs
            + ((l.flags & Certified) ? u"인증"_qs : u"진단"_qs) + u"</span></span>\n"_qs;
    html += u"      <div class=\"thumnail\">\n"_qs;
    const int thumbs = (l.flags & Starpick) && !horizontal ? std::min(4, l.photos) : 1;
    for (int k = 0; k < thumbs; ++k) {
        html += u"        <a href=\""_qs + href + u"\" class=\"item\" target=\"_blank\""_qs
            + (k ? u" style=\"display: none\""_qs : QString()) + u" data-ga4='"_qs + ga4
            + u"'>\n          <span class=\"item__img\">\n            <img alt=\"\" src=\""_qs
            + photoUrl(seq, photoFile(l, k), horizontal ? 360 : 720).toString()
            + u"\" onerror=\"this.src='/images/common/noimage.jpg';\" />\n          </span>\n        </a>\n"_qs;
    }
    html += u"      </div>\n"_qs;
    if ((l.flags & Starpick) && !horizontal) {
        QStringList note;
        if (l.flags & Warranty)
            note << u"제조사보증"_qs;
        if (!(l.flags & Accident))
            note << u"무사고"_qs;
        if (l.owners == 0)
            note << u"1인소유"_qs;
        if (!note.isEmpty())
            html += u"      <div class=\"thumbnail-bottom\">\n        <p class=\"txt\">"_qs + note.join(u" &middot; "_qs)
                + u"</p>\n      </div>\n"_qs;
    }
    html += u"      <div class=\"con\">\n        <div class=\"item\">\n          <a href=\""_qs + href
        + u"\" class=\"link\" target=\"_blank\" data-ga4='"_qs + ga4 + u"'>\n            <strong class=\"tit\">\n              "_qs
        + title + u"\n            </strong>\n            <div class=\"data-line\">\n              <span>"_qs
        + cardRegistration(l) + u"</span>\n              <span>"_qs + grouped(l.km) + u"km</span>\n              <span>"_qs
        + inv.regions.value(l.region) + u"</span>\n            </div>\n          </a>\n"_qs;
    QStringList tags;
    if (l.flags & RealOwner)
        tags << u"실차주"_qs;
    if (l.flags & Warranty)
        tags << u"KB보증"_qs;
    if (l.flags & NoShowComp)
        tags << u"헛걸음보상"_qs;
    html += u"          <div class=\"tags\">\n"_qs;
    for (const QString &t : tags)
        html += u"            <span class=\"tag\">"_qs + t + u"</span>\n"_qs;
    html += u"          </div>\n          <div class=\"sort-wrap\">\n            <strong class=\"pay\">\n"_qs;
    if (l.price)
        html += u"              <span class=\"price\"> "_qs + grouped(l.price) + u"<span class=\"unit\">만원</span> </span>\n"_qs;
    else
        html += u"              <span class=\"txt-lease\">리스승계</span> 월"_qs + QString::number(l.lease) + u"만원\n"_qs;
    html += u"            </strong>\n            <div class=\"util-buttons\">\n              <button type=\"button\" "
            "class=\"btn-compare __compare\" data-car-seq=\""_qs + seq
        + u"\">비교</button>\n              <button type=\"button\" class=\"btn-like __wish\" data-car-seq=\""_qs + seq
        + u"\"><span class=\"blind\">관심차</span></button>\n            </div>\n          </div>\n        </div>\n      </div>\n    </div>\n\n"_qs;
    out += html.toUtf8();
}

void appendSection(QByteArray &out, const Inventory &inv, const QString &heading, const QString &area,
                   const QList<int> &cards, bool results)
{
    out += "<div class=\"cs-list02 cs-list02--ratio wd-change new-list-wrap";
    out += results ? " generalRegist\">\n" : "\">\n";
    out += "  <div class=\"csTitleArea new-vehicle-head\">\n    <h2 class=\"title\">";
    out += heading.toUtf8();
    if (heading == u"KB스타픽"_qs)
        out += "\n      <div class=\"tooltip t03\"><div class=\"tip-wrap\"><button type=\"button\" class=\"tip-btn tip-open\">"
               "<span class=\"blind\">툴팁 열기</span></button><div class=\"tip-box\"><div class=\"tip-txt\">KB진단&middot;인증 "
               "차량만 이용할 수 있는 <br />광고상품 영역입니다.</div></div></div></div>\n    ";
    out += "</h2>\n  </div>\n  <div class=\"list-in ";
    out += results ? "type-horizontality-list\">\n" : "type-wd-list\">\n";
    for (int i : cards)
        appendCard(out, inv, inv.listings.at(i), area, results);
    out += "  </div>\n</div>\n\n";
}

QByteArray renderList(const Inventory &inv, const QList<int> &hits, int page, int pageSize)
{
    QList<int> starpicks, certified;
    for (int i : hits) {
        const int f = inv.listings.at(i).flags;
        if (f & Starpick)
            starpicks << i;
        if (f & (Certified | Diagnosed))
            certified << i;
    }
    QByteArray out;
    out.reserve(4000 * (pageSize + 8));
    if (!starpicks.isEmpty())
        appendSection(out, inv, u"KB스타픽"_qs, u"KB스타픽"_qs, {starpicks.at((page - 1) % starpicks.size())}, false);
    if (!certified.isEmpty()) {
        QList<int> slice;
        for (int k = 0; k < std::min<int>(6, int(certified.size())); ++k)
            slice << certified.at(((page - 1) * 6 + k) % certified.size());
        out += "<div class=\"banner-area type-new-banner\" id=\"normalBanner1\"><div class=\"banner-com\"></div></div>\n\n";
        appendSection(out, inv, u"인증 및 진단"_qs, u"인증 및 진단매물"_qs, slice, false);
    }
    out += "<!-- 일반등록 -->\n\n";
    const QList<int> pageHits = hits.mid(qsizetype(page - 1) * pageSize, pageSize);
    appendSection(out, inv, u"전체"_qs, u"일반 매물"_qs, pageHits, true);
    out += "<!-- //일반등록 -->\n";
    return out;
}

// ---- detail.kbc ----------------------------------------------------------------------------------------------

QByteArray renderDetail(const Inventory &inv, const Car24 &l)
{
    const QString seq = seqText(l);
    const Model &m = inv.model(l);
    const QString title = esc(inv.title(l));
    const QString makerName = esc(inv.maker(l).name);
    const bool discounted = l.price && l.seq % 7 == 0;
    const int shownPrice = l.price;
    const int adPrice = discounted ? l.price + 30 : l.price;
    QJsonArray images;
    for (int k = 0; k < l.photos; ++k)
        images.append(photoUrl(seq, photoFile(l, k), 0).toString());
    QJsonObject offers{{u"@type"_qs, u"Offer"_qs},
                       {u"url"_qs, detailPageUrl(seq).toString()},
                       {u"priceCurrency"_qs, u"KRW"_qs},
                       {u"price"_qs, QString::number(qint64(adPrice) * 10000)}};
    const QJsonObject ld{{u"@context"_qs, u"https://schema.org/"_qs},
                         {u"@type"_qs, u"Product"_qs},
                         {u"name"_qs, QString(inv.title(l) + QStringLiteral(" (%1년형)").arg(l.modelYear))},
                         {u"image"_qs, images},
                         {u"description"_qs, u"데모 데이터: 합성 매물입니다."_qs},
                         {u"brand"_qs, QJsonObject{{u"@type"_qs, u"Brand"_qs}, {u"name"_qs, inv.maker(l).name}}},
                         {u"offers"_qs, offers}};
    const QString fuelName = [&] {
        static const QHash<QString, QString> names{{u"004001"_qs, u"가솔린"_qs}, {u"004002"_qs, u"디젤"_qs},
                                                   {u"004003"_qs, u"LPG"_qs}, {u"004005"_qs, u"가솔린+전기"_qs},
                                                   {u"004007"_qs, u"전기"_qs}, {u"004011"_qs, u"디젤+전기"_qs}};
        return names.value(m.gas, u"기타"_qs);
    }();
    const QString gbnName = m.gbn == u"005001"_qs ? u"수동"_qs : m.gbn == u"005004"_qs ? u"CVT"_qs : u"오토"_qs;
    const QString year = QStringLiteral("%1년%2월(%3년형)")
                             .arg(l.regYm / 100 % 100, 2, 10, QLatin1Char('0'))
                             .arg(l.regYm % 100, 2, 10, QLatin1Char('0'))
                             .arg(l.modelYear % 100, 2, 10, QLatin1Char('0'));
    const QString none = u"<strong>없음</strong>"_qs;
    auto row = [](const QString &th1, const QString &td1, const QString &th2, const QString &td2) -> QString {
        return u"<tr><th scope=\"col\">"_qs + th1 + u"</th><td>"_qs + td1 + u"</td><th scope=\"col\">"_qs + th2
            + u"</th><td>"_qs + td2 + u"</td></tr>\n"_qs;
    };
    QString h;
    h += u"<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n<title>"_qs + title
        + u" | KB차차차 (데모)</title>\n<script type=\"application/ld+json\">\n"_qs
        + QString::fromUtf8(QJsonDocument(ld).toJson(QJsonDocument::Indented)) + u"</script>\n</head>\n<body>\n"_qs;
    h += u"<div class=\"car-buy-info\"><div class=\"car-buy-price\"><strong class=\"car-buy-name\">("_qs + plate(l) + u')'
        + makerName + u' ' + esc(inv.car(l).name) + u"<br>"_qs + esc(m.name + u' ' + inv.gradeName(l))
        + u"</strong>\n<div><dl><dt>판매가격</dt><dd>"_qs;
    if (l.price == 0)
        h += u"<strong>리스승계 월"_qs + QString::number(l.lease) + u"만원</strong>"_qs;
    else if (discounted)
        h += u"<span>"_qs + grouped(adPrice) + u"만원</span><strong>"_qs + grouped(shownPrice) + u"만원</strong>"_qs;
    else
        h += u"<strong>"_qs + grouped(shownPrice) + u"만원</strong>"_qs;
    h += u"</dd></dl></div></div>\n<div class=\"car-buy-share\"><div class=\"txt-info\"><span>"_qs + year + u"</span><span>"_qs
        + grouped(l.km) + u"km</span><span>"_qs + fuelName + u"</span><span>"_qs + inv.regions.value(l.region)
        + u"</span></div></div>\n<ul class=\"car-used-info\"><li class=\"used01\"><a id=\"btnCarCheckView1\" "
          "data-link-url=\"https://example.invalid/performance/"_qs + seq + u"\"><span>성능점검</span></a></li>"_qs
        + u"<li class=\"used02\"><a id=\"btnCarHistoryView1\"><span>보험이력</span></a>"_qs
        + (l.accidents ? u"<span class=\"used-alarm\">"_qs + QString::number(l.accidents) + u"</span>"_qs : QString())
        + u"</li></ul></div>\n"_qs;
    h += u"<div class=\"cmm-price\"><div class=\"title\">시세안전구간</div><strong class=\"price\">"_qs
        + QString::number(std::max(100, int((shownPrice ? shownPrice : l.lease * 40) * 0.8))) + u'~'
        + QString::number(int((shownPrice ? shownPrice : l.lease * 40) * 1.15)) + u"만원</strong></div>\n"_qs;
    h += u"<div class=\"car-detail-info\"><h2 class=\"cmm-sub-tit\"><span class=\"h_line\">차량정보</span></h2>\n"
         "<div class=\"detail-info01\"><table class=\"detail-info-table\"><caption>차량 기본정보</caption><tbody>\n"_qs;
    h += row(u"차량정보"_qs, plate(l), u"연식"_qs, year);
    h += row(u"주행거리"_qs, grouped(l.km) + u"km"_qs, u"연료"_qs, fuelName);
    h += row(u"변속기"_qs, gbnName, u"연비"_qs, u"정보없음"_qs);
    // Every 9th car says 0cc, as real pages sometimes do; the title still names the engine.
    h += row(u"차종"_qs, esc(inv.cls(l).useName), u"배기량"_qs, grouped(l.seq % 9 == 0 ? 0 : m.cc) + u"cc"_qs);
    h += row(u"색상"_qs, inv.colors.value(l.color), u"세금미납"_qs, none);
    h += row(u"압류"_qs, none, u"저당"_qs, none);
    h += u"<tr><th scope=\"col\">제시번호</th><td colspan=\"3\">0000"_qs + seq + u"</td></tr>\n</tbody></table></div>\n"_qs;
    auto yesNo = [](bool yes) { return yes ? u"<strong>있음</strong>"_qs : u"<strong>없음</strong>"_qs; };
    h += u"<div class=\"detail-info02\"><h3 class=\"cmm-buy-tit\">성능점검&middot;보험사고이력정보</h3><div>"
         "<a class=\"detail-txt-link01\"><span class=\"fs-16\">성능점검기록부</span><span class=\"link-arrow\" "
         "id=\"btnCarCheckView2\" data-link-url=\"https://example.invalid/performance/"_qs + seq
        + u"\">내역보기</span></a><a class=\"detail-txt-link02\"><span class=\"fs-16\">보험사고정보</span>"
          "<span class=\"link-arrow\" id=\"btnCarHistoryView2\">"_qs
        + ((l.flags & Accident) ? u"사고있음"_qs : u"사고없음"_qs) + u"</span></a>\n<dl><dt>전손이력</dt><dd>"_qs
        + yesNo(l.flags & TotalLoss) + u"</dd><dt class=\"mg-l\">침수이력 </dt><dd>"_qs + yesNo(l.flags & Flood)
        + u"</dd><dt>용도이력</dt><dd>"_qs + ((l.flags & Rental) ? u"<strong>렌트</strong>"_qs : none)
        + u"</dd><dt class=\"mg-l\">소유자변경</dt><dd>"_qs + (l.owners ? QString::number(l.owners) + u"회"_qs : u"없음"_qs)
        + u"</dd></dl></div></div></div>\n"_qs;
    h += u"<div class=\"car-option\"><ul class=\"car-option-list\">\n"_qs;
    for (int k = 0; k < inv.options.size(); ++k) {
        const bool fitted = l.options & (1 << k);
        h += u"<li class=\"option"_qs + QString::number(k + 1) + (fitted ? u" "_qs : u" disable"_qs)
            + u"\"><span class=\"text\">"_qs + inv.options.at(k) + u"</span></li>\n"_qs;
    }
    h += u"<li class=\"option_more cursor-pointer\" id=\"btnCarOptionMore\"><a><span>전체보기</span></a></li></ul>\n"_qs;
    if (!l.extras.isEmpty()) {
        h += u"<div class=\"select-option-area\"><ul class=\"option-list\">"_qs;
        for (int e : l.extras)
            h += u"<li><span class=\"txt\">"_qs + inv.extras.value(e) + u"</span><span class=\"price\">-</span></li>"_qs;
        h += u"</ul></div>\n"_qs;
    }
    h += u"</div>\n<div class=\"seller-info\"><div class=\"dealer-cnt\"><span class=\"name\">데모딜러 "_qs
        + QStringLiteral("%1").arg(l.dealer + 1, 2, 10, QLatin1Char('0'))
        + u" 딜러</span><span class=\"place\"><span class=\"place-add\">데모 자동차매매단지 "_qs
        + QString::number(l.dealer % 6 + 1) + u"</span></span><div class=\"dealer-tel-num\"><span>0000-0000-0000</span></div>"
          "</div>\n<div class=\"dealer-info\"><h3 class=\"cmm-buy-tit\">판매자 설명</h3><div class=\"mg-t30 dealer-scroll\">"_qs;
    QStringList lines;
    for (int c : l.comment)
        lines << u"◆ "_qs + inv.comments.value(c);
    h += lines.join(u"<br><br>"_qs) + u"</div></div></div>\n</body>\n</html>\n"_qs;
    return h.toUtf8();
}

// ---- catalog JSON ----------------------------------------------------------------------------------------------

QByteArray envelope(const QJsonObject &result, int status = 200, const QString &message = u"SUCCESS"_qs)
{
    const QJsonObject o{{u"status"_qs, status},
                        {u"message"_qs, message},
                        {u"messageDetail"_qs, QString()},
                        {u"params"_qs, QJsonObject{{u"debugMode"_qs, false}, {u"pageSize"_qs, 10}, {u"page"_qs, 0}}},
                        {u"result"_qs, result}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray catalogJson(const Inventory &inv, const QString &endpoint, const QUrlQuery &q)
{
    const QString maker = q.queryItemValue(u"makerCode"_qs);
    const QString cls = q.queryItemValue(u"classCode"_qs);
    const QString car = q.queryItemValue(u"carCode"_qs);
    auto missing = [](const char *param) { return envelope({}, 400, u"%1 is required"_qs.arg(QLatin1StringView(param))); };
    if (endpoint == u"carMaker"_qs) {
        QHash<QString, int> counts;
        for (const Car24 &l : inv.listings)
            ++counts[inv.maker(l).code];
        QJsonArray domestic, imported;
        for (const Maker &m : inv.makers) {
            const QJsonObject o{{u"countryCode"_qs, m.country}, {u"makerOrder"_qs, m.order}, {u"makerName"_qs, m.name},
                                {u"makerCode"_qs, m.code}, {u"count"_qs, counts.value(m.code)}};
            (m.country == u"국산"_qs ? domestic : imported).append(o);
        }
        return envelope({{u"hits"_qs, QJsonArray()}, {u"total"_qs, 0}, {u"국산"_qs, domestic}, {u"수입"_qs, imported}});
    }
    if (maker.isEmpty())
        return missing("makerCode");
    const int mi = inv.makerIdx.value(maker, -1);
    const QString makerName = mi >= 0 ? inv.makers.at(mi).name : QString();
    if (endpoint == u"carClass"_qs) {
        QJsonObject sale;
        QJsonArray code;
        for (const Class &c : inv.classes) {
            if (c.maker != maker)
                continue;
            int n = 0;
            QString firstCar;
            for (const Car &k : inv.cars) {
                if (k.cls == c.code && firstCar.isEmpty())
                    firstCar = k.code;
            }
            for (const Car24 &l : inv.listings)
                n += inv.cls(l).code == c.code ? 1 : 0;
            sale.insert(c.code, n);
            code.append(QJsonObject{{u"useCode"_qs, c.use}, {u"useCodeName"_qs, c.useName}, {u"makerName"_qs, makerName},
                                    {u"makerCode"_qs, maker}, {u"className"_qs, c.name}, {u"classCode"_qs, c.code},
                                    {u"carCode"_qs, firstCar}});
        }
        return envelope({{u"hits"_qs, QJsonArray()}, {u"total"_qs, 0}, {u"sale"_qs, sale}, {u"code"_qs, code}});
    }
    if (cls.isEmpty())
        return missing("classCode");
    if (endpoint == u"carName"_qs) {
        QJsonObject sale;
        QJsonArray code;
        int order = 0;
        for (const Car &k : inv.cars) {
            if (k.cls != cls)
                continue;
            int n = 0;
            for (const Car24 &l : inv.listings)
                n += inv.model(l).car == k.code ? 1 : 0;
            sale.insert(k.code, n);
            code.append(QJsonObject{{u"carOrder"_qs, ++order}, {u"makerName"_qs, makerName}, {u"makerCode"_qs, maker},
                                    {u"classCode"_qs, cls}, {u"carName"_qs, k.name}, {u"carCode"_qs, k.code},
                                    {u"fromYear"_qs, QString::number(k.from)},
                                    {u"toYear"_qs, k.to ? QString::number(k.to) : u"현재"_qs}});
        }
        return envelope({{u"hits"_qs, QJsonArray()}, {u"total"_qs, 0}, {u"sale"_qs, sale}, {u"code"_qs, code}});
    }
    if (car.isEmpty())
        return missing("carCode");
    QJsonObject sale;
    QJsonArray codeModel, codeGrade;
    for (const Model &m : inv.models) {
        if (m.car != car)
            continue;
        QJsonObject counts;
        int total = 0;
        for (const Car24 &l : inv.listings) {
            if (inv.model(l).code != m.code)
                continue;
            counts.insert(l.grade, counts.value(l.grade).toInt() + 1);
            ++total;
        }
        counts.insert(u"modelCount"_qs, total);
        sale.insert(m.code, counts);
        codeModel.append(QJsonObject{{u"makerCode"_qs, maker}, {u"classCode"_qs, cls}, {u"carCode"_qs, car},
                                     {u"modelName"_qs, m.name}, {u"modelCode"_qs, m.code}});
        for (const Grade &g : inv.grades) {
            if (g.model == m.code)
                codeGrade.append(QJsonObject{{u"modelName"_qs, m.name}, {u"modelCode"_qs, m.code}, {u"gradeName"_qs, g.name},
                                             {u"gradeCode"_qs, g.code}, {u"modelGradeCode"_qs, QString(m.code + u'|' + g.code)},
                                             {u"tbCarGradeUseYn"_qs, u"Y"_qs}});
        }
    }
    return envelope({{u"hits"_qs, QJsonArray()}, {u"total"_qs, 0}, {u"sale"_qs, sale}, {u"codeModel"_qs, codeModel},
                     {u"codeGrade"_qs, codeGrade}});
}

Demo::ReplayResponse reply(int status, const QByteArray &type, const QByteArray &body)
{
    Demo::ReplayResponse r;
    r.status = status;
    r.headers = {{"Content-Type", type}};
    r.body = body;
    return r;
}

std::optional<Demo::ReplayResponse> answerPhoto(const Inventory &inv, const QString &path)
{
    // /IMG/carimg/l/img07/img2717/27170443_….jpeg
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() != 6 || parts.at(0) != u"IMG"_qs || parts.at(1) != u"carimg"_qs)
        return std::nullopt;
    const QString file = parts.at(5);
    const QString seq = file.section(u'_', 0, 0);
    const auto it = inv.bySeq.constFind(seq.toLongLong());
    if (it == inv.bySeq.constEnd() || photoFolder(seq) != parts.at(3) + u'/' + parts.at(4))
        return reply(404, "text/plain", "no such photo");
    const Car24 &l = inv.listings.at(it.value());
    for (int k = 0; k < l.photos; ++k) {
        if (photoFile(l, k) == file)
            return reply(200, "image/png", inv.photos.at(int((l.seq + k) % inv.photos.size())));
    }
    return reply(404, "text/plain", "no such photo");
}

} // namespace

std::optional<Demo::ReplayResponse> answerDemoRequest(const Demo::ReplayRequest &request)
{
    const Inventory &inv = inventory();
    if (!inv.error.isEmpty())
        return reply(500, "text/plain; charset=utf-8", inv.error.toUtf8());
    if (request.host == QLatin1StringView(kImageHost))
        return answerPhoto(inv, request.path);
    if (request.host != QLatin1StringView(kWebHost))
        return std::nullopt;
    const QString path = request.path;
    if (path.startsWith(u"/public/search/"_qs) && path.endsWith(u".json"_qs)) {
        const QString endpoint = path.mid(15).chopped(5);
        if (endpoint != u"carMaker"_qs && endpoint != u"carClass"_qs && endpoint != u"carName"_qs && endpoint != u"carModel"_qs)
            return std::nullopt;
        return reply(200, "application/json;charset=UTF-8", catalogJson(inv, endpoint, request.query));
    }
    if (path == u"/public/search/list.empty"_qs) {
        bool ok = false;
        int page = request.query.queryItemValue(u"page"_qs).toInt(&ok);
        if (!ok || page < 1)
            page = 1;
        int size = request.query.queryItemValue(u"pageSize"_qs).toInt(&ok);   // demo extra, for benchmarks
        if (!ok || size < 1 || size > 1000)
            size = kDemoPageSize;
        return reply(200, "text/html;charset=UTF-8", renderList(inv, filtered(inv, request.query), page, size));
    }
    if (path == u"/public/car/detail.kbc"_qs) {
        const qint64 seq = request.query.queryItemValue(u"carSeq"_qs).toLongLong();
        const auto it = inv.bySeq.constFind(seq);
        if (it == inv.bySeq.constEnd())
            return reply(404, "text/html;charset=UTF-8",
                         "<html><head><title>KB차차차</title></head><body><p>존재하지 않는 차량입니다.</p></body></html>");
        return reply(200, "text/html;charset=UTF-8", renderDetail(inv, inv.listings.at(it.value())));
    }
    return std::nullopt;
}

QByteArray demoListPage(int results)
{
    const Inventory &inv = inventory();
    if (!inv.error.isEmpty())
        return {};
    QUrlQuery q;
    return renderList(inv, filtered(inv, q), 1, std::max(1, results));
}

int demoInventorySize()
{
    return int(inventory().listings.size());
}

bool demoDataAvailable(QString *error)
{
    const Inventory &inv = inventory();
    if (error)
        *error = inv.error;
    return inv.error.isEmpty();
}

void installDemoBackend(Demo::ReplayServer &server)
{
    server.addHandler(QString::fromLatin1(kWebHost), &answerDemoRequest);
    server.addHandler(QString::fromLatin1(kImageHost), &answerDemoRequest);
}

void registerDemoBackend()
{
    Demo::registerDemoBackend({QString::fromLatin1(kSourceId),
                               {QString::fromLatin1(kWebHost), QString::fromLatin1(kImageHost)},
                               &installDemoBackend});
}

} // namespace CarScout::Sources::Kb
