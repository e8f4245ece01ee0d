#include "core/sources/che168/che168detailparser.h"

#include "core/sources/che168/che168json.h"
#include "core/sources/che168/che168listparser.h"
#include "core/sources/che168/che168query.h"
#include "core/sources/che168/che168units.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace CarScout::Sources::Che168 {

namespace {

// Labels, section titles and fixed values stay English in the data; the GUI translates them ("DetailFields").
QString marked(const char *text) { return QString::fromUtf8(text); }

void addField(DetailSection &s, const char *label, const QString &value)
{
    if (!value.trimmed().isEmpty())
        s.fields << DetailField{marked(label), value.trimmed()};
}

// The first number in a text: "180" → 180, "33.29万" → 33.29, "2.0T 180马力" → 2.0; nullopt when none.
std::optional<double> leadingNumber(const QString &text)
{
    static const QRegularExpression re(u"\\d+(?:\\.\\d+)?"_qs);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.capturedView().toDouble();
}

// "2.0T 180马力 L4" → 180.
std::optional<double> horsepowerInEngineText(const QString &text)
{
    static const QRegularExpression re(u"(\\d+(?:\\.\\d+)?)\\s*马力"_qs);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.capturedView(1).toDouble();
}

QString grouped(qint64 n)
{
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return n < 0 ? u'-' + digits : digits;
}

QString cnyText(qint64 cny)
{
    return grouped(cny) + u" CNY ("_qs + QString::number(double(cny) / 10000.0, 'g', 10) + u" 万元)"_qs;
}

JobError envelopeObject(const QByteArray &body, const QString &what, QJsonObject *out)
{
    QJsonValue v;
    if (JobError e = readEnvelope(body, what, &v); e.isError())
        return e;
    if (!v.isObject())
        return parseError(what, u"\"result\" is %1, expected an object"_qs.arg(jsonTypeName(v)));
    *out = v.toObject();
    return {};
}

} // namespace

QString powertrainKey(Powertrain p)
{
    switch (p) {
    case Powertrain::Combustion: return u"combustion"_qs;
    case Powertrain::Electric: return u"electric"_qs;
    case Powertrain::RangeExtender: return u"range_extender"_qs;
    case Powertrain::PlugInHybrid: return u"plug_in_hybrid"_qs;
    case Powertrain::Hybrid: return u"hybrid"_qs;
    case Powertrain::Unknown: break;
    }
    return {};
}

Powertrain powertrainFromName(const QString &energyName)
{
    const QString n = energyName.trimmed();
    if (n.isEmpty() || n == u"-")
        return Powertrain::Unknown;
    if (n.contains(u"纯电"))
        return Powertrain::Electric;
    if (n.contains(u"增程"))
        return Powertrain::RangeExtender;
    if (n.contains(u"插电"))
        return Powertrain::PlugInHybrid;
    if (n.contains(u"混合") || n.contains(u"混动") || n.contains(u"轻混") || n.contains(u"电驱"))
        return Powertrain::Hybrid;
    if (n.contains(u"汽油") || n.contains(u"柴油") || n.contains(u"天然气") || n.contains(u"CNG")
        || n.contains(u"LPG") || n.contains(u"甲醇") || n.contains(u"氢"))
        return Powertrain::Combustion;
    return Powertrain::Unknown;
}

QString Che168Params::value(const QString &name) const
{
    for (const auto &[key, content] : values) {
        if (key == name)
            return content;
    }
    return {};
}

