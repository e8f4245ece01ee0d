#include "core/common/clock.h"
#include "core/store/database.h"
#include "core/store/dealerspecs.h"
#include "core/store/migrations.h"
#include "core/store/workspace.h"
#include "storetestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Store;

namespace {

Listing car(const QString &id, std::optional<qint64> price, int mileageKm = 50000)
{
    Listing l;
    l.source = u"encar"_qs;
    l.id = id;
    l.title = u"현대 쏘나타 (DN8) "_qs + id;
    l.make = u"현대"_qs;
    l.model = u"쏘나타 (DN8)"_qs;
    l.year = 2021;
    l.month = 3;
    l.mileageKm = mileageKm;
    l.price = price;
    l.currency = u"KRW"_qs;
    l.fuel = Fuel::Petrol;
    l.photos = {QUrl(u"https://ci.encar.com/carpicture/"_qs + id + u"_001.jpg"_qs)};
    return l;
}

std::unique_ptr<Database> openOrFail(const DatabaseUrl &url, int upTo = -1)
{
    QString error;
    std::unique_ptr<Database> db = Database::open(url, &error, upTo);
    if (!db)
        qWarning("%s", qPrintable(error));
    return db;
}

qint64 count(Database &db, const QString &table)
{
    QString error;
    QSqlQuery *q = db.run(u"SELECT COUNT(*) FROM "_qs + table, {}, &error);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

Sources::SearchQuery sonataQuery()
{
    Sources::SearchQuery q;
    q.path = {u"현대"_qs, u"쏘나타"_qs};
    q.yearFrom = 2019;
    q.priceMax = 30'000'000;
    q.fuels = {Fuel::Petrol, Fuel::HybridPetrol};
    q.sort = Sources::SortOrder::PriceAsc;
    q.limit = 200;
    return q;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseHasTheNewestSchema_data() { Test::addBackendRows(); }
    void freshDatabaseHasTheNewestSchema()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), latestSchemaVersion());
        for (const char *table : {"listings", "price_observations", "saved_searches", "search_listings", "listing_notes",
                                  "dealer_specs"})
            QCOMPARE(count(*db, QString::fromLatin1(table)), 0);
        db.reset();
        // Opening again changes nothing.
        db = openOrFail(scratch.url());
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    }

    void olderDatabaseIsUpgradedKeepingItsData_data() { Test::addBackendRows(); }
    void olderDatabaseIsUpgradedKeepingItsData()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        ManualClock clock;
        {
            auto v1 = openOrFail(scratch.url(), 1);
            QVERIFY(v1);
            QCOMPARE(v1->schemaVersion(), 1);
            QString error;
            QSqlQuery *q = v1->run(u"SELECT COUNT(*) FROM dealer_specs"_qs, {}, &error);
            QVERIFY(!q);   // not there yet in version 1
            Workspace store(*v1, clock);
            const auto search = store.addSearch(u"sonata"_qs, u"encar"_qs, sonataQuery(), &error);
            QVERIFY2(search, qPrintable(error));
            QVERIFY2(store.recordRun(*search, {car(u"1"_qs, 100)}, true, &error), qPrintable(error));
        }
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), latestSchemaVersion());
        QCOMPARE(count(*db, u"listings"_qs), 1);
        QCOMPARE(count(*db, u"dealer_specs"_qs), 0);
        Workspace store(*db, clock);
        QString error;
        const auto search = store.findSearch(u"sonata"_qs, &error);
        QVERIFY2(search, qPrintable(error));
        QCOMPARE(search->query.path, sonataQuery().path);
        QVERIFY(store.setNote({u"encar"_qs, u"1"_qs, u"anna"_qs, true, u"call Monday"_qs, {}}, &error));
    }

    void newerDatabaseIsRefused_data() { Test::addBackendRows(); }
    void newerDatabaseIsRefused()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        {
            auto db = openOrFail(scratch.url());
            QVERIFY(db);
            QString error;
            QVERIFY(db->run(u"UPDATE carscout_schema SET version = ?"_qs, {latestSchemaVersion() + 5}, &error));
        }
        QString error;
        QVERIFY(!Database::open(scratch.url(), &error));
        QVERIFY2(error.contains(u"newer CarScout"), qPrintable(error));
        QVERIFY2(error.contains(QString::number(latestSchemaVersion() + 5)), qPrintable(error));
    }

    void unreachableServerIsAClearError()
    {
        DatabaseUrl url;
        url.kind = DatabaseUrl::Kind::Postgres;
        url.host = u"127.0.0.1"_qs;
        url.port = 1;   // nothing listens there
        url.user = u"nobody"_qs;
        url.database = u"none"_qs;
        QString error;
        QVERIFY(!Database::open(url, &error));
        QVERIFY2(error.contains(u"Cannot open the database postgresql://nobody@127.0.0.1:1/none"), qPrintable(error));
    }

    void savedSearches_data() { Test::addBackendRows(); }
    void savedSearches()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        ManualClock clock;
        Workspace store(*db, clock);
        QString error;
        QVERIFY2(store.addSearch(u"sonata"_qs, u"encar"_qs, sonataQuery(), &error), qPrintable(error));
        QVERIFY2(store.addSearch(u"k5 diesel"_qs, u"kbchachacha"_qs, {}, &error), qPrintable(error));
        QVERIFY(!store.addSearch(u"sonata"_qs, u"encar"_qs, {}, &error));
        QVERIFY2(error.contains(u"already a saved search named \"sonata\""), qPrintable(error));
        QVERIFY(!store.addSearch(u"  "_qs, u"encar"_qs, {}, &error));

        const auto all = store.searches(&error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, u"k5 diesel"_qs);
        const SavedSearch &sonata = all->at(1);
        QCOMPARE(sonata.source, u"encar"_qs);
        QCOMPARE(sonata.query.path, sonataQuery().path);
        QCOMPARE(sonata.query.yearFrom, sonataQuery().yearFrom);
        QCOMPARE(sonata.query.priceMax, sonataQuery().priceMax);
        QCOMPARE(sonata.query.fuels, sonataQuery().fuels);
        QCOMPARE(sonata.query.sort, sonataQuery().sort);
        QCOMPARE(sonata.query.limit, 200);
        QCOMPARE(sonata.createdAt, clock.nowUtc());
        QVERIFY(!sonata.lastRunAt.isValid());

        // Options damaged by hand are a clear error naming the search, not a search for everything.
        QVERIFY(db->run(u"UPDATE saved_searches SET options = 'not json' WHERE name = 'k5 diesel'"_qs, {}, &error));
        QVERIFY(!store.findSearch(u"k5 diesel"_qs, &error));
        QVERIFY2(error.contains(u"\"k5 diesel\"") && error.contains(u"JSON"), qPrintable(error));
        QVERIFY(!store.searches(&error));

        QVERIFY(store.removeSearch(u"sonata"_qs, &error));
        QVERIFY(!store.removeSearch(u"sonata"_qs, &error));
        QVERIFY2(error.contains(u"no saved search named \"sonata\""), qPrintable(error));
        QVERIFY(!store.findSearch(u"sonata"_qs, &error));
        QVERIFY(error.isEmpty());
    }

    void watchRunsReportWhatChanged_data() { Test::addBackendRows(); }
    void watchRunsReportWhatChanged()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        ManualClock clock;
        Workspace store(*db, clock);
        QString error;
        auto search = store.addSearch(u"sonata"_qs, u"encar"_qs, sonataQuery(), &error);
        QVERIFY2(search, qPrintable(error));

        auto report = store.recordRun(*search, {car(u"a"_qs, 20'000'000), car(u"b"_qs, 21'000'000), car(u"c"_qs, 22'000'000)},
                                      true, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->newListings.size(), 3);

        clock.advance(24 * 3600 * 1000);
        report = store.recordRun(*search, {car(u"a"_qs, 20'000'000), car(u"b"_qs, 21'000'000), car(u"c"_qs, 22'000'000)},
                                 true, &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY(report->isEmpty());

        // The inventory changed: a cut, a raise, one sold, one new.
        clock.advance(24 * 3600 * 1000);
        report = store.recordRun(*search, {car(u"a"_qs, 18'000'000), car(u"b"_qs, 21'500'000), car(u"d"_qs, 19'000'000)},
                                 true, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->newListings.size(), 1);
        QCOMPARE(report->newListings.first().id, u"d"_qs);
        QCOMPARE(report->priceChanges.size(), 2);
        QCOMPARE(report->priceChanges.at(0).id, u"a"_qs);
        QCOMPARE(report->priceChanges.at(0).oldPrice, 20'000'000);
        QCOMPARE(report->priceChanges.at(0).newPrice, 18'000'000);
        QCOMPARE(report->priceChanges.at(1).id, u"b"_qs);
        QCOMPARE(report->priceChanges.at(1).newPrice, 21'500'000);
        QCOMPARE(report->gone, QStringList{u"c"_qs});

        // Cut short by its limit: a missing listing is not "gone".
        report = store.recordRun(*search, {car(u"a"_qs, 18'000'000)}, false, &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY(report->isEmpty());

        search = store.findSearch(u"sonata"_qs, &error);
        QCOMPARE(search->lastRunAt, clock.nowUtc());
        QCOMPARE(search->lastNew, 0);

        QCOMPARE(count(*db, u"listings"_qs), 4);
        // a: 20 M then 18 M; b: 21 M then 21.5 M; c and d: one each.
        QCOMPARE(count(*db, u"price_observations"_qs), 6);
    }

    void historyIsOnePointPerChangeOldestFirst_data() { Test::addBackendRows(); }
    void historyIsOnePointPerChangeOldestFirst()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        ManualClock clock;
        Workspace store(*db, clock);
        QString error;
        const QDateTime start = clock.nowUtc();
        for (std::optional<qint64> price : {std::optional<qint64>(100), std::optional<qint64>(100), std::optional<qint64>(),
                                            std::optional<qint64>(90), std::optional<qint64>(90)}) {
            QVERIFY2(store.recordSeen({car(u"x"_qs, price)}, &error), qPrintable(error));
            clock.advance(3600 * 1000);
        }
        const auto history = store.history(u"encar"_qs, u"x"_qs, &error);
        QVERIFY2(history, qPrintable(error));
        const QList<PricePoint> expected{{start, 100}, {start.addSecs(2 * 3600), std::nullopt}, {start.addSecs(3 * 3600), 90}};
        QCOMPARE(*history, expected);
        QVERIFY(store.history(u"encar"_qs, u"never"_qs, &error)->isEmpty());

        const auto statuses = store.statuses({car(u"x"_qs, 90), car(u"never"_qs, 5)}, &error);
        QVERIFY2(statuses, qPrintable(error));
        QCOMPARE(statuses->size(), 1);
        const ListingStatus status = statuses->value(listingKey(u"encar"_qs, u"x"_qs));
        QCOMPARE(status.firstSeen, start);
        QCOMPARE(status.daysOnMarket(start.addDays(3)), 3);
        QCOMPARE(status.price, 90);
        QVERIFY(!status.previousPrice);   // the price was hidden before
    }

    void aFailedRunChangesNothing_data() { Test::addBackendRows(); }
    void aFailedRunChangesNothing()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        ManualClock clock;
        Workspace store(*db, clock);
        QString error;
        const auto search = store.addSearch(u"sonata"_qs, u"encar"_qs, sonataQuery(), &error);
        QVERIFY(store.recordRun(*search, {car(u"a"_qs, 100), car(u"b"_qs, 200)}, true, &error));
        clock.advance(1000);
        // A listing without an id violates the schema at the end of the run (listings are written in source/id
        // order, so a and c are written before the store notices): the whole run must roll back.
        Listing broken = car(u""_qs, 5);
        broken.source = u"zz"_qs;
        QVERIFY(!store.recordRun(*search, {car(u"a"_qs, 90), car(u"c"_qs, 300), broken}, true, &error));
        QVERIFY2(error.contains(u"nothing was changed"), qPrintable(error));
        QCOMPARE(count(*db, u"listings"_qs), 2);
        QCOMPARE(count(*db, u"price_observations"_qs), 2);
        QCOMPARE(count(*db, u"search_listings"_qs), 2);
        QCOMPARE(store.history(u"encar"_qs, u"a"_qs, &error)->size(), 1);
        // The next good run still sees the old state.
        const auto report = store.recordRun(*search, {car(u"a"_qs, 90), car(u"b"_qs, 200)}, true, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->priceChanges.size(), 1);
        QCOMPARE(report->priceChanges.first().oldPrice, 100);
        QVERIFY(report->newListings.isEmpty());
    }

    void notesAndStarsPerUser_data() { Test::addBackendRows(); }
    void notesAndStarsPerUser()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        ManualClock clock;
        Workspace store(*db, clock);
        QString error;
        QVERIFY(store.setNote({u"encar"_qs, u"a"_qs, u"anna"_qs, true, u"ask for the inspection report"_qs, {}}, &error));
        QVERIFY(store.setNote({u"encar"_qs, u"a"_qs, u"boris"_qs, false, u"too far away"_qs, {}}, &error));
        QVERIFY(store.setNote({u"encar"_qs, u"a"_qs, u"anna"_qs, true, u"seller answered"_qs, {}}, &error));
        auto notes = store.notes(u"encar"_qs, u"a"_qs, &error);
        QVERIFY2(notes, qPrintable(error));
        QCOMPARE(notes->size(), 2);
        QCOMPARE(notes->at(0).userName, u"anna"_qs);
        QVERIFY(notes->at(0).starred);
        QCOMPARE(notes->at(0).note, u"seller answered"_qs);
        QCOMPARE(notes->at(0).updatedAt, clock.nowUtc());
        QCOMPARE(notes->at(1).note, u"too far away"_qs);

        const auto mine = store.notesOf(u"anna"_qs, {car(u"a"_qs, 1), car(u"b"_qs, 1)}, &error);
        QVERIFY2(mine, qPrintable(error));
        QCOMPARE(mine->size(), 1);
        QVERIFY(mine->value(listingKey(u"encar"_qs, u"a"_qs)).starred);

        QVERIFY(store.setNote({u"encar"_qs, u"a"_qs, u"boris"_qs, false, u""_qs, {}}, &error));
        QCOMPARE(store.notes(u"encar"_qs, u"a"_qs, &error)->size(), 1);
    }

    void dealerSpecs_data() { Test::addBackendRows(); }
    void dealerSpecs()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        ManualClock clock;
        DealerSpecRepository specs(*db, clock);
        QString error;
        DealerSpec spec{u"현대"_qs, u"쏘나타 (DN8)"_qs, u"2.0 petrol"_qs, 160, 1999, u"현대 쏘나타 (DN8) 2.0"_qs, u"anna"_qs, {}};
        QVERIFY2(specs.remember(spec, &error), qPrintable(error));
        QVERIFY(specs.remember({u"현대"_qs, u"쏘나타 (DN8)"_qs, u"1.6T petrol"_qs, 180, 1598, {}, u"anna"_qs, {}}, &error));
        auto found = specs.find(spec.make, spec.model, spec.engine, &error);
        QVERIFY2(found, qPrintable(error));
        spec.savedAt = clock.nowUtc();
        QCOMPARE(*found, spec);
        QVERIFY(!specs.find(spec.make, spec.model, u"2.5"_qs, &error));
        QVERIFY(error.isEmpty());
        // Spacing and case do not matter: the key is the resolver's.
        QVERIFY(specs.find(u" 현대"_qs, u"쏘나타(DN8)"_qs, u"2.0 PETROL"_qs, &error));
        QCOMPARE(spec.key(), u"현대|쏘나타(DN8)|2.0PETROL"_qs);

        // Remembering again (any spelling of the key) replaces.
        clock.advance(1000);
        DealerSpec again = spec;
        again.engine = u"2.0  Petrol"_qs;
        again.powerHp = 159;
        again.createdBy = u"boris"_qs;
        again.savedAt = {};
        QVERIFY(specs.remember(again, &error));
        found = specs.find(spec.make, spec.model, spec.engine, &error);
        QCOMPARE(found->powerHp, 159);
        QCOMPARE(found->createdBy, u"boris"_qs);
        QCOMPARE(found->savedAt, clock.nowUtc());

        const auto forModel = specs.forModel(spec.make, spec.model, &error);
        QVERIFY2(forModel, qPrintable(error));
        QCOMPARE(forModel->size(), 2);
        QCOMPARE(forModel->at(0).engine, u"1.6T petrol"_qs);
        QCOMPARE(specs.all(&error)->size(), 2);
        QVERIFY(specs.forget(forModel->at(0).key(), &error));
        QCOMPARE(specs.all(&error)->size(), 1);

        QVERIFY(!specs.remember({u"현대"_qs, u""_qs, u""_qs, 100, 0, {}, {}, {}}, &error));
        QVERIFY(!specs.remember({u"현대"_qs, u"아반떼"_qs, u""_qs, 0, 0, {}, {}, {}}, &error));
        QVERIFY(!specs.remember({u"현대"_qs, u"아반떼"_qs, u""_qs, -5, 1598, {}, {}, {}}, &error));
    }

    void listingFieldsAreKept_data() { Test::addBackendRows(); }
    void listingFieldsAreKept()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        Workspace store(*db);
        QString error;
        Listing l = car(u"42"_qs, 15'500'000);
        l.badges = {u"무사고"_qs};
        l.powerHp = 160;
        QVERIFY(store.recordSeen({l}, &error));
        QSqlQuery *q = db->run(u"SELECT data, make, model, year, mileage_km, price FROM listings"_qs, {}, &error);
        QVERIFY2(q && q->next(), qPrintable(error));
        QCOMPARE(listingFromJson(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object()), l);
        QCOMPARE(q->value(1).toString(), l.make);
        QCOMPARE(q->value(2).toString(), l.model);
        QCOMPARE(q->value(3).toInt(), 2021);
        QCOMPARE(q->value(5).toLongLong(), 15'500'000);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
