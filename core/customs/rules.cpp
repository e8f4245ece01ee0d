#include "core/customs/rules.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <mutex>
#include <type_traits>

namespace CarScout::Customs {

namespace {

// Reads one file; the first problem is kept with its location ("excise.json: periods[1].car[2].max_hp: …").
class Reader
{
public:
    explicit Reader(QString file) : m_file(std::move(file)) {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &where, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = m_file + u": " + where + u": " + what;
    }

    Rational decimal(const QJsonObject &o, const QString &key, const QString &where)
    {
        const auto v = optionalDecimal(o, key, where);
        if (!v && !failed())
            fail(where + u'.' + key, QStringLiteral("missing (a decimal string is required)"));
        return v.value_or(Rational());
    }

    // A decimal string, or null/absent.
    std::optional<Rational> optionalDecimal(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString()) {
            fail(where + u'.' + key, QStringLiteral("must be a decimal string (no JSON numbers for money)"));
            return std::nullopt;
        }
        const auto r = Rational::parse(v.toString());
        if (!r)
            fail(where + u'.' + key, u"not a decimal: \"" + v.toString() + u'"');
        return r;
    }

    std::optional<int> optionalInt(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (v.isNull())
            return std::nullopt;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() <= 0) {
            fail(where + u'.' + key, QStringLiteral("must be a positive integer or null"));
            return std::nullopt;
        }
        return v.toInt();
    }

    // A cell: "12.40", {"value": "12.40", "uncertain": true, "note": "…"} or null (not in the data).
    Cell cell(const QJsonValue &v, const QString &where)
    {
        Cell c;
        if (v.isNull() || v.isUndefined())
            return c;
        if (v.isString()) {
            c.value = Rational::parse(v.toString());
            if (!c.value)
                fail(where, u"not a decimal: \"" + v.toString() + u'"');
            return c;
        }
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            c.value = optionalDecimal(o, QStringLiteral("value"), where);
            c.uncertain = o.value(u"uncertain").toBool();
            c.note = o.value(u"note").toString();
            c.source = o.value(u"source").toString();
            c.confidence = confidence(o, where, &c.uncertain);
            return c;
        }
        fail(where, QStringLiteral("a cell must be a decimal string, an object with \"value\", or null"));
        return c;
    }

    void validity(const QJsonObject &o, const QString &where, Validity *v)
    {
        v->id = o.value(u"id").toString();
        if (v->id.isEmpty())
            fail(where + u".id", QStringLiteral("missing"));
        v->from = QDate::fromString(o.value(u"effective_from").toString(), Qt::ISODate);
        if (!v->from.isValid())
            fail(where + u".effective_from", QStringLiteral("missing or not YYYY-MM-DD"));
        const QJsonValue to = o.value(u"effective_to");
        if (!to.isNull() && !to.isUndefined()) {
            v->to = QDate::fromString(to.toString(), Qt::ISODate);
            if (!v->to.isValid() || v->to < v->from)
                fail(where + u".effective_to", QStringLiteral("not YYYY-MM-DD, or before effective_from"));
        }
        v->citation = o.value(u"citation").toString();
        if (v->citation.isEmpty())
            fail(where + u".citation", QStringLiteral("every period needs its legal citation"));
        v->uncertain = o.value(u"uncertain").toBool();
        v->note = o.value(u"note").toString();
        v->source = o.value(u"source").toString();
        v->confidence = confidence(o, where, &v->uncertain);
    }

    // "confidence": one of isKnownConfidence(); a flagged value is uncertain whatever "uncertain" says.
    QString confidence(const QJsonObject &o, const QString &where, bool *uncertain)
    {
        const QString c = o.value(u"confidence").toString();
        if (c.isEmpty())
            return c;
        if (!isKnownConfidence(c))
            fail(where + u".confidence", u"unknown confidence \"" + c + u"\" (one_source, disputed, derived, projected, carried)");
        *uncertain = true;
        return c;
    }

    DutyRate duty(const QJsonObject &o, const QString &where)
    {
        DutyRate d;
        d.percent = optionalDecimal(o, QStringLiteral("percent"), where);
        d.minEurPerCc = optionalDecimal(o, QStringLiteral("min_eur_per_cc"), where);
        d.eurPerCc = optionalDecimal(o, QStringLiteral("eur_per_cc"), where);
        d.code = o.value(u"code").toString();
        if (!d.percent && !d.eurPerCc)
            fail(where, QStringLiteral("a duty cell needs percent or eur_per_cc"));
        if (d.minEurPerCc && !d.percent)
            fail(where, QStringLiteral("min_eur_per_cc needs percent"));
        return d;
    }

