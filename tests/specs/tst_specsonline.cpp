// Steps 3–5 of the resolution (issue 9): the background detail fetcher (a fake Source: cached per id,
// one at a time, cancelable, failures leave the row unresolved), the opt-in pan-auto.ru lookup against a
// loopback stand-in (parsing, cache, breaker), and the dealer's remembered specs in SQLite.

#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/net/sourcepolicy.h"
#include "core/specs/dealerspecsrepository.h"
#include "core/specs/detailspecsfetcher.h"
#include "core/specs/panautolookup.h"
#include "core/specs/specsjson.h"
#include "core/specs/specstracker.h"
#include "tests/customs/loopbackserver.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace CarScout;
using namespace CarScout::Specs;

namespace {

// Details answered after a short delay: id "404" fails, any other id gives engine_cc = the id's number.
class FakeDetailJob : public Sources::DetailJob
{
public:
    FakeDetailJob(const QString &id, QObject *parent) : Sources::DetailJob(parent), m_id(id)
    {
        QTimer::singleShot(5, this, [this] {
            Sources::ListingDetail d;
            Sources::JobError e;
            if (m_id == u"404") {
                e.kind = Sources::JobError::Kind::NotFound;
                e.message = u"HTTP 404"_qs;
            } else {
                d.listing.id = m_id;
                d.listing.engineCc = m_id.toInt();
            }
            emit finished(d, e);
            deleteLater();
        });
    }
    void cancel() override
    {
        Sources::JobError e;
        e.kind = Sources::JobError::Kind::Canceled;
        emit finished({}, e);
        deleteLater();
    }

private:
    QString m_id;
};

class FakeSource : public Sources::Source
{
public:
    FakeSource() : Source(Sources::SourceInfo{u"fake"_qs, u"Fake"_qs, Sources::VehicleKind::Car, u"KRW"_qs, u"KR"_qs, {}, {}, {}, {}})
    {
    }
    int inFlight = 0, maxInFlight = 0, started = 0;
    Sources::CatalogJob *catalog(const QStringList &) override { return nullptr; }
    Sources::SearchJob *search(const Sources::SearchQuery &) override { return nullptr; }
    Sources::DetailJob *detail(const QString &id) override
    {
        ++started;
        maxInFlight = std::max(maxInFlight, ++inFlight);
        auto *job = new FakeDetailJob(id, this);
        connect(job, &Sources::DetailJob::finished, this, [this] { --inFlight; });
        return job;
    }
};

Listing listing(const char *id, const char *make, const char *model, const char *trim, Fuel fuel, int year)
{
    Listing l;
    l.source = u"fake"_qs;
    l.id = QString::fromLatin1(id);
    l.make = QString::fromUtf8(make);
    l.model = QString::fromUtf8(model);
    l.trim = QString::fromUtf8(trim);
    l.fuel = fuel;
    l.year = year;
    return l;
}

} // namespace

