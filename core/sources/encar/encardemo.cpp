#include "core/sources/encar/encardemo.h"

#include "core/demo/demobackends.h"
#include "core/sources/encar/encarquery.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <tuple>
#include <vector>

namespace CarScout::Sources::Encar {

namespace {

constexpr const char *kApiHostName = "api.encar.com";
constexpr int kMaxPageSize = 1000;
constexpr int kPhotoVariants = 6;

struct DemoCar
{
    QString id;
    QString carType;
    QStringList path;          // Manufacturer, ModelGroup, Model, BadgeGroup, Badge, BadgeDetail ("" when none)
    int yearMonth = 0;
    int mileage = 0;
    int price = 0;
    QString fuel, transmission, sellType, modified, plate, original;
    QJsonObject item;          // the list item as served
    QByteArray itemJson;       // its compact serialization
    QJsonObject details;       // generator extras (badgeGroup, displacement, inspection, record, …)
};

struct DemoData
{
    QString error;
    std::vector<DemoCar> cars;
    QHash<QString, int> byId;
    QHash<QString, QString> makerEn;
    QList<QByteArray> photos;
};

const DemoData &data()
{
    static const DemoData loaded = [] {
        DemoData d;
        QFile f(u":/carscout/demo/encar/inventory.json"_qs);
        if (!f.open(QIODevice::ReadOnly)) {
            d.error = u"demo inventory missing from the resources (tools/demo/gen_encar.py output)"_qs;
            return d;
        }
        QJsonParseError pe;
        const QJsonObject root = QJsonDocument::fromJson(f.readAll(), &pe).object();
        if (pe.error != QJsonParseError::NoError) {
            d.error = u"demo inventory: invalid JSON at byte %1: %2"_qs.arg(pe.offset).arg(pe.errorString());
            return d;
        }
        const QJsonObject makers = root.value(u"Makers"_qs).toObject();
        QHash<QString, QString> carTypes;
        for (auto it = makers.begin(); it != makers.end(); ++it) {
            d.makerEn.insert(it.key(), it.value().toObject().value(u"en"_qs).toString());
            carTypes.insert(it.key(), it.value().toObject().value(u"carType"_qs).toString());
        }
        const QJsonObject details = root.value(u"Details"_qs).toObject();
        const QJsonArray items = root.value(u"SearchResults"_qs).toArray();
        d.cars.reserve(size_t(items.size()));
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            DemoCar c;
            c.id = o.value(u"Id"_qs).toString();
            c.details = details.value(c.id).toObject();
            const QString maker = o.value(u"Manufacturer"_qs).toString();
            c.carType = carTypes.value(maker, u"Y"_qs);
            c.path = {maker, o.value(u"ModelGroup"_qs).toString(), o.value(u"Model"_qs).toString(),
                      c.details.value(u"badgeGroup"_qs).toString(), o.value(u"Badge"_qs).toString(),
                      o.value(u"BadgeDetail"_qs).toString()};
            c.yearMonth = int(o.value(u"Year"_qs).toDouble());
            c.mileage = o.value(u"Mileage"_qs).toInt();
            c.price = o.value(u"Price"_qs).toInt();
            c.fuel = o.value(u"FuelType"_qs).toString();
            c.transmission = o.value(u"Transmission"_qs).toString();
            c.sellType = o.value(u"SellType"_qs).toString();
            c.modified = o.value(u"ModifiedDate"_qs).toString();
            c.plate = c.details.value(u"plate"_qs).toString();
            c.original = c.details.value(u"original"_qs).toString();
            c.item = o;
            c.itemJson = QJsonDocument(o).toJson(QJsonDocument::Compact);
            d.byId.insert(c.id, int(d.cars.size()));
            d.cars.push_back(std::move(c));
        }
        for (int i = 0; i < kPhotoVariants; ++i) {
            QFile p(u":/carscout/demo/encar/photo_%1.png"_qs.arg(i));
            if (p.open(QIODevice::ReadOnly))
                d.photos << p.readAll();
        }
        if (d.cars.empty())
            d.error = u"demo inventory has no cars"_qs;
        return d;
    }();
    return loaded;
}

Demo::ReplayResponse json(int status, const QByteArray &body)
{
    return Demo::ReplayResponse{status, {{"Content-Type", "application/json;charset=UTF-8"},
                                         {"Access-Control-Allow-Origin", "*"}}, body};
}

Demo::ReplayResponse notFound(const QString &what)
{
    return json(404, QJsonDocument(QJsonObject{{u"status"_qs, 404}, {u"message"_qs, what}}).toJson(QJsonDocument::Compact));
}

bool matchesConjuncts(const DemoCar &c, const EncarFilter &f)
{
    auto inRange = [](int v, const std::optional<int> &from, const std::optional<int> &to) {
        return (!from || v >= *from) && (!to || v <= *to);
    };
    if (!inRange(c.yearMonth, f.yearFrom, f.yearTo) || !inRange(c.mileage, f.mileageFrom, f.mileageTo))
        return false;
    if ((f.priceFrom || f.priceTo) && (c.price == 9999 || c.price == 99999 || !inRange(c.price, f.priceFrom, f.priceTo)))
        return false;
    if (!f.fuelTypes.isEmpty() && !f.fuelTypes.contains(c.fuel))
        return false;
    if (!f.transmissions.isEmpty() && !f.transmissions.contains(c.transmission))
        return false;
    if (!f.sellType.isEmpty() && f.sellType != c.sellType)
        return false;
    if (!f.keyword.isEmpty() && !c.plate.contains(f.keyword) && !c.path.join(u' ').contains(f.keyword))
        return false;
    return true;
}

bool matchesHierarchy(const DemoCar &c, const EncarFilter &f)
{
    if (f.carType != u"A" && f.carType != c.carType)
        return false;
    for (qsizetype i = 0; i < f.hierarchy.size(); ++i) {
        if (i >= c.path.size() || c.path.at(i) != f.hierarchy.at(i))
            return false;
    }
    return true;
}

QString levelValue(const DemoCar &c, int level)
{
    return level == 0 ? c.carType : c.path.value(level - 1);
}

// The iNav node for `level` over `cars`, expanded along the selected path (sources.md §1.4 shape).
QJsonObject facetNode(int level, const std::vector<const DemoCar *> &cars, const EncarFilter &f)
{
    static const char *displayNames[] = {"국산여부", "제조사", "모델그룹", "모델", "등급그룹", "등급", "세부등급"};
    QMap<QString, std::vector<const DemoCar *>> groups;
    for (const DemoCar *c : cars) {
        const QString v = levelValue(*c, level);
        if (!v.isEmpty())
            groups[v].push_back(c);
    }
    QList<QString> values = groups.keys();
    std::stable_sort(values.begin(), values.end(), [&](const QString &a, const QString &b) {
        return groups[a].size() > groups[b].size();
    });
    const QString selected = level == 0 ? f.carType : f.hierarchy.value(level - 1);
    QJsonArray facets;
    for (const QString &v : values) {
        const bool isSelected = v == selected || (level == 0 && f.carType == u"A");
        const QString expression = QString::fromLatin1(kLevelNames[level]) + u'.' + escapeValue(v) + u'.';
        QJsonObject facet{{u"Value"_qs, v},
                          {u"DisplayValue"_qs, level == 0 ? (v == u"Y" ? u"국산"_qs : u"수입"_qs) : v},
                          {u"Count"_qs, int(groups[v].size())},
                          {u"IsSelected"_qs, isSelected},
                          {u"Expression"_qs, expression},
                          {u"Action"_qs, isSelected ? u"Remove"_qs : u"Add"_qs}};
        if (level == 1 && data().makerEn.contains(v))
            facet.insert(u"Metadata"_qs, QJsonObject{{u"EngName"_qs, QJsonArray{data().makerEn.value(v)}}});
        if (isSelected && level + 1 < kLevelCount)
            facet.insert(u"Refinements"_qs, QJsonObject{{u"Nodes"_qs, QJsonArray{facetNode(level + 1, groups[v], f)}}});
        facets.append(facet);
    }
    return QJsonObject{{u"Name"_qs, QString::fromLatin1(kLevelNames[level])},
                       {u"DisplayName"_qs, QString::fromUtf8(displayNames[level])},
                       {u"Facets"_qs, facets}};
}

QJsonObject buildINav(const std::vector<const DemoCar *> &base, const EncarFilter &f)
{
    // A fuel node first, so that clients which index Nodes by position instead of Name notice.
    QMap<QString, int> fuels;
    for (const DemoCar *c : base)
        fuels[c->fuel] += 1;
    QJsonArray fuelFacets;
    for (auto it = fuels.begin(); it != fuels.end(); ++it)
        fuelFacets.append(QJsonObject{{u"Value"_qs, it.key()}, {u"DisplayValue"_qs, it.key()}, {u"Count"_qs, it.value()},
                                      {u"IsSelected"_qs, f.fuelTypes.contains(it.key())}});
    const QJsonObject fuelNode{{u"Name"_qs, u"FuelType"_qs}, {u"DisplayName"_qs, u"연료"_qs}, {u"Facets"_qs, fuelFacets}};
    return QJsonObject{{u"Nodes"_qs, QJsonArray{fuelNode, facetNode(0, base, f)}},
                       {u"Sorts"_qs, QJsonArray{u"ModifiedDate"_qs, u"PriceAsc"_qs, u"PriceDesc"_qs, u"MileageAsc"_qs,
                                                u"MileageDesc"_qs, u"Year"_qs}}};
}

Demo::ReplayResponse listResponse(const Demo::ReplayRequest &request)
{
    QString error;
    const QString q = request.query.queryItemValue(u"q"_qs, QUrl::FullyDecoded);
    const std::optional<EncarFilter> filter = parseQ(q.isEmpty() ? u"(And.Hidden.N._.CarType.A.)"_qs : q, &error);
    if (!filter)
        return json(400, QJsonDocument(QJsonObject{{u"message"_qs, error}}).toJson(QJsonDocument::Compact));
    const QString srText = request.query.queryItemValue(u"sr"_qs, QUrl::FullyDecoded);
    const std::optional<SrParts> sr = parseSr(srText.isEmpty() ? u"|ModifiedDate|0|20"_qs : srText, &error);
    if (!sr)
        return json(400, QJsonDocument(QJsonObject{{u"message"_qs, error}}).toJson(QJsonDocument::Compact));

    std::vector<const DemoCar *> base, hits;
    for (const DemoCar &c : data().cars) {
        if (!matchesConjuncts(c, *filter))
            continue;
        base.push_back(&c);
        if (matchesHierarchy(c, *filter))
            hits.push_back(&c);
    }
    const QString sort = sr->sort;
    std::stable_sort(hits.begin(), hits.end(), [&sort](const DemoCar *a, const DemoCar *b) {
        auto tie = [&] { return a->id < b->id; };
        if (sort == u"PriceAsc")
            return a->price != b->price ? a->price < b->price : tie();
        if (sort == u"PriceDesc")
            return a->price != b->price ? a->price > b->price : tie();
        if (sort == u"MileageAsc")
            return a->mileage != b->mileage ? a->mileage < b->mileage : tie();
        if (sort == u"MileageDesc")
            return a->mileage != b->mileage ? a->mileage > b->mileage : tie();
        if (sort == u"Year")
            return a->yearMonth != b->yearMonth ? a->yearMonth > b->yearMonth : tie();
        return a->modified != b->modified ? a->modified > b->modified : tie();
    });

    QByteArray body = "{\"Count\":" + QByteArray::number(qsizetype(hits.size())) + ",\"SearchResults\":[";
    const size_t end = std::min(hits.size(), size_t(sr->offset) + size_t(std::min(sr->limit, kMaxPageSize)));
    for (size_t i = size_t(sr->offset); i < end; ++i) {
        if (i > size_t(sr->offset))
            body += ',';
        body += hits[i]->itemJson;
    }
    body += ']';
    if (request.query.hasQueryItem(u"inav"_qs))
        body += ",\"iNav\":" + QJsonDocument(buildINav(base, *filter)).toJson(QJsonDocument::Compact);
    body += '}';
    return json(200, body);
}

const DemoCar *carById(const QString &id)
{
    const auto it = data().byId.constFind(id);
    return it == data().byId.constEnd() ? nullptr : &data().cars[size_t(*it)];
}

QJsonObject vehicleDocument(const DemoCar &ad)
{
    // A re-advert answers with its original's record, as Encar does.
    const DemoCar &c = ad.original.isEmpty() ? ad : *carById(ad.original);
    const QJsonObject &x = c.details;
    const QJsonObject &item = c.item;
    const QString prefix = item.value(u"Photo"_qs).toString();
    const int photoCount = qMax(4, x.value(u"photoCount"_qs).toInt());
    QJsonArray photos;
    // Listed in reverse, with two thumbnails repeating photo 001: clients must sort by code and dedupe by path.
    for (int i = photoCount + 2; i >= 1; --i) {
        const QString code = u"%1"_qs.arg(i, 3, 10, QChar(u'0'));
        const bool thumbnail = i > photoCount;
        const QString type = thumbnail ? u"THUMBNAIL"_qs : i <= 6 ? u"OUTER"_qs : i <= 10 ? u"INNER"_qs : u"OPTION"_qs;
        photos.append(QJsonObject{{u"code"_qs, code}, {u"path"_qs, QString(prefix + (thumbnail ? u"001"_qs : code) + u".jpg"_qs)},
                                  {u"type"_qs, type}, {u"updateDateTime"_qs, u"2026-11-01T09:00:00"_qs},
                                  {u"desc"_qs, QJsonValue(QJsonValue::Null)}});
    }
    const QStringList condition = [&] {
        QStringList out;
        for (const QJsonValue &v : item.value(u"Condition"_qs).toArray())
            out << v.toString();
        return out;
    }();
    const QString yearMonth = QString::number(c.yearMonth);
    const QString region = item.value(u"OfficeCityState"_qs).toString();
    return QJsonObject{
        {u"vehicleId"_qs, c.id.toLongLong()},
        {u"vehicleType"_qs, u"CAR"_qs},
        {u"vin"_qs, x.value(u"vin"_qs)},
        {u"vehicleNo"_qs, c.plate},
        {u"manage"_qs, QJsonObject{{u"dummy"_qs, !ad.original.isEmpty()}, {u"reRegistered"_qs, !ad.original.isEmpty()},
                                  {u"registDateTime"_qs, QString(c.modified.left(10) + u"T09:00:00"_qs)},
                                  {u"modifyDateTime"_qs, QString(c.modified.left(10) + u"T18:00:00"_qs)},
                                  {u"viewCount"_qs, int(c.id.toLongLong() % 3000)}, {u"subscribeCount"_qs, int(c.id.toLongLong() % 40)}}},
        {u"category"_qs, QJsonObject{
            {u"type"_qs, u"CAR"_qs}, {u"manufacturerName"_qs, c.path.value(0)},
            {u"manufacturerEnglishName"_qs, data().makerEn.value(c.path.value(0))},
            {u"modelGroupName"_qs, c.path.value(1)}, {u"modelName"_qs, c.path.value(2)},
            {u"gradeName"_qs, c.path.value(4)},
            {u"gradeDetailName"_qs, c.path.value(5).isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.path.value(5))},
            {u"yearMonth"_qs, yearMonth}, {u"formYear"_qs, item.value(u"FormYear"_qs)},
            {u"domestic"_qs, c.carType == u"Y"}, {u"originPrice"_qs, x.value(u"originPrice"_qs)},
            {u"warranty"_qs, QJsonObject{{u"bodyMonth"_qs, 36}, {u"bodyMileage"_qs, 60000},
                                         {u"transmissionMonth"_qs, 60}, {u"transmissionMileage"_qs, 100000}}}}},
        {u"advertisement"_qs, QJsonObject{
            {u"type"_qs, u"CAR"_qs}, {u"price"_qs, c.price}, {u"status"_qs, u"ADVERTISE"_qs},
            {u"trust"_qs, item.value(u"Trust"_qs)}, {u"oneLineText"_qs, u"데모 차량 (합성 데이터)"_qs},
            {u"diagnosisCar"_qs, item.value(u"ServiceMark"_qs).toArray().size() > 1},
            {u"homeService"_qs, item.value(u"Trust"_qs).toArray().contains(u"HomeService"_qs)}}},
        {u"contact"_qs, QJsonObject{{u"userType"_qs, u"DEALER"_qs}, {u"no"_qs, u"0000-0000"_qs},
                                    {u"address"_qs, QString(region + u" 데모시 가상로 1"_qs)}, {u"contactType"_qs, u"MOBILE"_qs}}},
        {u"spec"_qs, QJsonObject{
            {u"type"_qs, u"CAR"_qs}, {u"mileage"_qs, c.mileage}, {u"displacement"_qs, x.value(u"displacement"_qs)},
            {u"transmissionName"_qs, c.transmission}, {u"fuelName"_qs, c.fuel}, {u"colorName"_qs, x.value(u"color"_qs)},
            {u"seatCount"_qs, x.value(u"seats"_qs)}, {u"bodyName"_qs, x.value(u"body"_qs)}}},
        {u"photos"_qs, photos},
        {u"options"_qs, QJsonObject{{u"type"_qs, u"CAR"_qs}, {u"standard"_qs, x.value(u"options"_qs)},
                                    {u"choice"_qs, QJsonArray{}}, {u"etc"_qs, QJsonArray{}}, {u"tuning"_qs, QJsonArray{}}}},
        {u"condition"_qs, QJsonObject{
            {u"accident"_qs, QJsonObject{{u"recordView"_qs, x.contains(u"record"_qs)}, {u"resumeView"_qs, condition.contains(u"Resume"_qs)}}},
            {u"inspection"_qs, QJsonObject{{u"formats"_qs, x.contains(u"inspection"_qs) ? QJsonArray{u"TABLE"_qs} : QJsonArray{}}}},
            {u"seizing"_qs, QJsonObject{{u"seizingCount"_qs, 0}, {u"pledgeCount"_qs, 0}}}}},
        {u"partnership"_qs, QJsonObject{{u"dealer"_qs, QJsonObject{
            {u"name"_qs, item.value(u"DealerName"_qs)},
            {u"firm"_qs, QJsonObject{{u"name"_qs, item.value(u"OfficeName"_qs)}}}}}}},
        {u"contents"_qs, QJsonObject{{u"text"_qs, x.value(u"text"_qs)}}},
        {u"view"_qs, QJsonObject{{u"encarDiagnosis"_qs, 0}}},
    };
}

