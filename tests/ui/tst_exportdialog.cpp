// CSV export from a search pane: the rows shown (filtered and sorted) or the selection, chosen columns, headers
// in the GUI language, delimiter, BOM, formula guard, and a canceled export leaving no file.

#include "core/model/listingcolumns.h"
#include "core/model/listingfilterproxy.h"
#include "core/model/listingtablemodel.h"
#include "ui/exportdialog.h"
#include "ui/messagebox.h"
#include "ui/searchpane.h"
#include "ui/settings.h"
#include "uitestenv.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace CarScout;
using namespace CarScout::Ui;

namespace {

// A source that answers one search with fixed listings (no network): export is about the table, not fetching.
class FixedSource final : public Sources::Source
{
public:
    FixedSource() : Source(Sources::SourceInfo{u"encar"_qs, u"Encar"_qs, Sources::VehicleKind::Car, u"KRW"_qs, u"KR"_qs,
                                               {{u"maker"_qs, "Make"}}, {}, {}, {}})
    {
    }
    QList<Listing> listings;
    Sources::CatalogJob *catalog(const QStringList &) override { return nullptr; }
    Sources::DetailJob *detail(const QString &) override { return nullptr; }
    Sources::SearchJob *search(const Sources::SearchQuery &) override
    {
        auto *job = new Job(this);
        QTimer::singleShot(0, job, [job, page = listings] {
            emit job->pageReady(page);
            emit job->finished({});
            job->deleteLater();
        });
        return job;
    }

private:
    class Job final : public Sources::SearchJob
    {
    public:
        using SearchJob::SearchJob;
        void cancel() override {}
    };
};

Listing make(const QString &id, const QString &title, qint64 price, int year)
{
    Listing l;
    l.source = u"encar"_qs;
    l.id = id;
    l.title = title;
    l.price = price;
    l.currency = u"KRW"_qs;
    l.year = year;
    l.month = 1;
    l.url = QUrl(u"https://fem.encar.com/cars/detail/"_qs + id);
    return l;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    FixedSource m_source;

    std::unique_ptr<SearchPane> searchedPane()
    {
        SearchPane::Dependencies deps;
        deps.settings = m_settings.get();
        auto pane = std::make_unique<SearchPane>(&m_source, deps);
        QSignalSpy finished(pane.get(), &SearchPane::searchFinished);
        pane->startSearch();
        if (finished.isEmpty())
            finished.wait(5000);
        return pane;
    }

    QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void chooseColumns(ExportDialog &dialog, const QStringList &keys)
    {
        QListWidget *list = dialog.columnList();
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(keys.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_settings = std::make_unique<Settings>(std::make_unique<QSettings>(m_dir.filePath(u"s.ini"_qs), QSettings::IniFormat));
        m_source.listings = {make(u"1"_qs, u"현대 쏘나타"_qs, 25000000, 2021), make(u"2"_qs, u"=HYPERLINK(\"x\")"_qs, 9000000, 2018),
                             make(u"3"_qs, u"기아 \"K5\"; 2.0"_qs, 15000000, 2020), make(u"4"_qs, u"제네시스 G80"_qs, 41000000, 2022)};
        MessageBox::setAutoAnswer(QMessageBox::Ok);
    }

    void exportsTheViewFilteredAndSorted()
    {
        auto pane = searchedPane();
        QCOMPARE(pane->listingModel()->size(), 4);
        pane->view()->sortByColumn(int(Model::Column::Price), Qt::DescendingOrder);
        Model::ListingFilter filter;
        filter.priceMax = 30000000;
        pane->filterProxy()->setFilter(filter);   // hides #4

        ExportDialog dialog(pane.get(), m_settings.get());
        const QString path = m_dir.filePath(u"view.csv"_qs);
        dialog.fileEdit()->setText(path);
        chooseColumns(dialog, {u"id"_qs, u"title"_qs, u"price"_qs});
        dialog.delimiterBox()->setCurrentIndex(dialog.delimiterBox()->findData(u";"_qs));
        dialog.bomBox()->setChecked(true);
        QSignalSpy done(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(done.count() == 1 || done.wait(5000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(dialog.lastError()));

        const QByteArray bytes = read(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_qs, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);   // header + 3 rows
        // Columns in the table's visual order, headers as the table shows them.
        QCOMPARE(lines.at(0), Model::columnTitle(Model::Column::Title) + u';' + Model::columnTitle(Model::Column::Price)
                                  + u';' + Model::columnTitle(Model::Column::Id));
        QCOMPARE(lines.at(1), u"현대 쏘나타;25000000;1"_qs);
        QCOMPARE(lines.at(2), u"\"기아 \"\"K5\"\"; 2.0\";15000000;3"_qs);
        // A cell that looks like a formula is neutralised.
        QVERIFY2(!lines.at(3).startsWith(u"=HYPERLINK"_qs) && !lines.at(3).startsWith(u"\"=HYPERLINK"_qs), qPrintable(lines.at(3)));
        QVERIFY(lines.at(3).endsWith(u";9000000;2"_qs));
    }

    void exportsTheSelectionOnly()
    {
        auto pane = searchedPane();
        pane->view()->sortByColumn(int(Model::Column::Id), Qt::AscendingOrder);
        pane->view()->selectionModel()->select(pane->view()->model()->index(1, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        pane->view()->selectionModel()->select(pane->view()->model()->index(3, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        ExportDialog dialog(pane.get(), m_settings.get());
        QVERIFY(dialog.selectionOnlyButton()->isEnabled());
        dialog.selectionOnlyButton()->setChecked(true);
        const QString path = m_dir.filePath(u"selection.csv"_qs);
        dialog.fileEdit()->setText(path);
        chooseColumns(dialog, {u"id"_qs, u"year"_qs});
        dialog.delimiterBox()->setCurrentIndex(dialog.delimiterBox()->findData(u","_qs));
        dialog.bomBox()->setChecked(false);
        QSignalSpy done(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(done.count() == 1 || done.wait(5000));
        QVERIFY(done.first().at(0).toBool());
        const QByteArray bytes = read(path);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes).split(u"\r\n"_qs, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const int idColumn = lines.at(0).split(u',').indexOf(Model::columnTitle(Model::Column::Id));
        QVERIFY(idColumn >= 0);
        QCOMPARE(lines.at(1).split(u',').value(idColumn), u"2"_qs);
        QCOMPARE(lines.at(2).split(u',').value(idColumn), u"4"_qs);
        // The BOM choice is remembered for next time.
        QCOMPARE(m_settings->csv().byteOrderMark, false);
        m_settings->setCsv({});
    }

    void cancelLeavesNoFile()
    {
        auto pane = searchedPane();
        ExportDialog dialog(pane.get(), m_settings.get());
        dialog.setChunkRows(1);
        const QString path = m_dir.filePath(u"canceled.csv"_qs);
        dialog.fileEdit()->setText(path);
        QSignalSpy done(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(dialog.isExporting());
        dialog.cancelExport();
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY(!QFile::exists(path));
        QVERIFY(dialog.lastError().contains(u"canceled"_qs));
    }

    void unwritableDestinationIsReported()
    {
        auto pane = searchedPane();
        ExportDialog dialog(pane.get(), m_settings.get());
        dialog.fileEdit()->setText(m_dir.filePath(u"no/such/dir/x.csv"_qs));
        QSignalSpy done(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(done.count() == 1 || done.wait(5000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY2(dialog.lastError().contains(u"x.csv"_qs), qPrintable(dialog.lastError()));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
