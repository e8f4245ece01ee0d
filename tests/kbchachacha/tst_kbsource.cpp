// KbChaChaChaSource end to end: HttpClient → host remapping → ReplayServer → the KB demo backend (generated
// inventory rendered as the real formats). Catalog walk by codes and by names, multi-page search under the
// source's rate limit (ad sections never counted, results deduplicated), filters and sorts, limits, detail with
// photos, cancellation halfway, a block page and bad input.

#include "core/net/clientconfig.h"
#include "core/sources/kbchachacha/kbdemobackend.h"
#include "core/sources/kbchachacha/kbrequests.h"
#include "core/sources/kbchachacha/kbsource.h"
#include "core/sources/sourceregistry.h"
#include "tests/common/demofixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Kb;

namespace {
constexpr int kIntervalMs = 30;
}

class TestKbSource : public QObject
{
    Q_OBJECT

private:
    TestSupport::DemoSourceFixture m_demo;
    std::unique_ptr<KbChaChaChaSource> m_source;

    // When each list request reached www.kbchachacha.com (ms since start).
    QList<qint64> listRequestTimes()
    {
        QList<qint64> out;
        for (const auto &r : m_demo.requests(u"/public/search/list.empty"_qs))
            out << r.first;
        return out;
    }

    void clearRequests() { m_demo.clearRequests(); }

    QList<Listing> runSearch(const SearchQuery &query, JobError *error, SearchProgress *last = nullptr)
    {
        return TestSupport::DemoSourceFixture::runSearch(*m_source, query, 60000, error, last);
    }

    ListingDetail runDetail(const QString &id, JobError *error)
    {
        return TestSupport::DemoSourceFixture::runDetail(*m_source, id, error);
    }

    QList<FilterNode> runCatalog(const QStringList &path, JobError *error)
    {
        return TestSupport::DemoSourceFixture::runCatalog(*m_source, path, error);
    }

