// The watchlist pane over the Encar demo backend on loopback: save a search → run it → "new" badges; the
// inventory changes → run again → a "price cut −X %" badge; stars and notes kept per user.

#include "core/demo/replayserver.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/sources/encar/encardemo.h"
#include "core/sources/sourceregistry.h"
#include "core/store/database.h"
#include "core/store/workspace.h"
#include "storetestsupport.h"
#include "ui/listingnotebox.h"
#include "ui/watchlistpane.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace CarScout;

class TestWatchlistPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Demo::ReplayServer> m_server;
    std::unique_ptr<Net::HttpClient> m_client;

    static QStringList column(const QTreeWidget *tree, int c)
    {
        QStringList out;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            out << tree->topLevelItem(i)->text(c);
        return out;
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
    }
    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void saveRunBadge()
    {
        CARSCOUT_SCRATCH_DB(scratch, u"sqlite"_qs);
        QString error;
        auto db = Store::Database::open(scratch.url(), &error);
        QVERIFY2(db, qPrintable(error));
        Store::Workspace workspace(*db);
        const Sources::SourceRegistry registry = Sources::SourceRegistry::withBuiltInSources();
        QObject owner;
        Sources::Source *encar = registry.create(u"encar"_qs, *m_client, &owner);
        QVERIFY(encar);

        Ui::WatchlistPane pane(workspace, {encar});
        pane.resize(900, 600);
        pane.show();
        QVERIFY(!pane.runAllButton()->isEnabled());   // nothing saved yet

        Sources::SearchQuery query;
        query.path = {u"기아"_qs, u"K5"_qs};
        query.maxPages = 1;   // what the pane had loaded: the watch looks further
        QVERIFY2(pane.saveSearch(u"K5 for Ivan"_qs, u"encar"_qs, query, &error), qPrintable(error));
        QVERIFY(!pane.saveSearch(u"K5 for Ivan"_qs, u"encar"_qs, query, &error));
        QCOMPARE(column(pane.searchList(), 0), QStringList{u"K5 for Ivan"_qs});
        QCOMPARE(pane.searchList()->topLevelItem(0)->text(1), encar->displayName());
        QVERIFY(pane.runButton()->isEnabled());

        QSignalSpy found(&pane, &Ui::WatchlistPane::newListingsFound);
        QSignalSpy finished(&pane, &Ui::WatchlistPane::runsFinished);
        QTest::mouseClick(pane.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        const QStringList badges = column(pane.resultList(), 0);
        QVERIFY2(badges.size() >= 3, qPrintable(pane.statusLabel()->text()));
        QVERIFY(std::all_of(badges.begin(), badges.end(), [](const QString &b) { return b == Ui::WatchlistPane::newBadge(); }));
        QCOMPARE(found.count(), 1);
        QCOMPARE(found.at(0).at(0).toInt(), badges.size());
        QCOMPARE(pane.searchList()->topLevelItem(0)->text(3), QString::number(badges.size()));
        QVERIFY(pane.statusLabel()->text().contains(u"K5 for Ivan"));

        // The seller cut one price by 10 % (the search remembers the old one).
        const QString id = pane.resultList()->topLevelItem(0)->text(5);
        QVERIFY(db->run(u"UPDATE search_listings SET last_price = (SELECT price FROM listings WHERE listing_id = ?) * 10 / 9 "
                        "WHERE listing_id = ?"_qs, {id, id}, &error));
        QTest::mouseClick(pane.runAllButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(found.count(), 1);   // nothing new: no second notification
        QCOMPARE(pane.resultList()->topLevelItemCount(), 1);
        QTreeWidgetItem *cut = pane.resultList()->topLevelItem(0);
        QCOMPARE(cut->text(5), id);
        QVERIFY2(cut->text(0).startsWith(u"price cut −"), qPrintable(cut->text(0)));
        QVERIFY2(cut->text(0).contains(u"10"), qPrintable(cut->text(0)));
        QCOMPARE(cut->data(3, Qt::DisplayRole).toInt(), 0);   // first seen today
        QCOMPARE(pane.searchList()->topLevelItem(0)->text(4), u"1"_qs);

        // Star and note on that listing, per user.
        Listing listing;
        listing.source = u"encar"_qs;
        listing.id = id;
        Ui::ListingNoteBox anna(workspace, u"anna"_qs);
        anna.setListing(listing);
        QVERIFY2(anna.infoLabel()->text().startsWith(u"First seen"), qPrintable(anna.infoLabel()->text()));
        anna.starBox()->setChecked(true);
        anna.noteEdit()->setText(u"call the seller"_qs);
        QTest::mouseClick(anna.saveButton(), Qt::LeftButton);
        Ui::ListingNoteBox boris(workspace, u"boris"_qs);
        boris.setListing(listing);
        QVERIFY(!boris.starBox()->isChecked());
        anna.setListing(std::nullopt);
        QVERIFY(!anna.saveButton()->isEnabled());
        anna.setListing(listing);
        QVERIFY(anna.starBox()->isChecked());
        QCOMPARE(anna.noteEdit()->text(), u"call the seller"_qs);
    }

    void refreshTimerRunsAll()
    {
        CARSCOUT_SCRATCH_DB(scratch, u"sqlite"_qs);
        QString error;
        auto db = Store::Database::open(scratch.url(), &error);
        QVERIFY2(db, qPrintable(error));
        Store::Workspace workspace(*db);
        Ui::WatchlistPane pane(workspace, {});
        pane.setRefreshMinutes(5);
        QCOMPARE(pane.refreshMinutes(), 5);
        pane.setRefreshMinutes(-3);
        QCOMPARE(pane.refreshMinutes(), 0);
        // A search whose marketplace the app does not have is reported, not crashed on.
        QVERIFY(pane.saveSearch(u"che"_qs, u"che168"_qs, {}, &error));
        QSignalSpy finished(&pane, &Ui::WatchlistPane::runsFinished);
        pane.runAll();
        QVERIFY(finished.wait(5000));
        QVERIFY2(pane.statusLabel()->text().contains(u"could not be run"), qPrintable(pane.statusLabel()->text()));
    }
};

QTEST_MAIN(TestWatchlistPane)
#include "tst_watchlistpane.moc"
