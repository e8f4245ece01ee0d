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
// Works over any model with UnderlyingDataRole/ListingRole; over a ListingTableModel it reads listings and
// cost estimates directly.
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

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    struct SortKey
    {
        enum class Kind : quint8 { NotComputed, Unknown, Integer, Real, Text };
        Kind kind = Kind::NotComputed;
        qint64 integer = 0;
        double real = 0;
        QString text;
    };

    void applyFilter(const ListingFilter &filter);
    void connectCacheInvalidation(QAbstractItemModel *model);
    void dropSortKeys() const;
    void prepareSortKey(const QModelIndex &sourceIndex) const;
    static SortKey makeSortKey(const QVariant &value);
    static int compareKeys(const SortKey &left, const SortKey &right);

    ListingFilter m_filter;
    const ListingTableModel *m_listings = nullptr;   // the source, when it is a ListingTableModel
    QList<QMetaObject::Connection> m_sourceConnections;

    mutable std::vector<SortKey> m_sortKeys;   // by source row, for m_sortKeyColumn / m_sortKeyRole
    mutable int m_sortKeyColumn = -1;
    mutable int m_sortKeyRole = -1;
};

} // namespace CarScout::Model