    static int sum(const QList<FilterNode> &nodes)
    {
        int s = 0;
        for (const FilterNode &n : nodes)
            s += n.count;
        return s;
    }

private slots:
    // "Load more" goes on where the last batch stopped: 3 batches of 2 pages cost 6 list requests, not 2 + 4 + 6,
    // and bring the listings one 6-page search brings.
    void batchesGoOnWhereTheLastStopped()
    {
        SearchQuery q;
        q.pageSize = 20;
        q.maxPages = 2;
        clearRequests();
        QList<SearchProgress> runs;
        JobError e;
        const QList<Listing> batched = TestSupport::DemoSourceFixture::runInBatches(*m_source, q, 3, &runs, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(runs.size(), 3);
        for (const SearchProgress &run : std::as_const(runs)) {
            QCOMPARE(run.pagesFetched, 2);
            QVERIFY(!run.continuation.isEmpty());
        }
        QCOMPARE(int(listRequestTimes().size()), 6);

        clearRequests();
        q.maxPages = 6;
        const QList<Listing> whole = runSearch(q, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(int(listRequestTimes().size()), 6);
        QStringList batchedIds, wholeIds;
        for (const Listing &l : batched)
            batchedIds << l.id;
        for (const Listing &l : whole)
            wholeIds << l.id;
        QCOMPARE(batchedIds, wholeIds);
        QCOMPARE(QSet<QString>(batchedIds.begin(), batchedIds.end()).size(), batchedIds.size());
    }

    void initTestCase()
    {
        qRegisterMetaType<JobError>();
        qRegisterMetaType<ListingDetail>();
        qRegisterMetaType<QList<FilterNode>>();
        QString error;
        QVERIFY2(demoDataAvailable(&error), qPrintable(error));
        QVERIFY(demoInventorySize() >= 1000);

        const auto describe = [](const Demo::ReplayRequest &r) -> QString {
            return r.path + u"?page="_qs + r.query.queryItemValue(u"page"_qs);
        };
        const auto intercept = [](const Demo::ReplayRequest &r) -> std::optional<Demo::ReplayResponse> {
            // What a WAF serves instead of the fragment, for one year range.
            if (r.query.queryItemValue(u"regiDay"_qs, QUrl::FullyDecoded).startsWith(u"1901,"_qs))
                return Demo::ReplayResponse{200, {{"Content-Type", "text/html; charset=utf-8"}},
                                            "<!DOCTYPE html><html><head><title>접근이 차단되었습니다</title></head><body>차단</body></html>"};
            // An EUC-KR body declared as UTF-8, for another.
            if (r.query.queryItemValue(u"regiDay"_qs, QUrl::FullyDecoded).startsWith(u"1902,"_qs))
                return Demo::ReplayResponse{200, {{"Content-Type", "text/html; charset=utf-8"}},
                                            "<div><h2 class=\"title\">\xC0\xFC\xC3\xBC</h2></div>"};
            return std::nullopt;
        };
        QVERIFY2(m_demo.start(u"www.kbchachacha.com"_qs, describe, intercept, installDemoBackend, &error), qPrintable(error));

        Net::SourcePolicy policy = sourcePolicy();
        QCOMPARE(policy.rate.minIntervalMs, 1000);   // the seed's defaults…
        QCOMPARE(policy.rate.pauseEvery, 10);
        QCOMPARE(policy.rate.pauseMinMs, 500);
        QCOMPARE(policy.rate.pauseMaxMs, 2000);
        policy.rate.minIntervalMs = kIntervalMs;     // …shortened for the test
        policy.rate.pauseEvery = 0;
        policy.retry.maxAttempts = 1;
        Net::HttpClient &client = m_demo.makeClient({u"www.kbchachacha.com"_qs, u"img.kbchachacha.com"_qs}, u"kbchachacha"_qs, policy);
        m_source = std::make_unique<KbChaChaChaSource>(client, TermDictionary::loadDefault());
        QCOMPARE(m_source->catalogLevels(), (QStringList{u"maker"_qs, u"class"_qs, u"car"_qs, u"model"_qs, u"grade"_qs}));
    }

    void cleanupTestCase()
    {
        m_source.reset();
        m_demo.stop();
    }

    void catalogWalk()
    {
        JobError e;
        const QList<FilterNode> makers = runCatalog({}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(sum(makers), demoInventorySize());
        QCOMPARE(makers.first().name, u"현대"_qs);
        QCOMPARE(makers.first().nameEn, u"Hyundai"_qs);
        QCOMPARE(makers.first().level, u"maker"_qs);
        const FilterNode hyundai = makers.first();

        // By code and by (Korean or English) name: the same classes.
        const QList<FilterNode> classes = runCatalog({hyundai.key}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(sum(classes), hyundai.count);
        QCOMPARE(classes.first().level, u"class"_qs);
        const QList<FilterNode> byName = runCatalog({u"hyundai"_qs}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(byName.size(), classes.size());

        const FilterNode sonata = *std::find_if(classes.begin(), classes.end(), [](const FilterNode &n) { return n.name == u"쏘나타"; });
        QCOMPARE(sonata.nameEn, u"Sonata"_qs);
        QCOMPARE(runCatalog({u"Hyundai"_qs, u"sonata"_qs}, &e).size(), runCatalog({hyundai.key, sonata.key}, &e).size());
        const QList<FilterNode> cars = runCatalog({hyundai.key, sonata.key}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(sum(cars), sonata.count);
        QCOMPARE(cars.first().level, u"car"_qs);
        const QList<FilterNode> models = runCatalog({u"현대"_qs, u"쏘나타"_qs, cars.first().name}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(sum(models), cars.first().count);
        QCOMPARE(models.first().level, u"model"_qs);
        const QList<FilterNode> grades = runCatalog({hyundai.key, sonata.key, cars.first().key, models.first().key}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(sum(grades), models.first().count);
        QCOMPARE(grades.first().level, u"grade"_qs);
        QVERIFY(grades.first().key.startsWith(models.first().key + u'|'));
        QVERIFY(!grades.first().hasChildren);
        QVERIFY(runCatalog({hyundai.key, sonata.key, cars.first().key, models.first().key, grades.first().key}, &e).isEmpty());
        QVERIFY(!e.isError());

        runCatalog({u"없는제조사"_qs}, &e);
        QCOMPARE(e.kind, JobError::Kind::BadInput);
        QVERIFY2(e.message.contains(u"no maker \"없는제조사\""_qs), qPrintable(e.message));
    }

    void multiPageSearchUnderRateLimit()
    {
        JobError e;
        const QList<FilterNode> makers = runCatalog({}, &e);
        const FilterNode kia = *std::find_if(makers.begin(), makers.end(), [](const FilterNode &n) { return n.name == u"기아"; });
        clearRequests();
        SearchQuery q;
        q.path = {u"기아"_qs};
        SearchProgress last;
        const QList<Listing> all = runSearch(q, &e, &last);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        // Only the 전체 sections count: exactly the maker's cars, each once, although ad sections repeat some.
        QCOMPARE(all.size(), kia.count);
        QSet<QString> ids;
        for (const Listing &l : all) {
            QVERIFY(!ids.contains(l.id));
            ids.insert(l.id);
            QCOMPARE(l.make, u"기아"_qs);
            QCOMPARE(l.makeEn, u"Kia"_qs);
            QCOMPARE(l.source, u"kbchachacha"_qs);
            QVERIFY(l.year >= 2017);
            QVERIFY(l.mileageKm > 0);
            QVERIFY(!l.photos.isEmpty());
        }
        const int pages = kia.count / kDemoPageSize + 1;   // the last one short (or empty)
        QCOMPARE(last.pagesFetched, pages);
        QCOMPARE(last.listingsSoFar, kia.count);
        const QList<qint64> times = listRequestTimes();
        QCOMPARE(times.size(), pages);
        // Starts are paced by the source's interval; arrivals at the server jitter by a few ms each, so the
        // check is on the whole run: n requests cannot arrive in less than (n - 1) intervals.
        const qint64 span = times.last() - times.first();
        QVERIFY2(span >= (times.size() - 1) * kIntervalMs - 15,
                 qPrintable(u"%1 requests in %2 ms"_qs.arg(times.size()).arg(span)));
    }

    void filtersAndSort()
    {
        JobError e;
        SearchQuery q;
        q.fuels = {Fuel::Diesel};
        q.yearFrom = 2020;
        q.mileageMaxKm = 100000;
        q.priceMax = 40'000'000;
        q.sort = SortOrder::PriceAsc;
        q.pageSize = 24;
        const QList<Listing> all = runSearch(q, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(all.size() > 5);
        qint64 previous = 0;
        for (const Listing &l : all) {
            QCOMPARE(l.fuel, Fuel::Diesel);   // one fuel asked: every result has it
            QVERIFY(l.year >= 2020);
            QVERIFY(l.mileageKm <= 100000);
            QVERIFY(l.price.has_value());
            QVERIFY(*l.price <= 40'000'000);
            QVERIFY(*l.price >= previous);
            previous = *l.price;
        }
    }

    void limitStopsEarly()
    {
        JobError e;
        clearRequests();
        SearchQuery q;
        q.limit = 30;
        q.sort = SortOrder::MileageDesc;
        SearchProgress last;
        const QList<Listing> all = runSearch(q, &e, &last);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(all.size(), 30);
        QCOMPARE(listRequestTimes().size(), 2);
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all[i].mileageKm <= all[i - 1].mileageKm);

        SearchQuery pages;
        pages.maxPages = 3;
        clearRequests();
        QCOMPARE(runSearch(pages, &e).size(), 3 * kDemoPageSize);
        QCOMPARE(listRequestTimes().size(), 3);
    }

    void detailWithPhotos()
    {
        JobError e;
        SearchQuery q;
        q.path = {u"제네시스"_qs};
        q.limit = 5;
        const QList<Listing> some = runSearch(q, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(!some.isEmpty());
        const Listing &card = some.first();
        const ListingDetail d = runDetail(card.id, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        const Listing &l = d.listing;
        QCOMPARE(l.id, card.id);
        QCOMPARE(l.make, u"제네시스"_qs);
        QCOMPARE(l.year, card.year);
        QCOMPARE(l.month, card.month);
        QCOMPARE(l.mileageKm, card.mileageKm);
        QCOMPARE(l.location, card.location);
        if (card.price)
            QCOMPARE(l.price, card.price);
        QVERIFY(l.engineCc > 0);
        QVERIFY(l.fuel != Fuel::Unknown);
        QVERIFY(l.transmission != Transmission::Unknown);
        QVERIFY(!l.color.isEmpty());
        QVERIFY(d.accidents.has_value());
        QVERIFY(l.seller.startsWith(u"데모딜러"_qs));
        QVERIFY(d.description.contains(u"데모 데이터"_qs) || !d.description.isEmpty());
        QVERIFY(l.photos.size() >= 3);
        QCOMPARE(l.photos.first().path(), card.photos.first().path());   // the rule's URL, original size

        // The photo itself, through the client and the remapped image host.
        Net::HttpRequest r;
        r.url = l.photos.first();
        r.source = u"kbchachacha-img"_qs;
        Net::HttpCall *call = m_demo.client().send(r);
        QSignalSpy done(call, &Net::HttpCall::finished);
        QVERIFY(done.wait(5000));
        const Net::HttpResponse photo = done.first().first().value<Net::HttpResponse>();
        QVERIFY2(photo.ok(), qPrintable(photo.errorMessage));
        QVERIFY(photo.body.startsWith("\x89PNG"));

        runDetail(u"99999999"_qs, &e);
        QCOMPARE(e.kind, JobError::Kind::NotFound);
        runDetail(u"abc"_qs, &e);
        QCOMPARE(e.kind, JobError::Kind::BadInput);
    }

    void cancelHalfway()
    {
        clearRequests();
        SearchQuery q;   // everything: 50 pages
        SearchJob *job = m_source->search(q);
        int pagesSeen = 0;
        connect(job, &SearchJob::pageReady, this, [&pagesSeen, job](const QList<Listing> &) {
            if (++pagesSeen == 2)
                job->cancel();
        });
        QSignalSpy finished(job, &SearchJob::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<JobError>().kind, JobError::Kind::Canceled);
        QCOMPARE(pagesSeen, 2);
        const qsizetype requests = listRequestTimes().size();
        QVERIFY(requests <= 3);
        QTest::qWait(kIntervalMs * 4);   // nothing more goes out after the cancel
        QCOMPARE(listRequestTimes().size(), requests);
        QCOMPARE(finished.size(), 1);
    }

    void blockPageAndWrongCharset()
    {
        JobError e;
        SearchQuery q;
        q.yearFrom = 1901;
        runSearch(q, &e);
        QCOMPARE(e.kind, JobError::Kind::Parse);
        QVERIFY2(e.message.contains(u"got a full HTML page titled \"접근이 차단되었습니다\""_qs), qPrintable(e.message));
        QVERIFY2(e.message.contains(u"list page 1)"_qs), qPrintable(e.message));

        q.yearFrom = 1902;
        runSearch(q, &e);
        QCOMPARE(e.kind, JobError::Kind::Parse);
        QVERIFY2(e.message.contains(u"not valid UTF-8 at byte offset 23"_qs), qPrintable(e.message));
    }

    void registeredInTheRegistry()
    {
        const SourceRegistry registry = SourceRegistry::withBuiltInSources();
        QVERIFY(registry.contains(u"kbchachacha"_qs));
        QCOMPARE(registry.displayName(u"kbchachacha"_qs), u"KB ChaChaCha"_qs);
        Net::HttpClient client(Net::ClientConfig{});
        std::unique_ptr<Source> source(registry.create(u"kbchachacha"_qs, client));
        QVERIFY(source);
        QCOMPARE(source->id(), u"kbchachacha"_qs);
        QCOMPARE(source->upstreamHosts(), (QStringList{u"www.kbchachacha.com"_qs, u"img.kbchachacha.com"_qs}));
        QCOMPARE(client.sourcePolicy(u"kbchachacha"_qs).rate.minIntervalMs, 1000);   // installed by create()
        QCOMPARE(client.sourcePolicy(u"kbchachacha"_qs).rate.pauseEvery, 10);
    }

    void unsupportedFilter()
    {
        JobError e;
        SearchQuery q;
        q.fuels = {Fuel::Hydrogen};
        runSearch(q, &e);
        QCOMPARE(e.kind, JobError::Kind::BadInput);
        QVERIFY2(e.message.contains(u"hydrogen"_qs), qPrintable(e.message));
    }
};

QTEST_GUILESS_MAIN(TestKbSource)
#include "tst_kbsource.moc"
