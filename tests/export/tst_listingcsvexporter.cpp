#include "core/export/listingcsvexporter.h"
#include "core/model/listingcolumns.h"
#include "core/model/listingfilterproxy.h"
#include "core/model/listingroles.h"
#include "core/model/listingtablemodel.h"
#include "tests/model/testlistings.h"

#include <QBuffer>
#include <QFile>
#include <QIdentityProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Export;
using namespace CarScout::Model;
using CarScout::Test::makeListing;

namespace {

// Stands in for the GUI language: header text comes from the view's headerData, not from a fixed table.
class RenamedHeaders final : public QIdentityProxyModel
{
public:
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return QString(u"Колонка "_qs + QIdentityProxyModel::headerData(section, orientation, role).toString());
        return QIdentityProxyModel::headerData(section, orientation, role);
    }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestListingCsvExporter : public QObject
{
    Q_OBJECT

    ListingTableModel m_model;
    ListingFilterProxy m_proxy;

private slots:
    void initTestCase()
    {
        Listing a = makeListing(u"a"_qs, 15'000'000, 2018, 60'000);
        Listing b = makeListing(u"b"_qs, 9'000'000, 2016, 90'000);
        Listing c = makeListing(u"c"_qs, 10'000'000, 2020, 20'000);
        Listing d = makeListing(u"d"_qs, {}, 2019, 30'000);
        a.title = u"=cmd|' /C calc'!A0"_qs;
        b.title = u"쏘나타, \"풀옵션\""_qs;
        c.title = u"帕萨特\n2.0T"_qs;
        m_model.appendListings({a, b, c, d});
        m_model.setCostEstimator([](const Listing &l) {
            CostEstimate e;
            if (!l.price) {
                e.problem = u"price unknown"_qs;
                return e;
            }
            e.priceRubKopecks = *l.price * 7;
            return e;
        });
        m_proxy.setSourceModel(&m_model);
    }

    void init()
    {
        m_proxy.clearFilter();
        m_proxy.sort(-1);
    }

    void writesVisibleRowsInSortedOrder()
    {
        m_proxy.setPriceRange(9'500'000, std::nullopt);   // hides b (9,000,000) and d (no price)
        m_proxy.sort(int(Column::Price), Qt::DescendingOrder);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        CsvOptions options;
        options.delimiter = u';';
        ListingCsvExporter exporter(&m_proxy, {u"id"_qs, u"price"_qs, u"price_rub"_qs, u"title"_qs}, options);
        QVERIFY2(exporter.exportToDevice(&out), qPrintable(exporter.errorString()));
        QCOMPARE(exporter.totalRows(), 2);
        QCOMPARE(exporter.rowsWritten(), 2);
        QCOMPARE(out.data(), QByteArray("\xEF\xBB\xBF"
                                        "ID;Price;Price, RUB;Title\r\n"
                                        "a;15000000;1050000.00;'=cmd|' /C calc'!A0\r\n"
                                        "c;10000000;700000.00;\"\xE5\xB8\x95\xE8\x90\xA8\xE7\x89\xB9\n2.0T\"\r\n"));
    }

    void writesSelectionInGivenOrder()
    {
        m_proxy.sort(int(Column::Price), Qt::AscendingOrder);   // b, c, a, d
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        CsvOptions options;
        options.byteOrderMark = false;
        ListingCsvExporter exporter(&m_proxy, {u"id"_qs, u"title"_qs, u"landed_rub"_qs}, options);
        exporter.setRows({3, 0});
        QVERIFY2(exporter.exportToDevice(&out), qPrintable(exporter.errorString()));
        QCOMPARE(out.data(), QByteArray("ID,Title,\"Landed cost, RUB\"\r\n"
                                        "d,Car d,price unknown\r\n"
                                        "b,\"\xEC\x8F\x98\xEB\x82\x98\xED\x83\x80, \"\"\xED\x92\x80\xEC\x98\xB5\xEC\x85\x98\"\"\",\r\n"));
    }

    void headersComeFromTheView()
    {
        RenamedHeaders view;
        view.setSourceModel(&m_proxy);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        CsvOptions options;
        options.byteOrderMark = false;
        ListingCsvExporter exporter(&view, {u"year"_qs, u"mileage_km"_qs}, options);
        exporter.setRows({0});
        QVERIFY2(exporter.exportToDevice(&out), qPrintable(exporter.errorString()));
        QCOMPARE(QString::fromUtf8(out.data()), u"Колонка Year,\"Колонка Mileage, km\"\r\n2018,60000\r\n"_qs);
    }

    void badRequestsFailClearly()
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ListingCsvExporter unknownKey(&m_proxy, {u"id"_qs, u"horsepower"_qs}, {});
        QVERIFY(!unknownKey.exportToDevice(&out));
        QVERIFY2(unknownKey.errorString().contains(u"horsepower"), qPrintable(unknownKey.errorString()));

        ListingCsvExporter noColumns(&m_proxy, {}, {});
        QVERIFY(!noColumns.exportToDevice(&out));

        ListingCsvExporter badRow(&m_proxy, {u"id"_qs}, {});
        badRow.setRows({0, 42});
        QVERIFY(!badRow.exportToDevice(&out));
        QVERIFY2(badRow.errorString().contains(u"42"), qPrintable(badRow.errorString()));
    }

    void fileRoundTripExactBytes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"export.csv"_qs);
        m_proxy.sort(int(Column::Id), Qt::AscendingOrder);
        ListingCsvExporter exporter(&m_proxy, {u"id"_qs, u"year"_qs, u"fuel"_qs}, {});
        QList<qint64> progress;
        QVERIFY2(exporter.exportToFile(path, [&](qint64 done, qint64 total) {
            progress.append(done);
            return total == 4;
        }, 3), qPrintable(exporter.errorString()));
        QCOMPARE(progress, (QList<qint64>{3, 4}));
        QCOMPARE(readAll(path), QByteArray("\xEF\xBB\xBFID,Year,Fuel\r\na,2018,Petrol\r\nb,2016,Petrol\r\n"
                                           "c,2020,Petrol\r\nd,2019,Petrol\r\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"export.csv"_qs});
    }

    void unwritableDestinationLeavesNoFile()
    {
        QTemporaryDir dir;
        // A path whose "directory" is a regular file cannot be created, even by root.
        const QString notADir = dir.filePath(u"plain-file"_qs);
        QFile blocker(notADir);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = notADir + u"/export.csv"_qs;
        ListingCsvExporter exporter(&m_proxy, {u"id"_qs}, {});
        QVERIFY(!exporter.exportToFile(path));
        QVERIFY2(exporter.errorString().contains(path), qPrintable(exporter.errorString()));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"plain-file"_qs});
    }

    void cancelKeepsTheOriginalFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"export.csv"_qs);
        QFile original(path);
        QVERIFY(original.open(QIODevice::WriteOnly));
        original.write("previous export\r\n");
        original.close();

        ListingCsvExporter exporter(&m_proxy, {u"id"_qs, u"title"_qs}, {});
        int chunks = 0;
        QVERIFY(!exporter.exportToFile(path, [&](qint64, qint64) { return ++chunks < 2; }, 1));
        QCOMPARE(chunks, 2);
        QCOMPARE(exporter.rowsWritten(), 2);
        QVERIFY(exporter.errorString().contains(u"canceled"));
        QCOMPARE(readAll(path), QByteArray("previous export\r\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"export.csv"_qs});
    }

    void chunkedDrivingAndCancel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"chunked.csv"_qs);
        ListingCsvExporter exporter(&m_proxy, {u"id"_qs}, {});
        QVERIFY(exporter.begin(path));
        QVERIFY(exporter.writeChunk(2));
        QVERIFY(!exporter.atEnd());
        QVERIFY(!exporter.finish());   // not every row written: refused, nothing saved
        QVERIFY(!QFile::exists(path));

        ListingCsvExporter second(&m_proxy, {u"id"_qs}, {});
        QVERIFY(second.begin(path));
        QVERIFY(second.writeChunk(1));
        second.cancel();
        QVERIFY(!QFile::exists(path));
        QVERIFY(!second.writeChunk(1));
    }

