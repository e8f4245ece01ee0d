// Issue 9: one database. The dealer's remembered specs used to keep their own table `dealer_specs` (and their own
// version table `dealer_specs_schema`) in the workspace's file, which the workspace's own `dealer_specs` collided
// with. Now the store's migrations are the only schema: opening an older database upgrades it and keeps the
// remembered values, whichever of the two tables held them.

#include "core/common/clock.h"
#include "core/specs/dealerspecsrepository.h"
#include "core/store/database.h"
#include "core/store/dealerspecs.h"
#include "core/store/migrations.h"
#include "storetestsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Store;

namespace {

// Runs statements on a plain connection, as the CarScout of session 2 did; empty = all ran.
QString runRaw(const DatabaseUrl &url, const QStringList &statements)
{
    const QString name = u"carscout-old-build"_qs;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(url.driverName(), name);
        if (url.kind == DatabaseUrl::Kind::Sqlite) {
            db.setDatabaseName(url.path);
        } else {
            db.setHostName(url.host);
            db.setPort(url.port);
            db.setUserName(url.user);
            db.setPassword(url.password);
            db.setDatabaseName(url.database);
        }
        if (!db.open())
            error = db.lastError().text();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (error.isEmpty() && !q.exec(sql))
                error = sql + u": "_qs + q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// What the specs repository of session 2 created in a fresh file (dealerspecsrepository.cpp, its version 1).
const QStringList kOldSpecsTables{
    u"CREATE TABLE dealer_specs_schema (version INTEGER NOT NULL)"_qs,
    u"INSERT INTO dealer_specs_schema (version) VALUES (1)"_qs,
    u"CREATE TABLE dealer_specs (key TEXT PRIMARY KEY, make TEXT NOT NULL, model TEXT NOT NULL, engine TEXT NOT NULL, "
    "power_hp INTEGER NOT NULL DEFAULT 0, engine_cc INTEGER NOT NULL DEFAULT 0, saved_at TEXT NOT NULL, "
    "example TEXT NOT NULL DEFAULT '')"_qs,
};

bool hasTable(Database &db, const QString &table)
{
    QString error;
    QSqlQuery *q = db.isPostgres()
        ? db.run(u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"_qs,
                 {table}, &error)
        : db.run(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_qs, {table}, &error);
    return q && q->next() && q->value(0).toInt() > 0;
}

} // namespace

class TestDealerSpecsMigration : public QObject
{
    Q_OBJECT
private slots:
    // A file that only the old specs repository had written (the GUI opened it first): the workspace used to
    // refuse it ("table dealer_specs already exists"); now it is upgraded and the values are kept.
    void anOldSpecsFileIsUpgraded_data() { Test::addBackendRows(); }
    void anOldSpecsFileIsUpgraded()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        QString error = runRaw(scratch.url(), kOldSpecsTables + QStringList{
            u"INSERT INTO dealer_specs VALUES ('현대|캐스퍼|PETROL', '현대', '캐스퍼', 'petrol', 76, 998, "
            "'2026-12-01T09:30:00Z', '현대 캐스퍼 스마트')"_qs,
            u"INSERT INTO dealer_specs VALUES ('기아|K5(DL3)|2.0PETROL', '기아', 'K5 (DL3)', '2.0 petrol', 160, 0, "
            "'2026-11-20T08:00:00Z', '')"_qs,
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));

        Specs::DealerSpecsRepository repo(scratch.url());
        QVERIFY2(repo.open(&error), qPrintable(error));
        const Specs::DealerSpecs specs = repo.load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(specs.size(), 2);
        const Specs::DealerSpec *casper = specs.find(u"현대"_qs, u"캐스퍼"_qs, u"petrol"_qs);
        QVERIFY(casper);
        QCOMPARE(casper->powerHp, 76);
        QCOMPARE(casper->engineCc, 998);
        QCOMPARE(casper->example, u"현대 캐스퍼 스마트"_qs);
        QCOMPARE(casper->savedAt, QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));
        QVERIFY(specs.find(u"기아"_qs, u"K5 (DL3)"_qs, u"2.0 petrol"_qs));

