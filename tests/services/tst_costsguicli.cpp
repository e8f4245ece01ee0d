// GUI = CLI: the same listings computed through the GUI's cost path (the settings-bound CostService, the
// listing table's estimator, the CSV export over the table and the detail panel's full computation) and through
// `carscout-cli search --with-customs` (its command function, against the Encar demo on a loopback replay
// server with a CBR stub) give the same amount, to the kopeck, in every place. The listings are the CLI's output
// (after it filled the displacement from each detail), so both sides see the same input.

#include "core/cli/sourcecommands.h"
#include "core/customs/cbrclient.h"
#include "core/demo/replayserver.h"
#include "core/export/listingcsvexporter.h"
#include "core/model/listingcolumns.h"
#include "core/model/listingroles.h"
#include "core/model/listingtablemodel.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/sources/encar/encardemo.h"
#include "core/specs/specsengine.h"
#include "ui/costservice.h"
#include "ui/settings.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CarScout;

Q_DECLARE_METATYPE(CarScout::Ui::CustomsDefaults)

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

const QDate kDeclared(2026, 11, 20);

// A JSON amount (a number with two decimals, or null) as kopecks; -1 for null/absent.
qint64 kopecks(const QJsonValue &v)
{
    return v.isDouble() ? qRound64(v.toDouble() * 100) : -1;
}

qint64 kopecks(const std::optional<qint64> &v)
{
    return v.value_or(-1);
}

qint64 kopecks(const Customs::Amount &a)
{
    return a.kopecks.value_or(-1);
}

} // namespace

class TestCostsGuiCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Demo::ReplayServer> m_server;
    std::unique_ptr<Net::HttpClient> m_client;

    QString runCli(const QStringList &arguments, QString *err)
    {
        QString out;
        QTextStream o(&out), e(err);
        Cli::CliContext context;
        context.client = m_client.get();
        context.out = &o;
        context.err = &e;
        context.quiet = true;
        const int status = Cli::runSearch(context, arguments);
        o.flush();
        e.flush();
        return status == 0 ? out : QString();
    }

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

    void sameAmounts_data()
    {
        QTest::addColumn<QStringList>("cliOptions");
        QTest::addColumn<Ui::CustomsDefaults>("settings");
        QTest::addColumn<int>("count");   // the CLI fetches 3 detail pages per listing at Encar's pacing: keep it small
        Ui::CustomsDefaults d;
        d.declarationDate = kDeclared;
        d.importer = Ui::ImporterType::Individual;
        // No --power-hp here: the CLI's is an override of every row, the GUI's default only fills unknown ones.
        d.costsToBorder = 1500;
        d.costsCurrency = QStringLiteral("USD");
        d.extraCostsRub = 120000;
        QTest::newRow("individual, costs and extra costs")
            << QStringList{u"--importer"_qs, u"individual"_qs, u"--costs-to-border"_qs,
                           u"1500"_qs, u"--costs-currency"_qs, u"USD"_qs, u"--extra-costs-rub"_qs, u"120000"_qs}
            << d << 12;
        d = {};
        d.declarationDate = kDeclared;
        d.importer = Ui::ImporterType::Company;
        d.costsCurrency = QStringLiteral("KRW");
        d.costsToBorder = 2000000;
        QTest::newRow("company, no default power, costs in KRW")
            << QStringList{u"--importer"_qs, u"company"_qs, u"--costs-to-border"_qs, u"2000000"_qs,
                           u"--costs-currency"_qs, u"KRW"_qs} << d << 8;
    }

    void sameAmounts()
    {
        QFETCH(QStringList, cliOptions);
        QFETCH(Ui::CustomsDefaults, settings);
        QFETCH(int, count);
        // --no-details: both front ends resolve the engines offline (list → specs catalog), the same way.
        const QStringList search{u"encar"_qs, u"--limit"_qs, QString::number(count), u"--sort"_qs, u"price_asc"_qs, u"--with-customs"_qs,
                                 u"--date"_qs, kDeclared.toString(Qt::ISODate), u"--no-details"_qs};

        // The CLI: JSON (every payment line) and CSV (the table's three amounts).
        QString err;
        const QString json = runCli(search + cliOptions, &err);
        QVERIFY2(!json.isEmpty(), qPrintable(err));
        const QString csv = runCli(search + cliOptions + QStringList{u"--format"_qs, u"csv"_qs}, &err);
        QVERIFY2(!csv.isEmpty(), qPrintable(err));
        const QJsonArray cliListings = QJsonDocument::fromJson(json.toUtf8()).array();
        QCOMPARE(cliListings.size(), count);

        // The GUI: the settings-bound service with the CBR rates of the declaration date.
        QTemporaryDir dir;
        Ui::Settings guiSettings(std::make_unique<QSettings>(dir.filePath(u"s.ini"_qs), QSettings::IniFormat));
        guiSettings.setCustoms(settings);
        Ui::CostService costs(&guiSettings);
        Services::CostContext withSpecs = costs.context();   // as the application sets it
        withSpecs.engine = Specs::specsEngineResolver(std::make_shared<const Specs::SpecsResolver>());
        costs.setContext(withSpecs);
        const Customs::RatesReply rates = Customs::CbrClient::fetchBlocking(m_client.get(), kDeclared);
        QVERIFY2(rates.table, qPrintable(rates.error));
        costs.setRates(*rates.table);

        QList<Listing> listings;
        for (const QJsonValue &v : cliListings) {
            // The listing as listed: engine_cc/power_hp in the JSON are the resolved values (a number, or a
            // from/to range); Encar lists carry neither, so only values the listing itself gave are kept.
            const QJsonObject o = v.toObject();
            Listing l = listingFromJson(o);
            const QJsonObject from = o[u"specs_source"_qs].toObject();
            if (from[u"engine_cc"_qs].toString() != u"listing")
                l.engineCc = 0;
            if (from[u"power"_qs].toString() != u"listing")
                l.powerHp = 0;
            listings << l;
        }
        Model::ListingTableModel model;
        model.setCostEstimator(costs.estimator());
        model.appendListings(listings);
        QCOMPARE(model.rowCount(), listings.size());

        int computed = 0, problems = 0;
        for (int row = 0; row < listings.size(); ++row) {
            const QJsonObject o = cliListings.at(row).toObject();
            const Listing &listing = model.listing(row);
            QCOMPARE(listing.id, o[u"id"_qs].toString());
            const Services::ListingCost cost = costs.compute(listing);   // the detail panel's computation
            auto cell = [&](Model::Column c) {
                const QVariant v = model.index(row, int(c)).data(Model::UnderlyingDataRole);
                return v.isValid() ? v.toLongLong() : qint64(-1);
            };
            const QString what = u"row %1 (%2)"_qs.arg(row).arg(listing.id);
            if (o.contains(u"customs_error"_qs)) {
                QVERIFY2(!cost.result.ok, qPrintable(what));
                QCOMPARE(cost.estimate.problem, o[u"customs_error"_qs].toString());
                QCOMPARE(cell(Model::Column::CustomsRub), qint64(-1));
                ++problems;
                continue;
            }
            QVERIFY2(cost.result.ok, qPrintable(what + u": "_qs + cost.result.error));
            const QJsonObject c = o[u"customs"_qs].toObject();
            QCOMPARE(kopecks(c[u"customs_value_rub"_qs]), cost.result.customsValueKopecks);
            QCOMPARE(kopecks(c[u"duty_rub"_qs]), kopecks(cost.result.duty));
            QCOMPARE(kopecks(c[u"excise_rub"_qs]), kopecks(cost.result.excise));
            QCOMPARE(kopecks(c[u"vat_rub"_qs]), kopecks(cost.result.vat));
            QCOMPARE(kopecks(c[u"clearance_fee_rub"_qs]), kopecks(cost.result.clearanceFee));
            QCOMPARE(kopecks(c[u"utilization_fee_rub"_qs]), kopecks(cost.result.utilizationFee));
            QCOMPARE(kopecks(c[u"total_without_utilization_rub"_qs]), kopecks(cost.result.totalWithoutUtilization));
            QCOMPARE(kopecks(c[u"total_rub"_qs]), kopecks(cost.result.total));
            QCOMPARE(kopecks(c[u"price_rub"_qs]), kopecks(cost.estimate.priceRubKopecks));
            QCOMPARE(kopecks(c[u"landed_rub"_qs]), kopecks(cost.estimate.landedRubKopecks));
            // The table shows the same three amounts.
            QCOMPARE(cell(Model::Column::PriceRub), kopecks(cost.estimate.priceRubKopecks));
            QCOMPARE(cell(Model::Column::CustomsRub), kopecks(cost.estimate.customsRubKopecks));
            QCOMPARE(cell(Model::Column::LandedRub), kopecks(cost.estimate.landedRubKopecks));
            if (cost.estimate.landedRubKopecks) {
                QCOMPARE(*cost.estimate.landedRubKopecks,
                         cost.result.customsValueKopecks + *cost.result.total.kopecks + settings.extraCostsRub * 100);
                ++computed;
            } else {
                ++problems;
            }
        }
        QCOMPARE(computed + problems, count);
        // Encar lists no power: the specs catalog gives it (the demo inventory is ≥ 95 % covered).
        QVERIFY2(computed >= count / 2, qPrintable(u"only %1 listings computable"_qs.arg(computed)));

        // The CSV the GUI exports from the table is the CLI's CSV, byte for byte.
        QStringList columns = Model::defaultCsvColumnKeys();
        for (Model::Column col : {Model::Column::PriceRub, Model::Column::CustomsRub, Model::Column::LandedRub}) {
            if (!columns.contains(Model::columnKey(col)))
                columns << Model::columnKey(col);
        }
        Export::ListingCsvExporter exporter(&model, columns, Export::csvOptionsFor(QLocale::system()));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY2(exporter.exportToDevice(&buffer), qPrintable(exporter.errorString()));
        QString guiCsv = QString::fromUtf8(buffer.data());
        // The one intended difference: the GUI's cells point at its power field where the CLI just says so.
        const QString guiPower = Ui::CostService::cellText(Services::CostProblem::PowerUnknown, {});
        QVERIFY(guiPower != Services::costProblemText(Services::CostProblem::PowerUnknown, {}));
        guiCsv.replace(guiPower, Services::costProblemText(Services::CostProblem::PowerUnknown, {}));
        QCOMPARE(guiCsv.count(u'\n'), 1 + count);
        QCOMPARE(guiCsv, csv);
    }
};

QTEST_MAIN(TestCostsGuiCli)
#include "tst_costsguicli.moc"
