// The workspace columns of the main table: the market position ("vs market") with 4 and 5+ comparables, the
// "new" and "price cut −X %" badges and the days on market from the store's first sightings and price
// observations, on SQLite and PostgreSQL, and how ListingTableModel shows, sorts and explains them.

#include "core/common/clock.h"
#include "core/model/listingfilterproxy.h"
#include "core/model/listingformat.h"
#include "core/model/listingroles.h"
#include "core/model/listingtablemodel.h"
#include "core/store/database.h"
#include "core/store/workspaceannotations.h"
#include "storetestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Store;

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

Listing car(const QString &id, qint64 price, int year = 2020, int mileageKm = 45000, const QString &model = u"쏘렌토 (MQ4)"_qs)
{
    Listing l;
    l.source = u"encar"_qs;
    l.id = id;
    l.title = u"기아 "_qs + model + u' ' + id;
    l.make = u"기아"_qs;
    l.model = model;
    l.year = year;
    l.mileageKm = mileageKm;
    l.price = price;
    l.currency = u"KRW"_qs;
    return l;
}

const QDateTime kNow(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);

} // namespace

class TestWorkspaceAnnotations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void annotationRule_data()
    {
        QTest::addColumn<qint64>("firstSeenHoursAgo");
        QTest::addColumn<qint64>("modelFirstSeenHoursAgo");
        QTest::addColumn<qint64>("previousPrice");   // 0 = the price never changed
        QTest::addColumn<qint64>("price");
        QTest::addColumn<bool>("isNew");
        QTest::addColumn<double>("cutPercent");      // 0 = no cut badge
        QTest::addColumn<int>("days");
        QTest::newRow("new of a watched model") << qint64(2) << qint64(48) << qint64(0) << qint64(100) << true << 0.0 << 0;
        QTest::newRow("first search of the model") << qint64(2) << qint64(2) << qint64(0) << qint64(100) << false << 0.0 << 0;
        QTest::newRow("watched only 11 h before") << qint64(2) << qint64(13) << qint64(0) << qint64(100) << false << 0.0 << 0;
        QTest::newRow("watched exactly 12 h before") << qint64(2) << qint64(14) << qint64(0) << qint64(100) << true << 0.0 << 0;
        QTest::newRow("seen 23 h ago") << qint64(23) << qint64(100) << qint64(0) << qint64(100) << true << 0.0 << 0;
        QTest::newRow("seen 25 h ago: not new") << qint64(25) << qint64(100) << qint64(0) << qint64(100) << false << 0.0 << 1;
        QTest::newRow("cut by 10 %") << qint64(24 * 9) << qint64(24 * 30) << qint64(1000) << qint64(900) << false << 10.0 << 9;
        QTest::newRow("raised: no badge") << qint64(24 * 3) << qint64(24 * 30) << qint64(900) << qint64(1000) << false << 0.0 << 3;
        QTest::newRow("new and cut") << qint64(5) << qint64(24 * 30) << qint64(2000) << qint64(1500) << true << 25.0 << 0;
    }
    void annotationRule()
    {
        QFETCH(qint64, firstSeenHoursAgo);
        QFETCH(qint64, modelFirstSeenHoursAgo);
        QFETCH(qint64, previousPrice);
        QFETCH(qint64, price);
        QFETCH(bool, isNew);
        QFETCH(double, cutPercent);
        QFETCH(int, days);
        ListingStatus status;
        status.firstSeen = kNow.addMSecs(-firstSeenHoursAgo * kHourMs);
        status.price = price;
        if (previousPrice)
            status.previousPrice = previousPrice;
        const Model::WorkspaceAnnotation a =
            annotationFrom(status, std::nullopt, kNow.addMSecs(-modelFirstSeenHoursAgo * kHourMs), kNow);
        QCOMPARE(a.isNew, isNew);
        QCOMPARE(a.newRule.isEmpty(), !isNew);
        QCOMPARE(a.daysOnMarket, days);
        QCOMPARE(a.firstSeen, status.firstSeen);
        QCOMPARE(bool(a.priceCutPercent), cutPercent > 0);
        if (a.priceCutPercent)
            QVERIFY2(qAbs(*a.priceCutPercent - cutPercent) < 1e-9, qPrintable(QString::number(*a.priceCutPercent)));
        QVERIFY(!a.market);
    }

    void positionOnly()
    {
        const Model::WorkspaceAnnotation a = annotationFrom(std::nullopt, MarketPosition{32'000'000, 10, -12.4, 14}, {}, kNow);
        QVERIFY(a.market);
        QCOMPARE(a.market->sampleSize, 14);
        QCOMPARE(a.market->rule, marketPositionRule());
        QCOMPARE(a.daysOnMarket, -1);
        QVERIFY(!a.firstSeen.isValid());
    }

    void standingText_data()
    {
        QTest::addColumn<double>("delta");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("text");
        QTest::newRow("below") << -12.4 << 14 << u"−12 % below median (n = 14)"_qs;
        QTest::newRow("above") << 7.6 << 6 << u"+8 % above median (n = 6)"_qs;
        QTest::newRow("at") << 0.3 << 5 << u"at median (n = 5)"_qs;
        QTest::newRow("just below") << -0.6 << 5 << u"−1 % below median (n = 5)"_qs;
    }
    void standingText()
    {
        QFETCH(double, delta);
        QFETCH(int, n);
        QFETCH(QString, text);
        QCOMPARE(Model::marketStandingText({1000, 50, delta, n, {}}, QLocale::c()), text);
    }

    // The store's side on both databases: first sightings, observations and comparables become annotations.
    void fromTheStore_data() { Test::addBackendRows(); }
    void fromTheStore()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        QString error;
        auto db = Database::open(scratch.url(), &error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(kNow);
        Workspace store(*db, clock);
        // Day 0: the dealer's first search of the model: four comparables of "subject".
        const QList<Listing> first{car(u"subject"_qs, 27'000'000), car(u"p1"_qs, 30'000'000), car(u"p2"_qs, 31'000'000, 2019),
                                   car(u"p3"_qs, 32'000'000, 2021), car(u"p4"_qs, 33'000'000, 2020, 59000),
                                   car(u"far"_qs, 20'000'000, 2020, 120000)};
        QVERIFY2(store.recordSeen(first, &error), qPrintable(error));
        auto annotations = workspaceAnnotations(store, first, &error);
        QVERIFY2(annotations, qPrintable(error));
        QCOMPARE(annotations->size(), first.size());
        Model::WorkspaceAnnotation subject = annotations->value(Model::listingKey(first.at(0)));
        QVERIFY(!subject.isNew);          // the first search of a model marks nothing new
        QVERIFY(!subject.market);         // four comparables: nothing said
        QCOMPARE(subject.daysOnMarket, 0);

        // Three days later: a fifth comparable appears, and p1's seller cuts the price by 10 %.
        clock.advance(3 * 24 * kHourMs);
        QList<Listing> second = first;
        second[1].price = 27'000'000;
        second << car(u"p5"_qs, 34'000'000, 2021, 31000);
        QVERIFY2(store.recordSeen(second, &error), qPrintable(error));
        annotations = workspaceAnnotations(store, second, &error);
        QVERIFY2(annotations, qPrintable(error));
        subject = annotations->value(Model::listingKey(second.at(0)));
        QVERIFY(subject.market);
        QCOMPARE(subject.market->sampleSize, 5);
        QCOMPARE(subject.market->medianPrice, 32'000'000);   // p1's new price 27 M ties the subject: 27, 31, 32, 33, 34
        QCOMPARE(subject.market->percentile, 10.0);
        QCOMPARE(subject.daysOnMarket, 3);
        QVERIFY(!subject.isNew);
        QVERIFY(!subject.priceCutPercent);
        const Model::WorkspaceAnnotation cut = annotations->value(Model::listingKey(second.at(1)));
        QVERIFY(cut.priceCutPercent);
        QVERIFY2(qAbs(*cut.priceCutPercent - 10.0) < 1e-9, qPrintable(QString::number(*cut.priceCutPercent)));
        QCOMPARE(Model::workspaceBadgeText(cut, QLocale::c()), u"price cut −10.0 %"_qs);
        const Model::WorkspaceAnnotation fresh = annotations->value(Model::listingKey(second.last()));
        QVERIFY(fresh.isNew);
        QCOMPARE(fresh.daysOnMarket, 0);
        QCOMPARE(Model::workspaceBadgeText(fresh, QLocale::c()), u"new"_qs);
        // A listing the store never saw gets nothing.
        annotations = workspaceAnnotations(store, {car(u"unknown"_qs, 1, 2030)}, &error);
        QVERIFY2(annotations, qPrintable(error));
        QVERIFY(annotations->isEmpty());
    }

    // The table: the column text, the sort key (the percent), the tooltip with rule, median, percentile and
    // sample size; empty cells for listings without enough comparables.
    void tableColumns()
    {
        Model::ListingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale::c());
        const QList<Listing> rows{car(u"cheap"_qs, 27'000'000), car(u"dear"_qs, 36'000'000), car(u"few"_qs, 30'000'000),
                                  car(u"unseen"_qs, 30'000'000)};
        model.appendListings(rows);
        Model::WorkspaceAnnotations annotations;
        annotations.insert(Model::listingKey(rows[0]),
                           annotationFrom(ListingStatus{kNow.addDays(-4), 27'000'000, 30'000'000},
                                          MarketPosition{30'700'000, 7.1, -12.4, 14}, kNow.addDays(-30), kNow));
        annotations.insert(Model::listingKey(rows[1]),
                           annotationFrom(ListingStatus{kNow.addMSecs(-3 * kHourMs), 36'000'000, {}},
                                          MarketPosition{33'000'000, 90, 9.09, 6}, kNow.addDays(-30), kNow));
        annotations.insert(Model::listingKey(rows[2]),
                           annotationFrom(ListingStatus{kNow.addDays(-1), 30'000'000, {}}, std::nullopt, kNow.addDays(-1), kNow));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setWorkspaceAnnotations(annotations);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(Model::Column::MarketPosition));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), int(Model::Column::DaysOnMarket));

        auto cell = [&](int row, Model::Column c, int role = Qt::DisplayRole) { return model.index(row, int(c)).data(role); };
        QCOMPARE(cell(0, Model::Column::MarketPosition).toString(), u"−12 % below median (n = 14)"_qs);
        QCOMPARE(cell(1, Model::Column::MarketPosition).toString(), u"+9 % above median (n = 6)"_qs);
        QCOMPARE(cell(2, Model::Column::MarketPosition).toString(), QString());   // under 5 comparables
        QCOMPARE(cell(3, Model::Column::MarketPosition).toString(), QString());
        QCOMPARE(cell(0, Model::Column::MarketPosition, Model::UnderlyingDataRole).toDouble(), -12.4);
        QVERIFY(!cell(2, Model::Column::MarketPosition, Model::UnderlyingDataRole).isValid());
        const QString tip = cell(0, Model::Column::MarketPosition, Qt::ToolTipRole).toString();
        for (const QString &part : {u"30700000 KRW"_qs, u"percentile 7"_qs, u"14 comparable"_qs, u"±1 year"_qs,
                                    u"mileage in the same band"_qs})
            QVERIFY2(tip.contains(part), qPrintable(tip));
        QVERIFY(cell(2, Model::Column::MarketPosition, Qt::ToolTipRole).toString().contains(u"Fewer than 5"));
        QCOMPARE(cell(0, Model::Column::WorkspaceBadge).toString(), u"price cut −10.0 %"_qs);
        QCOMPARE(cell(1, Model::Column::WorkspaceBadge).toString(), u"new"_qs);
        QVERIFY(cell(1, Model::Column::WorkspaceBadge, Qt::ToolTipRole).toString().contains(newListingRule()));
        QCOMPARE(cell(2, Model::Column::WorkspaceBadge).toString(), QString());
        QCOMPARE(cell(0, Model::Column::DaysOnMarket).toString(), u"4"_qs);
        QCOMPARE(cell(1, Model::Column::DaysOnMarket).toInt(), 0);
        QCOMPARE(cell(2, Model::Column::DaysOnMarket, Model::UnderlyingDataRole).toInt(), 1);
        QCOMPARE(cell(3, Model::Column::DaysOnMarket).toString(), QString());
        QCOMPARE(cell(0, Model::Column::MarketPosition, Model::ExportTextRole).toString(), u"-12.4"_qs);
        QCOMPARE(model.headerData(int(Model::Column::MarketPosition), Qt::Horizontal, Model::ColumnKeyRole).toString(),
                 u"vs_market"_qs);

        // Sorting by the percent: cheapest relative to its peers first; listings without a position last.
        Model::ListingFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(int(Model::Column::MarketPosition), Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, int(Model::Column::Id)).data().toString(), u"cheap"_qs);
        QCOMPARE(proxy.index(1, int(Model::Column::Id)).data().toString(), u"dear"_qs);
        proxy.sort(int(Model::Column::MarketPosition), Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, int(Model::Column::Id)).data().toString(), u"dear"_qs);

        // A new search drops them.
        model.clear();
        model.appendListings(rows);
        QCOMPARE(cell(0, Model::Column::MarketPosition).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceAnnotations)
#include "tst_workspaceannotations.moc"