JobError parseCarInfo(const QByteArray &body, const QString &requestedId, const TermDictionary &terms,
                      Che168CarInfo *out)
{
    const QString what = u"Che168 car %1"_qs.arg(requestedId);
    *out = {};
    QJsonObject o;
    if (JobError e = envelopeObject(body, what, &o); e.isError())
        return e;
    JsonReader r;
    const QString p = u"result."_qs;
    Listing &l = out->listing;
    l.id = r.id(o, u"infoid"_qs, p);
    if (r.ok() && l.id.isEmpty())
        return parseError(what, u"\"result.infoid\" is missing"_qs);
    l.source = QString::fromLatin1(kSourceId);
    l.url = publicPageUrl(l.id);
    l.currency = u"CNY"_qs;
    l.title = r.string(o, u"carname"_qs, p).trimmed();
    l.make = r.string(o, u"brandname"_qs, p).trimmed();
    l.model = r.string(o, u"seriesname"_qs, p).trimmed();
    out->brandId = r.id(o, u"brandid"_qs, p);
    out->seriesId = r.id(o, u"seriesid"_qs, p);
    out->specId = r.id(o, u"specid"_qs, p);
    out->dealerId = r.id(o, u"dealerid"_qs, p);
    const std::optional<double> price = r.number(o, u"price"_qs, p);
    const std::optional<double> guide = r.number(o, u"guidanceprice"_qs, p);
    const std::optional<double> mileage = r.number(o, u"mileage"_qs, p);
    const QString regShort = r.string(o, u"firstregshortdate"_qs, p);
    const QString regDate = r.string(o, u"firstregdate"_qs, p);
    const QString regYear = r.string(o, u"firstregyear"_qs, p);
    out->registrationAge = r.string(o, u"firstregstr"_qs, p);
    const std::optional<double> litres = r.number(o, u"displacement"_qs, p);
    out->gearbox = r.string(o, u"gearbox"_qs, p).trimmed();
    out->fuelName = r.string(o, u"fuelname"_qs, p).trimmed();
    out->driveMode = r.string(o, u"drivingmode"_qs, p).trimmed();
    out->levelName = r.string(o, u"levelname"_qs, p).trimmed();
    const std::optional<double> seats = r.number(o, u"setcount"_qs, p);
    out->vin = r.string(o, u"vincode"_qs, p).trimmed();
    l.location = r.string(o, u"cname"_qs, p).trimmed();
    out->county = r.string(o, u"countyname"_qs, p).trimmed();
    l.color = r.string(o, u"colorname"_qs, p).trimmed();
    const std::optional<double> transfers = r.number(o, u"transfercount"_qs, p);
    out->carUse = r.string(o, u"carusename"_qs, p).trimmed();
    out->examine = r.string(o, u"examine"_qs, p).trimmed();
    out->insurance = r.string(o, u"insurance"_qs, p).trimmed();
    out->remark = r.string(o, u"remark"_qs, p).trimmed();
    out->publicDate = r.string(o, u"publicdate"_qs, p).trimmed();
    out->emission = r.string(o, u"environmental"_qs, p).trimmed();
    const QString battery = r.string(o, u"batterypower"_qs, p);
    const QString image = r.string(o, u"imageurl"_qs, p);
    const QJsonArray pics = r.array(o, u"piclist"_qs, p);
    if (!r.ok())
        return parseError(what, r.error);

    l.price = price ? priceFromWan(*price) : std::nullopt;
    if (guide)
        out->guidePriceCny = priceFromWan(*guide);
    if (mileage) {
        const std::optional<int> km = kmFromWan(*mileage);
        if (!km)
            return parseError(what, u"\"result.mileage\" %1 is not a distance in 万公里"_qs.arg(*mileage));
        l.mileageKm = *km;
    }
    int y = 0, m = 0;
    if (parseYearMonth(regShort, &y, &m) || parseYearMonth(regDate, &y, &m)) {
        l.year = y;
        l.month = m;
        const QDate day = QDate::fromString(regShort.trimmed(), u"yyyy-MM-dd"_qs);
        out->firstRegistration = day.isValid() ? day : QDate(y, m, 1);
    } else if (const std::optional<RegistrationYear> ry = parseRegistrationYear(regYear)) {
        l.year = ry->year;
        if (ry->unregistered)
            l.badges << u"unregistered"_qs;
    }
    out->displacementLitres = litres.value_or(0);
    if (seats && *seats > 0 && *seats < 100)
        out->seats = int(*seats);
    if (transfers && *transfers >= 0)
        out->transferCount = int(*transfers);
    if (const std::optional<double> kwh = leadingNumber(battery); kwh && *kwh > 0)
        out->batteryKwh = *kwh;

    l.makeEn = terms.lookup(u"maker", l.make, u"en");
    l.modelEn = terms.lookup(u"model", l.model, u"en");
    QString series = l.model;
    if (!l.title.isEmpty()) {
        static const QRegularExpression year(u"(?:19|20)\\d{2}款\\s*"_qs);
        const QRegularExpressionMatch ym = year.match(l.title);
        if (ym.hasMatch())
            l.trim = l.title.mid(ym.capturedEnd()).trimmed();
    }
    if (l.title.isEmpty())
        l.title = QStringList{l.make, series}.join(u' ').trimmed();
    l.body = out->levelName;
    if (!out->fuelName.isEmpty()) {
        l.fuel = terms.fuel(out->fuelName);
        if (l.fuel == Fuel::Unknown)
            l.fuel = Fuel::Other;
    }
    if (!out->gearbox.isEmpty()) {
        l.transmission = terms.transmission(out->gearbox);
        if (l.transmission == Transmission::Unknown)
            l.transmission = Transmission::Other;
    }
    l.engineCc = out->displacementLitres > 0 ? int(std::lround(out->displacementLitres * 1000)) : 0;

    // All photos, full size, in order, without repeats; the cover when the list is empty.
    QSet<QString> seen;
    for (qsizetype i = 0; i < pics.size(); ++i) {
        const QJsonValue v = pics.at(i);
        const QString url = v.isString() ? v.toString() : v.toObject().value(u"url").toString();
        if (url.trimmed().isEmpty())
            continue;
        const QUrl full = fullSizePhoto(url);
        if (full.isValid() && !seen.contains(full.toString())) {
            seen.insert(full.toString());
            l.photos << full;
        }
    }
    if (l.photos.isEmpty() && !image.trimmed().isEmpty())
        l.photos << fullSizePhoto(image);
    return {};
}

