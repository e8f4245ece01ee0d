#include "core/sources/che168/che168listparser.h"

#include "core/sources/che168/che168json.h"
#include "core/sources/che168/che168units.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace CarScout::Sources::Che168 {

namespace {

const QString kWhat = u"Che168 search page"_qs;

// "奔驰C级 2025款 C 260 L 运动版" → series "奔驰C级", spec "C 260 L 运动版"; without a model year the whole
// name is the series.
void splitCarName(const QString &carName, QString *series, QString *spec)
{
    static const QRegularExpression year(u"\\s*(?:19|20)\\d{2}款\\s*"_qs);
    const QRegularExpressionMatch m = year.match(carName);
    if (!m.hasMatch()) {
        *series = carName.trimmed();
        spec->clear();
        return;
    }
    *series = carName.left(m.capturedStart()).trimmed();
    *spec = carName.mid(m.capturedEnd()).trimmed();
}

class PageReader
{
public:
    PageReader(const TermDictionary &terms, const ListContext &context) : m_terms(terms), m_context(context) {}

    // False with a reason when the car must be skipped.
    bool readCar(const QJsonObject &o, Che168Car &car, QString *why)
    {
        JsonReader r;
        Listing &l = car.listing;
        l.id = r.id(o, u"infoid"_qs);
        const QString carName = r.string(o, u"carname"_qs);
        const std::optional<double> price = r.number(o, u"price"_qs);
        const std::optional<double> mileage = r.number(o, u"mileage"_qs);
        const QString regYear = r.string(o, u"firstregyear"_qs);
        const QString displacement = r.string(o, u"displacement"_qs);
        car.emission = r.string(o, u"environmental"_qs).trimmed();
        l.location = r.string(o, u"cname"_qs).trimmed();
        car.seriesId = r.id(o, u"seriesid"_qs);
        car.specId = r.id(o, u"specid"_qs);
        car.dealerId = r.id(o, u"dealerid"_qs);
        car.cityId = r.id(o, u"cityid"_qs);
        const QString sname = r.string(o, u"sname"_qs).trimmed();
        const QString syname = r.string(o, u"syname"_qs).trimmed();
        const QString image = r.string(o, u"imageurl"_qs);
        const bool newEnergy = r.flag(o, u"isnewenergy"_qs);
        if (!r.ok())
            return fail(why, r.error);
        if (l.id.isEmpty())
            return fail(why, u"no \"infoid\""_qs);
        if (carName.trimmed().isEmpty())
            return fail(why, u"no \"carname\""_qs);
        if (!mileage)
            return fail(why, u"no \"mileage\""_qs);
        const std::optional<int> km = kmFromWan(*mileage);
        if (!km)
            return fail(why, u"\"mileage\" %1 is not a distance in 万公里"_qs.arg(*mileage));
        const std::optional<RegistrationYear> reg = parseRegistrationYear(regYear);
        if (!reg)
            return fail(why, u"\"firstregyear\" \"%1\" is neither a year nor 未上牌"_qs.arg(regYear));
        std::optional<Displacement> disp;
        if (!displacement.trimmed().isEmpty() && displacement.trimmed() != u"-") {
            disp = parseDisplacement(displacement);
            if (!disp)
                return fail(why, u"\"displacement\" \"%1\" is not litres"_qs.arg(displacement));
        }

        l.source = QString::fromLatin1(kSourceId);
        l.url = publicPageUrl(l.id);
        l.title = carName.trimmed();
        splitCarName(l.title, &car.seriesName, &car.specName);
        if (!sname.isEmpty())
            car.seriesName = sname;
        if (!syname.isEmpty())
            car.specName = syname;
        car.modelYear = modelYearFromName(l.title);
        l.model = car.seriesName;
        l.trim = car.specName;
        l.make = m_context.brandName.isEmpty() ? maker(car.seriesName) : m_context.brandName;
        l.makeEn = m_terms.lookup(u"maker", l.make, u"en");
        l.modelEn = m_terms.lookup(u"model", l.model, u"en");
        l.year = reg->year;
        car.unregistered = reg->unregistered;
        l.mileageKm = *km;
        l.price = price ? priceFromWan(*price) : std::nullopt;
        l.currency = u"CNY"_qs;
        car.newEnergy = newEnergy;
        l.engineCc = disp ? disp->cc : 0;
        // The list tells only "new energy" and the displacement: no engine = electric, an engine = a hybrid
        // (plug-in or range extender; the detail says which). Combustion cars stay unknown (petrol or diesel).
        if (disp && disp->cc == 0)
            l.fuel = Fuel::Electric;
        else if (car.newEnergy)
            l.fuel = Fuel::HybridPetrol;
        if (!image.trimmed().isEmpty())
            l.photos << fullSizePhoto(image);
        if (car.unregistered)
            l.badges << u"unregistered"_qs;
        readBadges(o.value(u"cartags"), l.badges);
        return true;
    }

private:
    static bool fail(QString *why, const QString &reason)
    {
        *why = reason;
        return false;
    }

