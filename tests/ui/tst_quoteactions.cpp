// The active cost profile in the GUI: the table's landed column equals the quote's total for the same car (to
// the kopeck), and "Copy quote" on a row of a real demo search puts that quote, with the dealer's contacts, on
// the clipboard.

#include "core/quote/listingquote.h"
#include "core/quote/quote.h"
#include "core/model/listingtablemodel.h"
#include "tests/quote/quotefixture.h"
#include "core/customs/secretstore.h"
#include "ui/appcontext.h"
#include "ui/costservice.h"
#include "ui/mainwindow.h"
#include "ui/quoteactions.h"
#include "ui/searchpane.h"
#include "uitestenv.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace CarScout;
using namespace CarScout::Ui;

class TestQuoteActions : public QObject
{
    Q_OBJECT

    Test::DemoEnvironment m_env;
    std::unique_ptr<Settings> m_settings;
    QString m_profilePath;

    std::unique_ptr<SearchPane> searchedPane(CostService &costs)
    {
        const SearchPane::Dependencies deps = m_env.paneDependencies(m_settings.get());
        auto pane = std::make_unique<SearchPane>(m_env.sources.value(0), deps);
        pane->setCostEstimator(costs.estimator());
        pane->setPageSize(20);
        pane->setPagesPerBatch(1);
        QSignalSpy finished(pane.get(), &SearchPane::searchFinished);
        pane->startSearch();
        if (!finished.wait(20000))
            return nullptr;
        return pane;
    }