QJsonObject inspectionDocument(const DemoCar &c)
{
    const QJsonObject in = c.details.value(u"inspection"_qs).toObject();
    QJsonArray outers;
    int code = 1;
    for (const auto &[key, status, title] : {std::tuple{u"replaced"_qs, u"X"_qs, u"교환"_qs},
                                             std::tuple{u"welded"_qs, u"W"_qs, u"판금/용접"_qs}}) {
        for (const QJsonValue &panel : in.value(key).toArray())
            outers.append(QJsonObject{{u"type"_qs, QJsonObject{{u"code"_qs, u"P%1"_qs.arg(code++, 3, 10, QChar(u'0'))},
                                                               {u"title"_qs, panel}}},
                                      {u"statusTypes"_qs, QJsonArray{QJsonObject{{u"code"_qs, status}, {u"title"_qs, title}}}}});
    }
    return QJsonObject{
        {u"master"_qs, QJsonObject{
            {u"detail"_qs, QJsonObject{{u"vin"_qs, c.details.value(u"vin"_qs)}, {u"mileage"_qs, in.value(u"mileage"_qs)},
                                       {u"firstRegistrationDate"_qs, QString(QString::number(c.yearMonth) + u"01"_qs)},
                                       {u"transmissionType"_qs, QJsonObject{{u"title"_qs, c.transmission}}},
                                       {u"tuning"_qs, u"없음"_qs}, {u"recall"_qs, u"해당없음"_qs}}},
            {u"accdient"_qs, in.value(u"accident"_qs)}, {u"simpleRepair"_qs, in.value(u"simpleRepair"_qs)}}},
        {u"outers"_qs, outers}, {u"inners"_qs, QJsonArray{}}, {u"images"_qs, QJsonArray{}}};
}

