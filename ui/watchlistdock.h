#pragma once

// The workspace in the main window: a dock with the watchlist pane, the star/note box of the current listing and
// the refresh interval; a "Watchlist" menu (save this search, run all, show); a tray message when a run finds
// new listings; and every finished search of a pane is stored, so history and market positions grow while the
// dealer browses, and the pane's table gets its workspace columns (vs market, new / price cut, days on market).
// All of it through the store's worker thread.

#include <QDockWidget>
#include <QHash>
#include <QPointer>

class QAction;
class QMenu;
class QSpinBox;
class QSystemTrayIcon;

namespace CarScout::Store {
class StoreRequest;
}

namespace CarScout::Ui {

struct AppContext;
class ListingNoteBox;
class MainWindow;
class SearchPane;
class WatchlistPane;

class WatchlistDock : public QDockWidget
{
    Q_OBJECT
public:
    // context.workspace must be set.
    WatchlistDock(MainWindow *window, AppContext &context);

    QMenu *menu() const { return m_menu; }
    QAction *saveSearchAction() const { return m_saveSearch; }
    WatchlistPane *pane() const { return m_pane; }
    ListingNoteBox *noteBox() const { return m_notes; }
    QSpinBox *refreshBox() const { return m_refresh; }

public slots:
    // Saves the current pane's search under a name asked from the dealer.
    void saveCurrentSearch();

private:
    void updateCurrentListing();
    void notify(int count, const QString &summary);
    // Stores what `pane` shows as seen, then annotates its table (the answer replaces any still coming).
    void recordAndAnnotate(SearchPane *pane);

    MainWindow *m_window;
    AppContext &m_context;
    WatchlistPane *m_pane;
    ListingNoteBox *m_notes;
    QSpinBox *m_refresh;
    QMenu *m_menu;
    QAction *m_saveSearch;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<SearchPane *, QPointer<Store::StoreRequest>> m_annotating;
};

} // namespace CarScout::Ui
