#include "ui/watchlistpane.h"

#include "core/store/watchrunner.h"
#include "core/store/workspace.h"

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

WatchlistPane::WatchlistPane(Store::Workspace &workspace, const QList<Sources::Source *> &sources, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_sources(sources)
{
    m_runner = new Store::WatchRunner(m_workspace, [this](const QString &id) -> Sources::Source * {
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
    reload();
}

WatchlistPane::~WatchlistPane() = default;

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

bool WatchlistPane::saveSearch(const QString &name, const QString &sourceId, const Sources::SearchQuery &query,
                               QString *error)
{
    Sources::SearchQuery saved = query;
    // A watch looks at the whole result (up to 1000 listings), not at the pages the pane happened to load.
    saved.maxPages = 0;
    saved.limit = 1000;
    saved.pageSize = 100;
    if (!m_workspace.addSearch(name, sourceId, saved, error))
        return false;
    reload();
    const QList<QTreeWidgetItem *> items = m_searches->findItems(name.trimmed(), Qt::MatchExactly, NameColumn);
    if (!items.isEmpty())
        m_searches->setCurrentItem(items.first());
    return true;
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
    const QString keep = selectedName();
    QString error;
    const auto searches = m_workspace.searches(&error);
    m_searches->clear();
    if (!searches) {
        m_status->setText(error);
        updateButtons();
        return;
    }
    for (const Store::SavedSearch &s : *searches) {
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
    updateButtons();
}

QString WatchlistPane::selectedName() const
{
    const QTreeWidgetItem *item = m_searches->currentItem();
    return item ? item->text(NameColumn) : QString();
}

void WatchlistPane::runSelected()
{
    QString error;
    const auto search = m_workspace.findSearch(selectedName(), &error);
    if (!search) {
        m_status->setText(error);
        return;
    }
    m_runner->run({*search});
    updateButtons();
}

void WatchlistPane::runAll()
{
    if (m_runner->isRunning())
        return;   // a timer tick while a run is still going
    QString error;
    const auto searches = m_workspace.searches(&error);
    if (!searches) {
        m_status->setText(error);
        return;
    }
    m_runner->run(*searches);
    updateButtons();
}

void WatchlistPane::removeSelected()
{
    QString error;
    if (!m_workspace.removeSearch(selectedName(), &error))
        m_status->setText(error);
    m_reports.remove(selectedName());
    reload();
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
    reload();
    if (selectedName() == name || selectedName().isEmpty()) {
        const QList<QTreeWidgetItem *> items = m_searches->findItems(name, Qt::MatchExactly, NameColumn);
        if (!items.isEmpty())
            m_searches->setCurrentItem(items.first());
        showResults(name);
    }
}

void WatchlistPane::showResults(const QString &name)
{
    m_results->setSortingEnabled(false);
    m_results->clear();
    const auto it = m_reports.constFind(name);
    if (it == m_reports.constEnd()) {
        m_results->setSortingEnabled(true);
        return;
    }
    QList<Listing> listings = it->newListings;
    for (const Store::PriceChange &c : it->priceChanges)
        listings << c.listing;
    QString error;
    const auto statuses = m_workspace.statuses(listings, &error).value_or(QHash<QString, Store::ListingStatus>{});
    const auto positions = m_workspace.marketPositions(listings, &error).value_or(QHash<QString, Store::MarketPosition>{});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto add = [&](const Listing &l, const QString &badge) {
        const QString key = Store::listingKey(l.source, l.id);
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(BadgeColumn, badge);
        item->setText(TitleColumn, l.title);
        item->setText(PriceColumn, priceText(l.price, l.currency));
        item->setData(PriceColumn, Qt::UserRole, l.price ? double(*l.price) : -1.0);
        if (statuses.contains(key))
            item->setData(DaysColumn, Qt::DisplayRole, statuses.value(key).daysOnMarket(now));
        if (positions.contains(key)) {
            const Store::MarketPosition p = positions.value(key);
            item->setText(MarketColumn, Store::describeMarketPosition(p, priceText(p.medianPrice, l.currency)));
            item->setToolTip(MarketColumn, Store::marketPositionRule());
        }
        item->setText(IdColumn, l.id);
    };
    for (const Listing &l : it->newListings)
        add(l, newBadge());
    for (const Store::PriceChange &c : it->priceChanges)
        add(c.listing, priceChangeBadge(c));
    for (const QString &id : it->gone) {
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(BadgeColumn, tr("gone"));
        item->setText(IdColumn, id);
    }
    m_results->setSortingEnabled(true);
}

void WatchlistPane::updateButtons()
{
    const bool running = m_runner->isRunning();
    m_run->setEnabled(!running && !selectedName().isEmpty());
    m_runAll->setEnabled(!running && m_searches->topLevelItemCount() > 0);
    m_remove->setEnabled(!running && !selectedName().isEmpty());
}

} // namespace CarScout::Ui