    QString maker(const QString &series)
    {
        auto it = m_makers.constFind(series);
        if (it == m_makers.constEnd())
            it = m_makers.insert(series, makerOfSeries(series, m_terms));
        return *it;
    }

    // cartags.p1…p4[].title: the ones the dictionary knows as badges, in English. Decoration only: a tag list of
    // another shape is ignored rather than costing the car.
    void readBadges(const QJsonValue &tags, QStringList &badges) const
    {
        const QJsonObject groups = tags.toObject();
        for (auto group = groups.begin(); group != groups.end(); ++group) {
            const QJsonArray list = group.value().toArray();
            for (const QJsonValue &t : list) {
                const QString badge = m_terms.lookup(u"badge", t.toObject().value(u"title").toString(), u"en");
                if (!badge.isEmpty() && !badges.contains(badge))
                    badges << badge;
            }
        }
    }

    const TermDictionary &m_terms;
    const ListContext &m_context;
    QHash<QString, QString> m_makers;
};

FilterNode filterNode(const QJsonObject &f, const char *level, const TermDictionary &terms)
{
    FilterNode n;
    n.key = f.value(u"value").toVariant().toString().trimmed();
    n.name = f.value(u"title").toString().trimmed();
    n.level = QString::fromLatin1(level);
    if (n.level == QLatin1StringView(kLevelSeries))
        n.nameEn = terms.lookup(u"model", n.name, u"en");
    else if (n.level == QLatin1StringView(kLevelYear) && n.name.endsWith(u'款'))
        n.nameEn = n.name.chopped(1);
    n.hasChildren = n.level != QLatin1StringView(kLevelSpec);
    return n;
}

// The filter-tree entries; an entry that cannot be read is left out with a warning (the cars matter more).
void readFilters(const QJsonArray &filters, const TermDictionary &terms, Che168SearchPage *out)
{
    for (qsizetype i = 0; i < filters.size(); ++i) {
        const QJsonValue v = filters.at(i);
        if (!v.isObject()) {
            out->warnings << u"filter %1 skipped: %2, expected an object"_qs.arg(i).arg(jsonTypeName(v));
            continue;
        }
        const QJsonObject f = v.toObject();
        const QString key = f.value(u"key").toString();
        const char *level = key == u"seriesid" ? kLevelSeries
            : key == u"seriesyearid"            ? kLevelYear
            : key == u"specid"                  ? kLevelSpec
                                                : nullptr;
        if (!level)
            continue;
        FilterNode node = filterNode(f, level, terms);
        if (node.key.isEmpty() || node.name.isEmpty()) {
            out->warnings << u"filter %1 (%2) skipped: no \"value\" or \"title\""_qs.arg(i).arg(key);
            continue;
        }
        if (out->brandName.isEmpty())
            out->brandName = f.value(u"brandname").toString().trimmed();
        if (key == u"seriesid") {
            out->series << node;
        } else if (key == u"seriesyearid") {
            QStringList ids = f.value(u"subvalue").toString().split(u',', Qt::SkipEmptyParts);
            for (QString &id : ids)
                id = id.trimmed();
            out->yearSpecIds.insert(node.key, ids);
            out->years << node;
        } else {
            out->specs << node;
        }
    }
}

int intOr(const QJsonObject &o, const char *key, int fallback)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isDouble())
        return v.toInt(fallback);
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

} // namespace

QString makerOfSeries(const QString &seriesName, const TermDictionary &terms)
{
    const QString series = seriesName.trimmed();
    if (series.isEmpty())
        return {};
    if (const TermDictionary::Entry *e = terms.entry(u"model", series); e && !e->key.isEmpty())
        return e->key;
    // The longest proper prefix that is a maker term: a few hash lookups, no scan of the dictionary.
    for (qsizetype n = series.size() - 1; n > 0; --n) {
        const QString prefix = series.left(n);
        if (terms.entry(u"maker", prefix))
            return prefix.trimmed();
    }
    return {};
}

