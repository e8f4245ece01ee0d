#pragma once

#include "core/model/listingfilter.h"

#include <QSortFilterProxyModel>

#include <vector>

namespace CarScout::Model {

class ListingTableModel;

// Sorts on UnderlyingDataRole (numbers numerically, text case-insensitively by code point — which is the
// dictionary order of Hangul syllables — unknown values last in both directions) and applies the range
// filters of ListingFilter at once. Raw sort keys are cached per source row so that sorting 100,000 rows
// costs one data() call per row, not two per comparison.
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

    // See the class comment; default 5,000.
    int largeModelRows() const { return m_largeModelRows; }
    void setLargeModelRows(int rows) { m_largeModelRows = rows; }

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    // Compact (16 bytes) so that sorting 100,000 rows stays in the CPU cache; text lives in m_sortTexts.
    struct SortKey
    {
        enum class Kind : quint8 { NotComputed, Unknown, Integer, Real, Text };
        qint64 value = 0;   // Integer: the value; Real: the double's bits; Text: the first 4 folded UTF-16 units
        quint32 slot = 0;   // index into m_sortTexts when hasSlot (kept across recomputation for reuse)
        Kind kind = Kind::NotComputed;
        bool hasSlot = false;
    };
    struct SortText
    {
        QString folded;     // toCaseFolded(), compared first
        QString original;   // tie-break
    };

    void applyFilter(const ListingFilter &filter);
    void connectCacheInvalidation(QAbstractItemModel *model);
    void connectBulkHandling(QAbstractItemModel *model);
    bool isLarge() const;
    void suspendDynamicSorting();
    void dropSortKeys() const;
    void dropSortKeysForRole();
    void prepareSortKey(const QModelIndex &sourceIndex) const;
    void buildTextRanks() const;
    SortKey makeSortKey(const QVariant &value, const SortKey &previous) const;
    int compareKeys(SortKey left, std::size_t leftRow, SortKey right, std::size_t rightRow) const;

    ListingFilter m_filter;
    const ListingTableModel *m_listings = nullptr;   // the source, when it is a ListingTableModel
    QList<QMetaObject::Connection> m_sourceConnections;
    int m_largeModelRows = 5000;
    enum class Suspended { No, ForInsert, ForDataChange };
    Suspended m_suspended = Suspended::No;

    mutable std::vector<SortKey> m_sortKeys;   // by source row, for m_sortKeyColumn with m_sortKeyRole
    mutable std::vector<SortText> m_sortTexts;
    // Dense ranks of the text keys by source row: text comparisons during a sort become integer comparisons
    // (computed once per change of the keys, with one string sort).
    mutable std::vector<quint32> m_textRanks;
    mutable bool m_textRanksValid = false;
    mutable int m_sortKeyColumn = -1;
    mutable int m_sortKeyRole = -1;
};

} // namespace CarScout::Model
