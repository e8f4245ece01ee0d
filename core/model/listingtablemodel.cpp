#include "core/model/listingtablemodel.h"

#include "core/model/listingformat.h"
#include "core/model/listingroles.h"

namespace CarScout::Model {

ListingTableModel::ListingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ListingTableModel::~ListingTableModel() = default;

bool ListingTableModel::isOwnCell(const QModelIndex &index) const
{
    // Not checkIndex(): views legitimately ask about invalid indexes, and it would log a warning each time.
    return index.isValid() && index.model() == this && index.row() < size() && isValidColumn(index.column());
}

QModelIndex ListingTableModel::index(int row, int column, const QModelIndex &parent) const
{
    // Cheaper than the base (no virtual rowCount/columnCount calls): sorting 100k rows calls this ~3M times.
    if (parent.isValid() || row < 0 || column < 0 || row >= size() || column >= Model::columnCount)
        return {};
    return createIndex(row, column);
}

int ListingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_listings.size());
}

int ListingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Model::columnCount;
}

Qt::ItemFlags ListingTableModel::flags(const QModelIndex &index) const
{
    if (!isOwnCell(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ListingTableModel::data(const QModelIndex &index, int role) const
{
    if (!isOwnCell(index))
        return {};
    const int row = index.row();
    const Listing &l = m_listings.at(row);
    const auto column = Column(index.column());
    const CostEstimate *cost = needsEstimate(column) ? costEstimate(row) : nullptr;
    if (isWorkspaceColumn(column))
        return workspaceData(row, column, role);

    switch (role) {
    case Qt::DisplayRole: return displayText(l, column, cost, m_locale);
    case Qt::ToolTipRole: {
        const QString tip = toolTipText(l, column, cost, m_locale);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignVCenter)
                                   | (isNumericColumn(column) ? Qt::AlignRight : Qt::AlignLeft));
    case UnderlyingDataRole: return rawValue(l, column, cost);
    case ListingRole: return QVariant::fromValue(l);
    case IdRole: return l.id;
    case SourceRole: return l.source;
    case ListingKeyRole: return listingKey(l);
    case ExportTextRole: return exportText(l, column, cost);
    case CostProblemRole:
        if (cost && isCostColumn(column) && !costAmount(*cost, column))
            return cost->problem;
        return QString();
    case ProvenanceRole:
        if (cost && column == Column::EngineCc && cost->engineCc.known())
            return cost->engineCc.source;
        if (cost && column == Column::PowerHp && cost->powerHp.known())
            return cost->powerHp.source;
        return QString();
    case CostEstimateRole: {
        const CostEstimate *estimate = costEstimate(row);
        return estimate ? QVariant::fromValue(*estimate) : QVariant();
    }
    default: return {};
    }
}

QVariant ListingTableModel::workspaceData(int row, Column column, int role) const
{
    const Listing &l = m_listings.at(row);
    const WorkspaceAnnotation *a = workspaceAnnotation(row);
    switch (role) {
    case Qt::DisplayRole: return workspaceDisplayText(a, column, m_locale);
    case Qt::ToolTipRole: {
        const QString tip = workspaceToolTip(a, column, l, m_locale);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignVCenter)
                                   | (isNumericColumn(column) ? Qt::AlignRight : Qt::AlignLeft));
    case UnderlyingDataRole: return workspaceRawValue(a, column);
    case ListingRole: return QVariant::fromValue(l);
    case IdRole: return l.id;
    case SourceRole: return l.source;
    case ListingKeyRole: return listingKey(l);
    case ExportTextRole: return workspaceExportText(a, column);
    case CostProblemRole: return QString();
    default: return {};
    }
}

void ListingTableModel::setWorkspaceAnnotations(WorkspaceAnnotations annotations)
{
    m_annotations = std::move(annotations);
    if (!m_listings.isEmpty())
        emit dataChanged(index(0, int(Column::MarketPosition)), index(size() - 1, int(Column::DaysOnMarket)));
}

const WorkspaceAnnotation *ListingTableModel::workspaceAnnotation(int row) const
{
    if (row < 0 || row >= size() || m_annotations.isEmpty())
        return nullptr;
    const auto it = m_annotations.constFind(listingKey(m_listings.at(row)));
    return it == m_annotations.cend() ? nullptr : &*it;
}

QVariant ListingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !isValidColumn(section))
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = Column(section);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return columnTitle(column);
    case ColumnKeyRole: return columnKey(column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignVCenter)
                                   | (isNumericColumn(column) ? Qt::AlignRight : Qt::AlignLeft));
    default: return {};
    }
}

