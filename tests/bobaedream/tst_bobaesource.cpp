// The two Bobaedream sources end to end: HttpClient → host remapping → ReplayServer → the generated route table
// (tools/demo/gen_bobaedream.py, embedded by the demo library). Catalog walk with the site's quirks, paged search
// (the bike pager, the car list's empty last page, no new id), continuation batches, filters, detail, cancel.

#include "core/demo/replayserver.h"
#include "core/sources/bobaedream/bobaerequests.h"
#include "core/sources/bobaedream/bobaesource.h"
#include "core/sources/sourceregistry.h"
#include "tests/common/demofixture.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Bobae;

namespace {

constexpr int kIntervalMs = 20;

void installRouteTable(Demo::ReplayServer &server)
{
    QFile f(u":/carscout/demo/bobaedream/routes.json"_qs);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("no embedded Bobaedream route table");
        return;
    }
    QString error;
    if (!server.addRecording(f.readAll(), &error, u":/carscout/demo/bobaedream"_qs))
        qWarning("route table: %s", qPrintable(error));
}

Net::SourcePolicy fast(Net::SourcePolicy policy)
{
    policy.rate.minIntervalMs = kIntervalMs;   // the real ≥ 1 s, shortened for the test
    policy.rate.jitterMs = 0;
    policy.rate.pauseEvery = 0;
    policy.retry.maxAttempts = 1;
    return policy;
}

QString describe(const Demo::ReplayRequest &r)
{
    return r.path + u'?' + r.query.toString(QUrl::FullyDecoded);
}

} // namespace

class TestBobaeSource : public QObject
{
    Q_OBJECT

private:
    TestSupport::DemoSourceFixture m_bikeDemo, m_carDemo;
    std::unique_ptr<BikeSource> m_bikes;
    std::unique_ptr<CarSource> m_cars;

    int bikeListRequests() { return int(m_bikeDemo.requests(u"/bike2/bike_list.php"_qs).size()); }
    int carListRequests() { return int(m_carDemo.requests(u"/mycar/mlist/"_qs).size()); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<JobError>();
        qRegisterMetaType<ListingDetail>();
        qRegisterMetaType<QList<FilterNode>>();
        QString error;
        QVERIFY2(QFile::exists(u":/carscout/demo/bobaedream/routes.json"_qs), "the demo library embeds routes.json");
        QVERIFY2(m_bikeDemo.start(u"www.bobaedream.co.kr"_qs, describe, {}, installRouteTable, &error), qPrintable(error));
        QVERIFY2(m_carDemo.start(u"m.bobaedream.co.kr"_qs, describe, {}, installRouteTable, &error), qPrintable(error));
        const SourceInfo bike = bikeSourceInfo();
        const SourceInfo car = carSourceInfo();
        Net::HttpClient &bikeClient = m_bikeDemo.makeClient(bike.upstreamHosts, bike.id, fast(bike.policy));
        Net::HttpClient &carClient = m_carDemo.makeClient(car.upstreamHosts, car.id, fast(car.policy));
        m_bikes = std::make_unique<BikeSource>(bikeClient, TermDictionary::loadDefault());
        m_cars = std::make_unique<CarSource>(carClient, TermDictionary::loadDefault());
    }

    void cleanupTestCase()
    {
        m_bikes.reset();
        m_cars.reset();
        m_bikeDemo.stop();
        m_carDemo.stop();
    }

    void metadata()
    {
        QCOMPARE(m_bikes->id(), u"bobaedream"_qs);
        QCOMPARE(m_bikes->info().vehicleKind, VehicleKind::Motorcycle);   // the motorcycle customs route
        QCOMPARE(m_bikes->currency(), u"KRW"_qs);
        QCOMPARE(m_bikes->catalogLevels(), (QStringList{u"category"_qs, u"maker"_qs, u"model"_qs, u"submodel"_qs}));
        QCOMPARE(levelTitle(m_bikes->info(), u"category"_qs), u"Category"_qs);
        QVERIFY(bikeSourceInfo().policy.rate.minIntervalMs >= 1000);
        QCOMPARE(m_cars->id(), u"bobaedream_cars"_qs);
        QCOMPARE(m_cars->info().vehicleKind, VehicleKind::Car);
        QCOMPARE(m_cars->catalogLevels(), (QStringList{u"maker"_qs, u"model"_qs}));
        QVERIFY(carSourceInfo().policy.rate.minIntervalMs >= 1000);
        const SourceRegistry registry = SourceRegistry::withBuiltInSources();
        QVERIFY(registry.contains(u"bobaedream"_qs));
        QVERIFY(registry.contains(u"bobaedream_cars"_qs));
    }

