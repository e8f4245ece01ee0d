#include "ui/searchpane.h"

#include "core/services/photoservice.h"

#include "core/model/listingcolumns.h"
#include "core/model/listingfilterproxy.h"
#include "core/model/listingroles.h"
#include "core/model/listingtablemodel.h"
#include "ui/filterform.h"
#include "ui/settings.h"
#include "ui/termnames.h"
#include "ui/thumbnailproxy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace CarScout::Ui {

namespace {

// A small icon from the style on the cells whose value did not come from the listing itself (engine cc,
// power: catalog, detail page, online, the dealer's own) and on rows with an export warning. The tooltip
// (from the model) says which.
class ListingCellDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // None for the listing's own value (or an unknown one): no mark.
    static std::optional<QStyle::StandardPixmap> provenanceIcon(const QString &source)
    {
        if (source == u"catalog")
            return QStyle::SP_FileDialogDetailedView;
        if (source == u"detail")
            return QStyle::SP_FileDialogInfoView;
        if (source == u"online")
            return QStyle::SP_DriveNetIcon;
        if (source == u"dealer")
            return QStyle::SP_DirHomeIcon;
        return std::nullopt;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto column = Model::Column(index.column());
        std::optional<QStyle::StandardPixmap> icon;
        if (column == Model::Column::EngineCc || column == Model::Column::PowerHp)
            icon = provenanceIcon(index.data(Model::ProvenanceRole).toString());
        else if (column == Model::Column::ExportWarning && index.data(Model::UnderlyingDataRole).toInt() > 0)
            icon = QStyle::SP_MessageBoxWarning;
        const QStyle *style = option->widget ? option->widget->style() : nullptr;
        if (!icon || !style)
            return;
        option->icon = style->standardIcon(*icon, option, option->widget);
        option->decorationSize = QSize(16, 16);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
};

} // namespace

SearchPane::SearchPane(Sources::Source *source, const Dependencies &deps, QWidget *parent)
    : QWidget(parent),
      m_source(source),
      m_deps(deps),
      m_form(new FilterForm(source, deps.terms, this)),
      m_searchButton(new QPushButton(tr("&Search"), this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)),
      m_moreButton(new QPushButton(tr("Load &more"), this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_count(new QLabel(this)),
      m_error(new QLabel(this)),
      m_view(new QTableView(this)),
      m_model(new Model::ListingTableModel(this)),
      m_proxy(new Model::ListingFilterProxy(this)),
      m_thumbnails(new ThumbnailProxy(deps.photos, this))
{
    setObjectName(u"pane_" + source->id());
    if (!deps.photos && deps.http)
        m_thumbnails->setPhotoService(new Services::PhotoService(deps.http, m_thumbnails));   // outlives the proxy's body
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_moreButton->setObjectName(QStringLiteral("loadMoreButton"));
    m_searchButton->setDefault(true);
    m_searchButton->setToolTip(tr("Search %1 with these filters (Ctrl+Return)").arg(source->displayName()));
    m_moreButton->setToolTip(tr("Fetch the next pages of the same search"));
    m_cancelButton->setToolTip(tr("Stop the search now (Esc); the listings received so far stay"));

    m_progress->setObjectName(QStringLiteral("searchProgress"));
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_count->setObjectName(QStringLiteral("rowCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("searchError"));
    m_error->setTextFormat(Qt::PlainText);   // messages may quote what a server said
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; padding: 4px; "
                                          "border: 1px solid #f5c2bd; border-radius: 3px; }"));
    m_error->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_searchButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_moreButton);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_count);

    m_proxy->setSourceModel(m_model);
    m_thumbnails->setSourceModel(m_proxy);
    m_thumbnails->setThumbnailColumn(int(Model::Column::Title));
    m_thumbnails->setTerms(deps.terms, dictionaryLanguage());
    m_thumbnails->setDiskCacheDirectory(deps.thumbnailCacheDir);
    m_proxy->setSortRole(Model::UnderlyingDataRole);

    m_view->setObjectName(QStringLiteral("listingView"));
    m_view->setModel(m_thumbnails);
    m_view->setItemDelegate(new ListingCellDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setIconSize(m_thumbnails->thumbnailSize());
    m_view->verticalHeader()->setDefaultSectionSize(m_thumbnails->thumbnailSize().height() + 4);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    connect(m_searchButton, &QPushButton::clicked, this, &SearchPane::startSearch);
    connect(m_cancelButton, &QPushButton::clicked, this, &SearchPane::cancelSearch);
    connect(m_moreButton, &QPushButton::clicked, this, &SearchPane::loadMore);
    connect(m_form, &FilterForm::searchRequested, this, &SearchPane::startSearch);
    connect(m_form, &FilterForm::localFilterChanged, this, [this] {
        m_proxy->setFilter(m_form->localFilter());
        updateCountLabel();
    });
    connect(m_form, &FilterForm::catalogFailed, this, [this](int, const QString &message) {
        showError(tr("Could not load the %1 catalog: %2").arg(m_source->displayName(), message));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SearchPane::currentListingChanged);
    connect(m_thumbnails, &ThumbnailProxy::listingEdited, this, [this](const Listing &listing) {
        m_model->updateListing(listing);
        emit listingEdited(listing);
    });
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    // Scrolling to the end of the table asks for the next pages (fetchMore), once per batch.
    connect(m_model, &Model::ListingTableModel::moreRequested, this, &SearchPane::loadMore);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SearchPane::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SearchPane::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SearchPane::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SearchPane::updateCountLabel);

    Model::ColumnLayout layoutState = Model::ColumnLayout::defaults();
    if (m_deps.settings) {
        const QByteArray saved = m_deps.settings->headerState(sourceId());
        if (!saved.isEmpty())
            layoutState = Model::ColumnLayout::fromJson(saved);
    }
    applyColumnLayout(layoutState);
    updateButtons();
    updateCountLabel();
}

SearchPane::~SearchPane()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

QString SearchPane::sourceId() const
{
    return m_source->id();
}

void SearchPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_form->loadTopLevel();
}

