#include "core/sources/encar/encardetailparser.h"

#include "core/sources/encar/encarlistparser.h"
#include "core/sources/encar/jsoninput.h"
#include "core/sources/jsontypename.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace CarScout::Sources::Encar {

namespace {

// Labels, section titles and fixed values stay English in the data (JSON, exports); they are marked here
// for lupdate and translated in the "DetailFields" context where the GUI shows them.
QString marked(const char *text) { return QString::fromUtf8(text); }

QString yesNo(bool value)
{
    return value ? marked(QT_TRANSLATE_NOOP("DetailFields", "yes")) : marked(QT_TRANSLATE_NOOP("DetailFields", "no"));
}

JobError parseError(const QString &what, const QString &message)
{
    JobError e;
    e.kind = JobError::Kind::Parse;
    e.message = what + u": "_qs + message;
    return e;
}

// Parses an object document or explains why not.
JobError readObject(const QByteArray &body, const QString &what, QJsonObject *out)
{
    if (const QString problem = checkJsonBody(body); !problem.isEmpty())
        return parseError(what, problem);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return parseError(what, u"invalid JSON at byte %1 of %2: %3"_qs.arg(pe.offset).arg(body.size()).arg(pe.errorString()));
    if (!doc.isObject())
        return parseError(what, u"the document is not an object"_qs);
    *out = doc.object();
    return {};
}

// Type-checked access: absent/null is fine (default), a value of another type is an error naming the path.
class Reader
{
public:
    QString error;

    QJsonObject object(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isObject())
            return v.toObject();
        expect(v, u"an object"_qs, path + key);
        return {};
    }
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isArray())
            return v.toArray();
        expect(v, u"an array"_qs, path + key);
        return {};
    }
    QString string(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'f', 0);
        expect(v, u"a string"_qs, path + key);
        return {};
    }
    double number(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isDouble())
            return v.toDouble();
        if (v.isString()) {
            bool ok = false;
            const double d = v.toString().toDouble(&ok);
            if (ok)
                return d;
        }
        expect(v, u"a number"_qs, path + key);
        return 0;
    }
    bool boolean(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isBool())
            return v.toBool();
        if (v.isDouble())
            return v.toDouble() != 0;
        if (v.isString())
            return v.toString() == u"Y" || v.toString() == u"true";
        expect(v, u"a boolean"_qs, path + key);
        return false;
    }

private:
    void expect(const QJsonValue &v, const QString &wanted, const QString &path)
    {
        if (v.isNull() || v.isUndefined() || !error.isEmpty())
            return;
        error = u"\"%1\" is %2, expected %3"_qs.arg(path, jsonTypeName(v), wanted);
    }
};

// 58900000 → "58,900,000" (whatever the C locale's grouping default).
QString grouped(qint64 n)
{
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return n < 0 ? u'-' + digits : digits;
}

QString manwonText(double manwon)
{
    if (!priceFromManwon(manwon))
        return marked(QT_TRANSLATE_NOOP("DetailFields", "call for price"));
    return grouped(wholeNumber(manwon) * 10000) + u" KRW ("_qs + QString::number(wholeNumber(manwon)) + u" 만원)"_qs;
}

void addField(DetailSection &s, const char *label, const QString &value)
{
    if (!value.isEmpty())
        s.fields << DetailField{marked(label), value};
}

} // namespace