private:
    QString m_file;
    QString m_error;
};

std::optional<QJsonArray> readPeriods(const QString &directory, const QString &name, QString *error)
{
    QFile file(directory + u'/' + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = name + u": cannot open " + file.fileName() + u": " + file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        *error = name + u": JSON error at byte " + QString::number(parseError.offset) + u": " + parseError.errorString();
        return std::nullopt;
    }
    const QJsonArray periods = doc.object().value(u"periods").toArray();
    if (periods.isEmpty()) {
        *error = name + u": no \"periods\"";
        return std::nullopt;
    }
    return periods;
}

template<typename T>
bool checkNoOverlap(const QList<std::shared_ptr<const T>> &periods, const QString &name, QString *error)
{
    for (qsizetype i = 0; i + 1 < periods.size(); ++i) {
        const auto &a = *periods[i];
        const auto &b = *periods[i + 1];
        if (!a.to.isValid() || a.to >= b.from) {
            *error = name + u": periods " + a.id + u" and " + b.id + u" overlap";
            return false;
        }
    }
    return true;
}

template<typename T>
void sortByStart(QList<std::shared_ptr<const T>> &periods)
{
    std::sort(periods.begin(), periods.end(), [](const auto &a, const auto &b) { return a->from < b->from; });
}

template<typename T>
std::shared_ptr<const T> pick(const QList<std::shared_ptr<const T>> &periods, QDate date)
{
    for (const auto &p : periods)
        if (p->contains(date))
            return p;
    return nullptr;
}

template<typename T>
QString coverage(const QList<std::shared_ptr<const T>> &periods)
{
    if (periods.isEmpty())
        return QStringLiteral("none");
    const auto &last = periods.last();
    return periods.first()->from.toString(Qt::ISODate) + u" … "
        + (last->to.isValid() ? last->to.toString(Qt::ISODate) : QStringLiteral("open"));
}

// The skeleton every table file shares: periods[i] → validity, then `fill(r, o, where, table)` reads the rest.
template<typename T, typename Fill>
bool loadPeriods(const QString &dir, const QString &name, QList<std::shared_ptr<const T>> *out, QString *error, Fill fill)
{
    const auto periods = readPeriods(dir, name, error);
    if (!periods)
        return false;
    Reader r(name);
    for (qsizetype i = 0; i < periods->size(); ++i) {
        const QString where = u"periods[" + QString::number(i) + u']';
        const QJsonObject o = periods->at(i).toObject();
        auto t = std::make_shared<T>();
        r.validity(o, where, t.get());
        fill(r, o, where, *t);
        out->append(t);
    }
    *error = r.error();
    return !r.failed();
}

// One parsed row per element of `rows`, each read at "where[j]".
template<typename Parse>
auto readRows(const QJsonArray &rows, const QString &where, Parse parse)
{
    QList<std::invoke_result_t<Parse, const QJsonObject &, const QString &>> out;
    for (qsizetype j = 0; j < rows.size(); ++j)
        out.append(parse(rows[j].toObject(), where + u'[' + QString::number(j) + u']'));
    return out;
}

// Brackets ordered by an upper bound: the last one must have none ("and above").
template<typename Row, typename Bound>
void requireOpenEnded(Reader &r, const QList<Row> &rows, Bound Row::*bound, const QString &where)
{
    if (rows.isEmpty() || rows.last().*bound)
        r.fail(where, QStringLiteral("must be non-empty and end open-ended"));
}

bool loadEts(const QString &dir, QList<std::shared_ptr<const EtsTable>> *out, QString *error)
{
    return loadPeriods(dir, QStringLiteral("ets.json"), out, error,
                       [](Reader &r, const QJsonObject &o, const QString &where, EtsTable &t) {
        t.under3 = readRows(o.value(u"under_3").toArray(), where + u".under_3", [&r](const QJsonObject &b, const QString &w) {
            return EtsTable::ValueBracket{r.optionalDecimal(b, QStringLiteral("max_eur"), w),
                                          r.decimal(b, QStringLiteral("percent"), w),
                                          r.decimal(b, QStringLiteral("min_eur_per_cc"), w)};
        });
        t.byDisplacement = readRows(o.value(u"by_displacement").toArray(), where + u".by_displacement",
                                    [&r](const QJsonObject &b, const QString &w) {
            return EtsTable::VolumeBracket{r.optionalInt(b, QStringLiteral("max_cc"), w),
                                           r.decimal(b, QStringLiteral("age_3_5_eur_per_cc"), w),
                                           r.decimal(b, QStringLiteral("over_5_eur_per_cc"), w)};
        });
        if (t.under3.isEmpty() || t.byDisplacement.isEmpty() || t.under3.last().maxEur || t.byDisplacement.last().maxCc)
            r.fail(where, QStringLiteral("under_3 and by_displacement must be non-empty and end open-ended"));
    });
}

