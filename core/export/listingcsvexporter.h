#pragma once

// Exports the rows of a listing view (a ListingTableModel or any proxy over it, e.g. the filtered and sorted
// ListingFilterProxy) to CSV: chosen columns by key, headers from the model's headerData (so the GUI language
// applies), cells from ExportTextRole (plain numbers), through QSaveFile so that a failed or canceled export
// never leaves a half-written file nor replaces an existing one.
//
// Driven in chunks so a GUI stays responsive: begin() → writeChunk() until atEnd() → finish(), or cancel() at
// any point. The rows are fixed at begin() (mapped to the underlying model, so later appends, re-sorting or
// filtering of the view do not disturb the export); if the underlying rows are removed, reset or reordered
// meanwhile, the export fails with a clear error instead of writing wrong rows. Runs on the model's thread.

#include "core/export/csvwriter.h"
#include "core/model/costestimate.h"
#include "core/model/listing.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QAbstractItemModel;
class QIODevice;
class QSaveFile;

namespace CarScout::Export {

class ListingCsvExporter
{
    Q_DISABLE_COPY_MOVE(ListingCsvExporter)

public:
    // Called after every chunk with rows written so far and the total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    ListingCsvExporter(const QAbstractItemModel *model, const QStringList &columnKeys, const CsvOptions &options);
    ~ListingCsvExporter();

    // Export only these rows of the model (e.g. the selection), in this order. Default: every row, in order.
    void setRows(const QList<int> &rows);

    // Opens the destination (a QSaveFile on fileName) and writes the header row.
    bool begin(const QString &fileName);
    // Writes to an already open device instead (tests, stdout); finish() does not close it.
    bool begin(QIODevice *device);
    // Writes up to maxRows rows; false on error (see errorString()).
    bool writeChunk(int maxRows);
    bool atEnd() const { return m_next >= m_sourceRows.size(); }
    // Commits the file (only after every row was written). False on error; the destination is then untouched.
    bool finish();
    // Discards everything written; an existing destination file is left as it was.
    void cancel();

    qint64 rowsWritten() const { return m_next; }
    qint64 totalRows() const { return m_sourceRows.size(); }
    QString errorString() const { return m_error; }

    // The whole export in one call, chunk by chunk with progress/cancel between chunks.
    bool exportToFile(const QString &fileName, const Progress &progress = {}, int chunkRows = 1000);
    bool exportToDevice(QIODevice *device, const Progress &progress = {}, int chunkRows = 1000);

private:
    bool start();
    bool run(const Progress &progress, int chunkRows);
    bool fail(const QString &error);
    void disconnectModel();

    QPointer<const QAbstractItemModel> m_view;     // the model rows are given in
    QPointer<const QAbstractItemModel> m_source;   // the bottom of its proxy chain, read for cells
    QStringList m_columnKeys;
    CsvOptions m_options;
    QList<int> m_requestedRows;
    bool m_rowsRequested = false;

    QList<int> m_viewSections;     // per chosen column: section in m_view (headers)
    QList<int> m_sourceSections;   // per chosen column: section in m_source (cells)
    QList<int> m_sourceRows;       // the rows to write, as rows of m_source
    qsizetype m_next = 0;

    std::unique_ptr<QSaveFile> m_file;
    QIODevice *m_device = nullptr;
    std::unique_ptr<CsvWriter> m_writer;
    QList<QMetaObject::Connection> m_connections;
    bool m_sourceChanged = false;
    bool m_started = false;
    QString m_error;
};

// The CSV of `carscout-cli search --format csv`, formatted exactly like the GUI export: headers are the
// column titles in the current language, cells are Model::exportText(). Cost columns need an estimator (left
// empty without one). Unknown column keys are an error naming the key.
bool writeListingsCsv(QIODevice *device, const QList<Listing> &listings, const QStringList &columnKeys,
                      const CsvOptions &options, const Model::CostEstimator &estimator = {},
                      QString *errorString = nullptr);

} // namespace CarScout::Export