    void sourceClearedMidExportFails()
    {
        ListingTableModel model;
        model.appendListings({makeListing(u"1"_qs, 1), makeListing(u"2"_qs, 2), makeListing(u"3"_qs, 3)});
        ListingFilterProxy proxy;
        proxy.setSourceModel(&model);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"x.csv"_qs);

        // Appends and re-sorting during the export are harmless: the rows were fixed at begin().
        ListingCsvExporter fine(&proxy, {u"id"_qs}, {});
        QVERIFY(fine.begin(path));
        QVERIFY(fine.writeChunk(1));
        model.appendListings({makeListing(u"4"_qs, 4)});
        proxy.sort(int(Column::Price), Qt::DescendingOrder);
        QVERIFY(fine.writeChunk(10));
        QVERIFY2(fine.finish(), qPrintable(fine.errorString()));
        QCOMPARE(readAll(path), QByteArray("\xEF\xBB\xBFID\r\n1\r\n2\r\n3\r\n"));

        ListingCsvExporter broken(&proxy, {u"id"_qs}, {});
        QVERIFY(broken.begin(path));
        QVERIFY(broken.writeChunk(1));
        model.clear();
        QVERIFY(!broken.writeChunk(10));
        QVERIFY(!broken.errorString().isEmpty());
        QCOMPARE(readAll(path), QByteArray("\xEF\xBB\xBFID\r\n1\r\n2\r\n3\r\n"));   // previous file kept
    }

    void cliWriterMatchesTheGuiExport()
    {
        // The same listings through the model/exporter and through writeListingsCsv give identical bytes.
        QList<Listing> listings;
        for (int r = 0; r < m_model.rowCount(); ++r)
            listings.append(m_model.listing(r));
        const QStringList keys = allColumnKeys();
        CsvOptions options;
        options.delimiter = u';';
        auto estimator = [](const Listing &l) {
            CostEstimate e;
            if (!l.price) {
                e.problem = u"price unknown"_qs;
                return e;
            }
            e.priceRubKopecks = *l.price * 7;
            return e;
        };

        QBuffer fromCli;
        fromCli.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(writeListingsCsv(&fromCli, listings, keys, options, estimator, &error), qPrintable(error));

        QBuffer fromGui;
        fromGui.open(QIODevice::WriteOnly);
        ListingCsvExporter exporter(&m_model, keys, options);
        QVERIFY2(exporter.exportToDevice(&fromGui), qPrintable(exporter.errorString()));
        QCOMPARE(fromCli.data(), fromGui.data());
        QCOMPARE(fromCli.data().count("\r\n"), 5);

        QVERIFY(!writeListingsCsv(&fromCli, listings, {u"bogus"_qs}, options, {}, &error));
        QVERIFY(error.contains(u"bogus"));
    }

    void cliWriterDefaults()
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        Listing l = makeListing(u"42"_qs, 31'500'000, 2020, 12'345);
        l.badges = {u"inspection"_qs};
        QVERIFY(writeListingsCsv(&out, {l}, defaultCsvColumnKeys(), csvOptionsFor(QLocale::c())));
        const QList<QByteArray> lines = out.data().split('\n');
        QCOMPARE(lines.size(), 3);   // header, row, empty after the last CRLF
        QCOMPARE(lines.at(1), QByteArray("encar,42,Car 42,\xED\x98\x84\xEB\x8C\x80,\xEC\x8F\x98\xEB\x82\x98\xED\x83\x80,"
                                         ",2020,3,12345,31500000,,KRW,Petrol,Automatic,1999,,,,,,inspection,"
                                         "https://example.invalid/cars/42\r"));
    }
};

QTEST_GUILESS_MAIN(TestListingCsvExporter)
#include "tst_listingcsvexporter.moc"
