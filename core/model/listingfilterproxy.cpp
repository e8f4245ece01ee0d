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
}

void ListingFilterProxy::connectCacheInvalidation(QAbstractItemModel *model)
{
    auto dropAll = [this] { dropSortKeys(); };
    m_sourceConnections << connect(model, &QAbstractItemModel::dataChanged, this,
                                   [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                                       const auto end = std::min<std::size_t>(std::size_t(bottomRight.row()) + 1,
                                                                              m_sortKeys.size());
                                       for (auto row = std::size_t(topLeft.row()); row < end; ++row)
                                           m_sortKeys[row] = {};
                                   });
    m_sourceConnections << connect(model, &QAbstractItemModel::rowsInserted, this,
                                   [this](const QModelIndex &, int first, int last) {
                                       // Appends need nothing: keys past the end are computed on demand.
                                       if (std::size_t(first) < m_sortKeys.size())
                                           m_sortKeys.insert(m_sortKeys.begin() + first, std::size_t(last - first + 1),
                                                             SortKey{});
                                   });
    m_sourceConnections << connect(model, &QAbstractItemModel::rowsRemoved, this, dropAll);
    m_sourceConnections << connect(model, &QAbstractItemModel::rowsMoved, this, dropAll);
    m_sourceConnections << connect(model, &QAbstractItemModel::layoutChanged, this, dropAll);
    m_sourceConnections << connect(model, &QAbstractItemModel::modelReset, this, dropAll);
}

void ListingFilterProxy::dropSortKeys() const
{
    m_sortKeys.clear();
    m_sortKeys.shrink_to_fit();
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

bool ListingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    if (m_listings) {
        const CostEstimate *cost = m_filter.needsCostEstimate() ? m_listings->costEstimate(sourceRow) : nullptr;
        return m_filter.accepts(m_listings->listing(sourceRow), cost);
    }
    // Any other model: the listing and the cost columns through roles.
    const QAbstractItemModel *model = sourceModel();
    const Listing listing = model->index(sourceRow, 0, sourceParent).data(ListingRole).value<Listing>();
    CostEstimate cost;
    auto amount = [&](Column c) -> std::optional<qint64> {
        const QVariant v = model->index(sourceRow, int(c), sourceParent).data(UnderlyingDataRole);
        return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
    };
    if (m_filter.needsCostEstimate()) {
        cost.priceRubKopecks = amount(Column::PriceRub);
        cost.landedRubKopecks = amount(Column::LandedRub);
    }
    return m_filter.accepts(listing, &cost);
}

ListingFilterProxy::SortKey ListingFilterProxy::makeSortKey(const QVariant &value)
{
    SortKey key;
    switch (value.typeId()) {
    case QMetaType::UnknownType: key.kind = SortKey::Kind::Unknown; break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::Bool:
        key.kind = SortKey::Kind::Integer;
        key.integer = value.toLongLong();
        break;
    case QMetaType::ULongLong:
    case QMetaType::ULong:
    case QMetaType::Double:
    case QMetaType::Float:
        key.kind = SortKey::Kind::Real;
        key.real = value.toDouble();
        break;
    default:
        key.text = value.toString();
        key.kind = key.text.isEmpty() ? SortKey::Kind::Unknown : SortKey::Kind::Text;
        break;
    }
    return key;
}

int ListingFilterProxy::compareKeys(const SortKey &l, const SortKey &r)
{
    using Kind = SortKey::Kind;
    const bool lNumber = l.kind == Kind::Integer || l.kind == Kind::Real;
    const bool rNumber = r.kind == Kind::Integer || r.kind == Kind::Real;
    if (l.kind == Kind::Integer && r.kind == Kind::Integer)
        return l.integer < r.integer ? -1 : (l.integer > r.integer ? 1 : 0);
    if (lNumber && rNumber) {
        const double a = l.kind == Kind::Integer ? double(l.integer) : l.real;
        const double b = r.kind == Kind::Integer ? double(r.integer) : r.real;
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    if (lNumber != rNumber)
        return lNumber ? -1 : 1;   // a column mixing numbers and text: numbers first
    const int folded = l.text.compare(r.text, Qt::CaseInsensitive);
    return folded != 0 ? folded : l.text.compare(r.text, Qt::CaseSensitive);
}

void ListingFilterProxy::prepareSortKey(const QModelIndex &sourceIndex) const
{
    if (sourceIndex.column() != m_sortKeyColumn || sortRole() != m_sortKeyRole) {
        dropSortKeys();
        m_sortKeyColumn = sourceIndex.column();
        m_sortKeyRole = sortRole();
    }
    const auto row = std::size_t(sourceIndex.row());
    if (row >= m_sortKeys.size())
        m_sortKeys.resize(std::max<std::size_t>(row + 1, std::size_t(sourceModel()->rowCount())));
    if (m_sortKeys[row].kind == SortKey::Kind::NotComputed)
        m_sortKeys[row] = makeSortKey(sourceIndex.data(m_sortKeyRole));
}

bool ListingFilterProxy::lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const
{
    if (sourceLeft.parent().isValid() || sourceRight.column() != sourceLeft.column())
        return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);   // not a table row: no cache
    prepareSortKey(sourceLeft);
    prepareSortKey(sourceRight);
    const SortKey &l = m_sortKeys[std::size_t(sourceLeft.row())];
    const SortKey &r = m_sortKeys[std::size_t(sourceRight.row())];
    const bool lUnknown = l.kind == SortKey::Kind::Unknown;
    const bool rUnknown = r.kind == SortKey::Kind::Unknown;
    if (lUnknown || rUnknown) {
        // Unknown last in both directions: descending sorts call lessThan(right, left).
        if (lUnknown && rUnknown)
            return false;
        return sortOrder() == Qt::AscendingOrder ? rUnknown : lUnknown;
    }
    return compareKeys(l, r) < 0;
}

} // namespace CarScout::Model
