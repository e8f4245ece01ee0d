#pragma once

#include "core/model/listingfilter.h"
#include "core/model/sortkeycache.h"

#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

namespace CarScout::Model {

class ListingTableModel;

// Sorts on UnderlyingDataRole (numbers numerically, text case-insensitively by code point — which is the
// dictionary order of Hangul syllables — unknown values last in both directions) and applies the range
// filters of ListingFilter at once. Raw sort keys are cached per source row and column (SortKeyCache) so that
// sorting 100,000 rows costs one data() call per row, not two per comparison.
// Works over any table model with UnderlyingDataRole/ListingRole; over a ListingTableModel it reads listings
// and cost estimates directly.
//
// Large models: QSortFilterProxyModel updates its mapping interval by interval, and each interval costs
// O(rows). A filter change that hides scattered rows, a page of 1,000 rows landing all over a sorted view, or
// a rate change moving many rows across a RUB range, make thousands of intervals (seconds at 100,000 rows).
// Above largeModelRows() source rows, those changes re-map the whole proxy at once instead (one
// layoutChanged, O(n log n) with the cached keys); below it, the usual fine-grained row signals are kept.
class ListingFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingFilterProxy)

public:
    explicit ListingFilterProxy(QObject *parent = nullptr);
    ~ListingFilterProxy() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    const ListingFilter &filter() const { return m_filter; }
    void setFilter(const ListingFilter &filter);
    void clearFilter() { setFilter({}); }
    void setPriceRange(std::optional<qint64> min, std::optional<qint64> max);
    void setPriceRubRange(std::optional<qint64> minRoubles, std::optional<qint64> maxRoubles);
    void setLandedRubRange(std::optional<qint64> minRoubles, std::optional<qint64> maxRoubles);
    void setYearRange(std::optional<int> from, std::optional<int> to);
    void setMileageMax(std::optional<int> km);
    void setFuels(const QSet<Fuel> &fuels);
    void setTransmissions(const QSet<Transmission> &transmissions);
    void setText(const QString &text);
    void setPassableWithin(std::optional<int> months);
    void setPreferential(const QSet<PreferentialFee> &verdicts);

    // See the class comment; default 5,000.
    int largeModelRows() const { return m_largeModelRows; }
    void setLargeModelRows(int rows) { m_largeModelRows = rows; }

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    void applyFilter(const ListingFilter &filter);
    void connectCacheInvalidation(QAbstractItemModel *model);
    void connectBulkHandling(QAbstractItemModel *model);
    void beforeSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    bool isLarge() const;
    bool affectsSortOrFilter(int firstColumn, int lastColumn) const;
    void suspendDynamicSorting();
    void dropSortKeys();
    SortKeyCache &keyCache(int column) const;

    ListingFilter m_filter;
    ListingFilter::TextQuery m_textQuery;   // m_filter.text, compiled
    bool m_filterEmpty = true;
    const ListingTableModel *m_listings = nullptr;   // the source, when it is a ListingTableModel
    QList<QMetaObject::Connection> m_sourceConnections;
    int m_largeModelRows = 5000;
    enum class Suspended { No, ForInsert, ForDataChange };
    Suspended m_suspended = Suspended::No;

    // By source column, created when the column is first sorted; kept while the user switches columns.
    mutable std::vector<std::unique_ptr<SortKeyCache>> m_keyCaches;
};

} // namespace CarScout::Model
