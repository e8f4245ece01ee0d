// EncarSource end to end: HttpClient → host remapping → ReplayServer → the Encar demo backend (generated
// inventory). Multi-page search under the source's rate limit, duplicate folding, catalog walk, detail with
// inspection report and accident record, cancellation halfway, and a block page arriving instead of JSON.

#include "core/sources/encar/encardemo.h"
#include "core/sources/encar/encarquery.h"
#include "core/sources/encar/encarsource.h"
#include "tests/common/demofixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Encar;

namespace {
constexpr int kIntervalMs = 40;
}

class TestEncarSource : public QObject
{
    Q_OBJECT

private:
    TestSupport::DemoSourceFixture m_demo;
    std::unique_ptr<EncarSource> m_source;
    QJsonObject m_inventory;

    // (ms since start, path + sr) of every list request to api.encar.com.
    QList<QPair<qint64, QString>> listRequests() { return m_demo.requests(u"/search/"_qs); }

    // Runs a search to its end; returns the listings and the error.
    QList<Listing> runSearch(const SearchQuery &query, JobError *error, SearchProgress *last = nullptr)
    {
        return TestSupport::DemoSourceFixture::runSearch(*m_source, query, 30000, error, last);
    }

    ListingDetail runDetail(const QString &id, JobError *error)
    {
        return TestSupport::DemoSourceFixture::runDetail(*m_source, id, error);
    }

    QList<FilterNode> runCatalog(const QStringList &path, JobError *error)
    {
        return TestSupport::DemoSourceFixture::runCatalog(*m_source, path, error);
    }

