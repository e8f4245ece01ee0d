#include "core/specs/specscatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <functional>

namespace CarScout::Specs {

namespace {

int psFromKw(double kw) { return int(std::lround(kw / kKwPerPs)); }

// Reads one file; every problem becomes "<where>: <what>" in *error and stops the file.
class Reader
{
public:
    QString error;

    bool fail(const QString &where, const QString &what)
    {
        if (error.isEmpty())
            error = where + u": "_qs + what;
        return false;
    }
    QString text(const QJsonObject &o, QStringView key, const QString &where, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed();
        if (required || !v.isUndefined())
            fail(where, u"\""_qs + key + u"\" must be a non-empty string"_qs);
        return {};
    }
    double number(const QJsonObject &o, QStringView key, const QString &where, bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isDouble() && v.toDouble() >= 0)
            return v.toDouble();
        if (required || !(v.isUndefined() || v.isNull()))
            fail(where, u"\""_qs + key + u"\" must be a non-negative number"_qs);
        return 0;
    }
    QStringList strings(const QJsonObject &o, QStringView key, const QString &where, bool required = false)
    {
        const QJsonValue v = o.value(key);
        QStringList out;
        if (v.isUndefined() && !required)
            return out;
        if (!v.isArray())
            return fail(where, u"\""_qs + key + u"\" must be an array of strings"_qs), out;
        for (const QJsonValue &s : v.toArray()) {
            if (!s.isString() || s.toString().trimmed().isEmpty())
                return fail(where, u"\""_qs + key + u"\" holds a non-string or empty entry"_qs), out;
            out << s.toString().trimmed();
        }
        if (required && out.isEmpty())
            fail(where, u"\""_qs + key + u"\" is empty"_qs);
        return out;
    }
    // [from, to] with to null = still built.
    bool years(const QJsonObject &o, const QString &where, int *from, int *to, bool required)
    {
        const QJsonValue v = o.value(u"years");
        if (v.isUndefined() && !required)
            return true;
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() != 2 || !a[0].isDouble() || !(a[1].isDouble() || a[1].isNull()))
            return fail(where, u"\"years\" must be [from, to] with to a year or null"_qs);
        *from = a[0].toInt();
        *to = a[1].isNull() ? 0 : a[1].toInt();
        if (*from < 1950 || *from > 2100 || (*to && *to < *from))
            return fail(where, u"\"years\" %1–%2 is not a plausible range"_qs.arg(*from).arg(*to));
        return true;
    }
};

bool readEngine(Reader &r, const QJsonObject &o, const QString &where, const CatalogMaker &maker, CatalogEngine *e)
{
    e->id = r.text(o, u"id", where);
    e->label = r.text(o, u"label", where);
    const QString fuel = r.text(o, u"fuel", where);
    e->fuel = fuelFromKey(fuel);
    if (!r.error.isEmpty())
        return false;
    if (e->fuel == Fuel::Unknown || e->fuel == Fuel::Other)
        return r.fail(where, u"fuel \""_qs + fuel + u"\" is not a DESIGN §3 fuel key"_qs);
    e->plugIn = o.value(u"plug_in").toBool();
    e->turbo = o.value(u"turbo").toBool();
    e->cc = int(r.number(o, u"cc", where));
    e->ps = int(r.number(o, u"ps", where));
    e->kw = r.number(o, u"kw", where);
    e->motorKw = r.number(o, u"motor_kw", where);
    e->motor30Kw = r.number(o, u"motor_30min_kw", where);
    e->systemPs = int(r.number(o, u"system_ps", where));
    e->evPeakKw = r.number(o, u"peak_kw", where);
    e->ev30Kw = r.number(o, u"30min_kw", where);
    e->match = r.strings(o, u"match", where);
    for (QString &m : e->match)
        m = m.toUpper();
    e->sourceId = r.text(o, u"source", where);
    e->note = o.value(u"note").toString();
    e->uncertain = o.value(u"uncertain").toBool();
    if (!r.years(o, where, &e->yearFrom, &e->yearTo, false) || !r.error.isEmpty())
        return false;
    if (!maker.sources.contains(e->sourceId))
        return r.fail(where, u"source \""_qs + e->sourceId + u"\" is not listed in \"sources\""_qs);
    const bool electric = e->fuel == Fuel::Electric || e->fuel == Fuel::Hydrogen;
    if (electric) {
        if (e->evPeakKw <= 0 && e->ev30Kw <= 0)
            return r.fail(where, u"an electric engine needs \"peak_kw\" or \"30min_kw\""_qs);
    } else {
        if (e->cc <= 0 || e->ps <= 0 || e->kw <= 0)
            return r.fail(where, u"a combustion engine needs \"cc\", \"ps\" and \"kw\""_qs);
        const bool hybrid = e->fuel == Fuel::HybridPetrol || e->fuel == Fuel::HybridDiesel || e->fuel == Fuel::HybridLpg;
        if (hybrid && e->motorKw <= 0 && e->motor30Kw <= 0)
            return r.fail(where, u"a hybrid needs \"motor_kw\" (the e-motor's power)"_qs);
    }
    return true;
}