void SearchPane::setCostEstimator(Model::CostEstimator estimator)
{
    m_model->setCostEstimator(std::move(estimator));
}

void SearchPane::invalidateCosts()
{
    m_model->invalidateCosts();
}

bool SearchPane::canLoadMore() const
{
    return m_hasQuery && !m_job && !m_exhausted;
}

void SearchPane::startSearch()
{
    Sources::SearchQuery query = m_form->query();
    query.pageSize = m_pageSize;
    query.maxPages = m_pagesPerBatch;
    m_model->clear();
    m_pagesLoaded = 0;
    m_continuation.clear();
    m_exhausted = false;
    runQuery(query, false);
}

void SearchPane::loadMore()
{
    if (!canLoadMore())
        return;
    // The next batch starts where the last one stopped; rows seen again merge in place.
    Sources::SearchQuery query = m_lastQuery;
    query.maxPages = m_pagesPerBatch;
    query.continuation = m_continuation;
    runQuery(query, true);
}

void SearchPane::runQuery(const Sources::SearchQuery &query, bool append)
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job = nullptr;
    }
    m_error->setVisible(false);
    m_model->setMoreAvailable(false);
    m_lastQuery = query;
    m_hasQuery = true;
    m_rowsBeforeRun = append ? m_model->size() : 0;
    m_lastProgress = {};
    m_runTimer.start();

    Sources::SearchJob *job = m_source->search(query);
    m_job = job;
    connect(job, &Sources::SearchJob::pageReady, this, [this](const QList<Listing> &listings) {
        m_model->appendListings(listings);
        emit pageArrived(m_model->size());
    });
    connect(job, &Sources::SearchJob::progress, this, &SearchPane::onProgress);
    connect(job, &Sources::SearchJob::finished, this, &SearchPane::onFinished);

    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Searching %1…").arg(m_source->displayName()));
    updateButtons();
    emit searchStarted();
    emit busyChanged(true);
}

void SearchPane::onProgress(const Sources::SearchProgress &p)
{
    m_lastProgress = p;
    const QLocale locale;
    if (p.pagesExpected > 0) {
        m_progress->setRange(0, p.pagesExpected);
        m_progress->setValue(qMin(p.pagesFetched, p.pagesExpected));
        m_progress->setFormat(tr("page %1 of %2").arg(p.pagesFetched).arg(p.pagesExpected));
    } else {
        m_progress->setRange(0, 0);
    }
    QString text = tr("%n listing(s) so far", nullptr, p.listingsSoFar);
    if (p.totalAvailable >= 0)
        text += u" · " + tr("%1 on %2").arg(locale.toString(p.totalAvailable), m_source->displayName());
    if (p.rateWaitMs > 0)
        text += u" · " + tr("waited %1 s on the rate limit").arg(locale.toString(p.rateWaitMs / 1000.0, 'f', 1));
    if (!p.warnings.isEmpty())
        text += u" · " + tr("%n unreadable listing(s) skipped", nullptr, int(p.warnings.size()));
    m_status->setText(text);
    // Which ones and why, in the marketplace's own words.
    m_status->setToolTip(p.warnings.isEmpty() ? QString() : p.warnings.mid(0, 20).join(u'\n'));
}

