// carscout-cli watch / history, in-process against the replay server with the Encar demo backend, on SQLite and
// PostgreSQL: saved searches, the watch-run report after the inventory changed, quiet runs, history, exit statuses.

#include "core/cli/watchcommands.h"
#include "core/demo/replayserver.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/sources/encar/encardemo.h"
#include "core/store/database.h"
#include "storetestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace CarScout;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

} // namespace

class TestWatchCommands : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Demo::ReplayServer> m_server;
    std::unique_ptr<Net::HttpClient> m_client;
    std::unique_ptr<Net::HttpClient> m_deadClient;

    static Run run(Net::HttpClient *client, const Store::DatabaseUrl &db, Cli::CommandFunction command,
                   const QStringList &arguments)
    {
        Run r;
        QTextStream out(&r.out), err(&r.err);
        Cli::CliContext context;
        context.client = client;
        context.out = &out;
        context.err = &err;
        context.quiet = true;
        context.databaseUrl = db.displayString();
        r.status = command(context, arguments);
        out.flush();
        err.flush();
        return r;
    }
    Run watch(const Store::DatabaseUrl &db, const QStringList &arguments)
    {
        return run(m_client.get(), db, &Cli::runWatch, arguments);
    }

    static void exec(const Store::DatabaseUrl &url, const QString &sql, const QVariantList &values)
    {
        QString error;
        auto db = Store::Database::open(url, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(db->run(sql, values, &error), qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(Sources::Encar::demoDataAvailable(&error), qPrintable(error));
        m_server = std::make_unique<Demo::ReplayServer>();
        Sources::Encar::installDemoBackend(*m_server);
        QVERIFY(m_server->listen());
        Net::ClientConfig config;
        config.remaps.insert(u"api.encar.com"_qs, QUrl(m_server->baseUrlFor(u"api.encar.com"_qs)));
        m_client = std::make_unique<Net::HttpClient>(config);
        Net::ClientConfig dead;
        dead.remaps.insert(u"api.encar.com"_qs, QUrl(u"http://127.0.0.1:1/api.encar.com"_qs));
        m_deadClient = std::make_unique<Net::HttpClient>(dead);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_deadClient.reset();
        m_server.reset();
    }

    void addListRemove_data() { Test::addBackendRows(); }
    void addListRemove()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        Run r = watch(scratch.url(), {u"add"_qs, u"k5"_qs, u"encar"_qs, u"--maker"_qs, u"기아"_qs, u"--model"_qs, u"K5"_qs,
                                      u"--price-max"_qs, u"30000000"_qs});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = watch(scratch.url(), {u"add"_qs, u"k5"_qs, u"encar"_qs});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(u"already a saved search named \"k5\""), qPrintable(r.err));
        r = watch(scratch.url(), {u"add"_qs, u"x"_qs, u"nosuchsource"_qs});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(u"unknown source"), qPrintable(r.err));
        r = watch(scratch.url(), {u"add"_qs, u"x"_qs, u"encar"_qs, u"--year-from"_qs, u"lots"_qs});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(u"--year-from"), qPrintable(r.err));

        r = watch(scratch.url(), {u"list"_qs, u"--format"_qs, u"json"_qs});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject k5 = list.first().toObject();
        QCOMPARE(k5[u"name"_qs].toString(), u"k5"_qs);
        QCOMPARE(k5[u"source"_qs].toString(), u"encar"_qs);
        QCOMPARE(k5[u"options"_qs][u"path"_qs].toArray(), QJsonArray({u"기아"_qs, u"K5"_qs}));
        QCOMPARE(k5[u"options"_qs][u"price_max"_qs].toDouble(), 30000000.0);
        QCOMPARE(k5[u"options"_qs][u"limit"_qs].toInt(), 1000);   // a watch sees the whole result by default
        QVERIFY(k5[u"last_run_at"_qs].isNull());

        r = watch(scratch.url(), {u"remove"_qs, u"k5"_qs});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = watch(scratch.url(), {u"remove"_qs, u"k5"_qs});
        QCOMPARE(r.status, 2);
        r = watch(scratch.url(), {u"list"_qs});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.isEmpty());
    }

    void runReportsChangesAndIsQuietOtherwise_data() { Test::addBackendRows(); }
    void runReportsChangesAndIsQuietOtherwise()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        QCOMPARE(watch(scratch.url(), {u"add"_qs, u"k5"_qs, u"encar"_qs, u"--maker"_qs, u"기아"_qs, u"--model"_qs, u"K5"_qs}).status, 0);

        Run r = watch(scratch.url(), {u"run"_qs, u"--format"_qs, u"json"_qs});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonObject first = QJsonDocument::fromJson(r.out.toUtf8()).object()[u"k5"_qs].toObject();
        const QJsonArray added = first[u"new"_qs].toArray();
        QVERIFY(added.size() >= 3);
        QVERIFY(first[u"price_changes"_qs].toArray().isEmpty());
        QVERIFY(first[u"gone"_qs].toArray().isEmpty());
        for (const QJsonValue &v : added)
            QVERIFY(v[u"model"_qs].toString().startsWith(u"K5"));

        // Nothing changed: nothing printed, in either format.
        r = watch(scratch.url(), {u"run"_qs, u"k5"_qs, u"--format"_qs, u"json"_qs});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        r = watch(scratch.url(), {u"run"_qs});
        QVERIFY(r.out.isEmpty());

        // The inventory changed since: the search remembers one listing dearer, one cheaper, and one that the
        // marketplace no longer shows.
        const QString cut = added.at(0)[u"id"_qs].toString();
        const QString raised = added.at(1)[u"id"_qs].toString();
        const qint64 cutPrice = qint64(added.at(0)[u"price"_qs].toDouble());
        const qint64 raisedPrice = qint64(added.at(1)[u"price"_qs].toDouble());
        const QString updatePrice = u"UPDATE search_listings SET last_price = ? WHERE listing_id = ?"_qs;
        exec(scratch.url(), updatePrice, {qlonglong(cutPrice + 500'000), cut});
        exec(scratch.url(), updatePrice, {qlonglong(raisedPrice - 300'000), raised});
        exec(scratch.url(), u"INSERT INTO listings (source, listing_id, make, model, trim_name, year, month, mileage_km, "
                            "price, currency, data, first_seen, last_seen) VALUES ('encar', 'sold-1', '기아', 'K5', '', "
                            "2020, 1, 1, 1, 'KRW', '{}', 0, 0)"_qs, {});
        exec(scratch.url(), u"INSERT INTO search_listings (search_id, source, listing_id, last_price, first_seen, last_seen) "
                            "SELECT id, 'encar', 'sold-1', 1, 0, 0 FROM saved_searches WHERE name = 'k5'"_qs, {});

        r = watch(scratch.url(), {u"run"_qs, u"k5"_qs, u"--format"_qs, u"json"_qs});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonObject second = QJsonDocument::fromJson(r.out.toUtf8()).object()[u"k5"_qs].toObject();
        QVERIFY(second[u"new"_qs].toArray().isEmpty());
        const QJsonArray changes = second[u"price_changes"_qs].toArray();
        QCOMPARE(changes.size(), 2);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : changes)
            byId.insert(v[u"id"_qs].toString(), v.toObject());
        QCOMPARE(byId[cut][u"old_price"_qs].toDouble(), double(cutPrice + 500'000));
        QCOMPARE(byId[cut][u"new_price"_qs].toDouble(), double(cutPrice));
        QCOMPARE(byId[cut][u"listing"_qs][u"id"_qs].toString(), cut);
        QCOMPARE(byId[raised][u"old_price"_qs].toDouble(), double(raisedPrice - 300'000));
        QCOMPARE(second[u"gone"_qs].toArray(), QJsonArray{u"sold-1"_qs});

        // Text output names them too.
        exec(scratch.url(), updatePrice, {qlonglong(cutPrice + 500'000), cut});
        r = watch(scratch.url(), {u"run"_qs, u"k5"_qs});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"k5: 0 new, 1 price changes, 0 gone\n"), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"  price  "_qs + cut), qPrintable(r.out));

        // history: one point per observed price, oldest first.
        r = run(m_client.get(), scratch.url(), &Cli::runHistory, {u"encar"_qs, cut, u"--format"_qs, u"json"_qs});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonArray history = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(history.size(), 1);   // the marketplace's price never changed: one observation
        QCOMPARE(history.first()[u"price"_qs].toDouble(), double(cutPrice));
        QVERIFY(QDateTime::fromString(history.first()[u"seen_at"_qs].toString(), Qt::ISODate).isValid());
    }

    void failuresAndExitStatuses_data() { Test::addBackendRows(); }
    void failuresAndExitStatuses()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        QCOMPARE(watch(scratch.url(), {u"add"_qs, u"all kia"_qs, u"encar"_qs, u"--maker"_qs, u"기아"_qs}).status, 0);
        Run r = watch(scratch.url(), {u"run"_qs, u"no such search"_qs});
        QCOMPARE(r.status, 2);
        r = watch(scratch.url(), {u"frobnicate"_qs});
        QCOMPARE(r.status, 2);

        // The marketplace is unreachable: exit 3, and nothing is stored for the search.
        r = run(m_deadClient.get(), scratch.url(), &Cli::runWatch, {u"run"_qs});
        QCOMPARE(r.status, 3);
        QVERIFY2(r.err.contains(u"\"all kia\""), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = watch(scratch.url(), {u"list"_qs, u"--format"_qs, u"json"_qs});
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).array().first()[u"last_run_at"_qs].isNull());

        // A bad --db URL is a bad argument; an unreachable server an upstream failure.
        Store::DatabaseUrl bad;
        bad.kind = Store::DatabaseUrl::Kind::Sqlite;
        bad.path = u"relative.sqlite"_qs;
        QCOMPARE(run(m_client.get(), bad, &Cli::runWatch, {u"list"_qs}).status, 2);
        Store::DatabaseUrl down;
        down.kind = Store::DatabaseUrl::Kind::Postgres;
        down.host = u"127.0.0.1"_qs;
        down.port = 1;
        down.user = u"nobody"_qs;
        down.database = u"none"_qs;
        QCOMPARE(run(m_client.get(), down, &Cli::runHistory, {u"encar"_qs, u"1"_qs}).status, 3);
    }
};

QTEST_GUILESS_MAIN(TestWatchCommands)
#include "tst_watchcommands.moc"