    // The first generated ad matching `pred` on its details extras (and an ORIGINAL ad unless told otherwise).
    QString findAd(const std::function<bool(const QJsonObject &item, const QJsonObject &extra)> &pred)
    {
        const QJsonObject details = m_inventory.value(u"Details"_qs).toObject();
        for (const QJsonValue &v : m_inventory.value(u"SearchResults"_qs).toArray()) {
            const QJsonObject item = v.toObject();
            if (pred(item, details.value(item.value(u"Id"_qs).toString()).toObject()))
                return item.value(u"Id"_qs).toString();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<JobError>();
        qRegisterMetaType<ListingDetail>();
        qRegisterMetaType<QList<FilterNode>>();
        QString error;
        QVERIFY2(demoDataAvailable(&error), qPrintable(error));
        QFile f(u":/carscout/demo/encar/inventory.json"_qs);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_inventory = QJsonDocument::fromJson(f.readAll()).object();

        const auto describe = [](const Demo::ReplayRequest &r) -> QString {
            return r.path + u' ' + r.query.queryItemValue(u"sr"_qs, QUrl::FullyDecoded);
        };
        const auto intercept = [](const Demo::ReplayRequest &r) -> std::optional<Demo::ReplayResponse> {
            const QString q = r.query.queryItemValue(u"q"_qs, QUrl::FullyDecoded);
            // A block page instead of JSON for one keyword (what Encar's WAF serves).
            if (q.contains(u"keyword(BLOCKME)"_qs))
                return Demo::ReplayResponse{200, {{"Content-Type", "text/html"}}, "<!DOCTYPE html><html><body>차단</body></html>"};
            // For one maker, iNav under car type A comes back without refinements (an undocumented case).
            if (r.query.hasQueryItem(u"inav"_qs) && q.contains(u"CarType.A._.Manufacturer.KG모빌리티(쌍용)"_qs)) {
                std::optional<Demo::ReplayResponse> answer = answerDemoRequest(r);
                QJsonObject root = QJsonDocument::fromJson(answer->body).object();
                QJsonObject iNav = root.value(u"iNav"_qs).toObject();
                QJsonArray nodes = iNav.value(u"Nodes"_qs).toArray();
                for (qsizetype i = 0; i < nodes.size(); ++i) {
                    QJsonObject node = nodes.at(i).toObject();
                    QJsonArray facets = node.value(u"Facets"_qs).toArray();
                    for (qsizetype j = 0; j < facets.size(); ++j) {
                        QJsonObject facet = facets.at(j).toObject();
                        facet.remove(u"Refinements"_qs);
                        facets[j] = facet;
                    }
                    node.insert(u"Facets"_qs, facets);
                    nodes[i] = node;
                }
                iNav.insert(u"Nodes"_qs, nodes);
                root.insert(u"iNav"_qs, iNav);
                answer->body = QJsonDocument(root).toJson(QJsonDocument::Compact);
                return answer;
            }
            return std::nullopt;
        };
        QVERIFY2(m_demo.start(u"api.encar.com"_qs, describe, intercept, installDemoBackend, &error), qPrintable(error));

        Net::SourcePolicy policy = sourcePolicy();
        QCOMPARE(policy.rate.minIntervalMs, 500);   // the seed's defaults…
        QCOMPARE(policy.rate.pauseEvery, 20);
        QCOMPARE(policy.rate.pauseMinMs, 1000);
        QCOMPARE(policy.rate.pauseMaxMs, 3000);
        policy.rate.minIntervalMs = kIntervalMs;     // …shortened for the test
        policy.rate.pauseEvery = 0;
        policy.retry.maxAttempts = 1;
        Net::HttpClient &client = m_demo.makeClient({u"api.encar.com"_qs, u"ci.encar.com"_qs}, u"encar"_qs, policy);
        m_source = std::make_unique<EncarSource>(client, TermDictionary::loadDefault());
    }

    void cleanupTestCase()
    {
        m_source.reset();
        m_demo.stop();
    }

    void catalogWalk()
    {
        JobError e;
        const QList<FilterNode> carTypes = runCatalog({}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(carTypes.size(), 2);
        int total = 0;
        for (const FilterNode &n : carTypes) {
            QCOMPARE(n.level, u"car_type"_qs);
            QVERIFY(n.key == u"Y" || n.key == u"N");
            total += n.count;
        }
        QCOMPARE(total, demoInventorySize());

        const QList<FilterNode> domesticMakers = runCatalog({u"Y"_qs}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QStringList keys;
        for (const FilterNode &n : domesticMakers)
            keys << n.key;
        QVERIFY(keys.contains(u"현대"_qs));
        QVERIFY(!keys.contains(u"BMW"_qs));
        QCOMPARE(domesticMakers.first().level, u"maker"_qs);
        QCOMPARE(domesticMakers.first().nameEn.isEmpty(), false);

        // A maker without the car type (implied "A"); its model groups with counts adding up to the maker's.
        const FilterNode hyundai = *std::find_if(domesticMakers.begin(), domesticMakers.end(),
                                                 [](const FilterNode &n) { return n.key == u"현대"; });
        QCOMPARE(hyundai.nameEn, u"Hyundai"_qs);
        const QList<FilterNode> groups = runCatalog({u"현대"_qs}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        int sum = 0;
        for (const FilterNode &n : groups) {
            QCOMPARE(n.level, u"model_group"_qs);
            sum += n.count;
        }
        QCOMPARE(sum, hyundai.count);

        const QList<FilterNode> models = runCatalog({u"Y"_qs, u"현대"_qs, u"그랜저"_qs}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(!models.isEmpty());
        QCOMPARE(models.first().level, u"model"_qs);
        // Down to badges, whose values carry decimals ("가솔린 2.4 …" → q writes 2_.4).
        const QList<FilterNode> badgeGroups = runCatalog({u"Y"_qs, u"현대"_qs, u"그랜저"_qs, u"그랜저 HG"_qs}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(!badgeGroups.isEmpty());
        const QList<FilterNode> badges = runCatalog({u"Y"_qs, u"현대"_qs, u"그랜저"_qs, u"그랜저 HG"_qs, badgeGroups.first().key}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(!badges.isEmpty());
        QCOMPARE(badges.first().level, u"badge"_qs);

        // Without a car type, when "A" is not expanded, the job retries under Y (then N): one more request.
        const int before = int(m_demo.requests().size());
        const QList<FilterNode> kg = runCatalog({u"KG모빌리티(쌍용)"_qs}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(!kg.isEmpty());
        QCOMPARE(kg.first().level, u"model_group"_qs);
        QCOMPARE(int(m_demo.requests().size()) - before, 2);

        runCatalog({u"Y"_qs, u"없는제조사"_qs}, &e);
        QCOMPARE(e.kind, JobError::Kind::NotFound);
        QVERIFY2(e.message.contains(u"없는제조사"_qs), qPrintable(e.message));
    }

    void multiPageSearchRespectsRateLimit()
    {
        const int before = int(listRequests().size());
        SearchQuery q;
        q.path = {u"Y"_qs, u"기아"_qs};
        q.pageSize = 20;
        q.maxPages = 4;
        q.sort = SortOrder::PriceAsc;
        JobError e;
        SearchProgress progress;
        const QList<Listing> listings = runSearch(q, &e, &progress);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(progress.pagesFetched, 4);
        QVERIFY(progress.totalAvailable > 80);
        QCOMPARE(progress.pagesExpected, 4);
        QVERIFY(listings.size() <= 80);
        QVERIFY(listings.size() >= 60);   // a few re-adverts are folded, never most of a page
        QSet<QString> ids;
        qint64 lastPrice = -1;
        for (const Listing &l : listings) {
            QCOMPARE(l.make, u"기아"_qs);
            QCOMPARE(l.makeEn, u"Kia"_qs);
            QVERIFY(!ids.contains(l.id));
            ids.insert(l.id);
            if (l.price) {
                QVERIFY(*l.price >= lastPrice);   // PriceAsc
                lastPrice = *l.price;
            }
        }
        // Four list requests at offsets 0, 20, 40, 60, their starts at least the policy's interval apart.
        const auto requests = listRequests().mid(before);
        QCOMPARE(requests.size(), 4);
        for (int i = 0; i < 4; ++i)
            QVERIFY2(requests.at(i).second.endsWith(u"|PriceAsc|%1|20"_qs.arg(i * 20)), qPrintable(requests.at(i).second));
        // Measured where they arrive (the server), so one late arrival can shorten the next gap: each gap is
        // checked against half the interval (unpaced loopback requests come 1–3 ms apart), the span fully.
        for (int i = 1; i < requests.size(); ++i) {
            const qint64 gap = requests.at(i).first - requests.at(i - 1).first;
            QVERIFY2(gap >= kIntervalMs / 2, qPrintable(u"gap %1 ms"_qs.arg(gap)));
        }
        const qint64 span = requests.last().first - requests.first().first;
        QVERIFY2(span >= 3 * kIntervalMs - kIntervalMs / 2, qPrintable(u"span %1 ms"_qs.arg(span)));
        QVERIFY(progress.rateWaitMs > 0);
    }

    void searchToCountFoldsDuplicates()
    {
        // Every ad of a maker, in pages of 25, until Count is reached: each car once.
        const QString maker = u"제네시스"_qs;
        int ads = 0;
        QSet<QString> cars;   // photo prefixes: one per physical car
        for (const QJsonValue &v : m_inventory.value(u"SearchResults"_qs).toArray()) {
            if (v.toObject().value(u"Manufacturer"_qs).toString() == maker) {
                ++ads;
                cars.insert(v.toObject().value(u"Photo"_qs).toString());
            }
        }
        QVERIFY(ads > cars.size());   // the inventory has re-adverts of this maker
        SearchQuery q;
        q.path = {maker};
        q.pageSize = 25;
        JobError e;
        SearchProgress progress;
        const QList<Listing> listings = runSearch(q, &e, &progress);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(progress.totalAvailable, ads);
        QCOMPARE(progress.pagesFetched, (ads + 24) / 25);
        QCOMPARE(listings.size(), cars.size());
        QVERIFY(progress.rateWaitMs > 0);
    }

    void limitStopsEarly()
    {
        SearchQuery q;
        q.pageSize = 30;
        q.limit = 45;
        q.fuels = {Fuel::Diesel};
        q.yearFrom = 2018;
        JobError e;
        SearchProgress progress;
        const QList<Listing> listings = runSearch(q, &e, &progress);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(listings.size(), 45);
        QCOMPARE(progress.pagesFetched, 2);
        for (const Listing &l : listings) {
            QCOMPARE(l.fuel, Fuel::Diesel);
            QVERIFY(l.year >= 2018);
        }
    }

    // "Load more" goes on where the last batch stopped: 3 batches of 2 pages cost 6 list requests, not 2 + 4 + 6,
    // and bring the listings one 6-page search brings.
    void batchesGoOnWhereTheLastStopped()
    {
        SearchQuery q;
        q.pageSize = 20;
        q.maxPages = 2;
        m_demo.clearRequests();
        QList<SearchProgress> runs;
        JobError e;
        const QList<Listing> batched = TestSupport::DemoSourceFixture::runInBatches(*m_source, q, 3, &runs, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(runs.size(), 3);
        for (const SearchProgress &run : std::as_const(runs)) {
            QCOMPARE(run.pagesFetched, 2);
            QVERIFY(!run.continuation.isEmpty());
        }
        QCOMPARE(int(listRequests().size()), 6);

        m_demo.clearRequests();
        q.maxPages = 6;
        const QList<Listing> whole = runSearch(q, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(int(listRequests().size()), 6);
        QStringList batchedIds, wholeIds;
        for (const Listing &l : batched)
            batchedIds << l.id;
        for (const Listing &l : whole)
            wholeIds << l.id;
        // One run folds a re-advert (or a service copy) into one row; a later batch does not know the earlier
        // batches, so such a car may come once more (under its original's id the table merges it in place).
        // Otherwise the same listings in the same order.
        qsizetype at = 0;
        for (const QString &id : std::as_const(wholeIds)) {
            at = batchedIds.indexOf(id, at);
            QVERIFY2(at >= 0, qPrintable(id));
        }
        QVERIFY(batchedIds.size() - wholeIds.size() <= 3);
    }

    void detailWithInspectionAndRecord()
    {
        const QString id = findAd([](const QJsonObject &item, const QJsonObject &extra) {
            return item.value(u"ServiceCopyCar"_qs).toString() == u"ORIGINAL" && extra.contains(u"inspection"_qs)
                && extra.contains(u"record"_qs);
        });
        QVERIFY(!id.isEmpty());
        JobError e;
        const ListingDetail d = runDetail(id, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(d.requestedId, id);
        QCOMPARE(d.listing.id, id);
        QVERIFY(d.inspection.has_value());
        QVERIFY(d.accidents.has_value());
        QStringList sectionIds;
        for (const DetailSection &s : d.sections)
            sectionIds << s.id;
        QCOMPARE(sectionIds, (QStringList{u"spec"_qs, u"price"_qs, u"condition"_qs, u"seller"_qs, u"inspection"_qs, u"accident"_qs}));
        // Photos: the backend lists them in reverse with two thumbnail repeats of 001 → ordered, unique.
        const int photoCount = m_inventory.value(u"Details"_qs).toObject().value(id).toObject().value(u"photoCount"_qs).toInt();
        QCOMPARE(d.listing.photos.size(), photoCount);
        QVERIFY(d.listing.photos.first().toString().endsWith(u"_001.jpg"_qs));
        QVERIFY(d.listing.photos.last().toString().endsWith(u"_%1.jpg"_qs.arg(photoCount, 3, 10, QChar(u'0'))));
        QVERIFY(d.listing.engineCc > 0 || d.listing.fuel == Fuel::Electric || d.listing.fuel == Fuel::Hydrogen);
        const QJsonObject record = m_inventory.value(u"Details"_qs).toObject().value(id).toObject().value(u"record"_qs).toObject();
        QCOMPARE(d.accidents->accidentCount, record.value(u"accidentCnt"_qs).toInt());
        QCOMPARE(d.accidents->ownerChanges, record.value(u"ownerChangeCnt"_qs).toInt());
    }

    void detailWithoutReports()
    {
        const QString id = findAd([](const QJsonObject &item, const QJsonObject &extra) {
            return item.value(u"ServiceCopyCar"_qs).toString() == u"ORIGINAL" && !extra.contains(u"inspection"_qs)
                && !extra.contains(u"record"_qs);
        });
        QVERIFY(!id.isEmpty());
        JobError e;
        const ListingDetail d = runDetail(id, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(!d.inspection.has_value());   // 404 = no report
        QVERIFY(!d.accidents.has_value());    // 404 = no record
        for (const DetailSection &s : d.sections)
            QVERIFY(s.id != u"notes");        // a 404 is not a failure
    }

    void detailOfReAdvertKeepsRequestedId()
    {
        const QString id = findAd([](const QJsonObject &item, const QJsonObject &) {
            return item.value(u"ServiceCopyCar"_qs).toString() == u"DUPLICATION";
        });
        QVERIFY(!id.isEmpty());
        JobError e;
        const ListingDetail d = runDetail(id, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(d.requestedId, id);
        QVERIFY(d.listing.id != id);
        QCOMPARE(d.listing.url, QUrl(u"https://fem.encar.com/cars/detail/"_qs + id));
    }

    void detailNotFound()
    {
        JobError e;
        runDetail(u"1"_qs, &e);
        QCOMPARE(e.kind, JobError::Kind::NotFound);
        QVERIFY2(e.message.contains(u"404"_qs), qPrintable(e.message));
    }

    void cancelHalfway()
    {
        SearchQuery q;
        q.pageSize = 20;   // ~120 pages available: far more than it will fetch
        SearchJob *job = m_source->search(q);
        QPointer<SearchJob> guard(job);
        int pages = 0;
        connect(job, &SearchJob::pageReady, this, [&pages, job] {
            if (++pages == 2)
                job->cancel();
        });
        QSignalSpy finished(job, &SearchJob::finished);
        const int before = int(listRequests().size());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<JobError>().kind, JobError::Kind::Canceled);
        QCOMPARE(pages, 2);
        // Nothing keeps running: no more requests after a few intervals, and the job deleted itself.
        QTest::qWait(kIntervalMs * 4);
        QVERIFY(listRequests().size() - before <= 3);
        const int settled = int(listRequests().size());
        QTest::qWait(kIntervalMs * 4);
        QCOMPARE(int(listRequests().size()), settled);
        QCOMPARE(finished.size(), 1);
        QTRY_VERIFY(guard.isNull());
    }

    void blockPageIsAParseError()
    {
        SearchQuery q;
        q.keyword = u"BLOCKME"_qs;
        JobError e;
        runSearch(q, &e);
        QCOMPARE(e.kind, JobError::Kind::Parse);
        QVERIFY2(e.message.contains(u"block page: HTML instead of JSON"_qs), qPrintable(e.message));
        QVERIFY2(e.message.contains(u"offset 0"_qs), qPrintable(e.message));
    }
};

QTEST_GUILESS_MAIN(TestEncarSource)
#include "tst_encarsource.moc"