JobError parseParamItems(const QByteArray &body, const QString &requestedId, Che168Params *out)
{
    const QString what = u"Che168 spec sheet of car %1"_qs.arg(requestedId);
    *out = {};
    QJsonValue v;
    if (JobError e = readEnvelope(body, what, &v); e.isError())
        return e;
    if (!v.isArray())
        return parseError(what, u"\"result\" is %1, expected an array of sections"_qs.arg(jsonTypeName(v)));
    const QJsonArray sections = v.toArray();
    QSet<QString> names;
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const QString at = u"result[%1]"_qs.arg(s);
        if (!sections.at(s).isObject())
            return parseError(what, u"\"%1\" is %2, expected an object"_qs.arg(at, jsonTypeName(sections.at(s))));
        JsonReader r;
        const QJsonObject section = sections.at(s).toObject();
        DetailSection ds{u"parameters"_qs, r.string(section, u"title"_qs, at + u'.').trimmed(), {}};
        const QJsonArray data = r.array(section, u"data"_qs, at + u'.');
        if (!r.ok())
            return parseError(what, r.error);
        for (qsizetype i = 0; i < data.size(); ++i) {
            const QString itemAt = at + u".data[%1]."_qs.arg(i);
            if (!data.at(i).isObject())
                return parseError(what, u"\"%1\" is %2, expected an object"_qs.arg(itemAt.chopped(1), jsonTypeName(data.at(i))));
            const QJsonObject item = data.at(i).toObject();
            const QString name = r.string(item, u"name"_qs, itemAt).trimmed();
            const QString content = r.string(item, u"content"_qs, itemAt).trimmed();
            if (!r.ok())
                return parseError(what, r.error);
            if (name.isEmpty() || content.isEmpty() || content == u"-")
                continue;
            if (!names.contains(name)) {
                names.insert(name);
                out->values.append({name, content});
                ds.fields << DetailField{name, content};
            }
        }
        if (!ds.fields.isEmpty())
            out->sections << ds;
    }
    if (out->values.isEmpty())
        return parseError(what, u"no parameter has a value"_qs);
    return {};
}

