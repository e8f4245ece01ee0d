#include "ui/mainwindow.h"

#include "core/model/listingcolumns.h"
#include "core/model/listingtablemodel.h"
#include "core/net/httpclient.h"
#include "core/net/netstats.h"
#include "core/specs/dealerspecs.h"
#include "core/specs/backgrounddetails.h"
#include "core/specs/dealerspecsrepository.h"
#include "core/specs/specsresolver.h"
#include "ui/appcontext.h"
#include "ui/costservice.h"
#include "ui/customsdialog.h"
#include "ui/detailpanel.h"
#include "ui/exportdialog.h"
#include "ui/filterform.h"
#include "ui/messagebox.h"
#include "ui/myspecsdialog.h"
#include "ui/netstatuswidget.h"
#include "ui/networksetup.h"
#include "ui/searchpane.h"
#include "ui/settings.h"
#include "ui/settingsdialog.h"
#include "ui/sourcesetup.h"
#include "ui/watchlistdock.h"
#include "ui/quoteactions.h"

#include <QAction>
#include <QDateTime>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QComboBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace CarScout::Ui {

MainWindow::MainWindow(AppContext &context, QWidget *parent) : QMainWindow(parent), m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CarScout"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/carscout-256.png")));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sourceTabs"));
    m_tabs->setDocumentMode(true);
    m_detail = new DetailPanel(m_context.photos, m_context.costs, m_context.terms, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(true);
    setCentralWidget(m_splitter);

    m_netStatus = new NetStatusWidget(this);
    statusBar()->addPermanentWidget(m_netStatus, 1);

    createActions();
    createMenus();
    createPanes();
    reloadSpecs();
    if (m_context.workspace) {   // saved searches, notes and market positions
        auto *watchlist = new WatchlistDock(this, m_context);
        addDockWidget(Qt::BottomDockWidgetArea, watchlist);
        resizeDocks({watchlist}, {height() / 4}, Qt::Vertical);
        menuBar()->insertMenu(menuBar()->actions().constLast(), watchlist->menu());
    }

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        rebuildColumnMenu();
        updateActions();
        onCurrentListingChanged();
    });
    connect(m_detail, &DetailPanel::calculatorRequested, this, &MainWindow::openCalculator);

    // Counters move with every request; the strip is refreshed at most four times a second.
    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(250);
    m_statusTimer->setSingleShot(true);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    // While a marketplace pauses its details no request moves the counters: the time left ticks on its own.
    m_pauseTimer = new QTimer(this);
    m_pauseTimer->setInterval(1000);
    connect(m_pauseTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    if (m_context.http)
        connect(m_context.http, &Net::HttpClient::statsChanged, m_statusTimer, [timer = m_statusTimer] {
            if (!timer->isActive())
                timer->start();
        });
    if (m_context.costs) {
        connect(m_context.costs, &CostService::ratesChanged, this, &MainWindow::refreshStatus);
        connect(m_context.costs, &CostService::estimatorChanged, this, [this] {
            for (SearchPane *pane : panes())
                pane->setCostEstimator(m_context.costs->estimator());
        });
    }

    restoreLayout();
    rebuildColumnMenu();
    updateActions();
    refreshStatus();
    installEventFilter(this);
}

MainWindow::~MainWindow()
{
    // The panes cancel their jobs while being destroyed; nothing may reach this half-destroyed window then.
    if (m_context.http) {
        m_context.http->disconnect(this);
        m_context.http->disconnect(m_statusTimer);
    }
    if (m_context.costs)
        m_context.costs->disconnect(this);
    m_tabs->disconnect(this);   // removing the tabs would emit currentChanged
    m_detail->disconnect(this);
    for (SearchPane *pane : panes())
        pane->disconnect(this);
}

