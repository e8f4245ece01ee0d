// Che168Source end to end: HttpClient → host remapping → ReplayServer → the Che168 demo route table (replies in the
// real formats), with a signature check in front of the signed host (a wrong `_sign` gets returncode 107, as
// upstream) and a frequency cap that can be switched on per car in front of the detail host. Paged search, names
// in the path, the filter tree, detail, the 514 pause and its probe on a manual clock, one fetch per car.

#include "core/demo/routetabledemos.h"
#include "core/sources/che168/che168query.h"
#include "core/sources/che168/che168requests.h"
#include "core/sources/che168/che168source.h"
#include "core/sources/sourceregistry.h"
#include "tests/common/demofixture.h"

#include <QFile>
#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Che168;

namespace {

constexpr int kIntervalMs = 20;
const QString kDemoRoot = u":/carscout/demo/che168"_qs;

QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QUrl requestUrl(const Demo::ReplayRequest &r)
{
    QUrl url(u"https://"_qs + r.host + r.path);
    url.setQuery(r.query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

} // namespace

class TestChe168Source : public QObject
{
    Q_OBJECT

private:
    TestSupport::DemoSourceFixture m_demo;
    ManualClock m_clock;
    std::unique_ptr<Che168Source> m_source;
    QMutex m_lock;
    QSet<QString> m_capped;        // infoids the detail host answers 514 for
    int m_detailRequests = 0;      // getcarinfo requests that reached the detail host
    int m_badSignatures = 0;

    QList<Listing> runSearch(const SearchQuery &q, JobError *e, SearchProgress *last = nullptr)
    {
        return TestSupport::DemoSourceFixture::runSearch(*m_source, q, 60000, e, last);
    }
    QStringList searchPages()
    {
        QStringList out;
        for (const auto &r : m_demo.requests(u"/api/v11/search"_qs))
            out << r.second.section(u' ', 1);
        return out;
    }
    int detailRequests()
    {
        QMutexLocker lock(&m_lock);
        return m_detailRequests;
    }
    void cap(const QString &id, bool on)
    {
        QMutexLocker lock(&m_lock);
        if (on)
            m_capped.insert(id);
        else
            m_capped.remove(id);
    }
    // Some car ids of the demo: the first page of the whole market.
    QStringList someIds(int n)
    {
        SearchQuery q;
        q.maxPages = 1;
        JobError e;
        QStringList ids;
        for (const Listing &l : runSearch(q, &e))
            ids << l.id;
        return ids.mid(0, n);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<JobError>();
        qRegisterMetaType<ListingDetail>();
        qRegisterMetaType<QList<FilterNode>>();
        const auto describe = [](const Demo::ReplayRequest &r) -> QString {
            return r.path + u' ' + r.query.queryItemValue(u"pageindex"_qs) + u' '
                + r.query.queryItemValue(u"brandid"_qs);
        };
        // The upstream's answer to a wrong or missing signature.
        const auto checkSignature = [this](const Demo::ReplayRequest &r) -> std::optional<Demo::ReplayResponse> {
            if (hasValidSignature(requestUrl(r), QString::fromLatin1(kDefaultSalt)))
                return std::nullopt;
            QMutexLocker lock(&m_lock);
            ++m_badSignatures;
            return Demo::ReplayResponse{200, {{"Content-Type", "application/json"}},
                                        R"({"returncode":107,"message":"签名错误","result":null})"};
        };
        const auto install = [this](Demo::ReplayServer &server) {
            server.addHandler(QString::fromLatin1(kDetailHost), [this](const Demo::ReplayRequest &r)
                                  -> std::optional<Demo::ReplayResponse> {
                QMutexLocker lock(&m_lock);
                if (r.path == u"/apic/v2/car/getcarinfo")
                    ++m_detailRequests;
                if (m_capped.contains(r.query.queryItemValue(u"infoid"_qs)))
                    return Demo::ReplayResponse{514, {{"Content-Type", "text/html"}}, "Frequency Capped"};
                return std::nullopt;
            });
            QString error;
            QVERIFY2(server.addRecording(readResource(kDemoRoot + u"/routes.json"_qs), &error, kDemoRoot),
                     qPrintable(error));
        };
        QString error;
        QVERIFY2(m_demo.start(QString::fromLatin1(kSearchHost), describe, checkSignature, install, &error),
                 qPrintable(error));
        Net::SourcePolicy policy = sourcePolicy();
        QCOMPARE(policy.rate.minIntervalMs, 200);   // the seed's pacing …
        policy.rate.minIntervalMs = kIntervalMs;     // … shortened for the test
        policy.rate.pauseEvery = 0;
        Net::HttpClient &client = m_demo.makeClient(sourceInfo().upstreamHosts, sourceInfo().id, policy);
        TermDictionary terms = TermDictionary::loadDefault(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_source = std::make_unique<Che168Source>(client, terms, m_clock, SigningConfig{});
    }

    void cleanupTestCase()
    {
        m_source.reset();
        m_demo.stop();
    }

    void metadata()
    {
        const SourceInfo info = m_source->info();
        QCOMPARE(info.id, u"che168"_qs);
        QCOMPARE(info.displayName, u"Che168"_qs);
        QCOMPARE(info.currency, u"CNY"_qs);
        QCOMPARE(info.country, u"CN"_qs);
        QCOMPARE(info.vehicleKind, VehicleKind::Car);
        QCOMPARE(m_source->catalogLevels(), (QStringList{u"maker"_qs, u"model"_qs, u"model_year"_qs, u"spec"_qs}));
        QCOMPARE(levelTitle(info, u"model"_qs), u"Series"_qs);
        QVERIFY(info.upstreamHosts.contains(u"apiuscdt.che168.com"_qs));
        // The registry knows it, and its pane follows from there.
        const SourceRegistry registry = SourceRegistry::withBuiltInSources();
        QVERIFY(registry.contains(u"che168"_qs));
        QCOMPARE(registry.displayName(u"che168"_qs), u"Che168"_qs);
    }

    void pagedSearchIsSignedAndFolded()
    {
        m_demo.clearRequests();
        SearchQuery q;
        q.maxPages = 3;
        q.pageSize = 50;   // ignored: Che168 serves 10 a page
        JobError e;
        SearchProgress last;
        const QList<Listing> listings = runSearch(q, &e, &last);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(searchPages(), (QStringList{u"1 "_qs, u"2 "_qs, u"3 "_qs}));
        QCOMPARE(m_badSignatures, 0);
        QCOMPARE(last.pagesFetched, 3);
        QCOMPARE(last.totalAvailable, 240);
        QCOMPARE(last.pagesExpected, 3);
        QCOMPARE(last.continuation, u"4"_qs);
        // Page 3 repeats a car of page 2 (the personalised order): folded by infoid.
        QCOMPARE(listings.size(), 29);
        QSet<QString> ids;
        for (const Listing &l : listings) {
            ids.insert(l.id);
            QCOMPARE(l.source, u"che168"_qs);
            QCOMPARE(l.currency, u"CNY"_qs);
            QVERIFY(l.url.toString().startsWith(u"https://m.che168.com/cardetail/index?infoid="));
            QVERIFY(!l.make.isEmpty());
            QVERIFY(l.price && *l.price > 10000);
            QVERIFY(l.photos.value(0).toString().contains(u"/1024x768_"));
        }
        QCOMPARE(ids.size(), listings.size());
    }

    void wholeBrandByNameToTheLastPage()
    {
        for (const QString &name : {u"蔚来"_qs, u"NIO"_qs}) {
            m_demo.clearRequests();
            SearchQuery q;
            q.path = {name};
            JobError e;
            SearchProgress last;
            const QList<Listing> listings = runSearch(q, &e, &last);
            QVERIFY2(!e.isError(), qPrintable(e.message));
            QVERIFY(!listings.isEmpty());
            for (const Listing &l : listings) {
                QCOMPARE(l.make, u"蔚来"_qs);
                QCOMPARE(l.makeEn, u"NIO"_qs);
            }
            QCOMPARE(last.totalAvailable, listings.size());
            QVERIFY(last.continuation.isEmpty());   // the page count said it was the last
            QVERIFY(!m_demo.requests(u"/api/v2/getbrands"_qs).isEmpty());   // the name was looked up
            for (const QString &page : searchPages())
                QVERIFY2(page.endsWith(u" 9112"_qs), qPrintable(page));
        }
        SearchQuery q;
        q.path = {u"无此品牌"_qs};
        JobError e;
        runSearch(q, &e);
        QCOMPARE(e.kind, JobError::Kind::BadInput);
        QVERIFY2(e.message.contains(u"no make \"无此品牌\""), qPrintable(e.message));
    }

    void filtersAreCheckedOnTheCars()
    {
        SearchQuery q;
        q.maxPages = 5;
        q.priceMax = 150000;
        q.fuels = {Fuel::Electric};
        JobError e;
        const QList<Listing> listings = runSearch(q, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(!listings.isEmpty());
        for (const Listing &l : listings) {
            QCOMPARE(l.fuel, Fuel::Electric);
            QVERIFY(*l.price <= 150000);
        }
    }

    void batchesGoOnWhereTheLastStopped()
    {
        SearchQuery q;
        q.maxPages = 2;
        m_demo.clearRequests();
        QList<SearchProgress> runs;
        JobError e;
        const QList<Listing> batched = TestSupport::DemoSourceFixture::runInBatches(*m_source, q, 2, &runs, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(searchPages(), (QStringList{u"1 "_qs, u"2 "_qs, u"3 "_qs, u"4 "_qs}));
        QCOMPARE(runs.value(1).continuation, u"5"_qs);
        QVERIFY(batched.size() >= 38);
    }

    void wrongSaltIsSignatureRejected()
    {
        m_source->setSigning(signingConfig(u"rotated.salt"_qs, {}));
        SearchQuery q;
        q.maxPages = 1;
        JobError e;
        const QList<Listing> listings = runSearch(q, &e);
        m_source->setSigning(SigningConfig{});
        QVERIFY(listings.isEmpty());
        QCOMPARE(e.kind, JobError::Kind::Network);
        QVERIFY2(e.message.contains(u"rejected the request signature (code 107"), qPrintable(e.message));
        QVERIFY2(e.message.contains(u"Settings"), qPrintable(e.message));
        QVERIFY(m_badSignatures > 0);
        m_badSignatures = 0;
    }

    void filterTree()
    {
        JobError e;
        const QList<FilterNode> makers = TestSupport::DemoSourceFixture::runCatalog(*m_source, {}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(makers.size(), 15);
        QCOMPARE(makers.first().level, u"maker"_qs);
        const QList<FilterNode> series = TestSupport::DemoSourceFixture::runCatalog(*m_source, {u"比亚迪"_qs}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(series.size(), 3);
        QCOMPARE(series.first().name, u"汉"_qs);
        QCOMPARE(series.first().nameEn, u"Han"_qs);
        const QList<FilterNode> years = TestSupport::DemoSourceFixture::runCatalog(*m_source, {u"9101"_qs, series.first().key}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(years.size(), 6);
        QCOMPARE(years.first().level, u"model_year"_qs);
        // A model year with cars: its versions, named from them.
        QList<FilterNode> specs;
        for (const FilterNode &y : years) {
            specs = TestSupport::DemoSourceFixture::runCatalog(*m_source, {u"9101"_qs, series.first().key, y.key}, &e);
            QVERIFY2(!e.isError(), qPrintable(e.message));
            QCOMPARE(specs.size(), 2);
            if (!specs.first().name.isEmpty())
                break;
        }
        QVERIFY(!specs.first().name.isEmpty());
        QCOMPARE(specs.first().level, u"spec"_qs);
        QVERIFY(!specs.first().hasChildren);
        const QList<FilterNode> leaf = TestSupport::DemoSourceFixture::runCatalog(
            *m_source, {u"9101"_qs, series.first().key, years.first().key, specs.first().key}, &e);
        QVERIFY(!e.isError());
        QVERIFY(leaf.isEmpty());
    }

    void detail()
    {
        const QString id = someIds(1).value(0);
        QVERIFY(!id.isEmpty());
        JobError e;
        const ListingDetail d = TestSupport::DemoSourceFixture::runDetail(*m_source, id, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(d.listing.id, id);
        QVERIFY(d.listing.powerHp > 0);
        QVERIFY(d.listing.fuel != Fuel::Unknown);
        QVERIFY(d.listing.transmission != Transmission::Unknown);
        QVERIFY(d.listing.photos.size() >= 6);
        QVERIFY(d.description.contains(u"演示车源"));
        bool vin = false;
        for (const DetailField &f : d.sections.value(0).fields)
            vin = vin || (f.label == u"VIN" && f.value.startsWith(u"DEMO"));
        QVERIFY(vin);
        QCOMPARE(m_source->detailGate().state(QString::fromLatin1(kDetailHost)), Net::BreakerState::Closed);

        TestSupport::DemoSourceFixture::runDetail(*m_source, u"12a"_qs, &e);
        QCOMPARE(e.kind, JobError::Kind::BadInput);
        TestSupport::DemoSourceFixture::runDetail(*m_source, u"99999999"_qs, &e);
        QCOMPARE(e.kind, JobError::Kind::NotFound);   // no route: 404
    }

    void sameCarIsFetchedOnce()
    {
        const QString id = someIds(2).value(1);
        const int before = detailRequests();
        DetailJob *a = m_source->detail(id);
        DetailJob *b = m_source->detail(id);
        QSignalSpy doneA(a, &DetailJob::finished);
        QSignalSpy doneB(b, &DetailJob::finished);
        QVERIFY(doneA.wait(10000));
        QVERIFY(doneB.count() == 1 || doneB.wait(10000));
        QCOMPARE(detailRequests() - before, 1);
        const ListingDetail da = doneA.value(0).value(0).value<ListingDetail>();
        const ListingDetail db = doneB.value(0).value(0).value<ListingDetail>();
        QCOMPARE(da.listing.id, id);
        QCOMPARE(db.listing, da.listing);
    }

    void frequencyCapPausesTheDetailHostThenOneProbe()
    {
        const QString host = QString::fromLatin1(kDetailHost);
        const QStringList ids = someIds(4);
        QCOMPARE(ids.size(), 4);
        cap(ids.at(0), true);
        JobError e;
        TestSupport::DemoSourceFixture::runDetail(*m_source, ids.at(0), &e);
        QCOMPARE(e.kind, JobError::Kind::Network);
        QVERIFY2(e.message.contains(u"HTTP 514"), qPrintable(e.message));
        QVERIFY2(e.message.contains(u"pause for 300 s"), qPrintable(e.message));
        QCOMPARE(m_source->detailGate().state(host), Net::BreakerState::Open);

        // Paused: nothing reaches the host, the answer says how long.
        int before = detailRequests();
        TestSupport::DemoSourceFixture::runDetail(*m_source, ids.at(1), &e);
        QCOMPARE(e.netError, Net::ErrorKind::BreakerOpen);
        QVERIFY2(e.message.contains(u"paused for 300 s more"), qPrintable(e.message));
        m_clock.advance(299000);
        TestSupport::DemoSourceFixture::runDetail(*m_source, ids.at(1), &e);
        QVERIFY2(e.message.contains(u"paused for 1 s more"), qPrintable(e.message));
        QCOMPARE(detailRequests(), before);
        // The search host is not paused.
        SearchQuery q;
        q.maxPages = 1;
        QVERIFY(!runSearch(q, &e).isEmpty());

        // After 300 s one probe goes; it is capped again: a new full pause.
        m_clock.advance(1000);
        QCOMPARE(m_source->detailGate().state(host), Net::BreakerState::HalfOpen);
        TestSupport::DemoSourceFixture::runDetail(*m_source, ids.at(0), &e);
        QVERIFY2(e.message.contains(u"HTTP 514"), qPrintable(e.message));
        QCOMPARE(detailRequests(), before + 1);
        QCOMPARE(m_source->detailGate().state(host), Net::BreakerState::Open);
        QCOMPARE(m_source->detailGate().retryInMs(host), qint64(300000));

        // The next probe succeeds: the host is open again.
        cap(ids.at(0), false);
        m_clock.advance(300000);
        const ListingDetail d = TestSupport::DemoSourceFixture::runDetail(*m_source, ids.at(2), &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(d.listing.id, ids.at(2));
        QCOMPARE(m_source->detailGate().state(host), Net::BreakerState::Closed);
        TestSupport::DemoSourceFixture::runDetail(*m_source, ids.at(3), &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(detailRequests(), before + 3);
    }
};

QTEST_GUILESS_MAIN(TestChe168Source)
#include "tst_che168source.moc"