PowerChoice choosePower(const Che168CarInfo &info, const Che168Params &params)
{
    PowerChoice c;
    c.powertrain = powertrainFromName(params.value(u"能源类型"_qs));
    if (c.powertrain == Powertrain::Unknown)
        c.powertrain = powertrainFromName(info.fuelName);
    if (c.powertrain == Powertrain::Unknown)
        c.powertrain = powertrainFromName(params.value(u"燃料形式"_qs));

    auto fromPs = [&](const char *field) {
        const std::optional<double> ps = leadingNumber(params.value(QString::fromUtf8(field)));
        if (!ps || *ps <= 0)
            return false;
        c.ps = int(std::lround(*ps));
        c.kw = *ps / 1.35962;
        c.field = QString::fromUtf8(field);
        return true;
    };
    auto fromKw = [&](const char *field) {
        const std::optional<double> kw = leadingNumber(params.value(QString::fromUtf8(field)));
        if (!kw || *kw <= 0)
            return false;
        c.ps = psFromKw(*kw);
        c.kw = *kw;
        c.field = QString::fromUtf8(field);
        return true;
    };
    auto fromEngineText = [&] {
        const std::optional<double> hp = horsepowerInEngineText(params.value(u"发动机"_qs));
        if (!hp || *hp <= 0)
            return false;
        c.ps = int(std::lround(*hp));
        c.kw = *hp / 1.35962;
        c.field = u"发动机"_qs;
        return true;
    };

    switch (c.powertrain) {
    case Powertrain::Electric:
    case Powertrain::RangeExtender:
        // The motor drives the wheels: its power is the car's power.
        fromKw("电动机总功率(kW)") || fromPs("电动机(Ps)") || fromKw("最大功率(kW)");
        break;
    case Powertrain::PlugInHybrid:
    case Powertrain::Hybrid:
        fromPs("系统综合功率(Ps)") || fromKw("系统综合功率(kW)") || fromPs("最大马力(Ps)") || fromKw("最大功率(kW)")
            || fromEngineText();
        break;
    case Powertrain::Combustion:
    case Powertrain::Unknown:
        fromPs("最大马力(Ps)") || fromKw("最大功率(kW)") || fromEngineText();
        break;
    }
    return c;
}

int displacementCc(const Che168CarInfo &info, const Che168Params &params)
{
    if (const std::optional<double> ml = leadingNumber(params.value(u"排量(mL)"_qs)); ml && *ml > 0)
        return int(std::lround(*ml));
    if (const std::optional<double> l = leadingNumber(params.value(u"排量(L)"_qs)); l && *l > 0)
        return int(std::lround(*l * 1000));
    return info.displacementLitres > 0 ? int(std::lround(info.displacementLitres * 1000)) : 0;
}

