#include "core/demo/replayserver.h"
#include "core/sources/bobaedream/bikedetailparser.h"
#include "core/sources/bobaedream/bikelistparser.h"
#include "core/sources/bobaedream/bobaecatalog.h"
#include "core/sources/bobaedream/bobaerequests.h"
#include "core/sources/bobaedream/cardetailparser.h"
#include "core/sources/bobaedream/carlistparser.h"
#include "core/sources/terms.h"
#include "tests/common/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Bobae;

namespace {

QByteArray runGenerator(const QString &dir)
{
    QProcess p;
    p.start(QStringLiteral(BOBAE_PYTHON), {CarScout::Test::sourceDir() + u"/tools/demo/gen_bobaedream.py"_qs, dir});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return "generator failed: " + p.readAllStandardError();
    QFile f(dir + u"/routes.json"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return "no routes.json";
    return f.readAll();
}

struct Route
{
    QString method, host, path;
    QJsonObject query, form;
    QByteArray charset;   // of the Content-Type header
    QByteArray body;
};

QByteArray charsetOf(const QString &contentType)
{
    const qsizetype at = contentType.indexOf(u"charset="_qs);
    return at < 0 ? QByteArray() : contentType.mid(at + 8).trimmed().toLatin1();
}

} // namespace

// The generated demo (tools/demo/gen_bobaedream.py) read back through the real parsers: every page it serves
// must parse cleanly, so the demo shows what the parsers make of the documented markup.
class TestBobaeDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deterministic();
    void replayServerTakesTheRoutes();
    void bikeListPages();
    void bikeDetailPages();
    void bikeLevelsWithTheirQuirks();
    void carListPages();
    void carDetailPages();
    void carMakersAndModels();
    void everyPhotoIsServed();

private:
    QList<Route> routes(const QString &path, const QString &host = {}) const;
    QByteArray m_json;
    QList<Route> m_routes;
    TermDictionary m_terms;
    QTemporaryDir m_dir;
};

void TestBobaeDemo::initTestCase()
{
    QString error;
    m_terms = TermDictionary::loadDefault(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_json = runGenerator(m_dir.path());
    QVERIFY2(m_json.startsWith('['), m_json.left(300).constData());
    const QJsonArray arr = QJsonDocument::fromJson(m_json).array();
    QVERIFY(arr.size() > 1000);
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        Route r{o.value(u"method"_qs).toString(), o.value(u"host"_qs).toString(), o.value(u"path"_qs).toString(),
                o.value(u"query"_qs).toObject(), o.value(u"form"_qs).toObject(),
                charsetOf(o.value(u"headers"_qs).toObject().value(u"Content-Type"_qs).toString()),
                QByteArray::fromBase64(o.value(u"bodyBase64"_qs).toString().toLatin1())};
        m_routes.append(r);
    }
}

QList<Route> TestBobaeDemo::routes(const QString &path, const QString &host) const
{
    QList<Route> out;
    for (const Route &r : m_routes) {
        if (r.path.startsWith(path) && (host.isEmpty() || r.host == host))
            out.append(r);
    }
    return out;
}

void TestBobaeDemo::deterministic()
{
    QTemporaryDir other;
    QCOMPARE(runGenerator(other.path()), m_json);
}

void TestBobaeDemo::replayServerTakesTheRoutes()
{
    Demo::ReplayServer server;
    QString error;
    QVERIFY2(server.addRecording(m_json, &error), qPrintable(error));
    const QStringList hosts = server.hosts();
    for (const char *h : {"www.bobaedream.co.kr", "m.bobaedream.co.kr", "file4.bobaedream.co.kr", "file2.bobaedream.co.kr"})
        QVERIFY2(hosts.contains(QLatin1String(h)), h);
}