        auto db = Database::open(scratch.url(), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), latestSchemaVersion());
        QVERIFY(hasTable(*db, u"listings"_qs));
        QVERIFY(!hasTable(*db, u"dealer_specs_schema"_qs));   // the second migration list is gone
        QVERIFY(!hasTable(*db, u"old_dealer_specs"_qs));
        // The workspace and the specs share the table: what one writes, the other reads.
        ManualClock clock;
        DealerSpecRepository store(*db, clock);
        QVERIFY2(store.remember({u"기아"_qs, u"레이"_qs, u"petrol"_qs, 76, 998, {}, u"anna"_qs, {}}, &error), qPrintable(error));
        QCOMPARE(repo.load(&error).size(), 3);
        QVERIFY(repo.remove(casper->key(), &error));
        QCOMPARE(store.all(&error)->size(), 2);
    }

    // A workspace of version 2 (its own dealer_specs shape, with a row) that the old specs repository had also
    // opened (leaving dealer_specs_schema behind): upgraded to one table, the later of two equal keys kept.
    void aVersion2WorkspaceIsUpgraded_data() { Test::addBackendRows(); }
    void aVersion2WorkspaceIsUpgraded()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        QString error;
        {
            auto v2 = Database::open(scratch.url(), &error, 2);
            QVERIFY2(v2, qPrintable(error));
            QCOMPARE(v2->schemaVersion(), 2);
            for (const QString &sql : {
                     u"INSERT INTO dealer_specs (make, model, engine_key, engine_cc, power_hp, power_kw, created_by, created_at) "
                     "VALUES ('현대', '쏘나타 (DN8)', '2.0 petrol', 1999, 160, 117.7, 'anna', 1764000000000)"_qs,
                     u"INSERT INTO dealer_specs (make, model, engine_key, engine_cc, power_hp, power_kw, created_by, created_at) "
                     "VALUES ('현대', '쏘나타(DN8)', '2.0 PETROL', 1999, 159, 117.0, 'boris', 1764100000000)"_qs,
                     u"INSERT INTO dealer_specs (make, model, engine_key, engine_cc, power_hp, power_kw, created_by, created_at) "
                     "VALUES ('현대', '아반떼 (CN7)', '1.6 petrol', 1598, 123, 90.5, 'anna', 1764000000000)"_qs,
                     u"CREATE TABLE dealer_specs_schema (version INTEGER NOT NULL)"_qs}) {
                QVERIFY2(v2->execute(sql, &error), qPrintable(error));
            }
        }
        auto db = Database::open(scratch.url(), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), 3);
        QVERIFY(!hasTable(*db, u"dealer_specs_schema"_qs));
        ManualClock clock;
        DealerSpecRepository store(*db, clock);
        const auto all = store.all(&error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), 2);
        const auto sonata = store.find(u"현대"_qs, u"쏘나타 (DN8)"_qs, u"2.0 petrol"_qs, &error);
        QVERIFY2(sonata, qPrintable(error));
        QCOMPARE(sonata->powerHp, 159);   // boris's, the later one
        QCOMPARE(sonata->createdBy, u"boris"_qs);
        QCOMPARE(sonata->savedAt, QDateTime::fromMSecsSinceEpoch(1764100000000, Qt::UTC));
        QCOMPARE(sonata->engineCc, 1999);
        // Opening again changes nothing.
        db.reset();
        db = Database::open(scratch.url(), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(DealerSpecRepository(*db, clock).all(&error)->size(), 2);
    }

    // A fresh workspace has one dealer_specs table, the resolver's shape.
    void aFreshWorkspaceHasOneSpecsTable()
    {
        CARSCOUT_SCRATCH_DB(scratch, u"sqlite"_qs);
        Specs::DealerSpecsRepository repo(scratch.url().path);
        QString error;
        QVERIFY2(repo.open(&error), qPrintable(error));
        QVERIFY(repo.save({u"현대"_qs, u"캐스퍼"_qs, u"petrol"_qs, 76, 0, QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC),
                           u"현대 캐스퍼 스마트"_qs}, &error));
        auto db = Database::open(scratch.url(), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(!hasTable(*db, u"dealer_specs_schema"_qs));
        QSqlQuery *q = db->run(u"SELECT spec_key, power_hp FROM dealer_specs"_qs, {}, &error);
        QVERIFY2(q && q->next(), qPrintable(error));
        QCOMPARE(q->value(0).toString(), u"현대|캐스퍼|PETROL"_qs);
        QCOMPARE(q->value(1).toInt(), 76);
    }
};

QTEST_GUILESS_MAIN(TestDealerSpecsMigration)
#include "tst_dealerspecsmigration.moc"