ListingDetail buildDetail(const Che168CarInfo &info, const Che168Params *params, const QString &paramsProblem,
                          const TermDictionary &terms)
{
    ListingDetail d;
    d.listing = info.listing;
    d.requestedId = info.listing.id;
    d.description = info.remark;
    Listing &l = d.listing;
    const Che168Params none;
    const Che168Params &p = params ? *params : none;

    const PowerChoice power = choosePower(info, p);
    if (power.ps > 0)
        l.powerHp = power.ps;
    const bool electric = power.powertrain == Powertrain::Electric;
    if (const int cc = displacementCc(info, p); cc > 0 || electric)
        l.engineCc = electric ? 0 : cc;
    if (l.fuel == Fuel::Unknown || l.fuel == Fuel::Other) {
        const QString energy = p.value(u"能源类型"_qs);
        if (const Fuel f = terms.fuel(energy); f != Fuel::Unknown)
            l.fuel = f;
    }
    if (l.transmission == Transmission::Unknown) {
        if (const Transmission t = terms.transmission(p.value(u"变速箱类型"_qs)); t != Transmission::Unknown)
            l.transmission = t;
    }
    std::optional<double> battery = info.batteryKwh;
    if (const std::optional<double> kwh = leadingNumber(p.value(u"电池能量(kWh)"_qs)); kwh && *kwh > 0)
        battery = kwh;
    std::optional<qint64> guide = info.guidePriceCny;
    if (!guide)
        guide = priceFromWan(leadingNumber(p.value(u"厂商指导价(元)"_qs)).value_or(0));

    DetailSection spec{u"spec"_qs, marked(QT_TRANSLATE_NOOP("DetailFields", "Specification")), {}};
    if (info.firstRegistration.isValid())
        addField(spec, QT_TRANSLATE_NOOP("DetailFields", "First registration"), info.firstRegistration.toString(Qt::ISODate));
    else if (l.badges.contains(u"unregistered"))
        addField(spec, QT_TRANSLATE_NOOP("DetailFields", "First registration"), marked(QT_TRANSLATE_NOOP("DetailFields", "not registered yet")));
    if (const int modelYear = modelYearFromName(l.title))
        addField(spec, QT_TRANSLATE_NOOP("DetailFields", "Model year"), QString::number(modelYear));
    addField(spec, QT_TRANSLATE_NOOP("DetailFields", "Mileage"), grouped(l.mileageKm) + u" km"_qs);
    if (l.engineCc > 0)
        addField(spec, QT_TRANSLATE_NOOP("DetailFields", "Displacement"), QString::number(l.engineCc) + u" cc"_qs);
    addField(spec, QT_TRANSLATE_NOOP("DetailFields", "Fuel"), info.fuelName.isEmpty() ? p.value(u"能源类型"_qs) : info.fuelName);
    if (power.ps > 0)
        addField(spec, QT_TRANSLATE_NOOP("DetailFields", "Engine power"),
                 u"%1 PS (%2 kW, %3)"_qs.arg(power.ps).arg(power.kw, 0, 'f', 1).arg(power.field));
    else
        addField(spec, QT_TRANSLATE_NOOP("DetailFields", "Engine power"), marked(QT_TRANSLATE_NOOP("DetailFields", "not given: enter it for customs")));
    if (battery)
        addField(spec, QT_TRANSLATE_NOOP("DetailFields", "Battery"), QString::number(*battery, 'g', 6) + u" kWh"_qs);
    addField(spec, QT_TRANSLATE_NOOP("DetailFields", "Transmission"), info.gearbox.isEmpty() ? p.value(u"变速箱"_qs) : info.gearbox);
    addField(spec, QT_TRANSLATE_NOOP("DetailFields", "Drive"), info.driveMode.isEmpty() ? p.value(u"驱动方式"_qs) : info.driveMode);
    addField(spec, QT_TRANSLATE_NOOP("DetailFields", "Emission standard"), info.emission.isEmpty() ? p.value(u"环保标准"_qs) : info.emission);
    addField(spec, QT_TRANSLATE_NOOP("DetailFields", "Body"), info.levelName);
    addField(spec, QT_TRANSLATE_NOOP("DetailFields", "Colour"), l.color);
    if (info.seats > 0)
        addField(spec, QT_TRANSLATE_NOOP("DetailFields", "Seats"), QString::number(info.seats));
    if (!info.vin.isEmpty())
        addField(spec, QT_TRANSLATE_NOOP("DetailFields", "VIN"),
                 info.vin.contains(u'*') ? info.vin + u" ("_qs + marked(QT_TRANSLATE_NOOP("DetailFields", "masked by the marketplace")) + u')' : info.vin);

    DetailSection price{u"price"_qs, marked(QT_TRANSLATE_NOOP("DetailFields", "Price")), {}};
    addField(price, QT_TRANSLATE_NOOP("DetailFields", "Price"),
             l.price ? cnyText(*l.price) : marked(QT_TRANSLATE_NOOP("DetailFields", "call for price")));
    if (guide)
        addField(price, QT_TRANSLATE_NOOP("DetailFields", "New-car price"), cnyText(*guide));

    DetailSection history{u"condition"_qs, marked(QT_TRANSLATE_NOOP("DetailFields", "Condition")), {}};
    if (info.transferCount >= 0)
        addField(history, QT_TRANSLATE_NOOP("DetailFields", "Owner changes"), QString::number(info.transferCount));
    addField(history, QT_TRANSLATE_NOOP("DetailFields", "Use"), info.carUse);
    addField(history, QT_TRANSLATE_NOOP("DetailFields", "Registered for"), info.registrationAge);
    addField(history, QT_TRANSLATE_NOOP("DetailFields", "Annual inspection until"), info.examine);
    addField(history, QT_TRANSLATE_NOOP("DetailFields", "Insurance until"), info.insurance);

    DetailSection seller{u"seller"_qs, marked(QT_TRANSLATE_NOOP("DetailFields", "Seller")), {}};
    addField(seller, QT_TRANSLATE_NOOP("DetailFields", "City"), info.county.isEmpty() ? l.location : l.location + u" · "_qs + info.county);
    addField(seller, QT_TRANSLATE_NOOP("DetailFields", "Dealer"), info.dealerId.isEmpty() ? QString() : u'#' + info.dealerId);
    addField(seller, QT_TRANSLATE_NOOP("DetailFields", "Listed"), info.publicDate);

    for (DetailSection *s : {&spec, &price, &history, &seller}) {
        if (!s->fields.isEmpty())
            d.sections << *s;
    }
    d.sections << p.sections;
    if (!params) {
        DetailSection notes{u"notes"_qs, marked(QT_TRANSLATE_NOOP("DetailFields", "Notes")), {}};
        notes.fields << DetailField{marked(QT_TRANSLATE_NOOP("DetailFields", "Specification sheet")), paramsProblem};
        d.sections << notes;
    }
    return d;
}

} // namespace CarScout::Sources::Che168