JobError parseVehicleDetail(const QByteArray &body, const QString &requestedId, const TermDictionary &terms,
                            EncarDetail *out)
{
    const QString what = u"Encar vehicle %1"_qs.arg(requestedId);
    *out = {};
    QJsonObject root;
    if (JobError e = readObject(body, what, &root); e.isError())
        return e;
    Reader r;
    const QString vehicleId = r.string(root, u"vehicleId"_qs, {});
    if (vehicleId.isEmpty())
        return parseError(what, r.error.isEmpty() ? u"\"vehicleId\" is missing"_qs : r.error);
    const QJsonObject category = r.object(root, u"category"_qs, {});
    const QJsonObject ad = r.object(root, u"advertisement"_qs, {});
    const QJsonObject spec = r.object(root, u"spec"_qs, {});
    const QJsonObject condition = r.object(root, u"condition"_qs, {});
    const QJsonObject contact = r.object(root, u"contact"_qs, {});
    const QJsonObject partnership = r.object(root, u"partnership"_qs, {});
    const QJsonObject options = r.object(root, u"options"_qs, {});
    const QJsonObject contents = r.object(root, u"contents"_qs, {});
    const QJsonObject manage = r.object(root, u"manage"_qs, {});
    if (category.isEmpty() && r.error.isEmpty())
        return parseError(what, u"\"category\" is missing"_qs);

    ListingDetail &d = out->detail;
    Listing &l = d.listing;
    d.requestedId = requestedId;
    l.source = u"encar"_qs;
    l.id = vehicleId;
    l.url = publicPageUrl(requestedId);
    l.currency = u"KRW"_qs;

    const QString c = u"category."_qs;
    l.make = r.string(category, u"manufacturerName"_qs, c);
    l.makeEn = r.string(category, u"manufacturerEnglishName"_qs, c);
    if (l.makeEn.isEmpty())
        l.makeEn = terms.lookup(u"maker", l.make, u"en");
    l.model = r.string(category, u"modelName"_qs, c);
    l.modelEn = terms.modelName(l.model, u"en");
    if (l.modelEn.isEmpty())
        l.modelEn = r.string(category, u"modelGroupEnglishName"_qs, c);
    const QString grade = r.string(category, u"gradeName"_qs, c);
    const QString gradeDetail = r.string(category, u"gradeDetailName"_qs, c);
    l.trim = gradeDetail.isEmpty() ? grade : grade + u' ' + gradeDetail;
    l.title = QStringList{l.make, l.model, l.trim}.join(u' ').simplified();
    const QString yearMonth = r.string(category, u"yearMonth"_qs, c);
    if (!yearMonth.isEmpty() && !splitYearMonth(yearMonth.toDouble(), &l.year, &l.month))
        return parseError(what, u"\"category.yearMonth\" \"%1\" is not YYYYMM"_qs.arg(yearMonth));

    const QString s = u"spec."_qs;
    l.mileageKm = wholeInt(r.number(spec, u"mileage"_qs, s));
    l.engineCc = wholeInt(r.number(spec, u"displacement"_qs, s));
    const QString fuelName = r.string(spec, u"fuelName"_qs, s);
    const QString transmissionName = r.string(spec, u"transmissionName"_qs, s);
    l.fuel = fuelName.isEmpty() ? Fuel::Unknown : terms.fuel(fuelName);
    if (!fuelName.isEmpty() && l.fuel == Fuel::Unknown)
        l.fuel = Fuel::Other;
    l.transmission = transmissionName.isEmpty() ? Transmission::Unknown : terms.transmission(transmissionName);
    if (!transmissionName.isEmpty() && l.transmission == Transmission::Unknown)
        l.transmission = Transmission::Other;
    l.color = r.string(spec, u"colorName"_qs, s);
    l.body = r.string(spec, u"bodyName"_qs, s);

    const double price = r.number(ad, u"price"_qs, u"advertisement."_qs);
    l.price = priceFromManwon(price);

    const QJsonObject dealer = r.object(partnership, u"dealer"_qs, u"partnership."_qs);
    const QJsonObject firm = r.object(dealer, u"firm"_qs, u"partnership.dealer."_qs);
    l.seller = r.string(firm, u"name"_qs, u"partnership.dealer.firm."_qs);
    const QString address = r.string(contact, u"address"_qs, u"contact."_qs);
    l.location = address.section(u' ', 0, 0);

    // Photos: ordered by code, deduplicated by path (thumbnails repeat other photos' paths).
    struct Photo { QString code; QString path; };
    QList<Photo> photos;
    const QJsonArray photoArray = r.array(root, u"photos"_qs, {});
    for (qsizetype i = 0; i < photoArray.size(); ++i) {
        const QJsonObject p = photoArray.at(i).toObject();
        const QString path = r.string(p, u"path"_qs, u"photos[%1]."_qs.arg(i));
        if (!path.isEmpty())
            photos << Photo{r.string(p, u"code"_qs, u"photos[%1]."_qs.arg(i)), path};
    }
    std::stable_sort(photos.begin(), photos.end(), [](const Photo &a, const Photo &b) { return a.code < b.code; });
    QSet<QString> seenPaths;
    for (const Photo &p : photos) {
        if (seenPaths.contains(p.path))
            continue;
        seenPaths.insert(p.path);
        l.photos << photoUrl(p.path);
    }

    // Badges from the advertisement and condition flags.
    const QJsonArray trust = r.array(ad, u"trust"_qs, u"advertisement."_qs);
    for (const QJsonValue &t : trust) {
        const QString code = t.toString();
        const QString badge = code == u"Warranty" ? u"warranty"_qs
            : code == u"ExtendWarranty"         ? u"extended warranty"_qs
            : code == u"HomeService"            ? u"home delivery"_qs
                                                : code;
        if (!badge.isEmpty() && !l.badges.contains(badge))
            l.badges << badge;
    }
    const QJsonObject accident = r.object(condition, u"accident"_qs, u"condition."_qs);
    const QJsonObject inspection = r.object(condition, u"inspection"_qs, u"condition."_qs);
    out->recordViewable = r.boolean(accident, u"recordView"_qs, u"condition.accident."_qs);
    const QJsonArray formats = r.array(inspection, u"formats"_qs, u"condition.inspection."_qs);
    if (!formats.isEmpty())
        l.badges.prepend(u"inspection report"_qs);
    if (out->recordViewable)
        l.badges.insert(formats.isEmpty() ? 0 : 1, u"accident record"_qs);
    if (r.boolean(ad, u"diagnosisCar"_qs, u"advertisement."_qs))
        l.badges << u"Encar diagnosis"_qs;

    out->vehicleNo = r.string(root, u"vehicleNo"_qs, {});
    const QString vin = r.string(root, u"vin"_qs, {});

    for (const QString &group : {u"standard"_qs, u"choice"_qs}) {
        const QJsonArray codes = r.array(options, group, u"options."_qs);
        for (const QJsonValue &v : codes) {
            const QString code = v.isString() ? v.toString() : QString::number(v.toDouble(), 'f', 0);
            if (!d.options.contains(code))
                d.options << code;
        }
    }
    d.description = r.string(contents, u"text"_qs, u"contents."_qs);

    DetailSection specSection{u"spec"_qs, marked(QT_TRANSLATE_NOOP("DetailFields", "Specification")), {}};
    if (l.year)
        addField(specSection, QT_TRANSLATE_NOOP("DetailFields", "First registration"), u"%1-%2"_qs.arg(l.year).arg(l.month, 2, 10, QChar(u'0')));
    addField(specSection, QT_TRANSLATE_NOOP("DetailFields", "Model year"), r.string(category, u"formYear"_qs, c));
    addField(specSection, QT_TRANSLATE_NOOP("DetailFields", "Mileage"), grouped(l.mileageKm) + u" km"_qs);
    if (l.engineCc)
        addField(specSection, QT_TRANSLATE_NOOP("DetailFields", "Displacement"), QString::number(l.engineCc) + u" cc"_qs);
    addField(specSection, QT_TRANSLATE_NOOP("DetailFields", "Fuel"), fuelName);
    addField(specSection, QT_TRANSLATE_NOOP("DetailFields", "Transmission"), transmissionName);
    addField(specSection, QT_TRANSLATE_NOOP("DetailFields", "Body"), l.body);
    addField(specSection, QT_TRANSLATE_NOOP("DetailFields", "Colour"), l.color);
    const double seats = r.number(spec, u"seatCount"_qs, s);
    if (seats > 0)
        addField(specSection, QT_TRANSLATE_NOOP("DetailFields", "Seats"), QString::number(wholeInt(seats)));
    addField(specSection, QT_TRANSLATE_NOOP("DetailFields", "Plate"), out->vehicleNo);
    addField(specSection, QT_TRANSLATE_NOOP("DetailFields", "VIN"), vin);
    addField(specSection, QT_TRANSLATE_NOOP("DetailFields", "Engine power"), marked(QT_TRANSLATE_NOOP("DetailFields", "not given by Encar: enter it for customs")));

    DetailSection priceSection{u"price"_qs, marked(QT_TRANSLATE_NOOP("DetailFields", "Price")), {}};
    addField(priceSection, QT_TRANSLATE_NOOP("DetailFields", "Price"), manwonText(price));
    const double origin = r.number(category, u"originPrice"_qs, c);
    if (origin > 0)
        addField(priceSection, QT_TRANSLATE_NOOP("DetailFields", "New-car price"), manwonText(origin));
    const QJsonObject warranty = r.object(category, u"warranty"_qs, c);
    const double bodyMonths = r.number(warranty, u"bodyMonth"_qs, c + u"warranty."_qs);
    if (bodyMonths > 0)
        addField(priceSection, QT_TRANSLATE_NOOP("DetailFields", "Maker warranty (body)"),
                 u"%1 months / %2 km"_qs.arg(wholeInt(bodyMonths)).arg(grouped(wholeNumber(r.number(warranty, u"bodyMileage"_qs, c)))));
    const double trMonths = r.number(warranty, u"transmissionMonth"_qs, c + u"warranty."_qs);
    if (trMonths > 0)
        addField(priceSection, QT_TRANSLATE_NOOP("DetailFields", "Maker warranty (powertrain)"),
                 u"%1 months / %2 km"_qs.arg(wholeInt(trMonths)).arg(grouped(wholeNumber(r.number(warranty, u"transmissionMileage"_qs, c)))));
    addField(priceSection, QT_TRANSLATE_NOOP("DetailFields", "Ad status"), r.string(ad, u"status"_qs, u"advertisement."_qs));

    DetailSection conditionSection{u"condition"_qs, marked(QT_TRANSLATE_NOOP("DetailFields", "Condition")), {}};
    addField(conditionSection, QT_TRANSLATE_NOOP("DetailFields", "Accident record"), out->recordViewable ? marked(QT_TRANSLATE_NOOP("DetailFields", "available")) : marked(QT_TRANSLATE_NOOP("DetailFields", "not available")));
    addField(conditionSection, QT_TRANSLATE_NOOP("DetailFields", "Inspection report"), formats.isEmpty() ? marked(QT_TRANSLATE_NOOP("DetailFields", "none")) : marked(QT_TRANSLATE_NOOP("DetailFields", "available")));
    const QJsonObject seizing = r.object(condition, u"seizing"_qs, u"condition."_qs);
    addField(conditionSection, QT_TRANSLATE_NOOP("DetailFields", "Seizures"), QString::number(wholeInt(r.number(seizing, u"seizingCount"_qs, u"condition.seizing."_qs))));
    addField(conditionSection, QT_TRANSLATE_NOOP("DetailFields", "Pledges"), QString::number(wholeInt(r.number(seizing, u"pledgeCount"_qs, u"condition.seizing."_qs))));

    // Seller: the firm and region; phone numbers are left out of the default sections.
    DetailSection sellerSection{u"seller"_qs, marked(QT_TRANSLATE_NOOP("DetailFields", "Seller")), {}};
    addField(sellerSection, QT_TRANSLATE_NOOP("DetailFields", "Dealer firm"), l.seller);
    addField(sellerSection, QT_TRANSLATE_NOOP("DetailFields", "Region"), l.location);
    addField(sellerSection, QT_TRANSLATE_NOOP("DetailFields", "Seller type"), r.string(contact, u"userType"_qs, u"contact."_qs));
    addField(sellerSection, QT_TRANSLATE_NOOP("DetailFields", "Listed"), r.string(manage, u"registDateTime"_qs, u"manage."_qs));
    const double views = r.number(manage, u"viewCount"_qs, u"manage."_qs);
    if (views > 0)
        addField(sellerSection, QT_TRANSLATE_NOOP("DetailFields", "Views"), QString::number(wholeNumber(views)));

    d.sections = {specSection, priceSection, conditionSection, sellerSection};
    if (!r.error.isEmpty())
        return parseError(what, r.error);
    return {};
}