    // The first row the table prices (the demo's cars all have a price, year and fuel; power comes from the
    // settings' default).
    static int firstPricedRow(const Model::ListingTableModel *model)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (const Model::CostEstimate *e = model->costEstimate(row); e && e->landedRubKopecks)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_env.start());
        QVERIFY(!m_env.sources.isEmpty());
        m_settings = m_env.openSettings();
        CustomsDefaults customs;
        customs.declarationDate = QDate(2026, 6, 15);
        customs.defaultPowerHp = 150;
        customs.costsToBorder = 1000;        // replaced by the profile's lines while it is active
        customs.costsCurrency = u"USD"_qs;
        customs.extraCostsRub = 50000;
        m_settings->setCustoms(customs);
        DealerSettings dealer{u"Avto Vostok"_qs, u"+7 914 000-00-00"_qs, u"Telegram @avtovostok"_qs, u"sales@avtovostok.example"_qs};
        m_settings->setDealer(dealer);
        // The hand-checked profile of tst_quotecost (mixed currencies, margin) plus a fixed CNY rate.
        m_profilePath = m_env.dir.filePath(u"hand.json"_qs);
        QFile file(m_profilePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QuoteTest::handProfileJson());
    }

    void landedEqualsQuoteTotal()
    {
        CostService costs(m_settings.get());
        costs.setRates(QuoteTest::handRates());
        auto withoutProfile = searchedPane(costs);
        QVERIFY(withoutProfile);
        const int plainRow = firstPricedRow(withoutProfile->listingModel());
        QVERIFY(plainRow >= 0);
        const qint64 plainLanded = *withoutProfile->listingModel()->costEstimate(plainRow)->landedRubKopecks;

        m_settings->setValue(Keys::activeProfile, m_profilePath);
        QVERIFY(costs.activeProfile());
        QCOMPARE(costs.activeProfile()->name, u"Hand"_qs);
        auto pane = searchedPane(costs);
        QVERIFY(pane);
        const Model::ListingTableModel *model = pane->listingModel();
        const int row = firstPricedRow(model);
        QVERIFY(row >= 0);
        const Listing &listing = model->listing(row);
        const Model::CostEstimate *estimate = model->costEstimate(row);

        const Quote::ListingQuote quote = Quote::quoteForListing(listing, costs.context(), *costs.rates(),
                                                                 *costs.activeProfile());
        QVERIFY2(quote.card, qPrintable(quote.error));
        QCOMPARE(*estimate->landedRubKopecks, quote.card->quote.totalKopecks);
        QCOMPARE(*estimate->customsRubKopecks, *quote.card->quote.customs.total.kopecks);
        // The profile really is what counts: the settings' own costs gave another amount for the same car.
        QCOMPARE(listing.id, withoutProfile->listingModel()->listing(plainRow).id);
        QVERIFY(plainLanded != *estimate->landedRubKopecks);

        // An independent check of the sum: the price at CBR × 1.025 plus every line, customs and commission.
        const Quote::QuoteResult &q = quote.card->quote;
        qint64 sum = 0;
        for (const Quote::QuoteLine &line : q.lines)
            sum += line.rubKopecks;
        QCOMPARE(sum, *estimate->landedRubKopecks);
        QCOMPARE(q.lines.constFirst().rubKopecks,
                 (Customs::Rational(*listing.price) * QuoteTest::dec("0.0569017") * QuoteTest::dec("1.025")).toKopecks());
        m_settings->setValue(Keys::activeProfile, QString());
    }

    // A profile file edited into bad JSON while active: the last good profile stays, with the error.
    void badActiveProfileKeepsTheLastGood()
    {
        const QString path = m_env.dir.filePath(u"changing.json"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QuoteTest::handProfileJson());
        file.close();
        m_settings->setValue(Keys::activeProfile, path);
        CostService costs(m_settings.get());
        QVERIFY(costs.activeProfile());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"name\": \"Hand\",\n \"lines\": [\n");
        file.close();
        m_settings->setValue(Keys::activeProfile, path);   // re-read, as after Settings → OK
        QVERIFY(costs.activeProfile());
        QCOMPARE(costs.activeProfile()->lines.size(), 5);
        QVERIFY2(costs.profileError().startsWith(path + u":3: "), qPrintable(costs.profileError()));
        m_settings->setValue(Keys::activeProfile, QString());
        QVERIFY(!costs.activeProfile());
    }

    void copyQuoteOnARow()
    {
        m_settings->setValue(Keys::activeProfile, m_profilePath);
        CostService costs(m_settings.get());
        costs.setRates(QuoteTest::handRates());
        auto pane = searchedPane(costs);
        QVERIFY(pane);
        QAction *action = installCopyQuoteAction(pane.get(), &costs);
        QVERIFY(pane->view()->actions().contains(action));
        QCOMPARE(pane->view()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
        const int row = firstPricedRow(pane->listingModel());
        QVERIFY(row >= 0);
        const Listing listing = pane->listingModel()->listing(row);
        // The view's row of that listing (the view may sort).
        int viewRow = -1;
        const QList<int> visible = pane->visibleSourceRows();
        for (int i = 0; i < visible.size(); ++i) {
            if (visible.at(i) == row)
                viewRow = i;
        }
        QVERIFY(viewRow >= 0);
        QVERIFY(pane->selectRow(viewRow));
        QCOMPARE(pane->currentListing()->id, listing.id);

        QApplication::clipboard()->clear();
        action->trigger();
        const QString text = QApplication::clipboard()->text();
        Quote::ListingQuote expected = Quote::quoteForListing(listing, costs.context(), *costs.rates(), *costs.activeProfile());
        QVERIFY2(expected.card, qPrintable(expected.error));
        expected.card->dealerName = u"Avto Vostok"_qs;
        expected.card->dealerContacts = u"+7 914 000-00-00, Telegram @avtovostok, sales@avtovostok.example"_qs;
        QCOMPARE(text, Quote::quoteText(*expected.card, Quote::Language::Russian));
        QVERIFY(text.contains(u"Lot fee"));
        QVERIFY(text.endsWith(u"Avto Vostok\n+7 914 000-00-00, Telegram @avtovostok, sales@avtovostok.example\n"));
        QVERIFY(pane->view()->statusTip().contains(u"Hand"));
        m_settings->setValue(Keys::activeProfile, QString());
    }

    // The PDF carries the dealer's name and contacts and the quote's total (read back with poppler's pdftotext).
    void pdfWithTheDealersContacts()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_qs);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        m_settings->setValue(Keys::activeProfile, m_profilePath);
        CostService costs(m_settings.get());
        costs.setRates(QuoteTest::handRates());
        Listing listing;
        listing.source = u"test"_qs;
        listing.id = u"p1"_qs;
        listing.title = u"Test car"_qs;
        listing.year = 2022;
        listing.month = 1;
        listing.price = 20000000;
        listing.currency = u"KRW"_qs;
        listing.fuel = Fuel::Petrol;
        listing.engineCc = 1998;
        listing.powerHp = 150;
        const QString path = m_env.dir.filePath(u"quote.pdf"_qs);
        const QString status = saveQuotePdf(listing, costs, path);
        QVERIFY2(status.contains(path), qPrintable(status));
        QProcess text;
        text.start(pdftotext, {u"-layout"_qs, path, u"-"_qs});
        QVERIFY(text.waitForFinished(30000));
        const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(pdf.contains(u"Avto Vostok"), qPrintable(pdf));
        QVERIFY(pdf.contains(u"sales@avtovostok.example"));
        QVERIFY(pdf.contains(u"Lot fee"));
        m_settings->setValue(Keys::activeProfile, QString());
    }

    // The main window gives every pane's table the actions.
    void mainWindowTablesHaveTheActions()
    {
        CostService costs(m_settings.get());
        Customs::MemorySecretStore secrets;
        AppContext context;
        context.settings = m_settings.get();
        context.http = m_env.http.get();
        context.costs = &costs;
        context.secrets = &secrets;
        context.terms = &m_env.registry.terms();
        context.sources = m_env.sources;
        MainWindow window(context);
        QCOMPARE(window.panes().size(), m_env.sources.size());
        for (SearchPane *pane : window.panes()) {
            QVERIFY(pane->view()->findChild<QAction *>(u"copyQuoteAction"_qs));
            QVERIFY(pane->view()->findChild<QAction *>(u"saveQuotePdfAction"_qs));
        }
    }

    void noRatesNoQuote()
    {
        CostService costs(m_settings.get());
        Listing listing;
        listing.id = u"x"_qs;
        const QuoteText quote = quoteTextFor(listing, costs);
        QVERIFY(quote.text.isEmpty());
        QVERIFY(!quote.error.isEmpty());
    }
};

QTEST_MAIN(TestQuoteActions)
#include "tst_quoteactions.moc"
