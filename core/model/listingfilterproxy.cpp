#include "core/model/listingfilterproxy.h"

#include "core/model/listingcolumns.h"
#include "core/model/listingroles.h"
#include "core/model/listingtablemodel.h"

namespace CarScout::Model {

ListingFilterProxy::ListingFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UnderlyingDataRole);
    setDynamicSortFilter(true);
    connect(this, &QSortFilterProxyModel::sortRoleChanged, this, &ListingFilterProxy::dropSortKeys);
}

ListingFilterProxy::~ListingFilterProxy()
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
}

void ListingFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    dropSortKeys();
    m_listings = qobject_cast<const ListingTableModel *>(model);
    // Connected before the base class connects its own handlers, so that the cached keys are already
    // invalidated when QSortFilterProxyModel re-sorts changed or inserted rows.
    if (model)
        connectCacheInvalidation(model);
    QSortFilterProxyModel::setSourceModel(model);
    if (model)
        connectBulkHandling(model);
}

bool ListingFilterProxy::affectsSortOrFilter(int firstColumn, int lastColumn) const
{
    const int sortSourceColumn = sortColumn();   // a table proxy: proxy and source columns coincide
    if (sortSourceColumn >= firstColumn && sortSourceColumn <= lastColumn)
        return true;
    if (m_filterEmpty)
        return false;
    // A change of columns that read the estimate only (invalidateCosts) matters only to a filter that reads it:
    // the text filter and the other ranges look at the listing's own fields.
    bool onlyEstimated = true;
    for (int c = std::max(firstColumn, 0); c <= std::min(lastColumn, Model::columnCount - 1); ++c)
        onlyEstimated = onlyEstimated && needsEstimate(Column(c));
    return !onlyEstimated || m_filter.needsCostEstimate();
}

bool ListingFilterProxy::isLarge() const
{
    return sourceModel() && sourceModel()->rowCount() > m_largeModelRows;
}

void ListingFilterProxy::suspendDynamicSorting()
{
    setDynamicSortFilter(false);
}

void ListingFilterProxy::connectBulkHandling(QAbstractItemModel *model)
{
    // Connected after the base class's handlers, so the "done" handlers run once it has updated its mapping.
    // (Suspending on rowsAboutToBeInserted after the base class is fine: it only prepares there. dataChanged is
    // suspended in connectCacheInvalidation, which runs before the base class.)
    m_sourceConnections << connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                                   [this](const QModelIndex &parent, int first, int last) {
                                       if (m_suspended == Suspended::No && !parent.isValid() && dynamicSortFilter()
                                           && sortColumn() >= 0 && last > first
                                           && sourceModel()->rowCount() + (last - first + 1) > m_largeModelRows) {
                                           m_suspended = Suspended::ForInsert;
                                           suspendDynamicSorting();
                                       }
                                   });
    m_sourceConnections << connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_suspended != Suspended::ForInsert)
            return;
        m_suspended = Suspended::No;
        setDynamicSortFilter(true);   // sorts everything once (one layoutChanged)
    });
    m_sourceConnections << connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_suspended != Suspended::ForDataChange)
            return;
        m_suspended = Suspended::No;
        invalidate();                 // re-filter and re-sort from scratch (one layoutChanged)
        setDynamicSortFilter(true);   // nothing left to sort: the mapping was just dropped
    });
}

void ListingFilterProxy::connectCacheInvalidation(QAbstractItemModel *model)
{
    auto dropAll = [this] { dropSortKeys(); };
    m_sourceConnections << connect(model, &QAbstractItemModel::dataChanged, this,
                                   &ListingFilterProxy::beforeSourceDataChanged);
    m_sourceConnections << connect(model, &QAbstractItemModel::rowsInserted, this,
                                   [this](const QModelIndex &, int first, int last) {
                                       for (const auto &cache : m_keyCaches) {
                                           if (cache)
                                               cache->insertRows(first, last - first + 1);
                                       }
                                   });
    m_sourceConnections << connect(model, &QAbstractItemModel::rowsRemoved, this, dropAll);
    m_sourceConnections << connect(model, &QAbstractItemModel::rowsMoved, this, dropAll);
    m_sourceConnections << connect(model, &QAbstractItemModel::layoutChanged, this, dropAll);
    m_sourceConnections << connect(model, &QAbstractItemModel::modelReset, this, dropAll);
}

void ListingFilterProxy::beforeSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const int lastColumn = std::min<int>(bottomRight.column(), int(m_keyCaches.size()) - 1);
    for (int c = std::max(topLeft.column(), 0); c <= lastColumn; ++c) {
        if (m_keyCaches[std::size_t(c)])
            m_keyCaches[std::size_t(c)]->invalidate(topLeft.row(), bottomRight.row());
    }
    const bool bulk = !topLeft.parent().isValid() && bottomRight.row() > topLeft.row() && isLarge();
    if (bulk && m_suspended == Suspended::No && dynamicSortFilter()
        && affectsSortOrFilter(topLeft.column(), bottomRight.column())) {
        m_suspended = Suspended::ForDataChange;
        suspendDynamicSorting();
    }
}

