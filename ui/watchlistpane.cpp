#include "ui/watchlistpane.h"

#include "core/model/listingformat.h"
#include "core/store/storeworker.h"
#include "core/store/watchrunner.h"
#include "core/store/workspaceannotations.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace CarScout::Ui {

namespace {

enum SearchColumn { NameColumn, SourceColumn, LastRunColumn, NewColumn, ChangedColumn, GoneColumn };
enum ResultColumn { BadgeColumn, TitleColumn, PriceColumn, DaysColumn, MarketColumn, IdColumn };

QString priceText(const std::optional<qint64> &price, const QString &currency)
{
    return price ? QLocale().toString(*price) + u' ' + currency : WatchlistPane::tr("no price");
}

} // namespace

WatchlistPane::WatchlistPane(Store::StoreWorker &store, const QList<Sources::Source *> &sources, QWidget *parent)
    : QWidget(parent), m_store(store), m_sources(sources)
{
    m_runner = new Store::WatchRunner(m_store, [this](const QString &id) -> Sources::Source * {
        for (Sources::Source *s : std::as_const(m_sources)) {
            if (s->id() == id)
                return s;
        }
        return nullptr;
    }, this);

    m_searches = new QTreeWidget(this);
    m_searches->setRootIsDecorated(false);
    m_searches->setHeaderLabels({tr("Saved search"), tr("Marketplace"), tr("Last run"), tr("New"), tr("Price changes"),
                                 tr("Gone")});
    m_searches->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_searches->header()->setStretchLastSection(false);
    m_results = new QTreeWidget(this);
    m_results->setRootIsDecorated(false);
    m_results->setSortingEnabled(true);
    m_results->setHeaderLabels({tr("Badge"), tr("Listing"), tr("Price"), tr("Days on market"), tr("Market position"),
                                tr("Id")});
    m_results->headerItem()->setToolTip(MarketColumn, Store::marketPositionRule());

    m_run = new QPushButton(tr("Run"), this);
    m_runAll = new QPushButton(tr("Run all"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_refresh = new QTimer(this);
    m_refresh->setTimerType(Qt::VeryCoarseTimer);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_runAll);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_searches);
    splitter->addWidget(m_results);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    m_buttonRow = buttons;

    connect(m_run, &QPushButton::clicked, this, &WatchlistPane::runSelected);
    connect(m_runAll, &QPushButton::clicked, this, &WatchlistPane::runAll);
    connect(m_remove, &QPushButton::clicked, this, &WatchlistPane::removeSelected);
    connect(m_refresh, &QTimer::timeout, this, &WatchlistPane::runAll);
    connect(m_searches, &QTreeWidget::currentItemChanged, this, [this] {
        showResults(selectedName());
        updateButtons();
    });
    connect(m_runner, &Store::WatchRunner::searchStarted, this,
            [this](const QString &name) { m_status->setText(tr("Running \"%1\"…").arg(name)); });
    connect(m_runner, &Store::WatchRunner::searchFinished, this, &WatchlistPane::onSearchFinished);
    connect(m_runner, &Store::WatchRunner::idle, this, [this] {
        if (m_newThisBatch > 0)
            emit newListingsFound(m_newThisBatch, tr("%n new listing(s) in %1", nullptr, m_newThisBatch)
                                                      .arg(m_namesWithNew.join(u", "_qs)));
        m_newThisBatch = 0;
        m_namesWithNew.clear();
        updateButtons();
        emit runsFinished();
    });
    updateButtons();
    reload();
}

WatchlistPane::~WatchlistPane()
{
    for (Store::StoreRequest *request : {m_reloading.data(), m_annotating.data()}) {
        if (request)
            request->cancel();
    }
}

bool WatchlistPane::isRunning() const
{
    return m_runner->isRunning();
}

QString WatchlistPane::newBadge()
{
    return tr("new");
}