void ListingTableModel::internStrings(Listing &l)
{
    for (QString *text : {&l.source, &l.currency, &l.make, &l.model, &l.trim, &l.makeEn, &l.modelEn, &l.body,
                          &l.color, &l.location, &l.seller}) {
        if (text->isEmpty())
            continue;
        const auto it = m_strings.constFind(*text);
        if (it != m_strings.cend())
            *text = *it;
        else
            m_strings.insert(*text);
    }
}

bool ListingTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreAvailable && !m_moreRequested;
}

void ListingTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_moreRequested = true;
    emit moreRequested();
}

void ListingTableModel::setMoreAvailable(bool available)
{
    m_moreAvailable = available;
    m_moreRequested = false;
}

ListingTableModel::AppendResult ListingTableModel::appendListings(const QList<Listing> &page)
{
    m_moreRequested = false;
    AppendResult result;
    QList<Listing> fresh;          // new rows, in page order
    QHash<QString, qsizetype> freshIndex;
    for (const Listing &l : page) {
        const QString key = listingKey(l);
        if (const auto it = freshIndex.constFind(key); it != freshIndex.cend()) {
            fresh[*it] = mergeListing(fresh.at(*it), l);
            continue;
        }
        if (const auto it = m_rowByKey.constFind(key); it != m_rowByKey.cend()) {
            const int row = *it;
            Listing merged = mergeListing(m_listings.at(row), l);
            if (merged != m_listings.at(row)) {
                m_listings[row] = std::move(merged);
                m_costs[std::size_t(row)].reset();
                emitRowChanged(row);
                ++result.updated;
            }
            continue;
        }
        freshIndex.insert(key, fresh.size());
        fresh.append(l);
    }
    if (fresh.isEmpty())
        return result;

    const int first = int(m_listings.size());
    const int last = first + int(fresh.size()) - 1;
    beginInsertRows({}, first, last);
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        internStrings(fresh[i]);
        m_rowByKey.insert(listingKey(fresh.at(i)), first + int(i));
        m_listings.append(std::move(fresh[i]));
    }
    m_costs.resize(std::size_t(m_listings.size()));
    endInsertRows();
    result.inserted = int(fresh.size());
    return result;
}

void ListingTableModel::clear()
{
    beginResetModel();
    m_moreAvailable = false;
    m_moreRequested = false;
    m_listings.clear();
    m_rowByKey.clear();
    m_strings.clear();
    m_costs.clear();
    m_annotations.clear();
    endResetModel();
}

int ListingTableModel::rowOf(const QString &source, const QString &id) const
{
    Listing probe;
    probe.source = source;
    probe.id = id;
    return m_rowByKey.value(listingKey(probe), -1);
}

bool ListingTableModel::setListing(int row, const Listing &listing)
{
    if (row < 0 || row >= size())
        return false;
    const QString oldKey = listingKey(m_listings.at(row));
    const QString newKey = listingKey(listing);
    if (newKey != oldKey) {
        if (m_rowByKey.contains(newKey))
            return false;
        m_rowByKey.remove(oldKey);
        m_rowByKey.insert(newKey, row);
    }
    if (m_listings.at(row) == listing)
        return true;
    m_listings[row] = listing;
    m_costs[std::size_t(row)].reset();
    emitRowChanged(row);
    return true;
}

bool ListingTableModel::updateListing(const Listing &listing)
{
    const int row = m_rowByKey.value(listingKey(listing), -1);
    return row >= 0 && setListing(row, listing);
}

void ListingTableModel::setCostEstimator(CostEstimator estimator)
{
    m_estimator = std::move(estimator);
    invalidateCosts();
}

void ListingTableModel::invalidateCosts()
{
    for (auto &cost : m_costs)
        cost.reset();
    if (m_listings.isEmpty())
        return;
    // Only the columns that read the estimate, in as few contiguous ranges as the column order allows.
    int first = -1;
    for (int c = 0; c <= Model::columnCount; ++c) {
        const bool estimated = c < Model::columnCount && needsEstimate(Column(c));
        if (estimated && first < 0)
            first = c;
        if (!estimated && first >= 0) {
            emit dataChanged(index(0, first), index(size() - 1, c - 1));
            first = -1;
        }
    }
}

const CostEstimate *ListingTableModel::costEstimate(int row) const
{
    if (!m_estimator || row < 0 || row >= size())
        return nullptr;
    std::optional<CostEstimate> &cached = m_costs[std::size_t(row)];
    if (!cached)
        cached = m_estimator(m_listings.at(row));
    return &*cached;
}

void ListingTableModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    emitAllChanged();
}

void ListingTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, Model::columnCount - 1);
    emitAllChanged();
}

void ListingTableModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, Model::columnCount - 1));
}

void ListingTableModel::emitAllChanged()
{
    if (!m_listings.isEmpty())
        emit dataChanged(index(0, 0), index(size() - 1, Model::columnCount - 1));
}

} // namespace CarScout::Model