void MainWindow::createActions()
{
    m_exportAction = new QAction(tr("&Export CSV…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Write the listings shown (or the selected ones) to a CSV file"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::openExportDialog);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_searchAction = new QAction(tr("&Search"), this);
    m_searchAction->setObjectName(QStringLiteral("searchAction"));
    m_searchAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::Key_F5)});
    connect(m_searchAction, &QAction::triggered, this, [this] {
        if (SearchPane *pane = currentPane())
            pane->startSearch();
    });

    m_cancelAction = new QAction(tr("&Cancel search"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        if (SearchPane *pane = currentPane())
            pane->cancelSearch();
    });

    m_loadMoreAction = new QAction(tr("Load &more"), this);
    m_loadMoreAction->setObjectName(QStringLiteral("loadMoreAction"));
    m_loadMoreAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_loadMoreAction, &QAction::triggered, this, [this] {
        if (SearchPane *pane = currentPane())
            pane->loadMore();
    });

    m_focusFiltersAction = new QAction(tr("&Filters"), this);
    m_focusFiltersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_focusFiltersAction, &QAction::triggered, this, [this] {
        if (SearchPane *pane = currentPane(); pane && pane->filterForm()->levelCombo(0))
            pane->filterForm()->levelCombo(0)->setFocus(Qt::ShortcutFocusReason);
    });

    m_calculatorAction = new QAction(tr("Customs &calculator…"), this);
    m_calculatorAction->setObjectName(QStringLiteral("calculatorAction"));
    m_calculatorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_calculatorAction, &QAction::triggered, this, &MainWindow::openCalculator);

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_detailToggleAction = new QAction(tr("&Detail panel"), this);
    m_detailToggleAction->setCheckable(true);
    m_detailToggleAction->setChecked(true);
    m_detailToggleAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_detailToggleAction, &QAction::toggled, m_detail, &QWidget::setVisible);

    m_aboutAction = new QAction(tr("&About CarScout"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *search = menuBar()->addMenu(tr("&Search"));
    search->addAction(m_searchAction);
    search->addAction(m_cancelAction);
    search->addAction(m_loadMoreAction);
    search->addSeparator();
    search->addAction(m_focusFiltersAction);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_calculatorAction);
    if (m_context.dealerSpecs) {
        QAction *mySpecs = tools->addAction(tr("&My specs…"));
        mySpecs->setObjectName(QStringLiteral("mySpecsAction"));
        connect(mySpecs, &QAction::triggered, this, [this] {
            auto *dialog = new MySpecsDialog(m_context.dealerSpecs, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &MySpecsDialog::changed, this, &MainWindow::specsChanged);
            dialog->open();
        });
    }
    tools->addSeparator();
    tools->addAction(m_settingsAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_columnsMenu = view->addMenu(tr("&Columns"));
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    view->addAction(m_detailToggleAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createPanes()
{
    SearchPane::Dependencies deps;
    deps.http = m_context.http;
    deps.settings = m_context.settings;
    deps.terms = m_context.terms;
    deps.thumbnailCacheDir = m_context.thumbnailCacheDir;
    deps.photos = m_context.photos;
    for (int i = 0; i < m_context.sources.size(); ++i) {
        Sources::Source *source = m_context.sources.at(i);
        auto *pane = createPane(source, deps, m_tabs);
        if (m_context.costs) {
            pane->setCostEstimator(m_context.costs->estimator());
            installCopyQuoteAction(pane, m_context.costs);   // ui/quoteactions.h
        }
        m_tabs->addTab(pane, source->displayName());
        if (i < 9) {
            auto *jump = new QAction(this);
            jump->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
            connect(jump, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
            addAction(jump);
        }
        connect(pane, &SearchPane::currentListingChanged, this, [this, pane] {
            if (pane == currentPane())
                onCurrentListingChanged();
        });
        connect(pane, &SearchPane::busyChanged, this, &MainWindow::updateActions);
        connect(pane, &SearchPane::listingEdited, this, [this](const Listing &listing) { offerToRemember(listing); });
        // Rows still missing displacement or power get their detail in the background (a child of the pane:
        // closing it cancels; a new search resets the model, which cancels too).
        m_backgroundDetails.append(new Specs::BackgroundDetails(pane->listingModel(), source, pane));
        connect(pane, &SearchPane::searchFinished, this, &MainWindow::updateActions);
        connect(pane->view()->horizontalHeader(), &QHeaderView::sectionMoved, this, [pane] { pane->saveLayout(); });
        connect(pane->view()->horizontalHeader(), &QHeaderView::sectionResized, pane, [pane](int, int, int newSize) {
            if (newSize > 0)
                pane->saveLayout();
        });
    }
    if (m_context.sources.isEmpty()) {
        auto *none = new QLabel(tr("No marketplace is available in this build."), m_tabs);
        none->setAlignment(Qt::AlignCenter);
        m_tabs->addTab(none, tr("Search"));
    }
}

void MainWindow::offerToRemember(const Listing &listing)
{
    if (!m_context.dealerSpecs || listing.powerHp <= 0)
        return;
    const Specs::DealerSpec spec = Specs::dealerSpecFor(listing, listing.powerHp, QDateTime::currentDateTimeUtc());
    const QString what = QStringList{listing.make, listing.model, spec.engine}.join(u' ').simplified();
    if (MessageBox::question(this, tr("Remember the power"),
                             tr("Use %1 hp for every listing of %2 from now on? You can remove it in Tools → My specs.")
                                 .arg(listing.powerHp).arg(what))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!m_context.dealerSpecs->save(spec, &error)) {
        MessageBox::warning(this, tr("Remember the power"), tr("The value could not be saved: %1").arg(error));
        return;
    }
    specsChanged();
}

void MainWindow::specsChanged()
{
    if (m_context.specsChanged)
        m_context.specsChanged();
    reloadSpecs();
}

void MainWindow::reloadSpecs()
{
    auto resolver = std::make_shared<Specs::SpecsResolver>();
    if (m_context.dealerSpecs) {
        QString error;
        resolver->setDealerSpecs(m_context.dealerSpecs->load(&error));
    }
    m_detail->setSpecsResolver(resolver);
    for (Specs::BackgroundDetails *details : std::as_const(m_backgroundDetails)) {
        if (details)
            details->setResolver(resolver);
    }
}

QList<SearchPane *> MainWindow::panes() const
{
    QList<SearchPane *> result;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *pane = qobject_cast<SearchPane *>(m_tabs->widget(i)))
            result.append(pane);
    }
    return result;
}

Specs::BackgroundDetails *MainWindow::backgroundDetails(const SearchPane *pane) const
{
    for (Specs::BackgroundDetails *details : m_backgroundDetails) {
        if (details && details->parent() == pane)
            return details;
    }
    return nullptr;
}

SearchPane *MainWindow::currentPane() const
{
    return qobject_cast<SearchPane *>(m_tabs->currentWidget());
}

SearchPane *MainWindow::paneFor(const QString &sourceId) const
{
    for (SearchPane *pane : panes()) {
        if (pane->sourceId() == sourceId)
            return pane;
    }
    return nullptr;
}

void MainWindow::setCurrentPane(const QString &sourceId)
{
    if (SearchPane *pane = paneFor(sourceId))
        m_tabs->setCurrentWidget(pane);
}

void MainWindow::onCurrentListingChanged()
{
    SearchPane *pane = currentPane();
    if (!pane) {
        m_detail->clear();
        return;
    }
    m_detail->showRow(pane->view()->currentIndex(), pane->source());   // the panel follows the row from here
}

void MainWindow::updateActions()
{
    SearchPane *pane = currentPane();
    m_searchAction->setEnabled(pane && !pane->isSearching());
    m_cancelAction->setEnabled(pane && pane->isSearching());
    m_loadMoreAction->setEnabled(pane && pane->canLoadMore());
    m_exportAction->setEnabled(pane != nullptr);
}

void MainWindow::rebuildColumnMenu()
{
    m_columnsMenu->clear();
    SearchPane *pane = currentPane();
    m_columnsMenu->setEnabled(pane != nullptr);
    if (!pane)
        return;
    const QHeaderView *header = pane->view()->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = m_columnsMenu->addAction(Model::columnTitle(Model::Column(column)));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setData(column);
        connect(action, &QAction::toggled, this, [pane, column](bool on) {
            pane->setColumnVisible(column, on);
            pane->saveLayout();
        });
    }
    m_columnsMenu->addSeparator();
    QAction *reset = m_columnsMenu->addAction(tr("Reset to defaults"));
    connect(reset, &QAction::triggered, this, [this, pane] {
        pane->applyColumnLayout(Model::ColumnLayout::defaults());
        pane->saveLayout();
        rebuildColumnMenu();
    });
}

void MainWindow::refreshStatus()
{
    if (m_context.http) {
        const Net::NetStats s = m_context.http->stats();
        NetCounters c;
        c.requests = s.requests;
        c.retries = s.retries;
        c.failures = s.failures;
        c.bytes = s.bytesReceived;
        c.rateWaitMs = s.rateWaitMs;
        c.inFlight = s.activeCalls;
        m_netStatus->setCounters(c);
        QList<BreakerState> breakers;
        for (Sources::Source *source : std::as_const(m_context.sources))
            breakers.append({source->id(), source->displayName(), m_context.http->breakerState(source->id())});
        m_netStatus->setBreakers(breakers);
    }
    QList<DetailPauseState> pauses;
    for (Sources::Source *source : std::as_const(m_context.sources)) {
        if (const std::optional<Sources::DetailPause> pause = source->detailPause())
            pauses.append({source->id(), source->displayName(), pause->remainingMs, pause->probing});
    }
    m_netStatus->setDetailPauses(pauses);
    if (pauses.isEmpty())
        m_pauseTimer->stop();
    else if (!m_pauseTimer->isActive())
        m_pauseTimer->start();
    if (m_context.costs) {
        const auto &rates = m_context.costs->rates();
        m_netStatus->setRatesDate(rates ? rates->date : QDate());
        if (!rates && !m_context.costs->ratesError().isEmpty())
            m_netStatus->setToolTip(m_context.costs->ratesError());
    }
}

void MainWindow::openExportDialog()
{
    SearchPane *pane = currentPane();
    if (!pane)
        return;
    ExportDialog dialog(pane, m_context.settings, this);
    dialog.exec();
}

void MainWindow::openCalculator()
{
    auto *dialog = new CustomsDialog(m_context.costs, m_context.settings, m_context.crossChecks, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_detail->hasListing())
        dialog->prefill(m_detail->listing());
    else if (SearchPane *pane = currentPane(); pane && pane->currentListing())
        dialog->prefill(*pane->currentListing());
    dialog->show();
}

void MainWindow::openSettings()
{
    QList<QPair<QString, QString>> sources;
    QStringList networked;
    for (Sources::Source *source : std::as_const(m_context.sources)) {
        sources.append({source->id(), source->displayName()});
        networked << source->id();
    }
    networked << u"photos"_qs << u"cbr"_qs << u"tks"_qs << u"calcus"_qs;   // the services
    QHash<QString, SourceNetworkSettings> effective;
    if (m_context.http) {
        for (const QString &id : std::as_const(networked))
            effective.insert(id, networkSettingsFrom(m_context.http->sourcePolicy(id)));
    }
    SettingsDialog dialog(m_context.settings, m_context.secrets, sources, effective, this);
    if (dialog.exec() == QDialog::Accepted)
        emit settingsApplied();
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About CarScout"),
                            tr("CarScout %1\n\nSearches Korean and Chinese used-car marketplaces, estimates Russian "
                               "customs payments at the Central Bank of Russia rate and exports what you see to CSV.\n\n"
                               "Customs estimates are indicative; the customs declaration decides.")
                                .arg(QStringLiteral(CARSCOUT_VERSION)));
}

void MainWindow::restoreLayout()
{
    Settings *s = m_context.settings;
    if (!s) {
        resize(1280, 800);
        return;
    }
    const QByteArray geometry = s->value(Keys::windowGeometry);
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    restoreState(s->value(Keys::windowState));
    const QByteArray splitter = s->value(Keys::splitterState);
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({900, 380});
    const int tab = s->value(Keys::currentTab);
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void MainWindow::saveLayout()
{
    Settings *s = m_context.settings;
    if (!s)
        return;
    s->setValue(Keys::windowGeometry, saveGeometry());
    s->setValue(Keys::windowState, saveState());
    s->setValue(Keys::splitterState, m_splitter->saveState());
    s->setValue(Keys::currentTab, m_tabs->currentIndex());
    for (SearchPane *pane : panes())
        pane->saveLayout();
    s->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (SearchPane *pane : panes())
        pane->cancelSearch();
    for (Specs::BackgroundDetails *details : std::as_const(m_backgroundDetails)) {
        if (details)
            details->cancel();
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == this && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &MainWindow::firstPainted);
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace CarScout::Ui
