// The KB ChaChaCha demo data and backend: the generator is deterministic, the inventory is big enough and
// synthetic, and everything the backend renders reads back through the real parsers (list, detail, catalog)
// with photo URLs that follow the photo rule and resolve on the image host.

#include "core/sources/kbchachacha/kbcatalogparser.h"
#include "core/sources/kbchachacha/kbdemobackend.h"
#include "core/sources/kbchachacha/kbdetailparser.h"
#include "core/sources/kbchachacha/kblistparser.h"
#include "core/sources/kbchachacha/kbvalues.h"
#include "tests/common/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Kb;

namespace {

Demo::ReplayRequest get(const QString &host, const QString &path, const QString &query = {})
{
    Demo::ReplayRequest r;
    r.method = "GET";
    r.host = host;
    r.path = path;
    r.query = QUrlQuery(query);
    return r;
}

QByteArray runGenerator(const QString &dir)
{
    QProcess p;
    p.start(QStringLiteral(KB_PYTHON), {CarScout::Test::sourceDir() + u"/tools/demo/gen_kbchachacha.py"_qs, dir});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return "generator failed: " + p.readAllStandardError();
    QFile f(dir + u"/inventory.json"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return "no inventory.json";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestKbDemo : public QObject
{
    Q_OBJECT

private slots:
    void generatorIsDeterministic()
    {
        QTemporaryDir a, b;
        const QByteArray first = runGenerator(a.path());
        QVERIFY2(!first.startsWith("generator failed") && first != "no inventory.json", first.constData());
        QCOMPARE(runGenerator(b.path()), first);
        QFile embedded(u":/carscout/demo/kbchachacha/inventory.json"_qs);
        QVERIFY(embedded.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(embedded.readAll(), QCryptographicHash::Sha256).toHex(), first);
    }

    void catalogCoversTheInventory()
    {
        QVERIFY(demoInventorySize() >= 1000);
        const auto makersReply = answerDemoRequest(get(u"www.kbchachacha.com"_qs, u"/public/search/carMaker.json"_qs));
        QVERIFY(makersReply);
        const KbCatalogResult makers = parseMakers(makersReply->body);
        QVERIFY2(makers.ok(), qPrintable(makers.error));
        QVERIFY(makers.nodes.size() >= 10);
        int total = 0, withCars = 0;
        for (const FilterNode &m : makers.nodes) {
            total += m.count;
            withCars += m.count > 0 ? 1 : 0;
        }
        QCOMPARE(total, demoInventorySize());
        QCOMPARE(withCars, makers.nodes.size());
        // Bad parameters get KB's error envelope, which the parser reports.
        const auto bad = answerDemoRequest(get(u"www.kbchachacha.com"_qs, u"/public/search/carClass.json"_qs));
        QVERIFY(bad);
        QCOMPARE(parseClasses(bad->body).error, u"carClass.json: status 400, message \"makerCode is required\""_qs);
    }

    void everyPageReadsBack()
    {
        static const QRegularExpression plate(u"^00가\\d{4}$"_qs);
        QSet<QString> ids;
        int details = 0;
        for (int page = 1;; ++page) {
            const auto reply = answerDemoRequest(get(u"www.kbchachacha.com"_qs, u"/public/search/list.empty"_qs,
                                                     u"page=%1&sort=-orderDate"_qs.arg(page)));
            QVERIFY(reply);
            QCOMPARE(reply->status, 200);
            const KbListPage parsed = parseListPage(reply->body);
            QVERIFY2(parsed.ok(), qPrintable(parsed.error));
            QVERIFY(parsed.warnings.isEmpty());
            QCOMPARE(parsed.sections.last(), u"전체"_qs);
            if (parsed.results.isEmpty())
                break;
            QVERIFY(parsed.results.size() <= kDemoPageSize);
            for (const Listing &l : parsed.results) {
                QVERIFY2(!ids.contains(l.id), qPrintable(l.id));
                ids.insert(l.id);
                QVERIFY(!l.photos.isEmpty());
                QVERIFY(l.photos.first().path().contains(photoFolder(l.id)));
            }
            // Details and photos of a sample of each page.
            const Listing &l = parsed.results.first();
            const auto detail = answerDemoRequest(get(u"www.kbchachacha.com"_qs, u"/public/car/detail.kbc"_qs, u"carSeq="_qs + l.id));
            QVERIFY(detail);
            const KbDetailResult d = parseDetailPage(detail->body, l.id);
            QVERIFY2(d.ok(), qPrintable(d.error));
            QVERIFY2(plate.match(d.plate).hasMatch(), qPrintable(d.plate));
            QVERIFY(d.detail.listing.seller.startsWith(u"데모딜러"_qs));
            QCOMPARE(d.detail.listing.mileageKm, l.mileageKm);
            QCOMPARE(d.detail.listing.year, l.year);
            // Known displacement, unless the page says 0cc and the title names no engine size (some imports).
            if (d.detail.listing.engineCc == 0 && d.detail.listing.fuel != Fuel::Electric)
                QCOMPARE(displacementFromTitle(d.detail.listing.title), 0);
            for (const QUrl &u : d.detail.listing.photos) {
                const auto photo = answerDemoRequest(get(u.host(), u.path()));
                QVERIFY(photo);
                QCOMPARE(photo->status, 200);
                QVERIFY(photo->body.startsWith("\x89PNG"));
            }
            ++details;
        }
        QCOMPARE(ids.size(), demoInventorySize());
        QVERIFY(details >= 40);
        const auto wrongFolder = answerDemoRequest(get(u"img.kbchachacha.com"_qs, u"/IMG/carimg/l/img01/img1111/1_1.jpeg"_qs));
        QVERIFY(wrongFolder);
        QCOMPARE(wrongFolder->status, 404);
        const auto unknownCar = answerDemoRequest(get(u"www.kbchachacha.com"_qs, u"/public/car/detail.kbc"_qs, u"carSeq=1"_qs));
        QVERIFY(unknownCar);
        QCOMPARE(unknownCar->status, 404);
        QVERIFY(!answerDemoRequest(get(u"api.encar.com"_qs, u"/search"_qs)));
    }
};

QTEST_GUILESS_MAIN(TestKbDemo)
#include "tst_kbdemo.moc"