JobError parseInspection(const QByteArray &body, InspectionSummary *out)
{
    const QString what = u"Encar inspection report"_qs;
    *out = {};
    QJsonObject root;
    if (JobError e = readObject(body, what, &root); e.isError())
        return e;
    Reader r;
    const QJsonObject master = r.object(root, u"master"_qs, {});
    if (master.isEmpty())
        return parseError(what, r.error.isEmpty() ? u"\"master\" is missing"_qs : r.error);
    const QJsonObject detail = r.object(master, u"detail"_qs, u"master."_qs);
    out->mileageKm = wholeInt(r.number(detail, u"mileage"_qs, u"master.detail."_qs));
    out->accident = r.boolean(master, u"accdient"_qs, u"master."_qs) || r.boolean(master, u"accident"_qs, u"master."_qs);
    out->simpleRepair = r.boolean(master, u"simpleRepair"_qs, u"master."_qs);
    for (const char *key : {"tuning", "recall", "engineCheck", "trnsCheck"}) {
        const QJsonValue v = detail.value(QLatin1StringView(key));
        const QString text = v.isObject() ? v.toObject().value(u"title"_qs).toString() : v.toVariant().toString();
        if (!text.isEmpty())
            out->notes << QLatin1StringView(key) + u": "_qs + text;
    }
    const QJsonArray outers = r.array(root, u"outers"_qs, {});
    for (qsizetype i = 0; i < outers.size(); ++i) {
        const QJsonObject panel = outers.at(i).toObject();
        const QString path = u"outers[%1]."_qs.arg(i);
        const QString name = r.string(r.object(panel, u"type"_qs, path), u"title"_qs, path + u"type."_qs);
        const QJsonArray statuses = r.array(panel, u"statusTypes"_qs, path);
        for (const QJsonValue &st : statuses) {
            const QJsonObject so = st.toObject();
            const QString code = so.value(u"code"_qs).toString();
            const QString title = so.value(u"title"_qs).toString();
            if (code == u"X" || title.contains(u"교환"))
                out->replacedPanels << name;
            else if (code == u"W" || title.contains(u"판금") || title.contains(u"용접"))
                out->weldedPanels << name;
        }
    }
    if (!r.error.isEmpty())
        return parseError(what, r.error);
    return {};
}

