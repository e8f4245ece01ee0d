#include "core/export/listingcsvexporter.h"

#include "core/model/listingcolumns.h"
#include "core/model/listingformat.h"
#include "core/model/listingroles.h"

#include <QAbstractProxyModel>
#include <QCoreApplication>
#include <QSaveFile>

namespace CarScout::Export {

namespace {

// The section whose header carries `key` in ColumnKeyRole, or -1.
int sectionOfKey(const QAbstractItemModel *model, const QString &key)
{
    const int columns = model->columnCount();
    for (int section = 0; section < columns; ++section) {
        if (model->headerData(section, Qt::Horizontal, Model::ColumnKeyRole).toString() == key)
            return section;
    }
    return -1;
}

} // namespace

ListingCsvExporter::ListingCsvExporter(const QAbstractItemModel *model, const QStringList &columnKeys,
                                       const CsvOptions &options)
    : m_view(model)
    , m_columnKeys(columnKeys)
    , m_options(options)
{
}

ListingCsvExporter::~ListingCsvExporter()
{
    disconnectModel();
    if (m_file)
        m_file->cancelWriting();
}

void ListingCsvExporter::setRows(const QList<int> &rows)
{
    m_requestedRows = rows;
    m_rowsRequested = true;
}

bool ListingCsvExporter::begin(const QString &fileName)
{
    if (m_started)
        return fail(QCoreApplication::translate("ListingCsvExporter", "The export has already been started"));
    m_file = std::make_unique<QSaveFile>(fileName);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString reason = m_file->errorString();
        m_file.reset();
        return fail(QCoreApplication::translate("ListingCsvExporter", "Cannot write %1: %2").arg(fileName, reason));
    }
    m_device = m_file.get();
    return start();
}

bool ListingCsvExporter::begin(QIODevice *device)
{
    if (m_started)
        return fail(QCoreApplication::translate("ListingCsvExporter", "The export has already been started"));
    if (!device || !device->isWritable())
        return fail(QCoreApplication::translate("ListingCsvExporter", "The CSV output is not open for writing"));
    m_device = device;
    return start();
}

bool ListingCsvExporter::start()
{
    m_started = true;
    if (!m_view)
        return fail(QCoreApplication::translate("ListingCsvExporter", "Nothing to export: there is no table"));
    if (m_columnKeys.isEmpty())
        return fail(QCoreApplication::translate("ListingCsvExporter", "No columns chosen for the export"));

    // The bottom of the proxy chain: rows there stay put while the view above re-sorts or re-filters.
    const QAbstractItemModel *source = m_view.data();
    QList<const QAbstractProxyModel *> chain;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source)) {
        if (!proxy->sourceModel())
            break;
        chain.append(proxy);
        source = proxy->sourceModel();
    }
    m_source = source;

    QStringList headers;
    for (const QString &key : std::as_const(m_columnKeys)) {
        const int viewSection = sectionOfKey(m_view, key);
        const int sourceSection = sectionOfKey(source, key);
        if (viewSection < 0 || sourceSection < 0)
            return fail(QCoreApplication::translate("ListingCsvExporter", "Unknown column \"%1\"").arg(key));
        m_viewSections.append(viewSection);
        m_sourceSections.append(sourceSection);
        headers.append(m_view->headerData(viewSection, Qt::Horizontal, Qt::DisplayRole).toString());
    }

    const int viewRows = m_view->rowCount();
    QList<int> rows = m_requestedRows;
    if (!m_rowsRequested) {
        rows.resize(viewRows);
        for (int r = 0; r < viewRows; ++r)
            rows[r] = r;
    }
    m_sourceRows.reserve(rows.size());
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= viewRows)
            return fail(QCoreApplication::translate("ListingCsvExporter",
                "Row %1 is not in the table (it has %2 rows)").arg(row).arg(viewRows));
        QModelIndex index = m_view->index(row, 0);
        for (const QAbstractProxyModel *proxy : std::as_const(chain))
            index = proxy->mapToSource(index);
        if (!index.isValid())
            return fail(QCoreApplication::translate("ListingCsvExporter",
                "Row %1 could not be mapped to the listings").arg(row));
        m_sourceRows.append(index.row());
    }

    auto changed = [this] { m_sourceChanged = true; };
    m_connections << QObject::connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, changed);
    m_connections << QObject::connect(source, &QAbstractItemModel::rowsAboutToBeMoved, changed);
    m_connections << QObject::connect(source, &QAbstractItemModel::modelAboutToBeReset, changed);
    m_connections << QObject::connect(source, &QAbstractItemModel::layoutAboutToBeChanged, changed);
    m_connections << QObject::connect(source, &QAbstractItemModel::rowsAboutToBeInserted,
                                      [this](const QModelIndex &, int first) {
                                          if (m_source && first < m_source->rowCount())
                                              m_sourceChanged = true;   // an insert that shifts rows
                                      });

    m_writer = std::make_unique<CsvWriter>(m_device, m_options);
    if (!m_writer->writeRow(headers))
        return fail(m_writer->errorString());
    return true;
}

