#include "ui/exportdialog.h"

#include "core/export/listingcsvexporter.h"
#include "core/model/columnlayout.h"
#include "core/model/listingcolumns.h"
#include "core/model/listingfilterproxy.h"
#include "ui/messagebox.h"
#include "ui/searchpane.h"
#include "ui/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace CarScout::Ui {

ExportDialog::ExportDialog(SearchPane *pane, Settings *settings, QWidget *parent)
    : QDialog(parent),
      m_pane(pane),
      m_settings(settings),
      m_file(new QLineEdit(this)),
      m_all(new QRadioButton(this)),
      m_selection(new QRadioButton(this)),
      m_columns(new QListWidget(this)),
      m_delimiter(new QComboBox(this)),
      m_bom(new QCheckBox(tr("UTF-8 byte order mark (Excel shows Korean and Chinese correctly)"), this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_export(new QPushButton(tr("&Export"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export CSV"));
    const int shown = pane->visibleSourceRows().size();
    const int selected = pane->selectedSourceRows().size();
    m_all->setText(tr("All listings shown, as filtered and sorted (%n)", nullptr, shown));
    m_selection->setText(tr("Selected listings only (%n)", nullptr, selected));
    m_all->setChecked(true);
    m_selection->setEnabled(selected > 0);
    m_selection->setObjectName(QStringLiteral("selectionOnly"));

    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_file->setObjectName(QStringLiteral("fileName"));
    m_file->setText(QDir(dir.isEmpty() ? QDir::homePath() : dir)
                        .filePath(tr("carscout-%1-%2.csv")
                                      .arg(pane->sourceId(), QDate::currentDate().toString(Qt::ISODate))));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);

    // Columns: what the table shows, in its order, checked; the rest unchecked below.
    m_columns->setObjectName(QStringLiteral("columns"));
    const Model::ColumnLayout layout = pane->columnLayout();
    for (const Model::ColumnState &state : layout.columns) {
        auto *item = new QListWidgetItem(Model::columnTitle(state.column), m_columns);
        item->setData(Qt::UserRole, Model::columnKey(state.column));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(state.visible ? Qt::Checked : Qt::Unchecked);
    }
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);

    const CsvSettings csv = settings ? settings->csv() : CsvSettings();
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->setCurrentIndex(m_delimiter->findData(QString(resolveCsvDelimiter(csv.delimiter, QLocale()))));
    m_bom->setObjectName(QStringLiteral("bom"));
    m_bom->setChecked(csv.byteOrderMark);

    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Rows:"), m_all);
    form->addRow(QString(), m_selection);
    form->addRow(tr("Columns:"), m_columns);
    form->addRow(tr("Delimiter:"), m_delimiter);
    form->addRow(QString(), m_bom);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_cancel);
    auto *layoutBox = new QVBoxLayout(this);
    layoutBox->addLayout(form);
    layoutBox->addWidget(m_status);
    layoutBox->addLayout(buttons);

    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::reject);
    resize(560, 520);
}

ExportDialog::~ExportDialog()
{
    if (m_exporter)
        m_exporter->cancel();
}

QStringList ExportDialog::chosenColumnKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_columns->count(); ++i) {
        const QListWidgetItem *item = m_columns->item(i);
        if (item->checkState() == Qt::Checked)
            keys.append(item->data(Qt::UserRole).toString());
    }
    return keys;
}

void ExportDialog::browse()
{
    const QString name = QFileDialog::getSaveFileName(this, tr("Export CSV"), m_file->text(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!name.isEmpty())
        m_file->setText(name);
}

void ExportDialog::startExport()
{
    if (m_exporter)
        return;
    const QString fileName = m_file->text().trimmed();
    const QStringList keys = chosenColumnKeys();
    if (fileName.isEmpty()) {
        finishWith(false, tr("Choose a file name."));
        return;
    }
    if (keys.isEmpty()) {
        finishWith(false, tr("Choose at least one column."));
        return;
    }
    Export::CsvOptions options;
    options.delimiter = m_delimiter->currentData().toString().at(0);
    options.byteOrderMark = m_bom->isChecked();
    // Rows are given in the proxy's (filtered, sorted) terms so the exporter keeps the order the dealer sees.
    const QAbstractItemModel *model = m_pane->filterProxy();
    QList<int> rows;
    if (m_selection->isChecked()) {
        for (int sourceRow : m_pane->selectedSourceRows())
            rows.append(m_pane->filterProxy()->mapFromSource(m_pane->filterProxy()->sourceModel()->index(sourceRow, 0)).row());
    } else {
        const int n = model->rowCount();
        rows.reserve(n);
        for (int i = 0; i < n; ++i)
            rows.append(i);
    }
    m_exporter = std::make_unique<Export::ListingCsvExporter>(model, keys, options);
    m_exporter->setRows(rows);
    m_fileName = fileName;
    m_cancelRequested = false;
    if (!m_exporter->begin(fileName)) {
        const QString error = m_exporter->errorString();
        m_exporter.reset();
        finishWith(false, tr("Could not write %1: %2").arg(fileName, error));
        return;
    }
    m_progress->setVisible(true);
    m_progress->setRange(0, int(qMax<qint64>(1, m_exporter->totalRows())));
    m_progress->setValue(0);
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting…"));
    QTimer::singleShot(0, this, &ExportDialog::step);
}

void ExportDialog::step()
{
    if (!m_exporter)
        return;
    if (m_cancelRequested) {
        m_exporter->cancel();
        m_exporter.reset();
        finishWith(false, tr("Export canceled; no file was written."));
        return;
    }
    if (!m_exporter->writeChunk(m_chunkRows)) {
        const QString error = m_exporter->errorString();
        m_exporter->cancel();
        m_exporter.reset();
        finishWith(false, tr("Export failed: %1").arg(error));
        return;
    }
    m_progress->setValue(int(m_exporter->rowsWritten()));
    m_status->setText(tr("%1 of %2 rows written").arg(m_exporter->rowsWritten()).arg(m_exporter->totalRows()));
    if (!m_exporter->atEnd()) {
        QTimer::singleShot(0, this, &ExportDialog::step);
        return;
    }
    const qint64 written = m_exporter->rowsWritten();
    if (!m_exporter->finish()) {
        const QString error = m_exporter->errorString();
        m_exporter.reset();
        finishWith(false, tr("Could not save %1: %2").arg(m_fileName, error));
        return;
    }
    m_exporter.reset();
    finishWith(true, tr("%n row(s) written to %1", nullptr, int(written)).arg(m_fileName));
}

void ExportDialog::finishWith(bool ok, const QString &message)
{
    m_error = ok ? QString() : message;
    m_status->setText(message);
    m_progress->setVisible(false);
    m_export->setEnabled(true);
    emit exportFinished(ok, m_fileName);
    if (ok) {
        if (m_settings) {
            CsvSettings csv = m_settings->csv();
            csv.byteOrderMark = m_bom->isChecked();
            m_settings->setCsv(csv);
        }
        accept();
    } else if (!m_cancelRequested && isVisible()) {
        MessageBox::warning(this, tr("Export CSV"), message);
    }
}

void ExportDialog::cancelExport()
{
    if (m_exporter)
        m_cancelRequested = true;
}

void ExportDialog::reject()
{
    if (m_exporter) {
        cancelExport();   // the next step discards the partial file, then the dialog stays open with the reason
        return;
    }
    QDialog::reject();
}

} // namespace CarScout::Ui