JobError parseRecord(const QByteArray &body, AccidentSummary *out)
{
    const QString what = u"Encar accident record"_qs;
    *out = {};
    QJsonObject root;
    if (JobError e = readObject(body, what, &root); e.isError())
        return e;
    Reader r;
    if (!root.contains(u"accidentCnt"_qs) && !root.contains(u"ownerChangeCnt"_qs))
        return parseError(what, u"neither \"accidentCnt\" nor \"ownerChangeCnt\" present"_qs);
    out->accidentCount = wholeInt(r.number(root, u"accidentCnt"_qs, {}));
    out->ownDamageKrw = wholeNumber(r.number(root, u"myAccidentCost"_qs, {}));
    out->otherDamageKrw = wholeNumber(r.number(root, u"otherAccidentCost"_qs, {}));
    out->ownerChanges = wholeInt(r.number(root, u"ownerChangeCnt"_qs, {}));
    out->plateChanges = wholeInt(r.number(root, u"carNoChangeCnt"_qs, {}));
    out->totalLoss = r.number(root, u"totalLossCnt"_qs, {}) > 0;
    out->flood = r.number(root, u"floodTotalLossCnt"_qs, {}) + r.number(root, u"floodPartLossCnt"_qs, {}) > 0;
    out->theft = r.number(root, u"robberCnt"_qs, {}) > 0;
    const auto flag = [&](const QString &key) {
        const QJsonValue v = root.value(key);
        return v.isArray() ? !v.toArray().isEmpty() : r.boolean(root, key, {});
    };
    out->commercialUse = flag(u"business"_qs) || flag(u"government"_qs) || flag(u"carInfoUse1s"_qs)
        || flag(u"carInfoUse2s"_qs);
    if (!r.error.isEmpty())
        return parseError(what, r.error);
    return {};
}