bool loadEtt(const QString &dir, QList<std::shared_ptr<const EttTable>> *out, QString *error)
{
    return loadPeriods(dir, QStringLiteral("ett.json"), out, error,
                       [](Reader &r, const QJsonObject &o, const QString &where, EttTable &t) {
        t.edition = o.value(u"edition").toString();
        for (const QString &fuel : {QStringLiteral("petrol"), QStringLiteral("diesel")}) {
            QList<EttTable::Row> &target = fuel == u"petrol" ? t.petrol : t.diesel;
            target = readRows(o.value(fuel).toArray(), where + u'.' + fuel, [&r](const QJsonObject &row, const QString &w) {
                EttTable::Row parsed;
                parsed.maxCc = r.optionalInt(row, QStringLiteral("max_cc"), w);
                parsed.newCar = r.duty(row.value(u"new").toObject(), w + u".new");
                parsed.age3to5 = r.duty(row.value(u"age_3_5").toObject(), w + u".age_3_5");
                parsed.age5to7 = r.duty(row.value(u"age_5_7").toObject(), w + u".age_5_7");
                parsed.over7 = r.duty(row.value(u"over_7").toObject(), w + u".over_7");
                const QJsonArray codes = row.value(u"codes").toArray();
                DutyRate *cells[] = {&parsed.newCar, &parsed.age3to5, &parsed.age5to7, &parsed.over7};
                for (int k = 0; k < 4 && k < codes.size(); ++k)
                    cells[k]->code = codes[k].toString();
                parsed.newOffroad = readRows(row.value(u"new_offroad").toArray(), w + u".new_offroad",
                                             [&r](const QJsonObject &b, const QString &wo) {
                    return EttTable::OffroadBracket{r.optionalInt(b, QStringLiteral("max_cc"), wo),
                                                    r.decimal(b, QStringLiteral("percent"), wo)};
                });
                return parsed;
            });
            requireOpenEnded(r, target, &EttTable::Row::maxCc, where + u'.' + fuel);
        }
        t.hybridOther = r.duty(o.value(u"hybrid_other").toObject(), where + u".hybrid_other");
        t.electric = r.duty(o.value(u"electric").toObject(), where + u".electric");
        t.motorcycleElectric = r.duty(o.value(u"motorcycle_electric").toObject(), where + u".motorcycle_electric");
        t.motorcycle = readRows(o.value(u"motorcycle").toArray(), where + u".motorcycle", [&r](const QJsonObject &b, const QString &w) {
            return EttTable::MotorcycleRow{r.optionalInt(b, QStringLiteral("max_cc"), w), r.duty(b, w)};
        });
        requireOpenEnded(r, t.motorcycle, &EttTable::MotorcycleRow::maxCc, where + u".motorcycle");
    });
}

bool loadExcise(const QString &dir, QList<std::shared_ptr<const ExciseTable>> *out, QString *error)
{
    return loadPeriods(dir, QStringLiteral("excise.json"), out, error,
                       [](Reader &r, const QJsonObject &o, const QString &where, ExciseTable &t) {
        t.car = readRows(o.value(u"car").toArray(), where + u".car", [&r](const QJsonObject &b, const QString &w) {
            return ExciseTable::Bracket{r.optionalDecimal(b, QStringLiteral("max_hp"), w), r.decimal(b, QStringLiteral("rub_per_hp"), w)};
        });
        requireOpenEnded(r, t.car, &ExciseTable::Bracket::maxHp, where + u".car");
        const QJsonObject moto = o.value(u"motorcycle").toObject();
        t.motorcycleMinHpExclusive = r.decimal(moto, QStringLiteral("min_hp_exclusive"), where + u".motorcycle");
        t.motorcycleRubPerHp = r.decimal(moto, QStringLiteral("rub_per_hp"), where + u".motorcycle");
    });
}

bool loadVat(const QString &dir, QList<std::shared_ptr<const VatTable>> *out, QString *error)
{
    return loadPeriods(dir, QStringLiteral("vat.json"), out, error,
                       [](Reader &r, const QJsonObject &o, const QString &where, VatTable &t) {
        t.percent = r.decimal(o, QStringLiteral("percent"), where);
    });
}

