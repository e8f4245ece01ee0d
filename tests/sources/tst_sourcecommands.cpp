// carscout-cli search / catalog / detail (DESIGN §5), run in-process against the replay server with the Encar
// demo backend (and a CBR stub for --with-customs): output formats, filters, exit statuses and reasons.

#include "core/cli/sourcecommands.h"
#include "core/demo/replayserver.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/sources/encar/encardemo.h"
#include "core/specs/dealerspecs.h"
#include "core/specs/dealerspecsrepository.h"
#include "core/store/databaseurl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CarScout;

namespace {

const char *kCbrXml =
    "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n"
    "<ValCurs Date=\"20.11.2026\" name=\"Foreign Currency Market\">"
    "<Valute ID=\"R01815\"><NumCode>410</NumCode><CharCode>KRW</CharCode><Nominal>1000</Nominal><Name>Won</Name>"
    "<Value>55,1000</Value><VunitRate>0,0551</VunitRate></Valute>"
    "<Valute ID=\"R01239\"><NumCode>978</NumCode><CharCode>EUR</CharCode><Nominal>1</Nominal><Name>Euro</Name>"
    "<Value>94,5000</Value><VunitRate>94,5</VunitRate></Valute>"
    "<Valute ID=\"R01235\"><NumCode>840</NumCode><CharCode>USD</CharCode><Nominal>1</Nominal><Name>Dollar</Name>"
    "<Value>81,2000</Value><VunitRate>81,2</VunitRate></Valute>"
    "</ValCurs>";

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

} // namespace