DetailSection inspectionSection(const InspectionSummary &i)
{
    DetailSection s{u"inspection"_qs, marked(QT_TRANSLATE_NOOP("DetailFields", "Inspection report")), {}};
    addField(s, QT_TRANSLATE_NOOP("DetailFields", "Mileage at inspection"), grouped(i.mileageKm) + u" km"_qs);
    addField(s, QT_TRANSLATE_NOOP("DetailFields", "Accident history"), yesNo(i.accident));
    addField(s, QT_TRANSLATE_NOOP("DetailFields", "Simple repair"), yesNo(i.simpleRepair));
    addField(s, QT_TRANSLATE_NOOP("DetailFields", "Replaced panels"), i.replacedPanels.isEmpty() ? marked(QT_TRANSLATE_NOOP("DetailFields", "none")) : i.replacedPanels.join(u", "_qs));
    addField(s, QT_TRANSLATE_NOOP("DetailFields", "Welded panels"), i.weldedPanels.isEmpty() ? marked(QT_TRANSLATE_NOOP("DetailFields", "none")) : i.weldedPanels.join(u", "_qs));
    for (const QString &n : i.notes)
        addField(s, QT_TRANSLATE_NOOP("DetailFields", "Note"), n);
    return s;
}

DetailSection accidentSection(const AccidentSummary &a)
{
    DetailSection s{u"accident"_qs, marked(QT_TRANSLATE_NOOP("DetailFields", "Accident and insurance record")), {}};
    addField(s, QT_TRANSLATE_NOOP("DetailFields", "Insurance accidents"), QString::number(a.accidentCount));
    addField(s, QT_TRANSLATE_NOOP("DetailFields", "Own damage"), grouped(a.ownDamageKrw) + u" KRW"_qs);
    addField(s, QT_TRANSLATE_NOOP("DetailFields", "Damage to others"), grouped(a.otherDamageKrw) + u" KRW"_qs);
    addField(s, QT_TRANSLATE_NOOP("DetailFields", "Owner changes"), QString::number(a.ownerChanges));
    addField(s, QT_TRANSLATE_NOOP("DetailFields", "Plate changes"), QString::number(a.plateChanges));
    addField(s, QT_TRANSLATE_NOOP("DetailFields", "Total loss"), yesNo(a.totalLoss));
    addField(s, QT_TRANSLATE_NOOP("DetailFields", "Flood damage"), yesNo(a.flood));
    addField(s, QT_TRANSLATE_NOOP("DetailFields", "Theft"), yesNo(a.theft));
    addField(s, QT_TRANSLATE_NOOP("DetailFields", "Rental or business use"), yesNo(a.commercialUse));
    return s;
}

} // namespace CarScout::Sources::Encar
