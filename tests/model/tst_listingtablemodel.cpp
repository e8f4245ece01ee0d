#include "core/model/listingformat.h"
#include "core/model/listingroles.h"
#include "core/model/listingtablemodel.h"
#include "tests/model/testlistings.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Model;
using CarScout::Test::makeListing;

class TestListingTableModel : public QObject
{
    Q_OBJECT

private:
    static QVariant cell(const ListingTableModel &m, int row, Column c, int role = Qt::DisplayRole)
    {
        return m.index(row, int(c)).data(role);
    }

private slots:
    void initTestCase()
    {
        // The marketplaces register their names (the source registry does); the model only shows them.
        Model::registerSourceDisplayName(u"encar"_qs, u"Encar"_qs);
        QCOMPARE(Model::sourceDisplayName(u"nowhere"_qs), u"nowhere"_qs);
    }

    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void appendPagesEmitsInsertSignals()
    {
        ListingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        auto r = model.appendListings({makeListing(u"1"_qs, 100), makeListing(u"2"_qs, 200), makeListing(u"3"_qs, {})});
        QCOMPARE(r.inserted, 3);
        QCOMPARE(r.updated, 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(aboutToInsert.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);

        r = model.appendListings({makeListing(u"4"_qs, 400), makeListing(u"5"_qs, 500)});
        QCOMPARE(r.inserted, 2);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 3);
        QCOMPARE(inserted.at(1).at(2).toInt(), 4);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(model.listing(4).id, u"5"_qs);
        QCOMPARE(model.rowOf(u"encar"_qs, u"4"_qs), 3);
        QCOMPARE(model.rowOf(u"kbchachacha"_qs, u"4"_qs), -1);
    }

    void emptyPageEmitsNothing()
    {
        ListingTableModel model;
        QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
        QCOMPARE(model.appendListings({}).inserted, 0);
        QCOMPARE(aboutToInsert.count(), 0);
    }

