#pragma once

#include "core/model/costestimate.h"
#include "core/model/listing.h"
#include "core/model/listingcolumns.h"
#include "core/model/workspaceannotation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>

#include <optional>
#include <vector>

namespace CarScout::Model {

// The listings of one search, one row each, columns as in listingcolumns.h, roles as in listingroles.h.
// Rows stream in page by page (appendListings); a listing seen again (same source + id) updates its row in
// place. The three cost columns come from an injected estimator, computed lazily per row and cached.
class ListingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingTableModel)

public:
    struct AppendResult
    {
        int inserted = 0;   // new rows (appended at the end, one rowsInserted per call)
        int updated = 0;    // existing rows whose content changed (one dataChanged each)
    };

    explicit ListingTableModel(QObject *parent = nullptr);
    ~ListingTableModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // One page of results. Listings already present (same source + id, also twice within `page`) update their
    // row: the fresh copy wins, fields it lacks are kept (mergeListing).
    AppendResult appendListings(const QList<Listing> &page);
    void clear();

    int size() const { return int(m_listings.size()); }
    // Precondition: 0 <= row < size().
    const Listing &listing(int row) const { return m_listings.at(row); }
    // The row of a listing, or -1.
    int rowOf(const QString &source, const QString &id) const;
    // Replaces the listing of `row` (e.g. when its detail filled engine cc and power). Returns false for a bad
    // row or when the new source + id belongs to another row.
    bool setListing(int row, const Listing &listing);
    // setListing on the row with the same source + id; false when there is none.
    bool updateListing(const Listing &listing);

    // "Load more" paging for views that call fetchMore() when scrolled to the end: while more pages exist
    // (setMoreAvailable(true)), the first fetchMore() emits moreRequested() once; the next appendListings()
    // (or setMoreAvailable) re-arms it, so a view cannot flood the source with requests.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void setMoreAvailable(bool available);
    bool isMoreAvailable() const { return m_moreAvailable; }

    // The cost columns. Setting (or clearing) the estimator invalidates every cached estimate.
    void setCostEstimator(CostEstimator estimator);
    bool hasCostEstimator() const { return bool(m_estimator); }
    // After a settings or exchange-rate change: drops the cached estimates and emits dataChanged on the columns
    // that read them only (needsEstimate: title, make, model, engine cc, power and the computed block).
    void invalidateCosts();
    // The (cached) estimate of a row; null without an estimator or for a bad row.
    const CostEstimate *costEstimate(int row) const;

    // Number formatting of DisplayRole/ToolTipRole (default: QLocale()). Emits dataChanged on every cell.
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }
    // After a language change: headers and translated cells (fuel, transmission, …) are emitted as changed.
    void retranslate();

    // The workspace columns (MarketPosition, WorkspaceBadge, DaysOnMarket): what the store knows of the rows,
    // by listingKey(). Replaces every annotation and emits dataChanged on those columns only; listings without
    // one show empty cells. clear() drops them.
    void setWorkspaceAnnotations(WorkspaceAnnotations annotations);
    // The annotation of a row; null when there is none or for a bad row.
    const WorkspaceAnnotation *workspaceAnnotation(int row) const;

signals:
    void moreRequested();

private:
    bool isOwnCell(const QModelIndex &index) const;
    QVariant workspaceData(int row, Column column, int role) const;
    void internStrings(Listing &listing);
    void emitRowChanged(int row);
    void emitAllChanged();

    QList<Listing> m_listings;
    QHash<QString, int> m_rowByKey;
    // One shared copy of the short texts listings repeat (source, currency, make, model, colour, place,
    // seller…): parsers create a new string for each listing, this keeps 100,000 rows from holding 100,000
    // copies of "KRW".
    QSet<QString> m_strings;
    CostEstimator m_estimator;
    mutable std::vector<std::optional<CostEstimate>> m_costs;   // parallel to m_listings
    QLocale m_locale;
    WorkspaceAnnotations m_annotations;
    bool m_moreAvailable = false;
    bool m_moreRequested = false;
};

} // namespace CarScout::Model
