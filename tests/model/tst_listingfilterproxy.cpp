#include "core/model/listingfilterproxy.h"
#include "core/model/listingroles.h"
#include "core/model/listingtablemodel.h"
#include "tests/model/testlistings.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Model;
using CarScout::Test::makeListing;

class TestListingFilterProxy : public QObject
{
    Q_OBJECT

private:
    // The source ids in proxy order.
    static QStringList ids(const QAbstractItemModel &proxy)
    {
        QStringList result;
        for (int r = 0; r < proxy.rowCount(); ++r)
            result.append(proxy.index(r, 0).data(IdRole).toString());
        return result;
    }

    struct Fixture
    {
        ListingTableModel model;
        ListingFilterProxy proxy;
        QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
        QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};
        explicit Fixture(int largeModelRows)
        {
            proxy.setLargeModelRows(largeModelRows);
            proxy.setSourceModel(&model);
        }
    };

    int m_largeModelRows = 5000;

    // Rows of equal price may come in any order: compare the price sequence and the set of ids.
    static bool sameOrder(const QAbstractItemModel &proxy, const ListingTableModel &model, const QStringList &expected)
    {
        const QStringList actual = ids(proxy);
        auto prices = [&](const QStringList &list) {
            QList<std::optional<qint64>> result;
            for (const QString &id : list)
                result.append(model.listing(model.rowOf(u"encar"_qs, id)).price);
            return result;
        };
        if (QSet<QString>(actual.begin(), actual.end()) != QSet<QString>(expected.begin(), expected.end())
            || actual.size() != expected.size() || prices(actual) != prices(expected)) {
            qWarning() << "proxy:" << actual.mid(0, 20) << "expected:" << expected.mid(0, 20);
            return false;
        }
        return true;
    }

    // Many pseudo-random listings (deterministic).
    static QList<Listing> manyListings(int first, int count)
    {
        QList<Listing> result;
        for (int i = first; i < first + count; ++i) {
            const qint64 price = (i * 7919) % 1000 == 0 ? -1 : qint64((i * 7919) % 1000) * 100'000;
            Listing l = makeListing(QString::number(i), price < 0 ? std::nullopt : std::optional<qint64>(price),
                                    2010 + (i * 31) % 15, (i * 104'729) % 250'000);
            result.append(l);
        }
        return result;
    }

    // What the proxy must show: rows passing `filter`, stably sorted by price with unknown prices last.
    static QStringList expectedByPrice(const ListingTableModel &model, const ListingFilter &filter,
                                       Qt::SortOrder order, const CostEstimator &estimator = {})
    {
        QList<Listing> rows;
        for (int r = 0; r < model.rowCount(); ++r) {
            const std::optional<CostEstimate> cost = estimator ? std::optional(estimator(model.listing(r)))
                                                               : std::nullopt;
            if (filter.accepts(model.listing(r), cost ? &*cost : nullptr))
                rows.append(model.listing(r));
        }
        std::stable_sort(rows.begin(), rows.end(), [order](const Listing &a, const Listing &b) {
            if (!a.price || !b.price)
                return a.price.has_value() && !b.price.has_value();
            return order == Qt::AscendingOrder ? *a.price < *b.price : *a.price > *b.price;
        });
        QStringList result;
        for (const Listing &l : rows)
            result.append(l.id);
        return result;
    }

private slots:
    // Every test runs with the fine-grained (QSortFilterProxyModel's incremental) path and with the
    // large-model path (one layoutChanged per bulk change).
    void initTestCase_data()
    {
        QTest::addColumn<int>("largeModelRows");
        QTest::newRow("incremental") << 1'000'000;
        QTest::newRow("large-model path") << 0;
    }

    void init()
    {
        QFETCH_GLOBAL(int, largeModelRows);
        m_largeModelRows = largeModelRows;
    }

    void bulkAppendsIntoSortedFilteredProxy()
    {
        Fixture f(m_largeModelRows);
        f.proxy.sort(int(Column::Price), Qt::DescendingOrder);
        ListingFilter filter;
        filter.priceMin = 20'000'000;
        filter.yearFrom = 2013;
        f.proxy.setFilter(filter);
        for (int page = 0; page < 3; ++page) {
            f.model.appendListings(manyListings(page * 150, 150));
            QVERIFY(sameOrder(f.proxy, f.model, expectedByPrice(f.model, filter, Qt::DescendingOrder)));
        }
        QVERIFY(f.proxy.dynamicSortFilter());
        f.proxy.clearFilter();
        QVERIFY(sameOrder(f.proxy, f.model, expectedByPrice(f.model, {}, Qt::DescendingOrder)));
        f.proxy.setPriceRange(10'000'000, 60'000'000);
        QVERIFY(sameOrder(f.proxy, f.model, expectedByPrice(f.model, f.proxy.filter(), Qt::DescendingOrder)));
    }

    void rateChangeMovesRowsAcrossRoubleRange()
    {
        Fixture f(m_largeModelRows);
        f.model.appendListings(manyListings(0, 800));
        qint64 kopecksPerKrw = 7;
        const CostEstimator estimator = [&](const Listing &l) {
            CostEstimate e;
            if (l.price)
                e.priceRubKopecks = *l.price * kopecksPerKrw;
            return e;
        };
        f.model.setCostEstimator(estimator);
        f.proxy.sort(int(Column::Price), Qt::AscendingOrder);
        f.proxy.setPriceRubRange(2'000'000, 4'000'000);
        QVERIFY(sameOrder(f.proxy, f.model, expectedByPrice(f.model, f.proxy.filter(), Qt::AscendingOrder, estimator)));
        kopecksPerKrw = 11;
        f.model.invalidateCosts();
        QVERIFY(sameOrder(f.proxy, f.model, expectedByPrice(f.model, f.proxy.filter(), Qt::AscendingOrder, estimator)));
        QVERIFY(f.proxy.dynamicSortFilter());
        // Dynamic sorting still works afterwards.
        f.model.appendListings({makeListing(u"new"_qs, 3'000'000)});
        QVERIFY(sameOrder(f.proxy, f.model, expectedByPrice(f.model, f.proxy.filter(), Qt::AscendingOrder, estimator)));
    }

    void costChangeRelayoutsOnlyWhenItMatters()
    {
        Fixture f(m_largeModelRows);
        f.model.appendListings(manyListings(0, 50));
        qint64 factor = 3;
        f.model.setCostEstimator([&](const Listing &l) {
            CostEstimate e;
            if (l.price)
                e.landedRubKopecks = *l.price * factor;
            return e;
        });
        f.proxy.sort(int(Column::Price));
        QSignalSpy layout(&f.proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(&f.proxy, &QAbstractItemModel::dataChanged);
        f.model.invalidateCosts();   // neither the sort column nor a filter depends on the costs
        QCOMPARE(layout.count(), 0);
        QVERIFY(changed.count() >= 1);
        // Sorted by landed cost, a change that reverses it must re-sort.
        f.proxy.sort(int(Column::LandedRub));
        QVERIFY(sameOrder(f.proxy, f.model, expectedByPrice(f.model, {}, Qt::AscendingOrder)));
        factor = -3;
        f.model.invalidateCosts();
        QVERIFY(sameOrder(f.proxy, f.model, expectedByPrice(f.model, {}, Qt::DescendingOrder)));
    }

    void selectionSurvivesFilterChanges()
    {
        Fixture f(m_largeModelRows);
        f.model.appendListings(manyListings(0, 200));
        f.proxy.sort(int(Column::Price));
        const int sourceRow = f.model.rowOf(u"encar"_qs, u"17"_qs);
        const QPersistentModelIndex selected(f.proxy.mapFromSource(f.model.index(sourceRow, 0)));
        QVERIFY(selected.isValid());
        f.proxy.setYearRange(f.model.listing(sourceRow).year, f.model.listing(sourceRow).year);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(IdRole).toString(), u"17"_qs);
        f.proxy.setYearRange(f.model.listing(sourceRow).year + 1, std::nullopt);
        QVERIFY(!selected.isValid());   // filtered out
    }

    void sortsPriceNumerically()
    {
        Fixture f(m_largeModelRows);
        // As text "10,000,000" < "9,000,000"; numerically the other way round.
        f.model.appendListings({makeListing(u"ten"_qs, 10'000'000), makeListing(u"nine"_qs, 9'000'000),
                                makeListing(u"none"_qs, {}), makeListing(u"hundred"_qs, 100'000'000),
                                makeListing(u"one"_qs, 1'000'000)});
        f.proxy.sort(int(Column::Price), Qt::AscendingOrder);
        QCOMPARE(ids(f.proxy), (QStringList{u"one"_qs, u"nine"_qs, u"ten"_qs, u"hundred"_qs, u"none"_qs}));
        f.proxy.sort(int(Column::Price), Qt::DescendingOrder);
        QCOMPARE(ids(f.proxy), (QStringList{u"hundred"_qs, u"ten"_qs, u"nine"_qs, u"one"_qs, u"none"_qs}));
    }

    void unknownsLastInBothDirections_data()
    {
        QTest::addColumn<int>("column");
        QTest::newRow("engine cc") << int(Column::EngineCc);
        QTest::newRow("year") << int(Column::Year);
        QTest::newRow("trim (text)") << int(Column::Trim);
    }
    void unknownsLastInBothDirections()
    {
        QFETCH(int, column);
        Fixture f(m_largeModelRows);
        Listing a = makeListing(u"a"_qs, 1, 2015);
        Listing b = makeListing(u"b"_qs, 1, 0);
        Listing c = makeListing(u"c"_qs, 1, 2020);
        Listing d = makeListing(u"d"_qs, 1, 0);
        a.engineCc = 1500;
        b.engineCc = 0;
        c.engineCc = 3000;
        d.engineCc = 0;
        a.trim = u"Alpha"_qs;
        c.trim = u"gamma"_qs;
        f.model.appendListings({b, a, d, c});
        f.proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(ids(f.proxy), (QStringList{u"a"_qs, u"c"_qs, u"b"_qs, u"d"_qs}));
        f.proxy.sort(column, Qt::DescendingOrder);
        const QStringList descending = ids(f.proxy);
        QCOMPARE(descending.mid(0, 2), (QStringList{u"c"_qs, u"a"_qs}));
        QCOMPARE(QSet<QString>(descending.begin() + 2, descending.end()), (QSet<QString>{u"b"_qs, u"d"_qs}));
    }

    void sortsTextCaseInsensitively()
    {
        Fixture f(m_largeModelRows);
        Listing a = makeListing(u"a"_qs, 1), b = makeListing(u"b"_qs, 1), c = makeListing(u"c"_qs, 1),
                d = makeListing(u"d"_qs, 1);
        a.title = u"bmw 520d"_qs;
        b.title = u"Audi A6"_qs;
        c.title = u"BMW 320i"_qs;
        d.title = u"기아 K5"_qs;
        f.model.appendListings({a, b, c, d});
        f.proxy.sort(int(Column::Title), Qt::AscendingOrder);
        QCOMPARE(ids(f.proxy), (QStringList{u"b"_qs, u"c"_qs, u"a"_qs, u"d"_qs}));
    }

    void textSortFollowsUpdatesAndTies()
    {
        Fixture f(m_largeModelRows);
        QList<Listing> page;
        for (const auto &[id, title] : std::initializer_list<std::pair<const char16_t *, const char16_t *>>{
                 {u"1", u"kia k5 2.0"}, {u"2", u"Kia K5 2.0"}, {u"3", u"Kia K5 1.6"}, {u"4", u"Kia"},
                 {u"5", u"현대 쏘나타"}, {u"6", u"현대 그랜저"}, {u"7", u"BMW"}}) {
            Listing l = makeListing(QString::fromUtf16(id), 1);
            l.title = QString::fromUtf16(title);
            page.append(l);
        }
        f.model.appendListings(page);
        f.proxy.sort(int(Column::Title), Qt::AscendingOrder);
        // Case-folded first, then the exact text ("K" before "k"); Hangul in syllable (dictionary) order.
        QCOMPARE(ids(f.proxy), (QStringList{u"7"_qs, u"4"_qs, u"3"_qs, u"2"_qs, u"1"_qs, u"6"_qs, u"5"_qs}));
        f.proxy.sort(int(Column::Title), Qt::DescendingOrder);
        QCOMPARE(ids(f.proxy), (QStringList{u"5"_qs, u"6"_qs, u"1"_qs, u"2"_qs, u"3"_qs, u"4"_qs, u"7"_qs}));
        // A changed title moves its row (the cached ranks are rebuilt).
        Listing renamed = f.model.listing(f.model.rowOf(u"encar"_qs, u"7"_qs));
        renamed.title = u"Kia K5 1.8"_qs;
        QVERIFY(f.model.updateListing(renamed));
        QCOMPARE(ids(f.proxy), (QStringList{u"5"_qs, u"6"_qs, u"1"_qs, u"2"_qs, u"7"_qs, u"3"_qs, u"4"_qs}));
        Listing added = makeListing(u"8"_qs, 1);
        added.title = u"Kia K5 1.7"_qs;
        f.model.appendListings({added});
        QCOMPARE(ids(f.proxy), (QStringList{u"5"_qs, u"6"_qs, u"1"_qs, u"2"_qs, u"7"_qs, u"8"_qs, u"3"_qs, u"4"_qs}));
    }

    void sortFollowsAppendsAndUpdates()
    {
        Fixture f(m_largeModelRows);
        f.model.appendListings({makeListing(u"a"_qs, 300), makeListing(u"b"_qs, 100)});
        f.proxy.sort(int(Column::Price), Qt::AscendingOrder);
        QCOMPARE(ids(f.proxy), (QStringList{u"b"_qs, u"a"_qs}));
        // The next page lands in sorted position.
        f.model.appendListings({makeListing(u"c"_qs, 200), makeListing(u"d"_qs, 50), makeListing(u"e"_qs, {})});
        QCOMPARE(ids(f.proxy), (QStringList{u"d"_qs, u"b"_qs, u"c"_qs, u"a"_qs, u"e"_qs}));
        // An update with a new price moves the row (cached sort keys must not go stale).
        f.model.appendListings({makeListing(u"a"_qs, 10)});
        QCOMPARE(ids(f.proxy), (QStringList{u"a"_qs, u"d"_qs, u"b"_qs, u"c"_qs, u"e"_qs}));
        QVERIFY(f.model.updateListing(makeListing(u"e"_qs, 150)));
        QCOMPARE(ids(f.proxy), (QStringList{u"a"_qs, u"d"_qs, u"b"_qs, u"e"_qs, u"c"_qs}));
        // Clear and refill: no stale keys from the previous search.
        f.model.clear();
        f.model.appendListings({makeListing(u"x"_qs, 2), makeListing(u"y"_qs, 1)});
        QCOMPARE(ids(f.proxy), (QStringList{u"y"_qs, u"x"_qs}));
    }

    void sortByCostColumnFollowsInvalidation()
    {
        Fixture f(m_largeModelRows);
        f.model.appendListings({makeListing(u"a"_qs, 100), makeListing(u"b"_qs, 200), makeListing(u"c"_qs, 300)});
        bool reversed = false;
        f.model.setCostEstimator([&](const Listing &l) {
            CostEstimate e;
            if (l.id == u"b") {
                e.problem = u"power unknown"_qs;
                return e;
            }
            e.landedRubKopecks = reversed ? 1000 - *l.price : *l.price;
            return e;
        });
        f.proxy.sort(int(Column::LandedRub), Qt::AscendingOrder);
        QCOMPARE(ids(f.proxy), (QStringList{u"a"_qs, u"c"_qs, u"b"_qs}));
        reversed = true;
        f.model.invalidateCosts();
        QCOMPARE(ids(f.proxy), (QStringList{u"c"_qs, u"a"_qs, u"b"_qs}));
    }

    void eachFilterAppliesAtOnce()
    {
        Fixture f(m_largeModelRows);
        Listing a = makeListing(u"a"_qs, 5'000'000, 2012, 150'000);
        Listing b = makeListing(u"b"_qs, 15'000'000, 2018, 60'000);
        Listing c = makeListing(u"c"_qs, 25'000'000, 2021, 20'000);
        Listing d = makeListing(u"d"_qs, {}, 2019, 30'000);
        b.fuel = Fuel::Diesel;
        c.fuel = Fuel::Electric;
        c.transmission = Transmission::Manual;
        d.title = u"Kia K5 (call for price)"_qs;
        f.model.appendListings({a, b, c, d});
        f.model.setCostEstimator([](const Listing &l) {
            CostEstimate e;
            if (l.price)
                e.priceRubKopecks = *l.price * 7;   // 0.07 RUB per KRW
            return e;
        });
        QSignalSpy filterChanged(&f.proxy, &ListingFilterProxy::filterChanged);

        f.proxy.setPriceRange(10'000'000, std::nullopt);   // no event loop needed: applied synchronously
        QCOMPARE(ids(f.proxy), (QStringList{u"b"_qs, u"c"_qs}));
        f.proxy.setPriceRange(std::nullopt, 20'000'000);
        QCOMPARE(ids(f.proxy), (QStringList{u"a"_qs, u"b"_qs}));
        f.proxy.setPriceRange(std::nullopt, std::nullopt);
        QCOMPARE(ids(f.proxy), (QStringList{u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs}));

        f.proxy.setPriceRubRange(1'000'000, 1'100'000);    // 15,000,000 KRW = 1,050,000 RUB
        QCOMPARE(ids(f.proxy), (QStringList{u"b"_qs}));
        f.proxy.setPriceRubRange(std::nullopt, std::nullopt);

        f.proxy.setYearRange(2018, 2020);
        QCOMPARE(ids(f.proxy), (QStringList{u"b"_qs, u"d"_qs}));
        f.proxy.setYearRange(std::nullopt, std::nullopt);

        f.proxy.setMileageMax(30'000);
        QCOMPARE(ids(f.proxy), (QStringList{u"c"_qs, u"d"_qs}));
        f.proxy.setMileageMax(std::nullopt);

        f.proxy.setFuels({Fuel::Diesel, Fuel::Electric});
        QCOMPARE(ids(f.proxy), (QStringList{u"b"_qs, u"c"_qs}));
        f.proxy.setFuels({});

        f.proxy.setTransmissions({Transmission::Manual});
        QCOMPARE(ids(f.proxy), (QStringList{u"c"_qs}));
        f.proxy.setTransmissions({});

        f.proxy.setText(u"k5"_qs);
        QCOMPARE(ids(f.proxy), (QStringList{u"d"_qs}));
        f.proxy.setText({});
        QCOMPARE(f.proxy.rowCount(), 4);
        QVERIFY(f.proxy.filter().isEmpty());
        QVERIFY(filterChanged.count() >= 14);
    }

    void filtersCombineAndFollowNewRows()
    {
        Fixture f(m_largeModelRows);
        f.proxy.sort(int(Column::Price), Qt::DescendingOrder);
        ListingFilter filter;
        filter.priceMax = 20'000'000;
        filter.yearFrom = 2016;
        filter.mileageMax = 100'000;
        f.proxy.setFilter(filter);
        f.model.appendListings({makeListing(u"old"_qs, 5'000'000, 2012, 50'000),
                                makeListing(u"ok1"_qs, 12'000'000, 2017, 80'000),
                                makeListing(u"far"_qs, 12'000'000, 2019, 180'000),
                                makeListing(u"dear"_qs, 30'000'000, 2020, 10'000)});
        QCOMPARE(ids(f.proxy), (QStringList{u"ok1"_qs}));
        f.model.appendListings({makeListing(u"ok2"_qs, 19'000'000, 2016, 99'000)});
        QCOMPARE(ids(f.proxy), (QStringList{u"ok2"_qs, u"ok1"_qs}));
        // An update that makes a hidden row pass shows it.
        f.model.appendListings({makeListing(u"dear"_qs, 18'000'000, 2020, 10'000)});
        QCOMPARE(ids(f.proxy), (QStringList{u"ok2"_qs, u"dear"_qs, u"ok1"_qs}));
        // Setting the same filter again changes nothing.
        QSignalSpy filterChanged(&f.proxy, &ListingFilterProxy::filterChanged);
        f.proxy.setFilter(filter);
        QCOMPARE(filterChanged.count(), 0);
        f.proxy.clearFilter();
        QCOMPARE(f.proxy.rowCount(), 5);
    }

    void worksOverOtherModels()
    {
        // Any model that offers ListingRole and UnderlyingDataRole (e.g. a GUI decoration proxy in between).
        QStandardItemModel standard(0, columnCount);
        const QList<Listing> listings{makeListing(u"a"_qs, 300), makeListing(u"b"_qs, 100), makeListing(u"c"_qs, {})};
        for (const Listing &l : listings) {
            QList<QStandardItem *> row;
            for (int c = 0; c < columnCount; ++c) {
                auto *item = new QStandardItem;
                item->setData(QVariant::fromValue(l), ListingRole);
                item->setData(l.id, IdRole);
                if (c == int(Column::Price) && l.price)
                    item->setData(*l.price, UnderlyingDataRole);
                row.append(item);
            }
            standard.appendRow(row);
        }
        ListingFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&standard);
        proxy.sort(int(Column::Price));
        QCOMPARE(ids(proxy), (QStringList{u"b"_qs, u"a"_qs, u"c"_qs}));
        proxy.setPriceRange(200, std::nullopt);
        QCOMPARE(ids(proxy), (QStringList{u"a"_qs}));
    }
};

QTEST_GUILESS_MAIN(TestListingFilterProxy)
#include "tst_listingfilterproxy.moc"