    void duplicateUpdatesRowInPlace()
    {
        ListingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendListings({makeListing(u"1"_qs, 100), makeListing(u"2"_qs, 200)});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        Listing cheaper = makeListing(u"2"_qs, 150);
        const auto r = model.appendListings({cheaper, makeListing(u"3"_qs, 300)});
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.updated, 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), 0);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), columnCount - 1);
        QCOMPARE(model.listing(1).price, std::optional<qint64>(150));
    }

    void identicalDuplicateEmitsNothing()
    {
        ListingTableModel model;
        model.appendListings({makeListing(u"1"_qs, 100)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const auto r = model.appendListings({makeListing(u"1"_qs, 100)});
        QCOMPARE(r.inserted, 0);
        QCOMPARE(r.updated, 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 0);
    }

    void duplicateWithinOnePageIsOneRow()
    {
        ListingTableModel model;
        const auto r = model.appendListings({makeListing(u"1"_qs, 100), makeListing(u"1"_qs, 90)});
        QCOMPARE(r.inserted, 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.listing(0).price, std::optional<qint64>(90));
    }

    void sameIdOtherSourceIsAnotherRow()
    {
        ListingTableModel model;
        Listing other = makeListing(u"1"_qs, 100);
        other.source = u"kbchachacha"_qs;
        model.appendListings({makeListing(u"1"_qs, 100), other});
        QCOMPARE(model.rowCount(), 2);
    }

    void updateKeepsDetailFields()
    {
        ListingTableModel model;
        model.appendListings({makeListing(u"1"_qs, 100)});
        Listing detailed = model.listing(0);
        detailed.powerHp = 160;
        detailed.photos = {QUrl(u"https://example.invalid/p1.jpg"_qs)};
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.updateListing(detailed));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.listing(0).powerHp, 160);

        // A later search page brings the listing again without power or photos: they are kept.
        Listing fromSearch = makeListing(u"1"_qs, 95);
        model.appendListings({fromSearch});
        QCOMPARE(model.listing(0).powerHp, 160);
        QCOMPARE(model.listing(0).photos.size(), 1);
        QCOMPARE(model.listing(0).price, std::optional<qint64>(95));
    }

    void setListingRejectsBadRowsAndKeyCollisions()
    {
        ListingTableModel model;
        model.appendListings({makeListing(u"1"_qs, 100), makeListing(u"2"_qs, 200)});
        QVERIFY(!model.setListing(5, makeListing(u"9"_qs, 1)));
        QVERIFY(!model.setListing(-1, makeListing(u"9"_qs, 1)));
        QVERIFY(!model.setListing(0, makeListing(u"2"_qs, 1)));   // would duplicate row 1
        QVERIFY(!model.updateListing(makeListing(u"7"_qs, 1)));    // not present
        QVERIFY(model.setListing(0, makeListing(u"9"_qs, 1)));     // re-keyed
        QCOMPARE(model.rowOf(u"encar"_qs, u"9"_qs), 0);
        QCOMPARE(model.rowOf(u"encar"_qs, u"1"_qs), -1);
    }

    void clearResets()
    {
        ListingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendListings({makeListing(u"1"_qs, 100)});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(u"encar"_qs, u"1"_qs), -1);
        QCOMPARE(model.appendListings({makeListing(u"1"_qs, 100)}).inserted, 1);
    }

    void displayAndRawValues()
    {
        ListingTableModel model;
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        Listing l = makeListing(u"1"_qs, 12'900'000, 2017, 45'000);
        l.month = 11;
        Listing unknown = makeListing(u"2"_qs, {}, 0, 0);
        unknown.month = 0;
        unknown.engineCc = 0;
        unknown.fuel = Fuel::Unknown;
        unknown.trim.clear();
        model.appendListings({l, unknown});

        QCOMPARE(cell(model, 0, Column::Price).toString(), u"12,900,000 KRW"_qs);
        QCOMPARE(cell(model, 0, Column::Price, UnderlyingDataRole).toLongLong(), 12'900'000);
        QCOMPARE(cell(model, 0, Column::Mileage).toString(), u"45,000"_qs);
        QCOMPARE(cell(model, 0, Column::Mileage, UnderlyingDataRole).toInt(), 45'000);
        QCOMPARE(cell(model, 0, Column::Year).toString(), u"2017-11"_qs);
        QCOMPARE(cell(model, 0, Column::Year, UnderlyingDataRole).toInt(), 201711);
        QCOMPARE(cell(model, 0, Column::EngineCc).toString(), u"1,999"_qs);
        QCOMPARE(cell(model, 0, Column::Fuel).toString(), u"Petrol"_qs);
        QCOMPARE(cell(model, 0, Column::Source).toString(), u"Encar"_qs);
        QCOMPARE(cell(model, 0, Column::Price, ExportTextRole).toString(), u"12900000"_qs);
        QCOMPARE(cell(model, 0, Column::Mileage, ExportTextRole).toString(), u"45000"_qs);
        QCOMPARE(cell(model, 0, Column::Price, Qt::ToolTipRole).toString(), u"12,900,000 KRW"_qs);
        QCOMPARE(cell(model, 0, Column::Make, Qt::ToolTipRole).toString(), u"Car 1\nHyundai Sonata"_qs);
        QCOMPARE(cell(model, 0, Column::Title, IdRole).toString(), u"1"_qs);
        QCOMPARE(cell(model, 0, Column::Title, SourceRole).toString(), u"encar"_qs);
        QCOMPARE(cell(model, 0, Column::Title, ListingRole).value<Listing>(), l);

        QCOMPARE(cell(model, 1, Column::Price).toString(), unknownText());
        QVERIFY(!cell(model, 1, Column::Price, UnderlyingDataRole).isValid());
        QCOMPARE(cell(model, 1, Column::Price, ExportTextRole).toString(), QString());
        QCOMPARE(cell(model, 1, Column::Price, Qt::ToolTipRole).toString(), u"Price on request"_qs);
        QCOMPARE(cell(model, 1, Column::Year).toString(), unknownText());
        QVERIFY(!cell(model, 1, Column::Year, UnderlyingDataRole).isValid());
        QCOMPARE(cell(model, 1, Column::EngineCc).toString(), unknownText());
        QVERIFY(!cell(model, 1, Column::EngineCc, UnderlyingDataRole).isValid());
        QCOMPARE(cell(model, 1, Column::Fuel).toString(), unknownText());
        QCOMPARE(cell(model, 1, Column::Trim).toString(), unknownText());
        QCOMPARE(cell(model, 1, Column::Trim, ExportTextRole).toString(), QString());
    }

    void localeChangesGrouping()
    {
        ListingTableModel model;
        model.appendListings({makeListing(u"1"_qs, 12'900'000)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLocale(QLocale(QLocale::Russian, QLocale::Russia));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(model, 0, Column::Price).toString(), u"12\u00A0900\u00A0000 KRW"_qs);
        QCOMPARE(cell(model, 0, Column::Price, ExportTextRole).toString(), u"12900000"_qs);
    }

    void alignment()
    {
        ListingTableModel model;
        model.appendListings({makeListing(u"1"_qs, 1)});
        const auto price = cell(model, 0, Column::Price, Qt::TextAlignmentRole).value<Qt::Alignment>();
        const auto title = cell(model, 0, Column::Title, Qt::TextAlignmentRole).value<Qt::Alignment>();
        QCOMPARE(price, Qt::AlignRight | Qt::AlignVCenter);
        QCOMPARE(title, Qt::AlignLeft | Qt::AlignVCenter);
        // Views of Qt 6.4 read the alignment with toInt().
        QCOMPARE(cell(model, 0, Column::Price, Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    }

    void headers()
    {
        ListingTableModel model;
        QCOMPARE(model.columnCount(), columnCount);
        QCOMPARE(model.headerData(int(Column::LandedRub), Qt::Horizontal).toString(), u"Landed cost, RUB"_qs);
        QCOMPARE(model.headerData(int(Column::LandedRub), Qt::Horizontal, ColumnKeyRole).toString(), u"landed_rub"_qs);
        QCOMPARE(model.headerData(int(Column::Mileage), Qt::Horizontal, ColumnKeyRole).toString(), u"mileage_km"_qs);
        QSignalSpy headerChanged(&model, &QAbstractItemModel::headerDataChanged);
        model.retranslate();
        QCOMPARE(headerChanged.count(), 1);
    }

    void costColumnsWithoutEstimator()
    {
        ListingTableModel model;
        model.appendListings({makeListing(u"1"_qs, 100)});
        QVERIFY(!model.hasCostEstimator());
        QVERIFY(model.costEstimate(0) == nullptr);
        QCOMPARE(cell(model, 0, Column::LandedRub).toString(), unknownText());
        QVERIFY(!cell(model, 0, Column::LandedRub, UnderlyingDataRole).isValid());
    }

    void costColumnsFromEstimatorAreCached()
    {
        ListingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        Listing noPower = makeListing(u"2"_qs, 20'000'000);
        model.appendListings({makeListing(u"1"_qs, 10'000'000), noPower});
        int calls = 0;
        qint64 rateKopecksPerKrw = 7;   // 0.07 RUB per KRW, as kopecks
        model.setCostEstimator([&](const Listing &l) {
            ++calls;
            CostEstimate e;
            e.priceRubKopecks = *l.price * rateKopecksPerKrw;
            if (l.id == u"2") {
                e.problem = u"power unknown"_qs;
                return e;
            }
            e.customsRubKopecks = 30'000'050;   // 300,000.50 RUB
            e.landedRubKopecks = *e.priceRubKopecks + *e.customsRubKopecks;
            return e;
        });
        QVERIFY(model.hasCostEstimator());
        calls = 0;
        QCOMPARE(cell(model, 0, Column::PriceRub).toString(), u"700,000"_qs);
        QCOMPARE(cell(model, 0, Column::PriceRub, UnderlyingDataRole).toLongLong(), 70'000'000);
        QCOMPARE(cell(model, 0, Column::CustomsRub).toString(), u"300,001"_qs);   // 300,000.50 rounds up
        QCOMPARE(cell(model, 0, Column::CustomsRub, ExportTextRole).toString(), u"300000.50"_qs);
        QCOMPARE(cell(model, 0, Column::CustomsRub, Qt::ToolTipRole).toString(), u"300,000.50 \u20BD"_qs);
        QCOMPARE(cell(model, 0, Column::LandedRub, UnderlyingDataRole).toLongLong(), 100'000'050);
        QCOMPARE(cell(model, 0, Column::LandedRub, CostProblemRole).toString(), QString());
        QCOMPARE(calls, 1);   // one estimate per row, reused by every cost cell and role

        QCOMPARE(cell(model, 1, Column::PriceRub).toString(), u"1,400,000"_qs);
        QCOMPARE(cell(model, 1, Column::CustomsRub).toString(), u"power unknown"_qs);
        QCOMPARE(cell(model, 1, Column::LandedRub).toString(), u"power unknown"_qs);
        QCOMPARE(cell(model, 1, Column::LandedRub, CostProblemRole).toString(), u"power unknown"_qs);
        QCOMPARE(cell(model, 1, Column::LandedRub, ExportTextRole).toString(), u"power unknown"_qs);
        QVERIFY(!cell(model, 1, Column::LandedRub, UnderlyingDataRole).isValid());
        QCOMPARE(calls, 2);

        // Non-cost columns never ask the estimator.
        cell(model, 0, Column::Price);
        QCOMPARE(calls, 2);

        // A rate change: cached estimates are dropped and only the columns that read them are reported changed:
        // title to model (readable names), engine cc and power (resolved values), the computed block.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        rateKopecksPerKrw = 8;
        model.invalidateCosts();
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, int(Column::Title)));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(1, int(Column::Model)));
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>(), model.index(0, int(Column::EngineCc)));
        QCOMPARE(changed.at(1).at(1).value<QModelIndex>(), model.index(1, int(Column::PowerHp)));
        QCOMPARE(changed.at(2).at(0).value<QModelIndex>(), model.index(0, int(Column::PriceRub)));
        QCOMPARE(changed.at(2).at(1).value<QModelIndex>(), model.index(1, columnCount - 1));
        QCOMPARE(cell(model, 0, Column::PriceRub).toString(), u"800,000"_qs);
        QCOMPARE(calls, 3);

        // A row update recomputes that row only.
        Listing withPower = model.listing(1);
        withPower.powerHp = 150;
        withPower.id = u"2"_qs;
        model.setListing(1, withPower);
        cell(model, 0, Column::PriceRub);
        QCOMPARE(calls, 3);
        cell(model, 1, Column::PriceRub);
        QCOMPARE(calls, 4);
    }

    void fetchMoreAsksOncePerPage()
    {
        ListingTableModel model;   // no model tester here: it calls fetchMore() itself on every change
        QSignalSpy more(&model, &ListingTableModel::moreRequested);
        model.appendListings({makeListing(u"1"_qs, 1)});
        QVERIFY(!model.canFetchMore({}));
        model.setMoreAvailable(true);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({});   // a view scrolling on: no second request until the page arrives
        QCOMPARE(more.count(), 1);
        QVERIFY(!model.canFetchMore({}));
        model.appendListings({makeListing(u"2"_qs, 2)});
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(more.count(), 2);
        QVERIFY(!model.canFetchMore(model.index(0, 0)));
        model.setMoreAvailable(false);   // last page
        model.fetchMore({});
        QCOMPARE(more.count(), 2);
        model.setMoreAvailable(true);
        model.clear();
        QVERIFY(!model.canFetchMore({}));
    }

    void invalidIndexesGiveNothing()
    {
        ListingTableModel model;
        model.appendListings({makeListing(u"1"_qs, 1)});
        QVERIFY(!model.data(QModelIndex()).isValid());
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);
        QVERIFY(model.costEstimate(3) == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestListingTableModel)
#include "tst_listingtablemodel.moc"