bool ListingCsvExporter::writeChunk(int maxRows)
{
    if (!m_writer || !m_error.isEmpty())
        return fail(m_error.isEmpty() ? QCoreApplication::translate("ListingCsvExporter",
            "The export has not been started") : m_error);
    if (m_sourceChanged || !m_source)
        return fail(QCoreApplication::translate("ListingCsvExporter",
            "The listings were cleared or reordered during the export; nothing was saved"));
    const qsizetype end = std::min<qsizetype>(m_sourceRows.size(), m_next + std::max(1, maxRows));
    const qsizetype columns = m_sourceSections.size();
    QStringList cells;
    cells.reserve(columns);
    for (; m_next < end; ++m_next) {
        cells.clear();
        const int row = m_sourceRows.at(m_next);
        for (qsizetype c = 0; c < columns; ++c) {
            const QModelIndex index = m_source->index(row, m_sourceSections.at(c));
            const QVariant text = index.data(Model::ExportTextRole);
            cells.append(text.isValid() ? text.toString() : index.data(Qt::DisplayRole).toString());
        }
        if (!m_writer->writeRow(cells))
            return fail(m_writer->errorString());
    }
    return true;
}

bool ListingCsvExporter::finish()
{
    if (!m_writer || !m_error.isEmpty())
        return fail(m_error.isEmpty() ? QCoreApplication::translate("ListingCsvExporter",
            "The export has not been started") : m_error);
    if (!atEnd())
        return fail(QCoreApplication::translate("ListingCsvExporter",
            "The export stopped after %1 of %2 rows").arg(m_next).arg(m_sourceRows.size()));
    disconnectModel();
    if (m_file) {
        if (!m_file->commit()) {
            const QString fileName = m_file->fileName();
            const QString reason = m_file->errorString();
            m_file.reset();
            return fail(QCoreApplication::translate("ListingCsvExporter", "Cannot save %1: %2").arg(fileName, reason));
        }
        m_file.reset();
    }
    m_writer.reset();
    return true;
}

void ListingCsvExporter::cancel()
{
    disconnectModel();
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    m_writer.reset();
    if (m_error.isEmpty())
        m_error = QCoreApplication::translate("ListingCsvExporter", "The export was canceled");
}

bool ListingCsvExporter::fail(const QString &error)
{
    m_error = error;
    disconnectModel();
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    m_writer.reset();
    return false;
}

void ListingCsvExporter::disconnectModel()
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        QObject::disconnect(c);
    m_connections.clear();
}

bool ListingCsvExporter::run(const Progress &progress, int chunkRows)
{
    while (!atEnd()) {
        if (!writeChunk(chunkRows))
            return false;
        if (progress && !progress(rowsWritten(), totalRows())) {
            cancel();
            return false;
        }
    }
    return finish();
}

bool ListingCsvExporter::exportToFile(const QString &fileName, const Progress &progress, int chunkRows)
{
    return begin(fileName) && run(progress, chunkRows);
}

bool ListingCsvExporter::exportToDevice(QIODevice *device, const Progress &progress, int chunkRows)
{
    return begin(device) && run(progress, chunkRows);
}

bool writeListingsCsv(QIODevice *device, const QList<Listing> &listings, const QStringList &columnKeys,
                      const CsvOptions &options, const Model::CostEstimator &estimator, QString *errorString)
{
    auto failWith = [errorString](const QString &error) {
        if (errorString)
            *errorString = error;
        return false;
    };
    if (columnKeys.isEmpty())
        return failWith(QCoreApplication::translate("ListingCsvExporter", "No columns chosen for the export"));
    QList<Model::Column> columns;
    QStringList headers;
    bool needsCosts = false;
    for (const QString &key : columnKeys) {
        const std::optional<Model::Column> column = Model::columnFromKey(key);
        if (!column)
            return failWith(QCoreApplication::translate("ListingCsvExporter", "Unknown column \"%1\"").arg(key));
        columns.append(*column);
        headers.append(Model::columnTitle(*column));
        needsCosts = needsCosts || Model::needsEstimate(*column);
    }
    CsvWriter writer(device, options);
    if (!writer.writeRow(headers))
        return failWith(writer.errorString());
    QStringList cells;
    for (const Listing &listing : listings) {
        std::optional<Model::CostEstimate> cost;
        if (needsCosts && estimator)
            cost = estimator(listing);
        cells.clear();
        for (Model::Column column : std::as_const(columns))
            cells.append(Model::exportText(listing, column, cost ? &*cost : nullptr));
        if (!writer.writeRow(cells))
            return failWith(writer.errorString());
    }
    return true;
}

} // namespace CarScout::Export