class TestSourceCommands : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Demo::ReplayServer> m_server;
    std::unique_ptr<Net::HttpClient> m_client;

    Run run(Cli::CommandFunction command, const QStringList &arguments, const QString &databaseUrl = {})
    {
        Run r;
        QTextStream out(&r.out), err(&r.err);
        Cli::CliContext context;
        context.client = m_client.get();
        context.databaseUrl = databaseUrl;
        context.out = &out;
        context.err = &err;
        r.status = command(context, arguments);
        out.flush();
        err.flush();
        return r;
    }

    static QJsonArray array(const Run &r) { return QJsonDocument::fromJson(r.out.toUtf8()).array(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(Sources::Encar::demoDataAvailable(&error), qPrintable(error));
        m_server = std::make_unique<Demo::ReplayServer>();
        Sources::Encar::installDemoBackend(*m_server);
        m_server->addHandler(u"www.cbr.ru"_qs, [](const Demo::ReplayRequest &r) -> std::optional<Demo::ReplayResponse> {
            if (r.path != u"/scripts/XML_daily.asp")
                return std::nullopt;
            return Demo::ReplayResponse{200, {{"Content-Type", "application/xml; charset=windows-1251"}}, kCbrXml};
        });
        QVERIFY(m_server->listen());
        Net::ClientConfig config;
        for (const QString &host : {u"api.encar.com"_qs, u"ci.encar.com"_qs, u"www.cbr.ru"_qs})
            config.remaps.insert(host, QUrl(m_server->baseUrlFor(host)));
        m_client = std::make_unique<Net::HttpClient>(config);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void searchJson()
    {
        const Run r = run(&Cli::runSearch, {u"encar"_qs, u"--maker"_qs, u"기아"_qs, u"--model"_qs, u"K5"_qs,
                                            u"--limit"_qs, u"5"_qs, u"--sort"_qs, u"price_asc"_qs});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonArray listings = array(r);
        QCOMPARE(listings.size(), 5);
        const QStringList keys{u"source"_qs, u"id"_qs, u"url"_qs, u"title"_qs, u"make"_qs, u"model"_qs, u"trim"_qs,
                               u"year"_qs, u"month"_qs, u"mileage_km"_qs, u"currency"_qs, u"fuel"_qs,
                               u"transmission"_qs, u"engine_cc"_qs, u"power_hp"_qs, u"body"_qs, u"color"_qs,
                               u"location"_qs, u"seller"_qs, u"photos"_qs, u"badges"_qs};
        double lastPrice = 0;
        for (const QJsonValue &v : listings) {
            const QJsonObject o = v.toObject();
            for (const QString &k : keys)
                QVERIFY2(o.contains(k), qPrintable(k));
            QCOMPARE(o[u"source"_qs].toString(), u"encar"_qs);
            QCOMPARE(o[u"make"_qs].toString(), u"기아"_qs);
            QCOMPARE(o[u"make_en"_qs].toString(), u"Kia"_qs);
            QVERIFY(o[u"model"_qs].toString().startsWith(u"K5"_qs));
            QCOMPARE(o[u"currency"_qs].toString(), u"KRW"_qs);
            if (o.contains(u"price"_qs)) {
                QVERIFY(o[u"price"_qs].toDouble() >= lastPrice);
                lastPrice = o[u"price"_qs].toDouble();
            }
        }
        QVERIFY2(r.err.contains(u"encar: page 1"_qs), qPrintable(r.err));   // progress on stderr
    }

    void searchFilters()
    {
        const Run r = run(&Cli::runSearch, {u"encar"_qs, u"--year-from"_qs, u"2020"_qs, u"--price-max"_qs, u"30000000"_qs,
                                            u"--mileage-max"_qs, u"60000"_qs, u"--fuel"_qs, u"diesel,hybrid_petrol"_qs,
                                            u"--pages"_qs, u"1"_qs});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonArray listings = array(r);
        QVERIFY(!listings.isEmpty());
        QVERIFY(listings.size() <= 50);
        for (const QJsonValue &v : listings) {
            const QJsonObject o = v.toObject();
            QVERIFY(o[u"year"_qs].toInt() >= 2020);
            QVERIFY(o[u"price"_qs].toDouble() <= 30000000);
            QVERIFY(o[u"mileage_km"_qs].toInt() <= 60000);
            const QString fuel = o[u"fuel"_qs].toString();
            QVERIFY2(fuel == u"diesel" || fuel == u"hybrid_petrol", qPrintable(fuel));
        }
    }

    void searchCsvToFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"out.csv"_qs);
        const Run r = run(&Cli::runSearch, {u"encar"_qs, u"--maker"_qs, u"BMW"_qs, u"--limit"_qs, u"7"_qs,
                                            u"--format"_qs, u"csv"_qs, u"--output"_qs, file});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());   // results went to the file
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("\xef\xbb\xbf"));   // BOM, as the GUI export
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 7);
        for (const QByteArray &line : lines.mid(1))
            QVERIFY2(line.contains("BMW"), line.constData());
    }

    void searchWithCustoms()
    {
        const Run r = run(&Cli::runSearch, {u"encar"_qs, u"--maker"_qs, u"현대"_qs, u"--limit"_qs, u"5"_qs,
                                            u"--with-customs"_qs, u"--importer"_qs, u"individual"_qs,
                                            u"--date"_qs, u"2026-11-20"_qs, u"--power-hp"_qs, u"150"_qs});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonArray listings = array(r);
        QCOMPARE(listings.size(), 5);
        int estimated = 0;
        for (const QJsonValue &v : listings) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o[u"power_hp"_qs].toInt(), 150);   // --power-hp: the power of every row
            QCOMPARE(o[u"specs_source"_qs].toObject()[u"power"_qs].toString(), u"dealer"_qs);
            if (o[u"fuel"_qs].toString() != u"electric")   // from the specs catalog or the detail: a value or a range
                QVERIFY(o[u"engine_cc"_qs].toInt() > 0 || o[u"engine_cc"_qs].toObject()[u"from"_qs].toInt() > 0);
            QVERIFY(o.contains(u"preferential_util"_qs));
            QVERIFY(o.contains(u"customs"_qs) != o.contains(u"customs_error"_qs));
            if (o.contains(u"customs"_qs)) {
                const QJsonObject c = o[u"customs"_qs].toObject();
                QCOMPARE(c[u"power"_qs].toString(), u"150 hp"_qs);
                QCOMPARE(c[u"power_source"_qs].toString(), u"override"_qs);
                QVERIFY(c[u"total_rub"_qs].toDouble() > 0);
                QCOMPARE(qRound64(c[u"landed_rub"_qs].toDouble() * 100),
                         qRound64(c[u"customs_value_rub"_qs].toDouble() * 100) + qRound64(c[u"total_rub"_qs].toDouble() * 100));
                ++estimated;
            }
        }
        QVERIFY(estimated > 0);
    }

    // --db names the workspace whose remembered specs the resolver applies (not only the default file).
    void searchWithCustomsAppliesTheWorkspaceDealerSpecs()
    {
        const QStringList arguments{u"encar"_qs, u"--maker"_qs, u"현대"_qs, u"--limit"_qs, u"1"_qs, u"--with-customs"_qs,
                                    u"--no-details"_qs, u"--importer"_qs, u"individual"_qs, u"--date"_qs, u"2026-11-20"_qs};
        const Run first = run(&Cli::runSearch, arguments);
        QVERIFY2(first.status == 0, qPrintable(first.err));
        QCOMPARE(array(first).size(), 1);
        const Listing listing = listingFromJson(array(first).at(0).toObject());

        QTemporaryDir dir;
        const QString url = u"sqlite://"_qs + dir.filePath(u"team.sqlite"_qs);
        QString error;
        {
            Specs::DealerSpecsRepository repository(*Store::parseDatabaseUrl(url, &error));
            QVERIFY2(repository.open(&error), qPrintable(error));
            QVERIFY2(repository.save(Specs::dealerSpecFor(listing, 321, QDateTime::currentDateTimeUtc()), &error),
                     qPrintable(error));
        }
        const Run second = run(&Cli::runSearch, arguments, url);
        QVERIFY2(second.status == 0, qPrintable(second.err));
        const QJsonObject o = array(second).at(0).toObject();
        QCOMPARE(o[u"id"_qs].toString(), listing.id);
        QCOMPARE(o[u"power_hp"_qs].toInt(), 321);
        QCOMPARE(o[u"specs_source"_qs].toObject()[u"power"_qs].toString(), u"dealer"_qs);

        const Run bad = run(&Cli::runSearch, arguments, u"mysql://nowhere"_qs);
        QCOMPARE(bad.status, 2);
        QVERIFY2(bad.err.contains(u"--db: database URL"_qs) && bad.err.endsWith(u'\n'), qPrintable(bad.err));
    }

    void catalog()
    {
        Run r = run(&Cli::runCatalog, {u"encar"_qs});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(array(r).size(), 2);
        QCOMPARE(array(r).at(0)[u"level"_qs].toString(), u"car_type"_qs);

        r = run(&Cli::runCatalog, {u"encar"_qs, u"--maker"_qs, u"현대"_qs});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QStringList groups;
        for (const QJsonValue &v : array(r))
            groups << v[u"key"_qs].toString();
        QVERIFY(groups.contains(u"쏘나타"_qs));
        QCOMPARE(array(r).at(0)[u"level"_qs].toString(), u"model_group"_qs);
        QVERIFY(array(r).at(0)[u"count"_qs].toInt() > 0);

        r = run(&Cli::runCatalog, {u"encar"_qs, u"--maker"_qs, u"현대"_qs, u"--model"_qs, u"쏘나타"_qs});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(array(r).at(0)[u"level"_qs].toString(), u"model"_qs);

        r = run(&Cli::runCatalog, {u"encar"_qs, u"--maker"_qs, u"없는제조사"_qs});
        QCOMPARE(r.status, 3);
        QVERIFY2(r.err.contains(u"없는제조사"_qs), qPrintable(r.err));
    }

    void detail()
    {
        // The first ad of a search that has both reports: find one through the CLI itself.
        const Run list = run(&Cli::runSearch, {u"encar"_qs, u"--maker"_qs, u"제네시스"_qs, u"--limit"_qs, u"40"_qs});
        QVERIFY2(list.status == 0, qPrintable(list.err));
        QString id;
        for (const QJsonValue &v : array(list)) {
            const QJsonArray badges = v[u"badges"_qs].toArray();
            if (badges.contains(u"inspection report"_qs) && badges.contains(u"accident record"_qs)) {
                id = v[u"id"_qs].toString();
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        const Run r = run(&Cli::runDetail, {u"encar"_qs, id, u"--format"_qs, u"json"_qs});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonObject d = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(d[u"make"_qs].toString(), u"제네시스"_qs);
        QVERIFY(d.contains(u"inspection"_qs));
        QVERIFY(d.contains(u"accidents"_qs));
        QVERIFY(d[u"sections"_qs].toArray().size() >= 6);
        QVERIFY(d[u"photos"_qs].toArray().size() >= 8);
    }

    void unreachableUpstream()
    {
        Net::ClientConfig config;
        config.remaps.insert(u"api.encar.com"_qs, QUrl(u"http://127.0.0.1:1/api.encar.com"_qs));
        Net::HttpClient closed(config);
        Run r;
        QTextStream out(&r.out), err(&r.err);
        Cli::CliContext context{&closed, &out, &err, true, {}};
        r.status = Cli::runSearch(context, {u"encar"_qs, u"--limit"_qs, u"5"_qs});
        err.flush();
        QCOMPARE(r.status, 3);
        QVERIFY2(r.err.contains(u"carscout-cli: Encar list page at offset 0"_qs), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"encar: page"_qs));   // --quiet: no progress
        QVERIFY(r.out.isEmpty());
    }

    void exitStatuses_data()
    {
        QTest::addColumn<int>("command");   // 0 search, 1 catalog, 2 detail
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no source") << 0 << QStringList{} << 2 << u"no SOURCE given (one of: encar"_qs;
        QTest::newRow("unknown source") << 0 << QStringList{u"ebay"_qs} << 2 << u"unknown source \"ebay\""_qs;
        QTest::newRow("pages and limit") << 0 << QStringList{u"encar"_qs, u"--pages"_qs, u"2"_qs, u"--limit"_qs, u"5"_qs}
                                         << 2 << u"either --pages or --limit"_qs;
        QTest::newRow("bad fuel") << 0 << QStringList{u"encar"_qs, u"--fuel"_qs, u"steam"_qs} << 2 << u"unknown fuel \"steam\""_qs;
        QTest::newRow("bad sort") << 0 << QStringList{u"encar"_qs, u"--sort"_qs, u"cheapest"_qs} << 2 << u"unknown order"_qs;
        QTest::newRow("bad year") << 0 << QStringList{u"encar"_qs, u"--year-from"_qs, u"soon"_qs} << 2 << u"--year-from: expected a whole number"_qs;
        QTest::newRow("years reversed") << 0 << QStringList{u"encar"_qs, u"--year-from"_qs, u"2022"_qs, u"--year-to"_qs, u"2020"_qs}
                                        << 2 << u"--year-from is after --year-to"_qs;
        QTest::newRow("model without maker") << 0 << QStringList{u"encar"_qs, u"--model"_qs, u"K5"_qs} << 2 << u"--model needs --maker"_qs;
        QTest::newRow("unknown option") << 0 << QStringList{u"encar"_qs, u"--colour"_qs, u"red"_qs} << 2 << u"unknown option --colour"_qs;
        QTest::newRow("missing value") << 0 << QStringList{u"encar"_qs, u"--limit"_qs} << 2 << u"--limit needs a value"_qs;
        QTest::newRow("bad format") << 0 << QStringList{u"encar"_qs, u"--format"_qs, u"xml"_qs} << 2 << u"expected json or csv"_qs;
        QTest::newRow("customs without importer") << 0 << QStringList{u"encar"_qs, u"--with-customs"_qs} << 2
                                                   << u"--with-customs needs --importer"_qs;
        QTest::newRow("importer without customs") << 0 << QStringList{u"encar"_qs, u"--importer"_qs, u"company"_qs} << 2
                                                  << u"go with --with-customs"_qs;
        QTest::newRow("bad date") << 0 << QStringList{u"encar"_qs, u"--with-customs"_qs, u"--importer"_qs, u"company"_qs,
                                                      u"--date"_qs, u"20.11.2026"_qs} << 2 << u"--date: expected YYYY-MM-DD"_qs;
        QTest::newRow("catalog extra") << 1 << QStringList{u"encar"_qs, u"현대"_qs} << 2 << u"unexpected argument"_qs;
        QTest::newRow("detail without id") << 2 << QStringList{u"encar"_qs} << 2 << u"expected SOURCE ID"_qs;
        QTest::newRow("detail csv") << 2 << QStringList{u"encar"_qs, u"1"_qs, u"--format"_qs, u"csv"_qs} << 2 << u"only json"_qs;
        QTest::newRow("detail 404") << 2 << QStringList{u"encar"_qs, u"1"_qs} << 3 << u"HTTP 404"_qs;
    }

    void exitStatuses()
    {
        QFETCH(int, command);
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, reason);
        const Cli::CommandFunction functions[] = {&Cli::runSearch, &Cli::runCatalog, &Cli::runDetail};
        const Run r = run(functions[command], arguments);
        QCOMPARE(r.status, status);
        QVERIFY2(r.err.contains(u"carscout-cli: "_qs) && r.err.contains(reason), qPrintable(r.err));
        if (status == 2)
            QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSourceCommands)
#include "tst_sourcecommands.moc"