bool loadFee(const QString &dir, QList<std::shared_ptr<const ClearanceFeeTable>> *out, QString *error)
{
    return loadPeriods(dir, QStringLiteral("clearance_fee.json"), out, error,
                       [](Reader &r, const QJsonObject &o, const QString &where, ClearanceFeeTable &t) {
        t.brackets = readRows(o.value(u"brackets").toArray(), where + u".brackets", [&r](const QJsonObject &b, const QString &w) {
            return ClearanceFeeTable::Bracket{r.optionalDecimal(b, QStringLiteral("max_rub"), w),
                                              r.decimal(b, QStringLiteral("fee_rub"), w).toKopecks()};
        });
        requireOpenEnded(r, t.brackets, &ClearanceFeeTable::Bracket::maxRub, where + u".brackets");
    });
}

QList<UtilizationTable::Band> loadBands(Reader &r, const QJsonArray &bands, const QString &where)
{
    const auto out = readRows(bands, where, [&r](const QJsonObject &b, const QString &w) {
        return UtilizationTable::Band{r.optionalDecimal(b, QStringLiteral("max_hp"), w), r.cell(b.value(u"new"), w + u".new"),
                                      r.cell(b.value(u"old"), w + u".old")};
    });
    requireOpenEnded(r, out, &UtilizationTable::Band::maxHp, where);
    return out;
}

bool loadUtilization(const QString &dir, QList<std::shared_ptr<const UtilizationTable>> *out, QString *error)
{
    return loadPeriods(dir, QStringLiteral("utilization.json"), out, error,
                       [](Reader &r, const QJsonObject &o, const QString &where, UtilizationTable &t) {
        t.baseRub = r.decimal(o, QStringLiteral("base_rub"), where);
        const QJsonObject pref = o.value(u"preference").toObject();
        const QString wp = where + u".preference";
        t.preference.newKopecks = r.decimal(pref, QStringLiteral("new_rub"), wp).toKopecks();
        t.preference.oldKopecks = r.decimal(pref, QStringLiteral("old_rub"), wp).toKopecks();
        t.preference.iceMaxCc = r.optionalInt(pref, QStringLiteral("ice_max_cc"), wp);
        t.preference.iceMaxHp = r.optionalDecimal(pref, QStringLiteral("ice_max_hp"), wp);
        t.preference.evMaxHp = r.optionalDecimal(pref, QStringLiteral("ev_max_hp"), wp);
        t.preference.note = pref.value(u"note").toString();
        t.ice = readRows(o.value(u"ice").toArray(), where + u".ice", [&r](const QJsonObject &row, const QString &w) {
            return UtilizationTable::VolumeRow{r.optionalInt(row, QStringLiteral("max_cc"), w),
                                               loadBands(r, row.value(u"bands").toArray(), w + u".bands")};
        });
        requireOpenEnded(r, t.ice, &UtilizationTable::VolumeRow::maxCc, where + u".ice");
        t.ev = loadBands(r, o.value(u"ev").toArray(), where + u".ev");
    });
}

} // namespace

bool isKnownConfidence(const QString &confidence)
{
    static const QStringList known = {QStringLiteral("one_source"), QStringLiteral("disputed"), QStringLiteral("derived"),
                                      QStringLiteral("projected"), QStringLiteral("carried")};
    return known.contains(confidence);
}

QString DutyRate::describe() const
{
    if (eurPerCc)
        return QCoreApplication::translate("Customs", "%1 €/cm³").arg(eurPerCc->toString(4));
    if (percent && minEurPerCc)
        return QCoreApplication::translate("Customs", "%1 %, min %2 €/cm³").arg(percent->toString(4), minEurPerCc->toString(4));
    QString text = percent ? percent->toString(4) + QStringLiteral(" %") : QString();
    if (minEurPerCc)
        text += QStringLiteral(", min ") + minEurPerCc->toString(4) + QStringLiteral(" €/cm³");   // not loadable: min needs percent
    return text;
}

QString RuleSet::version() const
{
    return ets->id + u'+' + ett->id + u'@' + ett->edition + u'+' + excise->id + u'+' + vat->id + u'+'
        + clearanceFee->id + u'+' + utilization->id;
}

QStringList RuleSet::citations() const
{
    return {ets->citation, ett->citation, excise->citation, vat->citation, clearanceFee->citation, utilization->citation};
}

