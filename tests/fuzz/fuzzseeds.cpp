// carscout_fuzz_seeds OUT_DIR: writes seed inputs for the fuzz targets from the demo backends (the generated
// inventories of tools/demo/*.py rendered into the upstream formats), one folder per target:
//   OUT_DIR/encar_list, encar_inav, encar_detail, kb_list, kb_detail, kb_catalog
// and, from the route-table demos, OUTDIR/che168_*, bobae_* (see routeSeedRules).
// The real captures (../shared/samples) are read by the fuzz run directly; nothing here copies them.

#include "core/demo/replayserver.h"
#include "core/sources/encar/encardemo.h"
#include "core/sources/encar/encarlistparser.h"
#include "core/sources/encar/encarquery.h"
#include "core/sources/kbchachacha/kbcatalogparser.h"
#include "core/sources/kbchachacha/kbdemobackend.h"
#include "core/sources/kbchachacha/kblistparser.h"
#include "core/sources/terms.h"
#include "tests/fuzz/routeseeds.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QUrlQuery>

#include <cstdio>
#include <functional>

using namespace CarScout;
using namespace CarScout::Sources;

namespace {

using Answer = std::function<std::optional<Demo::ReplayResponse>(const Demo::ReplayRequest &)>;

QByteArray answer(const Answer &backend, const QUrl &url)
{
    Demo::ReplayRequest request;
    request.method = "GET";
    request.host = url.host();
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url);
    const std::optional<Demo::ReplayResponse> response = backend(request);
    return response && response->status == 200 ? response->body : QByteArray();
}

class SeedWriter
{
public:
    explicit SeedWriter(const QString &root) : m_root(root) {}

    void write(const QString &target, const QString &name, const QByteArray &body)
    {
        if (body.isEmpty()) {
            std::fprintf(stderr, "no seed %s/%s: the demo backend gave nothing\n", qPrintable(target), qPrintable(name));
            m_ok = false;
            return;
        }
        QDir().mkpath(m_root + u'/' + target);
        QFile file(m_root + u'/' + target + u'/' + name);
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size()) {
            std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(file.fileName()), qPrintable(file.errorString()));
            m_ok = false;
        }
    }
    bool ok() const { return m_ok; }

private:
    QString m_root;
    bool m_ok = true;
};

void encarSeeds(SeedWriter &out, const TermDictionary &terms)
{
    for (int n : {1, 5, 40})
        out.write(u"encar_list"_qs, u"demo-list-%1.json"_qs.arg(n), Encar::demoListPage(n));

    const QUrl inav = Encar::listUrl(Encar::buildQ({}), Encar::buildSr(u"ModifiedDate"_qs, 0, 2), true);
    out.write(u"encar_inav"_qs, u"demo-inav-root.json"_qs, answer(&Encar::answerDemoRequest, inav));

    Encar::EncarListPage page;
    Encar::parseListPage(Encar::demoListPage(20), terms, &page);
    int details = 0;
    for (const Encar::EncarListItem &item : page.items) {
        const QString id = item.listing.id;
        const QByteArray vehicle = answer(&Encar::answerDemoRequest, QUrl(u"https://api.encar.com/v1/readside/vehicle/"_qs + id));
        const QByteArray inspection =
            answer(&Encar::answerDemoRequest, QUrl(u"https://api.encar.com/v1/readside/inspection/vehicle/"_qs + id));
        if (vehicle.isEmpty() || inspection.isEmpty())
            continue;
        out.write(u"encar_detail"_qs, u"demo-vehicle-%1.json"_qs.arg(id), vehicle);
        out.write(u"encar_detail"_qs, u"demo-inspection-%1.json"_qs.arg(id), inspection);
        if (++details == 2)
            break;
    }
    if (details == 0)
        out.write(u"encar_detail"_qs, u"none"_qs, {});
}

void kbSeeds(SeedWriter &out)
{
    for (int n : {1, 24})
        out.write(u"kb_list"_qs, u"demo-list-%1.html"_qs.arg(n), Kb::demoListPage(n));

    const Kb::KbListPage page = Kb::parseListPage(Kb::demoListPage(3));
    for (qsizetype i = 0; i < page.results.size() && i < 2; ++i) {
        const QString seq = page.results.at(i).id;
        out.write(u"kb_detail"_qs, u"demo-detail-%1.html"_qs.arg(seq),
                  answer(&Kb::answerDemoRequest, QUrl(u"https://www.kbchachacha.com/public/car/detail.kbc?carSeq="_qs + seq)));
    }

    // Down the catalog along the first node of each level.
    const QString base = u"https://www.kbchachacha.com/public/search/"_qs;
    const QByteArray makers = answer(&Kb::answerDemoRequest, QUrl(base + u"carMaker.json"_qs));
    out.write(u"kb_catalog"_qs, u"demo-carMaker.json"_qs, makers);
    const Kb::KbCatalogResult makerNodes = Kb::parseMakers(makers);
    if (makerNodes.nodes.isEmpty())
        return;
    const QString maker = makerNodes.nodes.first().key;
    const QByteArray classes = answer(&Kb::answerDemoRequest, QUrl(base + u"carClass.json?makerCode="_qs + maker));
    out.write(u"kb_catalog"_qs, u"demo-carClass.json"_qs, classes);
    const Kb::KbCatalogResult classNodes = Kb::parseClasses(classes);
    if (classNodes.nodes.isEmpty())
        return;
    const QString cls = classNodes.nodes.first().key;
    const QByteArray cars = answer(&Kb::answerDemoRequest,
                                   QUrl(base + u"carName.json?makerCode="_qs + maker + u"&classCode="_qs + cls));
    out.write(u"kb_catalog"_qs, u"demo-carName.json"_qs, cars);
    const Kb::KbCatalogResult carNodes = Kb::parseCars(cars);
    if (carNodes.nodes.isEmpty())
        return;
    out.write(u"kb_catalog"_qs, u"demo-carModel.json"_qs,
              answer(&Kb::answerDemoRequest, QUrl(base + u"carModel.json?makerCode="_qs + maker + u"&classCode="_qs + cls
                                                  + u"&carCode="_qs + carNodes.nodes.first().key)));
}

// The marketplaces whose demo is a route table: which replies seed which target.
QList<Fuzz::RouteSeedRule> routeSeedRules()
{
    const auto rule = [](const char *target, const char *demo, const char *path) {
        return Fuzz::RouteSeedRule{QString::fromLatin1(target), QString::fromLatin1(demo),
                                   QRegularExpression(QString::fromLatin1(path))};
    };
    return {
        rule("che168_search", "che168", "/search$"),
        rule("che168_brands", "che168", "/getbrands$"),
        rule("che168_detail", "che168", "/(getcarinfo|getparamtypeitems)$"),
        rule("bobae_list", "bobaedream", "/(bike_list\\.php|mycar/mlist/.*)$"),
        rule("bobae_detail", "bobaedream", "/(bike_view\\.php|mycar/mview/.*)$"),
        rule("bobae_catalog", "bobaedream", "/get_cardepth\\.php$"),
    };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUT_DIR\n", argv[0]);
        return 2;
    }
    SeedWriter out(QString::fromLocal8Bit(argv[1]));
    const TermDictionary terms = TermDictionary::loadDefault();
    encarSeeds(out, terms);
    kbSeeds(out);
    const bool routesOk = Fuzz::writeRouteSeeds(routeSeedRules(), [&out](const QString &target, const QString &name,
                                                                         const QByteArray &body) {
        out.write(target, name, body);
    });
    return out.ok() && routesOk ? 0 : 1;
}