void ListingFilterProxy::dropSortKeys()
{
    m_keyCaches.clear();
}

SortKeyCache &ListingFilterProxy::keyCache(int column) const
{
    const auto c = std::size_t(column);
    if (c < m_keyCaches.size() && m_keyCaches[c])
        return *m_keyCaches[c];
    if (c >= m_keyCaches.size())
        m_keyCaches.resize(c + 1);
    m_keyCaches[c] = std::make_unique<SortKeyCache>(
        [this, column](int row) { return sourceModel()->index(row, column).data(sortRole()); },
        [this] { return sourceModel()->rowCount(); });
    return *m_keyCaches[c];
}

void ListingFilterProxy::setFilter(const ListingFilter &filter)
{
    if (filter == m_filter)
        return;
    applyFilter(filter);
}

void ListingFilterProxy::applyFilter(const ListingFilter &filter)
{
    m_filter = filter;
    m_textQuery = ListingFilter::compileText(filter.text);
    m_filterEmpty = filter.isEmpty();
    if (isLarge())
        invalidate();   // see the class comment
    else
        invalidateRowsFilter();
    emit filterChanged();
}

void ListingFilterProxy::setPriceRange(std::optional<qint64> min, std::optional<qint64> max)
{
    ListingFilter f = m_filter;
    f.priceMin = min;
    f.priceMax = max;
    setFilter(f);
}

void ListingFilterProxy::setPriceRubRange(std::optional<qint64> minRoubles, std::optional<qint64> maxRoubles)
{
    ListingFilter f = m_filter;
    f.priceRubMin = minRoubles;
    f.priceRubMax = maxRoubles;
    setFilter(f);
}

void ListingFilterProxy::setLandedRubRange(std::optional<qint64> minRoubles, std::optional<qint64> maxRoubles)
{
    ListingFilter f = m_filter;
    f.landedRubMin = minRoubles;
    f.landedRubMax = maxRoubles;
    setFilter(f);
}

void ListingFilterProxy::setYearRange(std::optional<int> from, std::optional<int> to)
{
    ListingFilter f = m_filter;
    f.yearFrom = from;
    f.yearTo = to;
    setFilter(f);
}

void ListingFilterProxy::setMileageMax(std::optional<int> km)
{
    ListingFilter f = m_filter;
    f.mileageMax = km;
    setFilter(f);
}

void ListingFilterProxy::setFuels(const QSet<Fuel> &fuels)
{
    ListingFilter f = m_filter;
    f.fuels = fuels;
    setFilter(f);
}

void ListingFilterProxy::setTransmissions(const QSet<Transmission> &transmissions)
{
    ListingFilter f = m_filter;
    f.transmissions = transmissions;
    setFilter(f);
}

void ListingFilterProxy::setText(const QString &text)
{
    ListingFilter f = m_filter;
    f.text = text;
    setFilter(f);
}

void ListingFilterProxy::setPassableWithin(std::optional<int> months)
{
    ListingFilter f = m_filter;
    f.passableWithinMonths = months;
    setFilter(f);
}

void ListingFilterProxy::setPreferential(const QSet<PreferentialFee> &verdicts)
{
    ListingFilter f = m_filter;
    f.preferential = verdicts;
    setFilter(f);
}

bool ListingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filterEmpty)
        return true;
    if (m_listings) {
        const CostEstimate *cost = m_filter.needsCostEstimate() ? m_listings->costEstimate(sourceRow) : nullptr;
        return m_filter.accepts(m_listings->listing(sourceRow), cost, m_textQuery);
    }
    // Any other model: the listing and the estimate (or the cost columns) through roles.
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    const Listing listing = first.data(ListingRole).value<Listing>();
    if (const QVariant estimate = first.data(CostEstimateRole); estimate.canConvert<CostEstimate>()) {
        const CostEstimate cost = estimate.value<CostEstimate>();
        return m_filter.accepts(listing, &cost, m_textQuery);
    }
    CostEstimate cost;
    auto amount = [&](Column c) -> std::optional<qint64> {
        const QVariant v = model->index(sourceRow, int(c), sourceParent).data(UnderlyingDataRole);
        return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
    };
    if (m_filter.needsCostEstimate()) {
        cost.priceRubKopecks = amount(Column::PriceRub);
        cost.landedRubKopecks = amount(Column::LandedRub);
    }
    return m_filter.accepts(listing, &cost, m_textQuery);
}

bool ListingFilterProxy::lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const
{
    if (sourceRight.column() != sourceLeft.column())
        return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
    SortKeyCache &cache = keyCache(sourceLeft.column());
    const bool leftUnknown = cache.isUnknown(sourceLeft.row());
    const bool rightUnknown = cache.isUnknown(sourceRight.row());
    if (leftUnknown || rightUnknown) {
        // Unknown last in both directions: descending sorts call lessThan(right, left).
        if (leftUnknown && rightUnknown)
            return false;
        return sortOrder() == Qt::AscendingOrder ? rightUnknown : leftUnknown;
    }
    return cache.compare(sourceLeft.row(), sourceRight.row()) < 0;
}

} // namespace CarScout::Model
