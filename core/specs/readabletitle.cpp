#include "core/specs/readabletitle.h"

#include "core/specs/enginetext.h"
#include "core/specs/specscatalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace CarScout::Specs {

const TitleWords &TitleWords::builtin()
{
    static const TitleWords words = [] {
        TitleWords w;
        QFile f(u":/carscout/specswords/trims.json"_qs);
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !w.addJson(f.readAll(), f.fileName(), &error))
            qWarning("title words: %s", qPrintable(error.isEmpty() ? f.errorString() : error));
        return w;
    }();
    return words;
}

bool TitleWords::addJson(const QByteArray &json, const QString &origin, QString *error)
{
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(json, &pe).object();
    if (pe.error != QJsonParseError::NoError || o.isEmpty()) {
        if (error)
            *error = origin + u": not a JSON object (%1)"_qs.arg(pe.errorString());
        return false;
    }
    const auto read = [](const QJsonObject &table, QHash<QString, Pair> *out) {
        for (auto it = table.begin(); it != table.end(); ++it) {
            const QJsonObject p = it.value().toObject();
            out->insert(it.key(), {p.value(u"en").toString(), p.value(u"ru").toString()});
        }
    };
    read(o.value(u"words").toObject(), &m_words);
    read(o.value(u"fuel").toObject(), &m_fuel);
    const QJsonObject seats = o.value(u"seats").toObject();
    m_seats = {seats.value(u"en").toString(), seats.value(u"ru").toString()};
    return true;
}

QString TitleWords::word(const QString &korean, QStringView lang) const
{
    const auto it = m_words.constFind(korean);
    return it == m_words.cend() ? QString() : pick(*it, lang);
}

QString TitleWords::fuel(Fuel fuel, QStringView lang) const
{
    const auto it = m_fuel.constFind(fuelKey(fuel));
    return it == m_fuel.cend() ? QString() : pick(*it, lang);
}

QString TitleWords::seats(int seats, QStringView lang) const
{
    const QString pattern = pick(m_seats, lang);
    return pattern.isEmpty() ? QString() : QString(pattern).replace(u"%1"_qs, QString::number(seats));
}

namespace {

// "2.5", "1.35", "2.5T": the displacement as dealers say it.
QString engineLitres(const ResolvedSpecs &s, const EngineHints &hints)
{
    if (s.electric())
        return {};
    int cc = hints.nominalCc;
    if (cc == 0 && s.engineCc.known() && !s.engineCc.isRange())
        cc = int(std::lround(s.engineCc.min / 100.0)) * 100;
    if (cc == 0)
        return {};
    // Every modern diesel is turbocharged: dealers write "2.2 дизель", the T only for petrol engines.
    const bool diesel = s.fuel == Fuel::Diesel || s.fuel == Fuel::HybridDiesel;
    const bool turbo = !diesel && (hints.turbo
        || (!s.engines.isEmpty() && std::all_of(s.engines.cbegin(), s.engines.cend(), [](const CatalogEngine *e) { return e->turbo; })));
    return QString::number(cc / 1000.0, 'f', cc % 100 ? 2 : 1) + (turbo ? u"T"_qs : QString());
}

// The trim without the engine's words (they are in the engine part), its grade words translated.
QString readableTrim(const QString &trim, QStringView lang, const TitleWords &words)
{
    QStringList out;
    const QStringList parts = trim.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &w = parts[i];
        if (w == u"(세부등급" || w == u"없음)")
            continue;
        const EngineHints h = parseEngineText(w);
        if (h.nominalCc || h.fuel != Fuel::Unknown || h.turbo || h.transmission != Transmission::Unknown)
            continue;
        if (i + 1 < parts.size()) {   // two-word grades first ("프리미엄 플러스", "블랙 에디션")
            const QString two = words.word(w + u' ' + parts[i + 1], lang);
            if (!two.isEmpty()) {
                out << two;
                ++i;
                continue;
            }
        }
        if (w.endsWith(u"인승") && w.size() > 2) {
            bool ok = false;
            const int n = w.chopped(2).toInt(&ok);
            if (ok) {
                out << words.seats(n, lang);
                continue;
            }
        }
        const QString t = words.word(w, lang);
        out << (t.isEmpty() ? w : t);
    }
    return out.join(u' ');
}

} // namespace

QString readableTitle(const Listing &listing, const ResolvedSpecs &specs, QStringView lang,
                      const SpecsCatalog &catalog, const TitleWords &words)
{
    const CatalogMaker *maker = catalog.maker(listing.make);
    QString make = maker ? maker->en : listing.makeEn;
    if (make.isEmpty())
        make = listing.make;
    QString model = specs.generation ? specs.generation->en : listing.modelEn;
    if (model.isEmpty())
        model = listing.model;
    const EngineHints hints = hintsFromListing(listing);
    QStringList parts{make, model};
    const QString litres = engineLitres(specs, hints);
    const QString fuel = words.fuel(specs.fuel, lang);
    if (!litres.isEmpty())
        parts << litres;
    if (!fuel.isEmpty())
        parts << fuel;
    QString trim = listing.trim;
    if (trim.isEmpty() && !listing.title.isEmpty() && listing.model.isEmpty())
        trim = listing.title;   // a title nothing could split
    parts << readableTrim(trim, lang, words);
    return parts.join(u' ').simplified();
}

} // namespace CarScout::Specs