QString WatchlistPane::priceChangeBadge(const Store::PriceChange &change)
{
    const std::optional<double> percent = change.percent();
    if (!percent)
        return tr("price changed");
    const QString amount = QLocale().toString(std::abs(*percent), 'f', 1);
    return *percent < 0 ? tr("price cut −%1 %").arg(amount) : tr("price raised +%1 %").arg(amount);
}

void WatchlistPane::saveSearch(const QString &name, const QString &sourceId, const Sources::SearchQuery &query)
{
    Sources::SearchQuery saved = query;
    // A watch looks at the whole result (up to 1000 listings), not at the pages the pane happened to load.
    saved.maxPages = 0;
    saved.limit = 1000;
    saved.pageSize = 100;
    Store::StoreRequest *request = m_store.call<Store::SavedSearch>(
        [name, sourceId, saved](Store::Workspace &w, QString *error) { return w.addSearch(name, sourceId, saved, error); });
    connect(request, &Store::StoreRequest::finished, this, [this, request, name] {
        if (request->error().isEmpty()) {
            m_selectAfterReload = name.trimmed();
            reload();
        }
        emit searchSaved(name.trimmed(), request->error());
    });
}

void WatchlistPane::setRefreshMinutes(int minutes)
{
    m_refreshMinutes = qMax(0, minutes);
    if (m_refreshMinutes == 0)
        m_refresh->stop();
    else
        m_refresh->start(m_refreshMinutes * 60 * 1000);
}

void WatchlistPane::reload()
{
    if (m_reloading)
        m_reloading->cancel();   // a newer answer is coming
    m_reloading = m_store.call<QList<Store::SavedSearch>>([](Store::Workspace &w, QString *error) { return w.searches(error); });
    connect(m_reloading, &Store::StoreRequest::finished, this, [this, request = m_reloading] {
        if (!request->error().isEmpty())
            m_status->setText(request->error());
        else
            fillSearches(request->result<QList<Store::SavedSearch>>());
        if (m_runAllPending) {
            m_runAllPending = false;
            if (request->error().isEmpty())
                m_runner->run(request->result<QList<Store::SavedSearch>>());
        }
        updateButtons();
        emit reloaded();
    });
}

void WatchlistPane::fillSearches(const QList<Store::SavedSearch> &searches)
{
    const QString before = selectedName();
    const QString keep = m_selectAfterReload.isEmpty() ? before : m_selectAfterReload;
    const bool show = !m_selectAfterReload.isEmpty();
    m_selectAfterReload.clear();
    const QSignalBlocker quiet(m_searches);   // the selection is restored, not changed
    m_searches->clear();
    m_byName.clear();
    for (const Store::SavedSearch &s : searches) {
        m_byName.insert(s.name, s);
        QString sourceName = s.source;
        for (const Sources::Source *source : std::as_const(m_sources)) {
            if (source->id() == s.source)
                sourceName = source->displayName();
        }
        auto *item = new QTreeWidgetItem(m_searches, {s.name, sourceName,
                                                      s.lastRunAt.isValid() ? QLocale().toString(s.lastRunAt.toLocalTime(), QLocale::ShortFormat)
                                                                            : tr("never"),
                                                      QString::number(s.lastNew), QString::number(s.lastChanged),
                                                      QString::number(s.lastGone)});
        if (s.name == keep)
            m_searches->setCurrentItem(item);
    }
    if (show || selectedName() != before)
        showResults(selectedName());
}

QString WatchlistPane::selectedName() const
{
    const QTreeWidgetItem *item = m_searches->currentItem();
    return item ? item->text(NameColumn) : QString();
}

void WatchlistPane::runSelected()
{
    const auto it = m_byName.constFind(selectedName());
    if (it == m_byName.cend())
        return;
    m_runner->run({*it});
    updateButtons();
}

void WatchlistPane::runAll()
{
    if (m_runner->isRunning() || m_runAllPending)
        return;   // a timer tick while a run is still going
    // The searches as the workspace has them now (carscout-cli or a colleague may have added some).
    m_runAllPending = true;
    reload();
    updateButtons();
}