bool readGeneration(Reader &r, const QJsonObject &o, const QString &where, const CatalogMaker &maker,
                    CatalogGeneration *g)
{
    g->id = r.text(o, u"id", where);
    g->makerId = maker.id;
    g->names = r.strings(o, u"names", where, true);
    g->en = r.text(o, u"en", where);
    g->ru = r.text(o, u"ru", where, false);
    if (!r.years(o, where, &g->yearFrom, &g->yearTo, true) || !r.error.isEmpty())
        return false;
    const QJsonValue engines = o.value(u"engines");
    if (!engines.isArray() || engines.toArray().isEmpty())
        return r.fail(where, u"\"engines\" must be a non-empty array"_qs);
    int n = 0;
    for (const QJsonValue &v : engines.toArray()) {
        const QString w = where + u".engines[%1]"_qs.arg(n++);
        if (!v.isObject())
            return r.fail(w, u"not an object"_qs);
        CatalogEngine e;
        if (!readEngine(r, v.toObject(), w, maker, &e))
            return false;
        g->engines << e;
    }
    return true;
}

bool hybridFuel(Fuel f) { return f == Fuel::HybridPetrol || f == Fuel::HybridDiesel || f == Fuel::HybridLpg; }

bool fuelFits(Fuel wanted, Fuel engine)
{
    return wanted == Fuel::Unknown || wanted == Fuel::Other || wanted == engine;
}

bool yearFits(int year, int from, int to)
{
    // First registration can trail the last model year by a year; it never precedes the launch by more.
    return year <= 0 || ((from == 0 || year >= from - 1) && (to == 0 || year <= to + 1));
}

bool yearStrictlyFits(int year, int from, int to)
{
    return year <= 0 || ((from == 0 || year >= from) && (to == 0 || year <= to));
}

} // namespace

int CatalogEngine::customsPsMin() const
{
    if (fuel == Fuel::Electric || fuel == Fuel::Hydrogen)
        return ev30Kw > 0 ? psFromKw(ev30Kw) : psFromKw(0.45 * evPeakKw);
    if (hybridFuel(fuel))
        return motor30Kw > 0 ? ps + psFromKw(motor30Kw) : ps;
    return ps;
}

int CatalogEngine::customsPsMax() const
{
    if (hybridFuel(fuel) && motor30Kw <= 0)
        return ps + psFromKw(motorKw);
    return customsPsMin();
}

bool CatalogEngine::customsPowerEstimated() const
{
    if (fuel == Fuel::Electric || fuel == Fuel::Hydrogen)
        return ev30Kw <= 0;
    return hybridFuel(fuel) && motor30Kw <= 0;
}

SpecsCatalog SpecsCatalog::loadDefault(QString *error)
{
    return loadDirectory(u":/carscout/specs"_qs, error);
}

const SpecsCatalog &SpecsCatalog::builtin()
{
    static const SpecsCatalog catalog = [] {
        QString error;
        SpecsCatalog c = loadDefault(&error);
        if (!error.isEmpty())
            qWarning("specs catalog: %s", qPrintable(error));
        return c;
    }();
    return catalog;
}