void SearchPane::onFinished(const Sources::JobError &error)
{
    if (sender() != m_job)
        return;
    m_job = nullptr;
    m_progress->setVisible(false);
    m_pagesLoaded += m_lastProgress.pagesFetched;
    const QLocale locale;
    const double seconds = m_runTimer.elapsed() / 1000.0;
    if (error.kind == Sources::JobError::Kind::Canceled) {
        if (m_lastProgress.pagesFetched > 0)
            m_continuation = m_lastProgress.continuation;
        m_status->setText(tr("Canceled: %n listing(s) kept", nullptr, m_model->size()));
    } else if (error.isError()) {
        m_status->setText(tr("Search failed"));
        showError(tr("The %1 search failed: %2").arg(m_source->displayName(), error.message));
    } else {
        const bool allThere = m_lastProgress.totalAvailable >= 0 && m_model->size() >= m_lastProgress.totalAvailable;
        m_continuation = m_lastProgress.continuation;
        m_exhausted = m_continuation.isEmpty() || allThere;
        m_model->setMoreAvailable(!m_exhausted);
        QString text = tr("%n listing(s) in %1 s", nullptr, m_model->size()).arg(locale.toString(seconds, 'f', 1));
        if (m_exhausted)
            text += u" · " + tr("that is all");
        m_status->setText(text);
    }
    updateButtons();
    emit searchFinished(error);
    emit busyChanged(false);
}

void SearchPane::cancelSearch()
{
    if (!m_job)
        return;
    Sources::SearchJob *job = m_job;
    job->cancel();   // finished(Canceled) follows; the UI is free again at once either way
    if (m_job == job) {
        job->disconnect(this);
        m_job = nullptr;
        Sources::JobError canceled;
        canceled.kind = Sources::JobError::Kind::Canceled;
        m_progress->setVisible(false);
        m_pagesLoaded += m_lastProgress.pagesFetched;
        if (m_lastProgress.pagesFetched > 0)
            m_continuation = m_lastProgress.continuation;
        m_status->setText(tr("Canceled: %n listing(s) kept", nullptr, m_model->size()));
        updateButtons();
        emit searchFinished(canceled);
        emit busyChanged(false);
    }
}

void SearchPane::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
}

void SearchPane::updateButtons()
{
    const bool busy = bool(m_job);
    m_searchButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_moreButton->setEnabled(canLoadMore());
}

void SearchPane::updateCountLabel()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->size();
    if (shown == total)
        m_count->setText(tr("%n listing(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n listing(s) shown", nullptr, total).arg(shown));
}

std::optional<Listing> SearchPane::currentListing() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    const QVariant v = index.siblingAtColumn(0).data(Model::ListingRole);
    if (!v.canConvert<Listing>())
        return std::nullopt;
    return v.value<Listing>();
}

QList<int> SearchPane::selectedSourceRows() const
{
    QList<int> viewRows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        viewRows.append(index.row());
    std::sort(viewRows.begin(), viewRows.end());
    QList<int> rows;
    for (int viewRow : std::as_const(viewRows))
        rows.append(m_proxy->mapToSource(m_proxy->index(viewRow, 0)).row());
    return rows;
}

QList<int> SearchPane::visibleSourceRows() const
{
    QList<int> rows;
    const int n = m_proxy->rowCount();
    rows.reserve(n);
    for (int i = 0; i < n; ++i)
        rows.append(m_proxy->mapToSource(m_proxy->index(i, 0)).row());
    return rows;
}

bool SearchPane::selectRow(int viewRow)
{
    if (viewRow < 0 || viewRow >= m_thumbnails->rowCount())
        return false;
    m_view->selectRow(viewRow);
    m_view->setCurrentIndex(m_thumbnails->index(viewRow, int(Model::Column::Title)));
    return true;
}

bool SearchPane::updateListing(const Listing &listing)
{
    return m_model->updateListing(listing);
}

Model::ColumnLayout SearchPane::columnLayout() const
{
    Model::ColumnLayout layout;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!Model::isValidColumn(logical))
            continue;
        Model::ColumnState state;
        state.column = Model::Column(logical);
        state.visible = !header->isSectionHidden(logical);
        state.width = header->sectionSize(logical);
        if (state.width == 0)
            state.width = header->defaultSectionSize();
        layout.columns.append(state);
    }
    return layout;
}

void SearchPane::applyColumnLayout(const Model::ColumnLayout &layout)
{
    QHeaderView *header = m_view->horizontalHeader();
    for (int position = 0; position < layout.columns.size(); ++position) {
        const Model::ColumnState &state = layout.columns.at(position);
        const int logical = int(state.column);
        if (logical >= header->count())
            continue;
        header->moveSection(header->visualIndex(logical), position);
        header->setSectionHidden(logical, !state.visible);
        if (state.width > 0)
            header->resizeSection(logical, state.width);
        else if (state.column == Model::Column::Title)
            header->resizeSection(logical, 320);
    }
}

void SearchPane::setColumnVisible(int column, bool visible)
{
    m_view->horizontalHeader()->setSectionHidden(column, !visible);
}

void SearchPane::saveLayout()
{
    if (m_deps.settings)
        m_deps.settings->setHeaderState(sourceId(), columnLayout().toJson());
}

} // namespace CarScout::Ui