JobError parseSearchPage(const QByteArray &body, const TermDictionary &terms, Che168SearchPage *out,
                         const ListContext &context)
{
    *out = {};
    QJsonValue resultValue;
    if (JobError e = readEnvelope(body, kWhat, &resultValue); e.isError())
        return e;
    if (!resultValue.isObject())
        return parseError(kWhat, u"\"result\" is an array, expected an object with \"carlist\""_qs);
    const QJsonObject result = resultValue.toObject();
    out->totalCount = intOr(result, "totalcount", -1);
    out->pageCount = intOr(result, "pagecount", -1);
    out->pageIndex = intOr(result, "pageindex", 0);
    out->pageSize = intOr(result, "pagesize", 0);

    const QJsonValue filters = result.value(u"filters");
    if (filters.isArray())
        readFilters(filters.toArray(), terms, out);
    else if (!filters.isUndefined() && !filters.isNull())
        out->warnings << u"\"result.filters\" ignored: %1, expected an array"_qs.arg(jsonTypeName(filters));

    const QJsonValue carlist = result.value(u"carlist");
    if (carlist.isUndefined() || carlist.isNull())
        return parseError(kWhat, u"no \"result.carlist\""_qs);
    if (!carlist.isArray())
        return parseError(kWhat, u"\"result.carlist\" is %1, expected an array"_qs.arg(jsonTypeName(carlist)));
    const QJsonArray cars = carlist.toArray();
    if (cars.isEmpty()) {
        const bool insideRange = out->totalCount > 0 && out->pageIndex > 0
            && (out->pageCount < 0 || out->pageIndex <= out->pageCount);
        if (insideRange)
            return parseError(kWhat, u"\"result.carlist\" is empty on page %1 of %2 although %3 cars are reported"_qs
                                         .arg(out->pageIndex).arg(out->pageCount).arg(out->totalCount));
        return {};
    }

    ListContext ctx = context;
    if (ctx.brandName.isEmpty())
        ctx.brandName = out->brandName;
    PageReader reader(terms, ctx);
    out->cars.reserve(cars.size());
    for (qsizetype i = 0; i < cars.size(); ++i) {
        const QJsonValue v = cars.at(i);
        const QString label = u"car %1"_qs.arg(i);
        if (!v.isObject()) {
            out->warnings << u"%1 skipped: %2, expected an object"_qs.arg(label, jsonTypeName(v));
            continue;
        }
        Che168Car car;
        QString why;
        if (!reader.readCar(v.toObject(), car, &why)) {
            const QString id = v.toObject().value(u"infoid").toVariant().toString();
            out->warnings << u"%1%2 skipped: %3"_qs.arg(label, id.isEmpty() ? QString() : u" (infoid "_qs + id + u')', why);
            continue;
        }
        out->cars.append(std::move(car));
    }
    if (out->cars.isEmpty())
        return parseError(kWhat, u"none of the %1 cars could be read; first: %2"_qs.arg(cars.size()).arg(out->warnings.value(0)));
    return {};
}

QList<FilterNode> specNodes(const Che168SearchPage &page, const QString &seriesYearId)
{
    QList<FilterNode> out;
    QSet<QString> seen;
    for (const FilterNode &n : page.specs) {
        if (!seen.contains(n.key)) {
            seen.insert(n.key);
            out << n;
        }
    }
    const QStringList yearSpecs = page.yearSpecIds.value(seriesYearId);
    for (const Che168Car &car : page.cars) {
        if (car.specId.isEmpty() || seen.contains(car.specId))
            continue;
        if (!yearSpecs.isEmpty() && !yearSpecs.contains(car.specId))
            continue;
        seen.insert(car.specId);
        FilterNode n;
        n.key = car.specId;
        n.name = car.specName.isEmpty() ? car.listing.title : car.specName;
        n.level = QString::fromLatin1(kLevelSpec);
        n.hasChildren = false;
        out << n;
    }
    for (const QString &id : yearSpecs) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        FilterNode n;
        n.key = id;
        n.level = QString::fromLatin1(kLevelSpec);
        n.hasChildren = false;
        out << n;
    }
    return out;
}

bool passes(const Che168Car &car, const ClientFilter &f, int currentYear)
{
    const Listing &l = car.listing;
    if (f.priceMin && (!l.price || *l.price < *f.priceMin))
        return false;
    if (f.priceMax && (!l.price || *l.price > *f.priceMax))
        return false;
    const int year = car.unregistered ? currentYear : l.year;
    if (f.yearFrom && year < *f.yearFrom)
        return false;
    if (f.yearTo && year > *f.yearTo)
        return false;
    if (f.mileageMaxKm && l.mileageKm > *f.mileageMaxKm)
        return false;
    if (f.ccMin && l.engineCc < *f.ccMin)
        return false;
    if (f.ccMax && l.engineCc > *f.ccMax)
        return false;
    if (!f.emissionStandards.isEmpty() && !f.emissionStandards.contains(car.emission))
        return false;
    if (!f.fuels.isEmpty()) {
        // What the list can tell: electric (no engine), hybrid (new energy with an engine), combustion (the rest,
        // petrol or diesel unknown until the detail).
        const bool combustion = !car.newEnergy && l.fuel == Fuel::Unknown;
        const bool ok = std::any_of(f.fuels.begin(), f.fuels.end(), [&](Fuel want) {
            switch (want) {
            case Fuel::Electric: return l.fuel == Fuel::Electric;
            case Fuel::HybridPetrol:
            case Fuel::HybridDiesel:
            case Fuel::HybridLpg: return l.fuel == Fuel::HybridPetrol;
            case Fuel::Unknown: return true;
            default: return combustion;
            }
        });
        if (!ok)
            return false;
    }
    return true;
}

QList<Listing> InfoIdFolder::fold(const QList<Listing> &listings)
{
    QList<Listing> out;
    out.reserve(listings.size());
    for (const Listing &l : listings) {
        if (m_seen.contains(l.id)) {
            ++m_folded;
            continue;
        }
        m_seen.insert(l.id);
        out << l;
    }
    return out;
}

} // namespace CarScout::Sources::Che168