std::optional<Demo::ReplayResponse> apiAnswer(const Demo::ReplayRequest &request)
{
    const QString &path = request.path;
    if (path.startsWith(u"/search/car/list/"))
        return listResponse(request);
    static const QString vehicle = u"/v1/readside/vehicle/"_qs;
    static const QString inspection = u"/v1/readside/inspection/vehicle/"_qs;
    static const QString record = u"/v1/readside/record/vehicle/"_qs;
    if (path.startsWith(vehicle)) {
        const DemoCar *c = carById(path.mid(vehicle.size()));
        if (!c)
            return notFound(u"vehicle not found"_qs);
        return json(200, QJsonDocument(vehicleDocument(*c)).toJson(QJsonDocument::Compact));
    }
    if (path.startsWith(inspection)) {
        const DemoCar *c = carById(path.mid(inspection.size()));
        if (!c || !c->details.contains(u"inspection"_qs))
            return notFound(u"inspection not found"_qs);
        return json(200, QJsonDocument(inspectionDocument(*c)).toJson(QJsonDocument::Compact));
    }
    if (path.startsWith(record) && path.endsWith(u"/open")) {
        const DemoCar *c = carById(path.mid(record.size()).chopped(5));
        const QString plate = request.query.queryItemValue(u"vehicleNo"_qs, QUrl::FullyDecoded);
        if (!c || !c->details.contains(u"record"_qs) || plate != c->plate)
            return notFound(u"record not found"_qs);
        QJsonObject r = c->details.value(u"record"_qs).toObject();
        r.insert(u"accidents"_qs, QJsonArray{});
        r.insert(u"ownerChanges"_qs, QJsonArray{});
        return json(200, QJsonDocument(r).toJson(QJsonDocument::Compact));
    }
    return std::nullopt;
}

