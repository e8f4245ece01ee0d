#pragma once

// CSV export of a search pane: the rows shown (filtered and sorted) or the selected ones, chosen columns with
// headers in the GUI language, delimiter and BOM (defaults from the settings), progress and cancel. The file is
// written through the model library's ListingCsvExporter (QSaveFile, formula guard), a chunk per event-loop turn.

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace CarScout::Export {
class ListingCsvExporter;
}

namespace CarScout::Ui {

class SearchPane;
class Settings;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(SearchPane *pane, Settings *settings, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QLineEdit *fileEdit() const { return m_file; }
    QRadioButton *selectionOnlyButton() const { return m_selection; }
    QListWidget *columnList() const { return m_columns; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QCheckBox *bomBox() const { return m_bom; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *exportButton() const { return m_export; }

    QStringList chosenColumnKeys() const;
    bool isExporting() const { return bool(m_exporter); }
    QString lastError() const { return m_error; }
    void setChunkRows(int rows) { m_chunkRows = qMax(1, rows); }

public slots:
    void startExport();
    void cancelExport();

signals:
    void exportFinished(bool ok, const QString &fileName);

protected:
    void reject() override;

private:
    void browse();
    void step();
    void finishWith(bool ok, const QString &message);

    SearchPane *m_pane;
    Settings *m_settings;
    QLineEdit *m_file;
    QRadioButton *m_all;
    QRadioButton *m_selection;
    QListWidget *m_columns;
    QComboBox *m_delimiter;
    QCheckBox *m_bom;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_cancel;
    std::unique_ptr<Export::ListingCsvExporter> m_exporter;
    QString m_fileName;
    QString m_error;
    int m_chunkRows = 2000;
    bool m_cancelRequested = false;
};

} // namespace CarScout::Ui
