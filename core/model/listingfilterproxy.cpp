#include "core/model/listingfilterproxy.h"

#include "core/model/listingcolumns.h"
#include "core/model/listingroles.h"
#include "core/model/listingtablemodel.h"

#include <bit>

namespace CarScout::Model {

ListingFilterProxy::ListingFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UnderlyingDataRole);
    setDynamicSortFilter(true);
    connect(this, &QSortFilterProxyModel::sortRoleChanged, this, &ListingFilterProxy::dropSortKeysForRole);
}

ListingFilterProxy::~ListingFilterProxy()
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
}

void ListingFilterProxy::dropSortKeysForRole()
{
    dropSortKeys();
    m_sortKeyColumn = -1;
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
                                   [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                                       const auto end = std::min<std::size_t>(std::size_t(bottomRight.row()) + 1,
                                                                              m_sortKeys.size());
                                       for (auto row = std::size_t(topLeft.row()); row < end; ++row)
                                           m_sortKeys[row].kind = SortKey::Kind::NotComputed;
                                       m_textRanksValid = false;
                                       if (m_suspended == Suspended::No && dynamicSortFilter()
                                           && !topLeft.parent().isValid() && bottomRight.row() > topLeft.row()
                                           && isLarge()) {
                                           m_suspended = Suspended::ForDataChange;
                                           suspendDynamicSorting();
                                       }
                                   });
    m_sourceConnections << connect(model, &QAbstractItemModel::rowsInserted, this,
                                   [this](const QModelIndex &, int first, int last) {
                                       // Appends need nothing: keys past the end are computed on demand.
                                       m_textRanksValid = false;
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
    m_sortTexts.clear();
    m_sortTexts.shrink_to_fit();
    m_textRanks.clear();
    m_textRanks.shrink_to_fit();
    m_textRanksValid = false;
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

ListingFilterProxy::SortKey ListingFilterProxy::makeSortKey(const QVariant &value, const SortKey &previous) const
{
    SortKey key;
    key.slot = previous.slot;
    key.hasSlot = previous.hasSlot;
    switch (value.typeId()) {
    case QMetaType::UnknownType: key.kind = SortKey::Kind::Unknown; break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::Bool:
        key.kind = SortKey::Kind::Integer;
        key.value = value.toLongLong();
        break;
    case QMetaType::ULongLong:
    case QMetaType::ULong:
    case QMetaType::Double:
    case QMetaType::Float:
        key.kind = SortKey::Kind::Real;
        key.value = std::bit_cast<qint64>(value.toDouble());
        break;
    default: {
        QString text = value.toString();
        if (text.isEmpty()) {
            key.kind = SortKey::Kind::Unknown;
            break;
        }
        key.kind = SortKey::Kind::Text;
        SortText entry{text.toCaseFolded(), std::move(text)};
        quint64 prefix = 0;
        for (qsizetype i = 0; i < 4; ++i)
            prefix = (prefix << 16) | (i < entry.folded.size() ? entry.folded.at(i).unicode() : 0u);
        key.value = qint64(prefix ^ (quint64(1) << 63));   // unsigned order as signed order
        if (key.hasSlot) {
            m_sortTexts[key.slot] = std::move(entry);   // the row's text from an earlier computation
        } else {
            key.slot = quint32(m_sortTexts.size());
            key.hasSlot = true;
            m_sortTexts.push_back(std::move(entry));
        }
        break;
    }
    }
    return key;
}

int ListingFilterProxy::compareKeys(SortKey l, std::size_t leftRow, SortKey r, std::size_t rightRow) const
{
    using Kind = SortKey::Kind;
    if (l.kind == r.kind && l.kind != Kind::Real) {
        if (l.value != r.value)
            return l.value < r.value ? -1 : 1;   // numbers, or texts differing in their first 4 units
        if (l.kind == Kind::Integer)
            return 0;
        if (!m_textRanksValid)
            buildTextRanks();   // may reallocate m_sortKeys: l and r are copies
        const quint32 a = m_textRanks[leftRow];
        const quint32 b = m_textRanks[rightRow];
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    const bool lNumber = l.kind == Kind::Integer || l.kind == Kind::Real;
    const bool rNumber = r.kind == Kind::Integer || r.kind == Kind::Real;
    if (lNumber && rNumber) {
        const double x = l.kind == Kind::Integer ? double(l.value) : std::bit_cast<double>(l.value);
        const double y = r.kind == Kind::Integer ? double(r.value) : std::bit_cast<double>(r.value);
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    return lNumber ? -1 : 1;   // a column mixing numbers and text: numbers first
}

void ListingFilterProxy::prepareSortKey(const QModelIndex &sourceIndex) const
{
    // Hot path (millions of calls per sort): only a plain int compare here; a role change drops the keys
    // through sortRoleChanged.
    if (sourceIndex.column() != m_sortKeyColumn) {
        dropSortKeys();
        m_sortKeyColumn = sourceIndex.column();
        m_sortKeyRole = sortRole();
    }
    const auto row = std::size_t(sourceIndex.row());
    if (row >= m_sortKeys.size())
        m_sortKeys.resize(std::max<std::size_t>(row + 1, std::size_t(sourceModel()->rowCount())));
    if (m_sortKeys[row].kind == SortKey::Kind::NotComputed) {
        m_sortKeys[row] = makeSortKey(sourceIndex.data(m_sortKeyRole), m_sortKeys[row]);
        m_textRanksValid = false;
    }
}

void ListingFilterProxy::buildTextRanks() const
{
    const QAbstractItemModel *model = sourceModel();
    const int rows = model->rowCount();
    if (m_sortKeys.size() < std::size_t(rows))
        m_sortKeys.resize(std::size_t(rows));
    std::vector<quint32> textRows;
    for (int row = 0; row < rows; ++row) {
        SortKey &key = m_sortKeys[std::size_t(row)];
        if (key.kind == SortKey::Kind::NotComputed)
            key = makeSortKey(model->index(row, m_sortKeyColumn).data(m_sortKeyRole), key);
        if (key.kind == SortKey::Kind::Text)
            textRows.push_back(quint32(row));
    }
    auto textOf = [this](quint32 row) -> const SortText & { return m_sortTexts[m_sortKeys[row].slot]; };
    std::sort(textRows.begin(), textRows.end(), [&](quint32 a, quint32 b) {
        const SortKey &ka = m_sortKeys[a];
        const SortKey &kb = m_sortKeys[b];
        if (ka.value != kb.value)
            return ka.value < kb.value;
        const int folded = QString::compare(textOf(a).folded, textOf(b).folded, Qt::CaseSensitive);
        return folded != 0 ? folded < 0 : QString::compare(textOf(a).original, textOf(b).original) < 0;
    });
    m_textRanks.assign(m_sortKeys.size(), 0);
    quint32 rank = 0;
    for (std::size_t i = 0; i < textRows.size(); ++i) {
        if (i > 0 && (textOf(textRows[i]).original != textOf(textRows[i - 1]).original))
            ++rank;
        m_textRanks[textRows[i]] = rank;
    }
    m_textRanksValid = true;
}

bool ListingFilterProxy::lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const
{
    if (sourceRight.column() != sourceLeft.column())
        return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
    prepareSortKey(sourceLeft);
    prepareSortKey(sourceRight);
    const auto leftRow = std::size_t(sourceLeft.row());
    const auto rightRow = std::size_t(sourceRight.row());
    const SortKey l = m_sortKeys[leftRow];
    const SortKey r = m_sortKeys[rightRow];
    const bool lUnknown = l.kind == SortKey::Kind::Unknown;
    const bool rUnknown = r.kind == SortKey::Kind::Unknown;
    if (lUnknown || rUnknown) {
        // Unknown last in both directions: descending sorts call lessThan(right, left).
        if (lUnknown && rUnknown)
            return false;
        return sortOrder() == Qt::AscendingOrder ? rUnknown : lUnknown;
    }
    return compareKeys(l, leftRow, r, rightRow) < 0;
}

} // namespace CarScout::Model