void TestBobaeDemo::bikeListPages()
{
    const QList<Route> pages = routes(u"/bike2/bike_list.php"_qs);
    QVERIFY(pages.size() > 50);
    for (const Route &r : pages) {
        QCOMPARE(r.charset, QByteArray("EUC-KR"));
        const BikeListPage p = parseBikeList(r.body, r.charset, &m_terms);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QVERIFY2(p.warnings.isEmpty(), qPrintable(p.warnings.join(u"; "_qs)));
        QVERIFY(p.results.isEmpty() == p.noResultsMarker);   // pages past the end say so
        // Filtered pages hold only bikes of their maker (a filter set names it).
        const QString maker = r.query.value(u"maker_no"_qs).toString();
        if (!maker.isEmpty() && !p.results.isEmpty()) {
            const QString makerName = p.results.first().make;
            for (const Listing &l : p.results)
                QCOMPARE(l.make, makerName);
        }
    }
    // The unfiltered list, paged the way the source pages it: 120 distinct bikes, then stop.
    QSet<QString> seen;
    int page = 1;
    for (;; ++page) {
        const QList<Route> all = routes(u"/bike2/bike_list.php"_qs);
        const auto it = std::find_if(all.cbegin(), all.cend(), [page](const Route &r) {
            return r.query.value(u"maker_no"_qs).toString().isEmpty() && r.query.value(u"ftype1"_qs).toString().isEmpty()
                && r.query.value(u"page"_qs).toString() == QString::number(page);
        });
        QVERIFY2(it != all.cend(), qPrintable(QStringLiteral("no unfiltered page %1").arg(page)));
        const BikeListPage p = parseBikeList(it->body, it->charset, &m_terms);
        int fresh = 0;
        for (const Listing &l : p.results) {
            if (!seen.contains(l.id)) {
                seen.insert(l.id);
                ++fresh;
            }
        }
        QCOMPARE(p.totalAvailable, 120);
        if (!shouldFetchNextPage(page, p.lastPage, fresh))
            break;
    }
    QCOMPARE(seen.size(), 120);
    QCOMPARE(page, 4);   // 30 a page; the pager says 4
}

void TestBobaeDemo::bikeDetailPages()
{
    const QList<Route> pages = routes(u"/bike2/bike_view.php"_qs);
    QCOMPARE(pages.size(), 120);
    int cp949Only = 0;
    int onRequest = 0;
    for (const Route &r : pages) {
        const QString no = r.query.value(u"no"_qs).toString();
        const BikeDetailResult d = parseBikeDetail(r.body, no, r.charset, &m_terms);
        QVERIFY2(d.ok(), qPrintable(d.error));
        QVERIFY2(d.warnings.isEmpty(), qPrintable(no + u": "_qs + d.warnings.join(u"; "_qs)));
        const Listing &l = d.detail.listing;
        QVERIFY(!l.make.isEmpty());
        QVERIFY(!l.makeEn.isEmpty());
        QVERIFY(l.year >= 2012);
        QVERIFY(l.engineCc > 0);
        QCOMPARE(d.photoTotal, l.photos.size());   // only this bike's photos, though others' ads are on the page
        for (const QUrl &u : l.photos)
            QVERIFY2(u.path().contains(u"cb"_qs + no + u'_'), qPrintable(u.toString()));
        onRequest += l.price ? 0 : 1;
        cp949Only += (l.seller.contains(u"똠"_qs) || l.seller.contains(u"햏"_qs) || l.seller.contains(u"뷁"_qs)) ? 1 : 0;
        QVERIFY(d.firstRegistered);
    }
    QVERIFY(onRequest > 0);
    QVERIFY(cp949Only > 0);
}

void TestBobaeDemo::bikeLevelsWithTheirQuirks()
{
    const QList<Route> levels = routes(u"/bike2/get_cardepth.php"_qs);
    bool wrongLevelSeen = false;
    bool otherParentSeen = false;
    for (const Route &r : levels) {
        const int dep = r.query.value(u"dep"_qs).toString().toInt();
        const QString parent = r.query.value(u"parval"_qs).toString();
        // dep=1 with a parent is the parent-depth convention asking for models.
        const int level = dep == 1 && !parent.isEmpty() ? 2 : dep;
        const CatalogReply c = parseBikeLevel(r.body, r.charset, level, parent, &m_terms);
        QVERIFY2(c.ok(), qPrintable(c.error));
        QVERIFY(!c.nodes.isEmpty());
        if (level == 2 && replyLevel(c.nodes, &m_terms) == 1)
            wrongLevelSeen = true;
        else if (level >= 2)
            QCOMPARE(replyLevel(c.nodes, &m_terms), -1);
        if (!c.warnings.isEmpty()) {
            QVERIFY2(c.warnings.first().contains(u"of another parent dropped"_qs), qPrintable(c.warnings.first()));
            otherParentSeen = true;
        }
    }
    QVERIFY(wrongLevelSeen);
    QVERIFY(otherParentSeen);
}

