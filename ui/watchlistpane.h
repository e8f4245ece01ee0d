#pragma once

// The dealer's watchlist: saved searches with what their last run found (new, price changes, gone), Run / Run all,
// a refresh every N minutes while the app is open, and the last run's listings with their badges ("new",
// "price cut −X %"), days on market and market position. Emits newListingsFound for the tray notification.
// Every database request goes through the store's worker thread (Store::StoreWorker): the pane shows what
// the answers say when they arrive and never waits for them.

#include "core/model/listing.h"
#include "core/sources/source.h"
#include "core/store/watchdiff.h"
#include "core/store/workspace.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace CarScout::Store {
class StoreRequest;
class StoreWorker;
class WatchRunner;
}

namespace CarScout::Ui {

class WatchlistPane : public QWidget
{
    Q_OBJECT
public:
    // sources: the app's marketplaces (not owned), by id.
    WatchlistPane(Store::StoreWorker &store, const QList<Sources::Source *> &sources, QWidget *parent = nullptr);
    ~WatchlistPane() override;

    QTreeWidget *searchList() const { return m_searches; }
    QTreeWidget *resultList() const { return m_results; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *runAllButton() const { return m_runAll; }
    QLabel *statusLabel() const { return m_status; }
    QHBoxLayout *buttonRow() const { return m_buttonRow; }   // for the dock's extra controls
    bool isRunning() const;

    // Saves `query` on `sourceId` under `name`; searchSaved tells how it went (e.g. the name is taken).
    void saveSearch(const QString &name, const QString &sourceId, const Sources::SearchQuery &query);
    // Refresh every `minutes` while the app is open (0 = never).
    void setRefreshMinutes(int minutes);
    int refreshMinutes() const { return m_refreshMinutes; }

    // The badge text of a change or a new listing, as shown in the results ("new", "price cut −5 %").
    static QString newBadge();
    static QString priceChangeBadge(const Store::PriceChange &change);

public slots:
    void reload();          // the saved searches from the workspace
    void runSelected();
    void runAll();
    void removeSelected();

signals:
    void newListingsFound(int count, const QString &summary);   // after a run that found something new
    void runsFinished();
    void searchSaved(const QString &name, const QString &error);   // error empty = saved
    void reloaded();        // the list of saved searches is up to date
    void resultsShown();    // the results of the selected search are complete (with badges and positions)

private:
    QString selectedName() const;
    void fillSearches(const QList<Store::SavedSearch> &searches);
    void onSearchFinished(const QString &name, const Store::WatchReport &report, const QString &error);
    void showResults(const QString &name);
    void updateButtons();

    Store::StoreWorker &m_store;
    QList<Sources::Source *> m_sources;
    Store::WatchRunner *m_runner;
    QTreeWidget *m_searches;
    QTreeWidget *m_results;
    QPushButton *m_run;
    QPushButton *m_runAll;
    QPushButton *m_remove;
    QLabel *m_status;
    QHBoxLayout *m_buttonRow;
    QTimer *m_refresh;
    int m_refreshMinutes = 0;
    QHash<QString, Store::SavedSearch> m_byName;    // as the last reload saw them
    QHash<QString, Store::WatchReport> m_reports;   // the last run of each search, this session
    QString m_selectAfterReload;                    // and show its results
    QPointer<Store::StoreRequest> m_reloading;
    QPointer<Store::StoreRequest> m_annotating;
    bool m_runAllPending = false;
    int m_newThisBatch = 0;
    QStringList m_namesWithNew;
};

} // namespace CarScout::Ui