void WatchlistPane::removeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    Store::StoreRequest *request = m_store.call<bool>([name](Store::Workspace &w, QString *error) -> std::optional<bool> {
        if (!w.removeSearch(name, error))
            return std::nullopt;
        return true;
    });
    connect(request, &Store::StoreRequest::finished, this, [this, request, name] {
        if (!request->error().isEmpty())
            m_status->setText(request->error());
        m_reports.remove(name);
        reload();
    });
}

void WatchlistPane::onSearchFinished(const QString &name, const Store::WatchReport &report, const QString &error)
{
    if (!error.isEmpty()) {
        m_status->setText(tr("\"%1\" could not be run: %2").arg(name, error));
        return;
    }
    m_reports.insert(name, report);
    m_status->setText(tr("\"%1\": %2 new, %3 price changes, %4 gone")
                          .arg(name).arg(report.newListings.size()).arg(report.priceChanges.size()).arg(report.gone.size()));
    if (!report.newListings.isEmpty()) {
        m_newThisBatch += int(report.newListings.size());
        m_namesWithNew << name;
    }
    if (selectedName() == name || selectedName().isEmpty())
        m_selectAfterReload = name;
    reload();
}

void WatchlistPane::showResults(const QString &name)
{
    if (m_annotating)
        m_annotating->cancel();
    m_results->setSortingEnabled(false);
    m_results->clear();
    const auto it = m_reports.constFind(name);
    if (it == m_reports.constEnd()) {
        m_results->setSortingEnabled(true);
        emit resultsShown();
        return;
    }
    const Store::WatchReport report = *it;
    QList<Listing> listings = report.newListings;
    for (const Store::PriceChange &c : report.priceChanges)
        listings << c.listing;
    m_annotating = m_store.call<Model::WorkspaceAnnotations>([listings](Store::Workspace &w, QString *error) {
        return Store::workspaceAnnotations(w, listings, error);
    });
    connect(m_annotating, &Store::StoreRequest::finished, this, [this, report, request = m_annotating] {
        if (!request->error().isEmpty())
            m_status->setText(request->error());
        const auto annotations = request->result<Model::WorkspaceAnnotations>();
        auto add = [&](const Listing &l, const QString &badge) {
            auto *item = new QTreeWidgetItem(m_results);
            item->setText(BadgeColumn, badge);
            item->setText(TitleColumn, l.title);
            item->setText(PriceColumn, priceText(l.price, l.currency));
            item->setData(PriceColumn, Qt::UserRole, l.price ? double(*l.price) : -1.0);
            const auto a = annotations.constFind(Model::listingKey(l));
            if (a != annotations.cend() && a->daysOnMarket >= 0)
                item->setData(DaysColumn, Qt::DisplayRole, a->daysOnMarket);
            if (a != annotations.cend() && a->market) {
                const Model::MarketStanding &m = *a->market;
                item->setText(MarketColumn, Model::marketStandingText(m, QLocale()));
                item->setToolTip(MarketColumn, Model::workspaceToolTip(&*a, Model::Column::MarketPosition, l, QLocale()));
            }
            item->setText(IdColumn, l.id);
        };
        for (const Listing &l : report.newListings)
            add(l, newBadge());
        for (const Store::PriceChange &c : report.priceChanges)
            add(c.listing, priceChangeBadge(c));
        for (const QString &id : report.gone) {
            auto *item = new QTreeWidgetItem(m_results);
            item->setText(BadgeColumn, tr("gone"));
            item->setText(IdColumn, id);
        }
        m_results->setSortingEnabled(true);
        emit resultsShown();
    });
}

void WatchlistPane::updateButtons()
{
    const bool running = m_runner->isRunning() || m_runAllPending;
    m_run->setEnabled(!running && !selectedName().isEmpty());
    m_runAll->setEnabled(!running && m_searches->topLevelItemCount() > 0);
    m_remove->setEnabled(!running && !selectedName().isEmpty());
}

} // namespace CarScout::Ui