class TestSpecsOnline : public QObject
{
    Q_OBJECT

private slots:
    void detailsOneAtATimeCachedAndFailuresRemembered()
    {
        FakeSource source;
        DetailSpecsFetcher fetcher(&source);
        QSignalSpy resolved(&fetcher, &DetailSpecsFetcher::resolved);
        QSignalSpy failed(&fetcher, &DetailSpecsFetcher::failed);
        QSignalSpy idle(&fetcher, &DetailSpecsFetcher::idle);
        for (const char *id : {"1598", "404", "2497", "1598"})
            fetcher.request(QString::fromLatin1(id));
        QCOMPARE(fetcher.pending(), 3);
        QVERIFY(idle.wait(2000));
        QCOMPARE(resolved.size(), 2);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), u"404"_qs);
        QCOMPARE(source.maxInFlight, 1);
        QCOMPARE(fetcher.cached(u"2497"_qs)->engineCc, 2497);
        QVERIFY(!fetcher.cached(u"404"_qs));
        QVERIFY(fetcher.hasFailed(u"404"_qs));
        // Neither a cached nor a failed id is asked again.
        fetcher.request(u"1598"_qs);
        fetcher.request(u"404"_qs);
        QCOMPARE(fetcher.pending(), 0);
        QCOMPARE(source.started, 3);
    }

    void detailCancelStopsTheQueue()
    {
        FakeSource source;
        DetailSpecsFetcher fetcher(&source);
        QSignalSpy resolved(&fetcher, &DetailSpecsFetcher::resolved);
        for (int i = 1000; i < 1010; ++i)
            fetcher.request(QString::number(i));
        fetcher.cancel();
        QCOMPARE(fetcher.pending(), 0);
        QTest::qWait(50);
        QCOMPARE(resolved.size(), 0);
        QCOMPARE(source.started, 1);
        QCOMPARE(source.inFlight, 0);
    }

    void panAutoParsesHpAndDisplacement()
    {
        ExtraSpecs e;
        QString error;
        QVERIFY(parsePanAutoCar("{\"id\": 41344448, \"hp\": 180, \"displacement\": 1598, \"fuelType\": \"x\"}", &e, &error));
        QCOMPARE(e, (ExtraSpecs{1598, 180, Fuel::Unknown}));
        QVERIFY(!parsePanAutoCar("{\"hp\": null, \"displacement\": 0}", &e, &error));
        QVERIFY2(error.contains(u"neither"_qs), qPrintable(error));
        QVERIFY(!parsePanAutoCar("<html>", &e, &error));
        QVERIFY2(error.contains(u"JSON error at byte"_qs), qPrintable(error));
    }

    void panAutoThroughTheNetworkCore()
    {
        Test::LoopbackServer server;
        server.handler = [](const Test::LoopbackRequest &r) -> Test::LoopbackReply {
            if (r.target == "/api/cars/41344448/")
                return {200, "application/json", "{\"hp\": 201, \"displacement\": 2359}"};
            if (r.target == "/api/cars/404/")
                return {404, "application/json", "{\"detail\": \"Not found.\"}"};
            return {503, "text/plain", "busy"};
        };
        QVERIFY(server.listen());
        Net::ClientConfig config;
        config.remaps.insert(QLatin1String(kPanAutoHost), QUrl(server.baseUrl()));
        Net::HttpClient client(config);
        PanAutoLookup lookup(&client);
        // The test does not wait out the courtesy pace.
        Net::SourcePolicy fast = panAutoPolicy();
        fast.rate.minIntervalMs = 0;
        fast.rate.jitterMs = 0;
        fast.retry.maxAttempts = 1;
        client.setSourcePolicy(QLatin1String(kPanAutoSource), fast);
        QSignalSpy resolved(&lookup, &PanAutoLookup::resolved);
        QSignalSpy failed(&lookup, &PanAutoLookup::failed);
        lookup.lookup(u"41344448"_qs);
        lookup.lookup(u"41344448"_qs);   // in flight: not sent twice
        QVERIFY(resolved.wait(5000));
        QCOMPARE(resolved.at(0).at(1).value<ExtraSpecs>(), (ExtraSpecs{2359, 201, Fuel::Unknown}));
        lookup.lookup(u"41344448"_qs);   // cached
        QCOMPARE(lookup.requestsSent(), 1);
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(server.requests.at(0).head.contains("Referer: https://pan-auto.ru/"));
        // A car pan-auto does not know is a failure of that lookup only.
        lookup.lookup(u"404"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QVERIFY(!lookup.cached(u"404"_qs));
        // Three server failures open the breaker: the next lookup is rejected without a request.
        for (const char *id : {"1", "2", "3"})
            lookup.lookup(QString::fromLatin1(id));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 4, 5000);
        QCOMPARE(client.breakerState(QLatin1String(kPanAutoSource)), u"open"_qs);
        lookup.lookup(u"5"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 5, 5000);
        QCOMPARE(server.requests.size(), 5);
    }

    void trackerAsksOnlyForWhatIsMissing()
    {
        FakeSource source;
        SpecsTracker tracker;
        tracker.addSource(&source);
        QSignalSpy updated(&tracker, &SpecsTracker::updated);
        QSignalSpy idle(&tracker, &SpecsTracker::idle);
        const Listing grandeur = listing("2497", "현대", "디 올 뉴 그랜저", "프리미엄", Fuel::Petrol, 2023);   // 2.5 or 3.5
        const Listing k5 = listing("1598", "기아", "K5 3세대", "1.6 터보 시그니처", Fuel::Petrol, 2021);      // settled
        QCOMPARE(tracker.resolve(grandeur).engineCc, (ValueRange{2497, 3470, Provenance::Catalog}));
        tracker.request({grandeur, k5});
        QCOMPARE(tracker.pending(), 1);
        QVERIFY(idle.wait(2000));
        QCOMPARE(source.started, 1);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.at(0).at(1).toString(), u"2497"_qs);
        const ResolvedSpecs s = tracker.resolve(grandeur);
        QCOMPARE(s.engineCc, (ValueRange{2497, 2497, Provenance::Detail}));
        QCOMPARE(s.powerHp, (ValueRange{198, 198, Provenance::Catalog}));
        tracker.request({grandeur});   // settled now: nothing more
        QCOMPARE(source.started, 1);

        // --no-details: nothing is fetched.
        SpecsTracker offline;
        offline.addSource(&source);
        offline.setDetailsEnabled(false);
        offline.request({listing("3470", "현대", "디 올 뉴 그랜저", "캘리그래피", Fuel::Petrol, 2023)});
        QCOMPARE(offline.pending(), 0);
        QCOMPARE(source.started, 1);
    }

    void trackerFallsBackToTheOnlineLookup()
    {
        Test::LoopbackServer server;
        server.handler = [](const Test::LoopbackRequest &) -> Test::LoopbackReply {
            return {200, "application/json", "{\"hp\": 95, \"displacement\": 1495}"};
        };
        QVERIFY(server.listen());
        Net::ClientConfig config;
        config.remaps.insert(QLatin1String(kPanAutoHost), QUrl(server.baseUrl()));
        Net::HttpClient client(config);
        PanAutoLookup lookup(&client);
        Net::SourcePolicy fast = panAutoPolicy();
        fast.rate.minIntervalMs = 0;
        fast.rate.jitterMs = 0;
        client.setSourcePolicy(QLatin1String(kPanAutoSource), fast);
        FakeSource source;
        SpecsTracker tracker;
        tracker.addSource(&source);
        tracker.setOnline(&lookup, u"fake"_qs);
        QSignalSpy idle(&tracker, &SpecsTracker::idle);
        const Listing unknown = listing("404", "현대", "스텔라", "1.5 GL", Fuel::Petrol, 1995);   // not in the catalog
        tracker.request({unknown});
        QTRY_VERIFY_WITH_TIMEOUT(tracker.pending() == 0, 5000);
        QCOMPARE(source.started, 1);                 // the detail first (it fails: 404)
        QCOMPARE(server.requests.size(), 1);         // then pan-auto
        const ResolvedSpecs s = tracker.resolve(unknown);
        QCOMPARE(s.powerHp, (ValueRange{95, 95, Provenance::Online}));
        QCOMPARE(s.engineCc, (ValueRange{1495, 1495, Provenance::Online}));
        QJsonObject json;
        writeSpecsJson(s, &json);
        QCOMPARE(json.value(u"engine_cc").toInt(), 1495);
        QCOMPARE(json.value(u"power_hp").toInt(), 95);
        QCOMPARE(json.value(u"power_kw").toDouble(), 69.9);
        QCOMPARE(json.value(u"specs_source").toObject().value(u"power").toString(), u"online"_qs);
        QCOMPARE(json.value(u"preferential_util").toString(), u"yes"_qs);
        QCOMPARE(json.value(u"power_margin_hp").toInt(), 65);
    }

    void specsJsonWritesRanges()
    {
        const SpecsResolver r;
        QJsonObject json;
        writeSpecsJson(r.resolve(listing("1", "현대", "캐스퍼", "스마트", Fuel::Petrol, 2022)), &json);
        QCOMPARE(json.value(u"engine_cc").toInt(), 998);
        QCOMPARE(json.value(u"power_hp").toObject(), (QJsonObject{{u"from"_qs, 76}, {u"to"_qs, 100}}));
        QCOMPARE(json.value(u"specs_source").toObject().value(u"engine_cc").toString(), u"catalog"_qs);
        QCOMPARE(json.value(u"preferential_util").toString(), u"yes"_qs);
        QJsonObject unknown;
        writeSpecsJson(r.resolve(listing("2", "현대", "스텔라", "GL", Fuel::Petrol, 1990)), &unknown);
        QVERIFY(!unknown.contains(u"power_hp"));
        QVERIFY(unknown.value(u"specs_source").toObject().value(u"power").isNull());
        QCOMPARE(unknown.value(u"preferential_util").toString(), u"unknown"_qs);
    }

    void dealerSpecsPersistAndMigrateOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/carscout.sqlite"_qs);
        Listing l;
        l.make = u"현대"_qs;
        l.model = u"캐스퍼"_qs;
        l.trim = u"스마트"_qs;
        l.title = u"현대 캐스퍼 스마트"_qs;
        l.fuel = Fuel::Petrol;
        const DealerSpec spec = dealerSpecFor(l, 76, QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));
        QCOMPARE(spec.engine, u"petrol"_qs);
        {
            DealerSpecsRepository repo(path);
            QString error;
            QVERIFY2(repo.open(&error), qPrintable(error));
            QVERIFY2(repo.save(spec, &error), qPrintable(error));
            DealerSpec other = spec;
            other.model = u"레이"_qs;
            QVERIFY(repo.save(other, &error));
            QVERIFY(repo.remove(other.key(), &error));
        }
        DealerSpecsRepository again(path);   // a second start: the migration is not repeated
        QString error;
        QVERIFY2(again.open(&error), qPrintable(error));
        const DealerSpecs loaded = again.load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.all().at(0), spec);
        // Spacing and case in the key do not matter.
        QVERIFY(loaded.find(u"현대"_qs, u" 캐스퍼"_qs, u"PETROL"_qs));
    }

    void dealerSpecsRefuseANewerSchema()
    {
        // The remembered specs are a table of the workspace: its schema version decides (core/store/migrations).
        QTemporaryDir dir;
        const QString path = dir.filePath(u"carscout.sqlite"_qs);
        {
            DealerSpecsRepository repo(path);
            QString error;
            QVERIFY2(repo.open(&error), qPrintable(error));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"bump"_qs);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"UPDATE carscout_schema SET version = 99"_qs);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"bump"_qs);
        DealerSpecsRepository repo(path);
        QString error;
        QVERIFY(!repo.open(&error));
        QVERIFY2(error.contains(u"newer CarScout"_qs) && error.contains(u"99"_qs), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSpecsOnline)
#include "tst_specsonline.moc"
