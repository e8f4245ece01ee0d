#include "tests/specs/specssamples.h"

#include "core/sources/encar/encarlistparser.h"
#include "core/sources/kbchachacha/kblistparser.h"
#include "core/sources/kbchachacha/kbvalues.h"
#include "core/sources/terms.h"
#include "core/specs/specsresolver.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CarScout::Test {

namespace {

QByteArray readAll(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + u": "_qs + f.errorString();
        return {};
    }
    return f.readAll();
}

SpecsSample encarFrom(const QString &name, const QByteArray &body)
{
    SpecsSample s{name, {}, {}};
    QString error;
    const Sources::TermDictionary terms = Sources::TermDictionary::loadDefault(&error);
    Sources::Encar::EncarListPage page;
    const Sources::JobError e = Sources::Encar::parseListPage(body, terms, &page);
    if (e.isError()) {
        s.error = name + u": "_qs + e.message;
        return s;
    }
    for (const auto &item : std::as_const(page.items))
        s.listings << item.listing;
    return s;
}

} // namespace

SpecsSample encarDemoListings()
{
    QString error;
    const QByteArray body = readAll(u":/carscout/demo/encar/inventory.json"_qs, &error);
    return error.isEmpty() ? encarFrom(u"Encar demo inventory"_qs, body) : SpecsSample{u"Encar demo inventory"_qs, {}, error};
}

SpecsSample encarRealListings(const QString &samplesDir)
{
    QString error;
    const QByteArray body = readAll(samplesDir + u"/encar/search-results-excerpt-40.json"_qs, &error);
    return error.isEmpty() ? encarFrom(u"40 real Encar items"_qs, body) : SpecsSample{u"40 real Encar items"_qs, {}, error};
}

SpecsSample kbDemoListings()
{
    SpecsSample s{u"KB ChaChaCha demo inventory"_qs, {}, {}};
    const QByteArray body = readAll(u":/carscout/demo/kbchachacha/inventory.json"_qs, &s.error);
    if (!s.error.isEmpty())
        return s;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QHash<QString, QString> makerName, classMaker, carName, carClass;
    for (const QJsonValue &v : o.value(u"makers").toArray())
        makerName.insert(v[u"code"].toString(), v[u"name"].toString());
    for (const QJsonValue &v : o.value(u"classes").toArray())
        classMaker.insert(v[u"code"].toString(), v[u"maker"].toString());
    for (const QJsonValue &v : o.value(u"cars").toArray()) {
        carName.insert(v[u"code"].toString(), v[u"name"].toString());
        carClass.insert(v[u"code"].toString(), v[u"class"].toString());
    }
    const QJsonArray models = o.value(u"models").toArray();
    QHash<QString, QString> gradeName;   // model code + grade code → name
    for (const QJsonValue &v : o.value(u"grades").toArray())
        gradeName.insert(v[u"model"].toString() + u'|' + v[u"code"].toString(), v[u"name"].toString());
    for (const QJsonValue &v : o.value(u"listings").toArray()) {
        const QJsonArray a = v.toArray();
        const QJsonObject m = models.at(a.at(1).toInt()).toObject();
        const QString car = m[u"car"].toString();
        const QString maker = makerName.value(classMaker.value(carClass.value(car)));
        Listing l;
        l.source = u"kbchachacha"_qs;
        l.id = QString::number(a.at(0).toInteger());
        l.title = maker + u' ' + carName.value(car) + u' ' + m[u"name"].toString() + u' '
            + gradeName.value(m[u"code"].toString() + u'|' + a.at(2).toString());
        // As the list parser does it: make/model/trim split from the title, the title's nominal displacement.
        const Sources::Kb::TitleParts parts = Sources::Kb::splitTitle(l.title, carName.value(car));
        l.make = parts.make;
        l.model = parts.model;
        l.trim = parts.trim;
        l.engineCc = Sources::Kb::displacementFromTitle(l.title);
        l.year = a.at(3).toInt() / 100;
        l.month = a.at(3).toInt() % 100;
        s.listings << l;
    }
    if (s.listings.isEmpty())
        s.error = u"KB demo inventory: no listings"_qs;
    return s;
}

SpecsSample kbRealListings(const QString &samplesDir)
{
    SpecsSample s{u"real KB list capture"_qs, {}, {}};
    const QByteArray body = readAll(samplesDir + u"/kbchachacha/filtered-list.html"_qs, &s.error);
    if (!s.error.isEmpty())
        return s;
    const Sources::Kb::KbListPage page = Sources::Kb::parseListPage(body, "utf-8");
    if (!page.ok()) {
        s.error = page.error;
        return s;
    }
    for (const auto &card : page.cards)
        s.listings << card.listing;
    return s;
}

SpecsCoverage measureCoverage(const QList<Listing> &listings)
{
    SpecsCoverage c;
    const Specs::SpecsResolver resolver;
    for (const Listing &l : listings) {
        ++c.listings;
        const Specs::ResolvedSpecs r = resolver.resolve(l);
        c.withGeneration += r.generation ? 1 : 0;
        c.withEngine += r.engines.isEmpty() ? 0 : 1;
        if (r.complete()) {
            ++c.priced;
            c.exact += (!r.powerHp.isRange() && (r.electric() || !r.engineCc.isRange())) ? 1 : 0;
        } else {
            c.missed << u"%1 %2 | %3 (%4)"_qs.arg(l.make, l.model, l.trim).arg(l.year);
        }
    }
    return c;
}

} // namespace CarScout::Test
