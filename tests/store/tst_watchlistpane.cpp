// The watchlist pane over the Encar demo backend on loopback: save a search → run it → "new" badges; the
// inventory changes → run again → a "price cut −X %" badge; stars and notes kept per user. Everything goes
// through the store's worker thread; a slow database does not stop the pane's event loop.

#include "core/demo/replayserver.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/sources/encar/encardemo.h"
#include "core/sources/sourceregistry.h"
#include "core/store/database.h"
#include "core/store/storeworker.h"
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
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
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

    static bool saveAndWait(Ui::WatchlistPane &pane, const QString &name, const QString &source,
                            const Sources::SearchQuery &query, QString *error)
    {
        QSignalSpy saved(&pane, &Ui::WatchlistPane::searchSaved);
        QSignalSpy reloaded(&pane, &Ui::WatchlistPane::reloaded);
        pane.saveSearch(name, source, query);
        if (!saved.wait(10000))
            return false;
        *error = saved.at(0).at(1).toString();
        if (!error->isEmpty())
            return false;
        return reloaded.wait(10000);
    }

    void saveRunBadge()
    {
        CARSCOUT_SCRATCH_DB(scratch, u"sqlite"_qs);
        QString error;
        Store::StoreWorker store(scratch.url());
        const Sources::SourceRegistry registry = Sources::SourceRegistry::withBuiltInSources();
        QObject owner;
        Sources::Source *encar = registry.create(u"encar"_qs, *m_client, &owner);
        QVERIFY(encar);

        Ui::WatchlistPane pane(store, {encar});
        pane.resize(900, 600);
        pane.show();
        QVERIFY(!pane.runAllButton()->isEnabled());   // nothing saved yet

        Sources::SearchQuery query;
        query.path = {u"기아"_qs, u"K5"_qs};
        query.maxPages = 1;   // what the pane had loaded: the watch looks further
        QVERIFY2(saveAndWait(pane, u"K5 for Ivan"_qs, u"encar"_qs, query, &error), qPrintable(error));
        QVERIFY(!saveAndWait(pane, u"K5 for Ivan"_qs, u"encar"_qs, query, &error));
        QVERIFY2(error.contains(u"already a saved search"), qPrintable(error));
        QCOMPARE(column(pane.searchList(), 0), QStringList{u"K5 for Ivan"_qs});
        QCOMPARE(pane.searchList()->topLevelItem(0)->text(1), encar->displayName());
        QVERIFY(pane.runButton()->isEnabled());

        QSignalSpy found(&pane, &Ui::WatchlistPane::newListingsFound);
        QSignalSpy finished(&pane, &Ui::WatchlistPane::runsFinished);
        QSignalSpy shown(&pane, &Ui::WatchlistPane::resultsShown);
        QTest::mouseClick(pane.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(pane.resultList()->topLevelItemCount() > 0, 10000);
        const QStringList badges = column(pane.resultList(), 0);
        QVERIFY2(badges.size() >= 3, qPrintable(pane.statusLabel()->text()));
        QVERIFY(std::all_of(badges.begin(), badges.end(), [](const QString &b) { return b == Ui::WatchlistPane::newBadge(); }));
        QCOMPARE(found.count(), 1);
        QCOMPARE(found.at(0).at(0).toInt(), badges.size());
        QCOMPARE(pane.searchList()->topLevelItem(0)->text(3), QString::number(badges.size()));
        QVERIFY(pane.statusLabel()->text().contains(u"K5 for Ivan"));

        // The seller cut one price by 10 % (the search remembers the old one).
        const QString id = pane.resultList()->topLevelItem(0)->text(5);
        {
            auto db = Store::Database::open(scratch.url(), &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(db->run(u"UPDATE search_listings SET last_price = (SELECT price FROM listings WHERE listing_id = ?) * 10 / 9 "
                            "WHERE listing_id = ?"_qs, {id, id}, &error));
        }
        shown.clear();
        QTest::mouseClick(pane.runAllButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && pane.resultList()->topLevelItemCount() == 1, 10000);
        QCOMPARE(found.count(), 1);   // nothing new: no second notification
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
        Ui::ListingNoteBox anna(store, u"anna"_qs);
        QSignalSpy annaLoaded(&anna, &Ui::ListingNoteBox::loaded);
        anna.setListing(listing);
        QVERIFY(!anna.saveButton()->isEnabled());   // until the workspace answered
        QVERIFY(annaLoaded.wait(10000));
        QVERIFY(anna.saveButton()->isEnabled());
        QVERIFY2(anna.infoLabel()->text().startsWith(u"First seen"), qPrintable(anna.infoLabel()->text()));
        anna.starBox()->setChecked(true);
        anna.noteEdit()->setText(u"call the seller"_qs);
        QSignalSpy saved(&anna, &Ui::ListingNoteBox::saved);
        QTest::mouseClick(anna.saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.at(0).at(0).toString(), QString());
        Ui::ListingNoteBox boris(store, u"boris"_qs);
        QSignalSpy borisLoaded(&boris, &Ui::ListingNoteBox::loaded);
        boris.setListing(listing);
        QVERIFY(borisLoaded.wait(10000));
        QVERIFY(!boris.starBox()->isChecked());
        // The same listing again (its table refreshed): what anna is typing stays.
        anna.noteEdit()->setText(u"call the seller, then the bank"_qs);
        annaLoaded.clear();
        anna.setListing(listing);
        QVERIFY(anna.saveButton()->isEnabled());
        QVERIFY(annaLoaded.wait(10000));
        QCOMPARE(anna.noteEdit()->text(), u"call the seller, then the bank"_qs);
        QVERIFY(anna.infoLabel()->text().startsWith(u"First seen"));
        anna.setListing(std::nullopt);
        QVERIFY(!anna.saveButton()->isEnabled());
        annaLoaded.clear();
        anna.setListing(listing);
        QVERIFY(annaLoaded.wait(10000));
        QVERIFY(anna.starBox()->isChecked());
        QCOMPARE(anna.noteEdit()->text(), u"call the seller"_qs);
    }

    void refreshTimerRunsAll()
    {
        CARSCOUT_SCRATCH_DB(scratch, u"sqlite"_qs);
        QString error;
        Store::StoreWorker store(scratch.url());
        Ui::WatchlistPane pane(store, {});
        pane.setRefreshMinutes(5);
        QCOMPARE(pane.refreshMinutes(), 5);
        pane.setRefreshMinutes(-3);
        QCOMPARE(pane.refreshMinutes(), 0);
        // A search whose marketplace the app does not have is reported, not crashed on.
        QVERIFY2(saveAndWait(pane, u"che"_qs, u"che168"_qs, {}, &error), qPrintable(error));
        QSignalSpy finished(&pane, &Ui::WatchlistPane::runsFinished);
        pane.runAll();
        QVERIFY(finished.wait(5000));
        QVERIFY2(pane.statusLabel()->text().contains(u"could not be run"), qPrintable(pane.statusLabel()->text()));
    }

    // A slow workspace (1.5 s per request on the worker) never stops the pane: its event loop keeps turning while
    // the saved searches load, and the answer still arrives.
    void aSlowDatabaseDoesNotFreezeThePane()
    {
        CARSCOUT_SCRATCH_DB(scratch, u"sqlite"_qs);
        Store::StoreWorker store(scratch.url());
        store.setDelayForTesting(1500);
        QElapsedTimer started;
        started.start();
        Ui::WatchlistPane pane(store, {});
        QSignalSpy reloaded(&pane, &Ui::WatchlistPane::reloaded);
        pane.show();
        const qint64 constructed = started.elapsed();
        QVERIFY2(constructed < 500, qPrintable(QString::number(constructed)));
        int ticks = 0;
        qint64 longestGap = 0;
        QElapsedTimer gap;
        gap.start();
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            ++ticks;
            longestGap = qMax(longestGap, gap.restart());
        });
        timer.start(10);
        QVERIFY(reloaded.wait(10000));
        QVERIFY2(started.elapsed() >= 1400, qPrintable(QString::number(started.elapsed())));
        qInfo("pane: %d ticks of 10 ms while the saved searches loaded, longest gap %lld ms", ticks, longestGap);
        QVERIFY2(ticks >= 50, qPrintable(QString::number(ticks)));
        QVERIFY2(longestGap < 250, qPrintable(QString::number(longestGap)));
    }
};

QTEST_MAIN(TestWatchlistPane)
#include "tst_watchlistpane.moc"
