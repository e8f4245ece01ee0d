#include "ui/watchlistdock.h"

#include "core/model/listingtablemodel.h"
#include "core/store/storeworker.h"
#include "core/store/workspaceannotations.h"
#include "ui/appcontext.h"
#include "ui/filterform.h"
#include "ui/listingnotebox.h"
#include "ui/mainwindow.h"
#include "ui/searchpane.h"
#include "ui/settings.h"
#include "ui/watchlistpane.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QInputDialog>
#include <QMenu>
#include <QSpinBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QVBoxLayout>

namespace CarScout::Ui {

WatchlistDock::WatchlistDock(MainWindow *window, AppContext &context)
    : QDockWidget(tr("Watchlist"), window), m_window(window), m_context(context)
{
    setObjectName(QStringLiteral("watchlistDock"));
    auto *body = new QWidget(this);
    m_pane = new WatchlistPane(*context.workspace, context.sources, body);
    m_notes = new ListingNoteBox(*context.workspace, context.userName, body);
    m_refresh = new QSpinBox(body);
    m_refresh->setRange(0, 24 * 60);
    m_refresh->setSuffix(tr(" min"));
    m_refresh->setSpecialValueText(tr("never"));
    m_refresh->setValue(context.settings ? context.settings->value(Keys::watchRefreshMinutes) : 0);
    m_pane->setRefreshMinutes(m_refresh->value());
    m_pane->buttonRow()->insertWidget(2, new QLabel(tr("Run all every"), body));
    m_pane->buttonRow()->insertWidget(3, m_refresh);
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(m_notes);
    layout->addWidget(m_pane, 1);
    setWidget(body);

    m_menu = new QMenu(tr("&Watchlist"), this);
    m_saveSearch = m_menu->addAction(tr("&Save this search…"), this, &WatchlistDock::saveCurrentSearch);
    m_menu->addAction(tr("&Run all saved searches"), m_pane, &WatchlistPane::runAll);
    m_menu->addSeparator();
    m_menu->addAction(toggleViewAction());

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(window->windowIcon(), this);
        m_tray->setToolTip(tr("CarScout"));
        m_tray->show();
    }
    connect(m_pane, &WatchlistPane::newListingsFound, this, &WatchlistDock::notify);
    connect(m_pane, &WatchlistPane::searchSaved, this, [this](const QString &, const QString &error) {
        if (!error.isEmpty())
            m_window->statusBar()->showMessage(error, 10000);
        else
            show();
    });
    connect(m_refresh, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_pane->setRefreshMinutes(minutes);
        if (m_context.settings)
            m_context.settings->setValue(Keys::watchRefreshMinutes, minutes);
    });

    for (SearchPane *pane : window->panes()) {
        connect(pane, &SearchPane::currentListingChanged, this, &WatchlistDock::updateCurrentListing);
        // What a pane found is stored as seen: the price history and market positions grow while browsing.
        connect(pane, &SearchPane::searchFinished, this, [this, pane](const Sources::JobError &error) {
            if (!error.isError())
                recordAndAnnotate(pane);
        });
    }
    if (auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("sourceTabs")))
        connect(tabs, &QTabWidget::currentChanged, this, &WatchlistDock::updateCurrentListing);
    updateCurrentListing();
}

void WatchlistDock::recordAndAnnotate(SearchPane *pane)
{
    Model::ListingTableModel *model = pane->listingModel();
    QList<Listing> seen;
    seen.reserve(model->size());
    for (int row = 0; row < model->size(); ++row)
        seen << model->listing(row);
    if (QPointer<Store::StoreRequest> previous = m_annotating.value(pane))
        previous->cancel();
    // One request: the worker runs requests in order anyway, and the table's answer needs this run stored.
    Store::StoreRequest *request = m_context.workspace->call<Model::WorkspaceAnnotations>(
        [seen](Store::Workspace &w, QString *error) -> std::optional<Model::WorkspaceAnnotations> {
            if (!w.recordSeen(seen, error))
                return std::nullopt;
            return Store::workspaceAnnotations(w, seen, error);
        });
    m_annotating.insert(pane, request);
    connect(request, &Store::StoreRequest::finished, this, [this, pane, request] {
        m_annotating.remove(pane);
        if (!request->error().isEmpty()) {
            m_window->statusBar()->showMessage(request->error(), 10000);
            return;
        }
        pane->listingModel()->setWorkspaceAnnotations(request->result<Model::WorkspaceAnnotations>());
        updateCurrentListing();
    });
}

void WatchlistDock::saveCurrentSearch()
{
    SearchPane *pane = m_window->currentPane();
    if (!pane)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save this search"), tr("Name of the saved search:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    m_pane->saveSearch(name, pane->sourceId(), pane->filterForm()->query());
}

void WatchlistDock::updateCurrentListing()
{
    SearchPane *pane = m_window->currentPane();
    m_notes->setListing(pane ? pane->currentListing() : std::nullopt);
}

void WatchlistDock::notify(int count, const QString &summary)
{
    m_window->statusBar()->showMessage(summary, 15000);
    if (m_tray)
        m_tray->showMessage(tr("CarScout: %n new listing(s)", nullptr, count), summary);
}

} // namespace CarScout::Ui