void TestBobaeDemo::carListPages()
{
    QSet<QString> seen;
    for (int page = 1;; ++page) {
        const QList<Route> pages = routes(QStringLiteral("/mycar/mlist/0/%1").arg(page));
        const auto it = std::find_if(pages.cbegin(), pages.cend(), [page](const Route &r) {
            return r.path.endsWith(u'/' + QString::number(page)) && r.query.value(u"maker_no"_qs).toString().isEmpty();
        });
        QVERIFY(it != pages.cend());
        const CarListPage p = parseCarList(it->body, it->charset, &m_terms);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QVERIFY2(p.warnings.isEmpty(), qPrintable(p.warnings.join(u"; "_qs)));
        int fresh = 0;
        for (const Listing &l : p.results) {
            if (!seen.contains(l.id)) {
                seen.insert(l.id);
                ++fresh;
            }
            QVERIFY(l.year >= 2016);
            QVERIFY(l.price);
            QVERIFY(!l.makeEn.isEmpty());
        }
        if (!shouldFetchNextPage(page, 0, fresh)) {
            QCOMPARE(page, 5);   // 160 cars at 50 a page, then the empty page
            break;
        }
    }
    QCOMPARE(seen.size(), 160);
}

void TestBobaeDemo::carDetailPages()
{
    const QList<Route> pages = routes(u"/mycar/mview/"_qs, u"m.bobaedream.co.kr"_qs);
    QCOMPARE(pages.size(), 160);
    int vins = 0, disclosed = 0, hidden = 0, power = 0;
    for (const Route &r : pages) {
        const QString no = r.path.section(u'/', -1);
        const CarDetailResult d = parseCarDetail(r.body, no, r.charset, &m_terms);
        QVERIFY2(d.ok(), qPrintable(d.error));
        QVERIFY2(d.warnings.isEmpty(), qPrintable(no + u": "_qs + d.warnings.join(u"; "_qs)));
        const Listing &l = d.detail.listing;
        QVERIFY(l.year >= 2016);
        QVERIFY(l.mileageKm > 0);
        power += l.powerHp > 0 ? 1 : 0;
        vins += d.vin.isEmpty() ? 0 : 1;
        disclosed += d.insuranceCount ? 1 : 0;
        hidden += d.insuranceCount ? 0 : 1;
        QVERIFY(!l.photos.isEmpty());
        for (const QUrl &u : l.photos)
            QVERIFY2(u.path().contains(u"img_"_qs + no + u'_'), qPrintable(u.toString()));
    }
    QCOMPARE(power, 160);
    QVERIFY(vins > 0 && vins < 160);
    QVERIFY(disclosed > 0 && hidden > 0);
}

void TestBobaeDemo::carMakersAndModels()
{
    const QList<Route> ajax = routes(u"/mycar/proc/ajax_maker_new.php"_qs);
    QVERIFY(ajax.size() > 1);
    for (const Route &r : ajax) {
        QCOMPARE(r.method, u"POST"_qs);
        const QString maker = r.form.value(u"no"_qs).toString();
        const CatalogReply c = parseCarMakerModels(r.body, r.charset, maker, &m_terms);
        QVERIFY2(c.ok(), qPrintable(c.error));
        QVERIFY(!c.nodes.isEmpty());
        QVERIFY(c.warnings.isEmpty());
    }
}

void TestBobaeDemo::everyPhotoIsServed()
{
    QSet<QString> served;
    for (const Route &r : m_routes) {
        if (r.host.startsWith(u"file"_qs))
            served.insert(u"https://"_qs + r.host + r.path);
    }
    for (const Route &r : routes(u"/bike2/bike_view.php"_qs)) {
        const BikeDetailResult d = parseBikeDetail(r.body, r.query.value(u"no"_qs).toString(), r.charset, &m_terms);
        for (const QUrl &u : d.detail.listing.photos)
            QVERIFY2(served.contains(u.toString()), qPrintable(u.toString()));
    }
    for (const Route &r : routes(u"/mycar/mview/"_qs)) {
        const CarDetailResult d = parseCarDetail(r.body, r.path.section(u'/', -1), r.charset, &m_terms);
        for (const QUrl &u : d.detail.listing.photos)
            QVERIFY2(served.contains(u.toString()), qPrintable(u.toString()));
    }
}

QTEST_GUILESS_MAIN(TestBobaeDemo)
#include "tst_bobaedemo.moc"