std::optional<Demo::ReplayResponse> photoAnswer(const Demo::ReplayRequest &request)
{
    if (!request.path.startsWith(u"/carpicture") || !request.path.endsWith(u".jpg") || data().photos.isEmpty())
        return std::nullopt;
    const QByteArray &png = data().photos.at(int(qHash(request.path) % size_t(data().photos.size())));
    return Demo::ReplayResponse{200, {{"Content-Type", "image/png"}, {"Cache-Control", "max-age=86400"}}, png};
}

} // namespace

std::optional<Demo::ReplayResponse> answerDemoRequest(const Demo::ReplayRequest &request)
{
    if (!data().error.isEmpty())
        return json(503, data().error.toUtf8());
    if (request.host == QLatin1StringView(kApiHostName))
        return apiAnswer(request);
    if (request.host == u"ci.encar.com")
        return photoAnswer(request);
    return std::nullopt;
}

QByteArray demoListPage(int items)
{
    const std::vector<DemoCar> &cars = data().cars;
    const size_t n = items <= 0 ? cars.size() : std::min(cars.size(), size_t(items));
    QByteArray body = "{\"Count\":" + QByteArray::number(qsizetype(cars.size())) + ",\"SearchResults\":[";
    for (size_t i = 0; i < n; ++i) {
        if (i)
            body += ',';
        body += cars[i].itemJson;
    }
    return body + "]}";
}

int demoInventorySize()
{
    return int(data().cars.size());
}

bool demoDataAvailable(QString *error)
{
    if (error)
        *error = data().error;
    return data().error.isEmpty();
}

void installDemoBackend(Demo::ReplayServer &server)
{
    server.addHandler(QString::fromLatin1(kApiHostName), &answerDemoRequest);
    server.addHandler(u"ci.encar.com"_qs, &answerDemoRequest);
}

void registerDemoBackend()
{
    Demo::registerDemoBackend({u"encar"_qs, {QString::fromLatin1(kApiHostName), u"ci.encar.com"_qs}, &installDemoBackend});
}

} // namespace CarScout::Sources::Encar