std::optional<RuleBook> RuleBook::load(const QString &directory, QString *error)
{
    RuleBook book;
    QString e;
    const bool ok = loadEts(directory, &book.m_ets, &e) && loadEtt(directory, &book.m_ett, &e)
        && loadExcise(directory, &book.m_excise, &e) && loadVat(directory, &book.m_vat, &e)
        && loadFee(directory, &book.m_fee, &e) && loadUtilization(directory, &book.m_utilization, &e);
    if (ok) {
        sortByStart(book.m_ets);
        sortByStart(book.m_ett);
        sortByStart(book.m_excise);
        sortByStart(book.m_vat);
        sortByStart(book.m_fee);
        sortByStart(book.m_utilization);
    }
    const bool disjoint = ok && checkNoOverlap(book.m_ets, QStringLiteral("ets.json"), &e)
        && checkNoOverlap(book.m_ett, QStringLiteral("ett.json"), &e)
        && checkNoOverlap(book.m_excise, QStringLiteral("excise.json"), &e)
        && checkNoOverlap(book.m_vat, QStringLiteral("vat.json"), &e)
        && checkNoOverlap(book.m_fee, QStringLiteral("clearance_fee.json"), &e)
        && checkNoOverlap(book.m_utilization, QStringLiteral("utilization.json"), &e);
    if (!disjoint) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    return book;
}

const RuleBook &RuleBook::builtin()
{
    static const RuleBook book = [] {
        QString error;
        auto loaded = load(QStringLiteral(":/customs"), &error);
        if (!loaded)
            qFatal("embedded customs rules are broken: %s", qPrintable(error));
        return *loaded;
    }();
    return book;
}

std::optional<RuleSet> RuleBook::forDate(QDate date, QString *error) const
{
    RuleSet set;
    set.date = date;
    set.ets = pick(m_ets, date);
    set.ett = pick(m_ett, date);
    set.excise = pick(m_excise, date);
    set.vat = pick(m_vat, date);
    set.clearanceFee = pick(m_fee, date);
    set.utilization = pick(m_utilization, date);
    QString missing;
    if (!set.ets)
        missing = u"individual single rates (ЕТС) (covered: " + coverage(m_ets) + u')';
    else if (!set.ett)
        missing = u"import duty (ЕТТ) (covered: " + coverage(m_ett) + u')';
    else if (!set.excise)
        missing = u"excise (covered: " + coverage(m_excise) + u')';
    else if (!set.vat)
        missing = u"VAT (covered: " + coverage(m_vat) + u')';
    else if (!set.clearanceFee)
        missing = u"clearance fee (covered: " + coverage(m_fee) + u')';
    else if (!set.utilization)
        missing = u"utilization fee (covered: " + coverage(m_utilization) + u')';
    if (!missing.isEmpty()) {
        if (error)
            *error = u"no customs rules for the declaration date " + date.toString(Qt::ISODate) + u": " + missing
                + u" is not in the rule tables; supported dates are " + firstCoveredDate().toString(Qt::ISODate)
                + u" … " + lastCoveredDate().toString(Qt::ISODate);
        return std::nullopt;
    }
    return set;
}

QDate RuleBook::firstCoveredDate() const
{
    QDate first;
    const auto consider = [&first](const auto &list) {
        if (!list.isEmpty() && (!first.isValid() || list.first()->from > first))
            first = list.first()->from;
    };
    consider(m_ets);
    consider(m_ett);
    consider(m_excise);
    consider(m_vat);
    consider(m_fee);
    consider(m_utilization);
    return first;
}

QDate RuleBook::nextChangeAfter(QDate date) const
{
    QDate next;
    const auto consider = [&](const auto &list) {
        for (const auto &p : list) {
            if (p->from > date && (!next.isValid() || p->from < next))
                next = p->from;
        }
    };
    consider(m_ets);
    consider(m_ett);
    consider(m_excise);
    consider(m_vat);
    consider(m_fee);
    consider(m_utilization);
    return next;
}

QDate RuleBook::lastCoveredDate() const
{
    QDate last;
    bool open = true;
    const auto consider = [&](const auto &list) {
        if (list.isEmpty())
            return;
        const QDate to = list.last()->to;
        if (to.isValid() && (open || to < last)) {
            last = to;
            open = false;
        }
    };
    consider(m_ets);
    consider(m_ett);
    consider(m_excise);
    consider(m_vat);
    consider(m_fee);
    consider(m_utilization);
    return last;   // invalid = open-ended
}

} // namespace CarScout::Customs