SpecsCatalog SpecsCatalog::loadDirectory(const QString &directory, QString *error)
{
    SpecsCatalog catalog;
    QStringList problems;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({u"*.json"_qs}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        QString problem;
        if (!file.open(QIODevice::ReadOnly))
            problems << name + u": cannot be read: "_qs + file.errorString();
        else if (!catalog.addJson(file.readAll(), name, &problem))
            problems << problem;
    }
    if (catalog.m_makers.isEmpty() && problems.isEmpty())
        problems << directory + u": no specs files (*.json)"_qs;
    if (error)
        *error = problems.join(u"; "_qs);
    return catalog;
}

bool SpecsCatalog::addJson(const QByteArray &json, const QString &origin, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const auto failed = [&](const QString &what) {
        if (error)
            *error = origin + u": "_qs + what;
        return false;
    };
    if (parseError.error != QJsonParseError::NoError)
        return failed(u"JSON error at byte %1: %2"_qs.arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return failed(u"the top level must be an object"_qs);
    const QJsonObject top = doc.object();
    Reader r;
    auto maker = std::make_shared<CatalogMaker>();
    maker->id = r.text(top, u"maker", u"maker"_qs);
    maker->names = r.strings(top, u"names", u"names"_qs, true);
    maker->en = r.text(top, u"en", u"en"_qs);
    maker->ru = r.text(top, u"ru", u"ru"_qs, false);
    const QJsonObject sources = top.value(u"sources").toObject();
    if (sources.isEmpty())
        r.fail(u"sources"_qs, u"must be a non-empty object of id → {title, url, kind}"_qs);
    for (auto it = sources.begin(); it != sources.end() && r.error.isEmpty(); ++it) {
        const QString where = u"sources."_qs + it.key();
        const QJsonObject s = it.value().toObject();
        CatalogSource src{it.key(), r.text(s, u"title", where), r.text(s, u"url", where), r.text(s, u"kind", where),
                          s.value(u"verified").toBool()};
        if (r.error.isEmpty() && !src.url.startsWith(u"https://") && !src.url.startsWith(u"http://"))
            r.fail(where, u"\"url\" must be an http(s) address"_qs);
        maker->sources.insert(src.id, src);
    }
    const QJsonArray generations = top.value(u"generations").toArray();
    if (r.error.isEmpty() && generations.isEmpty())
        r.fail(u"generations"_qs, u"must be a non-empty array"_qs);
    for (int i = 0; i < generations.size() && r.error.isEmpty(); ++i) {
        CatalogGeneration g;
        if (readGeneration(r, generations[i].toObject(), u"generations[%1]"_qs.arg(i), *maker, &g))
            maker->generations << g;
    }
    if (!r.error.isEmpty())
        return failed(r.error);
    for (const auto &existing : std::as_const(m_makers)) {
        if (existing->id == maker->id)
            return failed(u"maker \""_qs + maker->id + u"\" is already loaded from another file"_qs);
    }
    m_makers << maker;
    index(maker);
    return true;
}

void SpecsCatalog::index(const std::shared_ptr<CatalogMaker> &maker)
{
    const CatalogMaker *m = maker.get();
    for (const QString &name : m->names)
        m_makerByName.insert(compactKey(name), m);
    m_makerByName.insert(compactKey(m->en), m);
    NameIndex &index = m_generationsByName[m];
    for (const CatalogGeneration &g : m->generations) {
        for (const QString &name : g.names) {
            const QString key = compactKey(name);
            index.byName[key].append(&g);
            if (!index.lengths.contains(key.size()))
                index.lengths << key.size();
        }
    }
    std::sort(index.lengths.begin(), index.lengths.end(), std::greater<>());
}

const CatalogMaker *SpecsCatalog::maker(QStringView name) const
{
    return m_makerByName.value(compactKey(name));
}

const CatalogGeneration *SpecsCatalog::generation(const Listing &listing) const
{
    const CatalogMaker *m = maker(listing.make);
    if (!m)
        return nullptr;
    const auto indexIt = m_generationsByName.constFind(m);
    if (indexIt == m_generationsByName.cend())
        return nullptr;
    const QHash<QString, QList<const CatalogGeneration *>> &byName = indexIt->byName;
    const auto pick = [&listing](const QList<const CatalogGeneration *> &list) -> const CatalogGeneration * {
        const CatalogGeneration *loose = nullptr;
        for (const CatalogGeneration *g : list) {
            if (yearStrictlyFits(listing.year, g->yearFrom, g->yearTo))
                return g;
            if (!loose && yearFits(listing.year, g->yearFrom, g->yearTo))
                loose = g;
        }
        return loose;
    };
    // The whole model name first, then the longest catalog name that model + trim (or the title) starts with.
    if (const auto it = byName.constFind(compactKey(listing.model)); it != byName.cend()) {
        if (const CatalogGeneration *g = pick(*it))
            return g;
    }
    QString text = compactKey(QString(listing.model + listing.trim));
    if (listing.model.isEmpty()) {
        text = compactKey(listing.title);
        const QString make = compactKey(listing.make);
        if (text.startsWith(make))
            text = text.mid(make.size());
    }
    for (const qsizetype len : indexIt->lengths) {
        if (len > text.size())
            continue;
        if (const auto it = byName.constFind(text.left(len)); it != byName.cend()) {
            if (const CatalogGeneration *g = pick(*it))
                return g;
        }
    }
    return nullptr;
}

const CatalogSource *SpecsCatalog::source(const CatalogGeneration &generation, const CatalogEngine &engine) const
{
    for (const auto &m : m_makers) {
        if (m->id == generation.makerId) {
            const auto it = m->sources.constFind(engine.sourceId);
            return it == m->sources.cend() ? nullptr : &*it;
        }
    }
    return nullptr;
}

QList<const CatalogEngine *> SpecsCatalog::candidates(const CatalogGeneration &generation, int year,
                                                      const EngineHints &hints, int exactCc) const
{
    QList<const CatalogEngine *> fitting;
    for (const CatalogEngine &e : generation.engines) {
        if (!yearFits(year, e.yearFrom, e.yearTo) || !fuelFits(hints.fuel, e.fuel))
            continue;
        const bool electric = e.fuel == Fuel::Electric || e.fuel == Fuel::Hydrogen;
        if (!electric) {
            if (exactCc > 0 ? std::abs(e.cc - exactCc) > 20 : hints.nominalCc > 0 && std::abs(e.cc - hints.nominalCc) > 75)
                continue;
            if (hints.turbo && !e.turbo)
                continue;
        }
        if (hints.plugIn && !e.plugIn)
            continue;
        fitting << &e;
    }
    // One engine in several rows (a facelift changed its power): when the year fits more than one row of the
    // same id within the one-year tolerance, keep the row whose own years contain it.
    if (year > 0) {
        QList<const CatalogEngine *> kept;
        for (const CatalogEngine *e : std::as_const(fitting)) {
            const bool strict = yearStrictlyFits(year, e->yearFrom, e->yearTo);
            const bool twinStrict = std::any_of(fitting.cbegin(), fitting.cend(), [&](const CatalogEngine *o) {
                return o != e && o->id == e->id && yearStrictlyFits(year, o->yearFrom, o->yearTo);
            });
            if (strict || !twinStrict)
                kept << e;
        }
        fitting = kept;
    }
    // Engines whose variant words ALL occur win (the most words first); failing that, those with any word.
    const auto matched = [&hints](const CatalogEngine *e) {
        int n = 0;
        for (const QString &w : e->match)
            n += hints.tokens.contains(w) ? 1 : 0;
        return n;
    };
    QList<const CatalogEngine *> full, partial;
    qsizetype best = 0;
    for (const CatalogEngine *e : std::as_const(fitting)) {
        const int n = matched(e);
        if (!e->match.isEmpty() && n == e->match.size()) {
            if (n > best) {
                full.clear();
                best = n;
            }
            if (n == best)
                full << e;
        } else if (n > 0) {
            partial << e;
        }
    }
    if (!full.isEmpty())
        return full;
    if (!partial.isEmpty())
        return partial;
    return fitting;
}

int SpecsCatalog::engineCount() const
{
    int n = 0;
    for (const auto &m : m_makers) {
        for (const CatalogGeneration &g : m->generations)
            n += int(g.engines.size());
    }
    return n;
}

} // namespace CarScout::Specs