    void bikeCatalogWalk()
    {
        JobError e;
        const QList<FilterNode> cats = TestSupport::DemoSourceFixture::runCatalog(*m_bikes, {}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(cats.first().key, u"0"_qs);   // 전체
        QCOMPARE(cats.at(1).name, u"스쿠터"_qs);
        QCOMPARE(cats.at(1).nameEn, u"Scooter"_qs);
        const QList<FilterNode> makers = TestSupport::DemoSourceFixture::runCatalog(*m_bikes, {u"0"_qs}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(makers.size(), 8);
        QCOMPARE(makers.first().nameEn, u"Honda"_qs);
        // Honda's reply also carries BMW's models: dropped.
        const QList<FilterNode> honda = TestSupport::DemoSourceFixture::runCatalog(*m_bikes, {u"0"_qs, u"901"_qs}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(honda.size(), 5);
        for (const FilterNode &n : honda)
            QVERIFY2(n.name != u"R1250GS"_qs, "another maker's model");
        // 대림: the documented dep answers with the makers list; the job asks again with dep = the parent's depth.
        m_bikeDemo.clearRequests();
        const QList<FilterNode> daelim = TestSupport::DemoSourceFixture::runCatalog(*m_bikes, {u"0"_qs, u"907"_qs}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(daelim.size(), 2);
        QCOMPARE(daelim.first().name, u"시티에이스110"_qs);
        const auto asked = m_bikeDemo.requests(u"/bike2/get_cardepth.php"_qs);
        QCOMPARE(asked.size(), 2);
        QVERIFY(asked.at(0).second.contains(u"dep=2"_qs));
        QVERIFY(asked.at(1).second.contains(u"dep=1"_qs));
        const QList<FilterNode> subs =
            TestSupport::DemoSourceFixture::runCatalog(*m_bikes, {u"0"_qs, u"901"_qs, honda.first().key}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(!subs.isEmpty());
        QVERIFY(!subs.first().hasChildren);
    }

    void bikePagedSearch()
    {
        m_bikeDemo.clearRequests();
        JobError e;
        SearchProgress last;
        const QList<Listing> all = TestSupport::DemoSourceFixture::runSearch(*m_bikes, {}, 60000, &e, &last);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(all.size(), 120);
        QSet<QString> ids;
        for (const Listing &l : all) {
            QCOMPARE(l.source, u"bobaedream"_qs);
            ids.insert(l.id);
        }
        QCOMPARE(ids.size(), 120);
        QCOMPARE(bikeListRequests(), 4);   // the pager's last page ends it
        QCOMPARE(last.totalAvailable, 120);
        QVERIFY(last.continuation.isEmpty());

        // Load more: 2 batches of 2 pages cost 4 list requests and bring the same bikes.
        m_bikeDemo.clearRequests();
        SearchQuery q;
        q.maxPages = 2;
        QList<SearchProgress> runs;
        const QList<Listing> batched = TestSupport::DemoSourceFixture::runInBatches(*m_bikes, q, 2, &runs, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(bikeListRequests(), 4);
        QCOMPARE(batched.size(), 120);
    }

    void bikeFilteredSearch()
    {
        JobError e;
        SearchQuery q;
        q.path = {u"0"_qs, u"901"_qs};   // every category, Honda
        q.yearFrom = 2018;
        m_bikeDemo.clearRequests();
        const QList<Listing> honda = TestSupport::DemoSourceFixture::runSearch(*m_bikes, q, 60000, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(!honda.isEmpty());
        for (const Listing &l : honda) {
            QCOMPARE(l.makeEn, u"Honda"_qs);
            QVERIFY(l.year >= 2018);   // the range is checked on our side too
        }
        // One page without pager links, then page 2 says "no results".
        QCOMPARE(bikeListRequests(), 2);
    }

    void bikeDetail()
    {
        JobError e;
        SearchQuery q;
        q.limit = 1;
        const QList<Listing> one = TestSupport::DemoSourceFixture::runSearch(*m_bikes, q, 60000, &e);
        QVERIFY2(!e.isError() && one.size() == 1, qPrintable(e.message));
        const ListingDetail d = TestSupport::DemoSourceFixture::runDetail(*m_bikes, one.first().id, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(d.listing.id, one.first().id);
        QCOMPARE(d.listing.title, one.first().title);
        QVERIFY(d.listing.photos.size() >= 2);
        QVERIFY(d.listing.engineCc > 0);
        const ListingDetail missing = TestSupport::DemoSourceFixture::runDetail(*m_bikes, u"1"_qs, &e);
        QCOMPARE(e.kind, JobError::Kind::NotFound);
        TestSupport::DemoSourceFixture::runDetail(*m_bikes, u"abc"_qs, &e);
        QCOMPARE(e.kind, JobError::Kind::BadInput);
    }

    void carPagedSearch()
    {
        m_carDemo.clearRequests();
        JobError e;
        const QList<Listing> all = TestSupport::DemoSourceFixture::runSearch(*m_cars, {}, 60000, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(all.size(), 160);
        QCOMPARE(carListRequests(), 5);   // 4 pages of up to 50, then the empty page
        for (const Listing &l : all)
            QCOMPARE(l.source, u"bobaedream_cars"_qs);
    }

    void carMakerAndModel()
    {
        JobError e;
        const QList<FilterNode> makers = TestSupport::DemoSourceFixture::runCatalog(*m_cars, {}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(makers.first().name, u"현대"_qs);
        SearchQuery q;
        q.path = {makers.first().key, u"그랜저"_qs};
        m_carDemo.clearRequests();
        const QList<Listing> grandeur = TestSupport::DemoSourceFixture::runSearch(*m_cars, q, 60000, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(!grandeur.isEmpty());
        for (const Listing &l : grandeur)
            QVERIFY2(l.title.startsWith(u"현대 그랜저"_qs), qPrintable(l.title));
        for (const auto &r : m_carDemo.requests(u"/mycar/mlist/"_qs))
            QVERIFY2(r.second.contains(u"maker_no="_qs + makers.first().key), qPrintable(r.second));
    }

    // The maker/model ajax is one POST path: the route table tells the replies apart by the form fields (no, dep),
    // so each maker's model level lists that maker's models, not the makers again.
    void carModelLevelByPostForm()
    {
        JobError e;
        const QList<FilterNode> makers = TestSupport::DemoSourceFixture::runCatalog(*m_cars, {}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QHash<QString, QStringList> modelsOf;
        for (const FilterNode &maker : makers) {
            const QList<FilterNode> models = TestSupport::DemoSourceFixture::runCatalog(*m_cars, {maker.key}, &e);
            QVERIFY2(!e.isError(), qPrintable(maker.name + u": "_qs + e.message));
            for (const FilterNode &model : models) {
                QCOMPARE(model.level, u"model"_qs);
                modelsOf[maker.name] << model.name;
            }
        }
        QCOMPARE(modelsOf.value(u"현대"_qs), (QStringList{u"그랜저"_qs, u"쏘나타"_qs, u"아반떼"_qs, u"싼타페"_qs}));
        QCOMPARE(modelsOf.value(u"기아"_qs), (QStringList{u"K5"_qs, u"쏘렌토"_qs, u"카니발"_qs}));
        QCOMPARE(modelsOf.value(u"테슬라"_qs), QStringList{u"모델 3"_qs});
        QCOMPARE(modelsOf.size(), makers.size());
    }

    void carDetail()
    {
        JobError e;
        SearchQuery q;
        q.limit = 3;
        const QList<Listing> some = TestSupport::DemoSourceFixture::runSearch(*m_cars, q, 60000, &e);
        QVERIFY2(!e.isError() && some.size() == 3, qPrintable(e.message));
        const ListingDetail d = TestSupport::DemoSourceFixture::runDetail(*m_cars, some.first().id, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(d.listing.id, some.first().id);
        QVERIFY(d.listing.powerHp > 0);
        QVERIFY(!d.listing.photos.isEmpty());
    }

    void cancelHalfway()
    {
        m_bikeDemo.clearRequests();
        SearchJob *job = m_bikes->search({});
        int pagesSeen = 0;
        connect(job, &SearchJob::pageReady, this, [&pagesSeen, job](const QList<Listing> &) {
            if (++pagesSeen == 1)
                job->cancel();
        });
        QSignalSpy finished(job, &SearchJob::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<JobError>().kind, JobError::Kind::Canceled);
        QCOMPARE(pagesSeen, 1);
        QTest::qWait(3 * kIntervalMs + 50);
        QVERIFY(bikeListRequests() <= 2);
    }
};

QTEST_GUILESS_MAIN(TestBobaeSource)
#include "tst_bobaesource.moc"
