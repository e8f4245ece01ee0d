#include "core/common/clock.h"
#include "core/store/database.h"
#include "core/store/marketposition.h"
#include "core/store/workspace.h"
#include "storetestsupport.h"

#include <QTest>

using namespace CarScout;
using namespace CarScout::Store;

namespace {

Listing car(const QString &id, qint64 price, int year = 2020, int mileageKm = 45000, const QString &model = u"쏘렌토 (MQ4)"_qs)
{
    Listing l;
    l.source = u"encar"_qs;
    l.id = id;
    l.make = u"기아"_qs;
    l.model = model;
    l.year = year;
    l.mileageKm = mileageKm;
    l.price = price;
    l.currency = u"KRW"_qs;
    return l;
}

} // namespace

class TestMarketPosition : public QObject
{
    Q_OBJECT
private slots:
    void bands_data()
    {
        QTest::addColumn<int>("km");
        QTest::addColumn<int>("band");
        QTest::newRow("new") << 0 << 0;
        QTest::newRow("just under 30 000") << 29999 << 0;
        QTest::newRow("30 000") << 30000 << 1;
        QTest::newRow("99 999") << 99999 << 2;
        QTest::newRow("100 000") << 100000 << 3;
        QTest::newRow("150 000") << 150000 << 4;
        QTest::newRow("400 000") << 400000 << 4;
    }
    void bands()
    {
        QFETCH(int, km);
        QFETCH(int, band);
        QCOMPARE(mileageBand(km), band);
        const auto [low, high] = mileageBandLimits(band);
        QVERIFY(km >= low);
        QVERIFY(high < 0 || km < high);
    }

    void comparableRule_data()
    {
        QTest::addColumn<Listing>("other");
        QTest::addColumn<bool>("comparable");
        QTest::newRow("same everything") << car(u"2"_qs, 1) << true;
        QTest::newRow("a year older") << car(u"2"_qs, 1, 2019) << true;
        QTest::newRow("a year newer") << car(u"2"_qs, 1, 2021) << true;
        QTest::newRow("two years older") << car(u"2"_qs, 1, 2018) << false;
        QTest::newRow("other mileage band") << car(u"2"_qs, 1, 2020, 61000) << false;
        QTest::newRow("other generation") << car(u"2"_qs, 1, 2020, 45000, u"쏘렌토 (UM)"_qs) << false;
        QTest::newRow("itself") << car(u"1"_qs, 1) << false;
        Listing noPrice = car(u"2"_qs, 1);
        noPrice.price.reset();
        QTest::newRow("no price") << noPrice << false;
        Listing otherSource = car(u"2"_qs, 1);
        otherSource.source = u"kbchachacha"_qs;
        QTest::newRow("other marketplace") << otherSource << false;
    }
    void comparableRule()
    {
        QFETCH(Listing, other);
        QFETCH(bool, comparable);
        QCOMPARE(isComparable(car(u"1"_qs, 30'000'000), other), comparable);
    }

    void position_data()
    {
        QTest::addColumn<qint64>("price");
        QTest::addColumn<QList<qint64>>("peers");
        QTest::addColumn<bool>("shown");
        QTest::addColumn<qint64>("median");
        QTest::addColumn<double>("percentile");
        QTest::addColumn<double>("delta");
        QTest::newRow("four peers: too few") << qint64(90) << QList<qint64>{100, 110, 120, 130} << false << qint64(0) << 0.0 << 0.0;
        QTest::newRow("five peers, cheapest") << qint64(90) << QList<qint64>{130, 100, 120, 110, 140} << true << qint64(120)
                                              << 0.0 << -25.0;
        QTest::newRow("six peers, even median") << qint64(132) << QList<qint64>{100, 110, 120, 130, 140, 150} << true
                                                << qint64(125) << 200.0 / 3.0 << 5.6;
        QTest::newRow("tie counts half") << qint64(120) << QList<qint64>{100, 110, 120, 130, 140} << true << qint64(120)
                                         << 50.0 << 0.0;
    }
    void position()
    {
        QFETCH(qint64, price);
        QFETCH(QList<qint64>, peers);
        QFETCH(bool, shown);
        QFETCH(qint64, median);
        QFETCH(double, percentile);
        QFETCH(double, delta);
        const std::optional<MarketPosition> p = marketPosition(price, peers);
        QCOMPARE(bool(p), shown);
        if (!p)
            return;
        QCOMPARE(p->medianPrice, median);
        QCOMPARE(p->sampleSize, int(peers.size()));
        QVERIFY2(qAbs(p->percentile - percentile) < 1e-9, qPrintable(QString::number(p->percentile)));
        QVERIFY2(qAbs(p->deltaPercent - delta) < 1e-9, qPrintable(QString::number(p->deltaPercent)));
    }

    void describe()
    {
        const MarketPosition p{20'000'000, 12.5, -12.4, 8};
        QCOMPARE(describeMarketPosition(p, u"20 000 000 ₩"_qs),
                 u"12 % below the median (median 20 000 000 ₩ of 8 comparables, percentile 13)"_qs);
        QVERIFY(marketPositionRule().contains(u"±1 year"));
    }

    void fromTheStore_data() { Test::addBackendRows(); }
    void fromTheStore()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        QString error;
        auto db = Database::open(scratch.url(), &error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock;
        Workspace store(*db, clock);
        // Four comparables of the subject, and listings that the rule leaves out.
        QList<Listing> seen{car(u"subject"_qs, 27'000'000),
                            car(u"p1"_qs, 30'000'000), car(u"p2"_qs, 31'000'000, 2019), car(u"p3"_qs, 32'000'000, 2021),
                            car(u"p4"_qs, 33'000'000, 2020, 59000),
                            car(u"old"_qs, 20'000'000, 2017), car(u"far"_qs, 20'000'000, 2020, 120000),
                            car(u"other"_qs, 20'000'000, 2020, 45000, u"쏘렌토 (UM)"_qs)};
        QVERIFY2(store.recordSeen(seen, &error), qPrintable(error));
        auto positions = store.marketPositions({car(u"subject"_qs, 27'000'000)}, &error);
        QVERIFY2(positions, qPrintable(error));
        QVERIFY(positions->isEmpty());   // four comparables: nothing said

        // A comparable seen more than 30 days ago does not count either.
        QVERIFY(store.recordSeen({car(u"stale"_qs, 34'000'000)}, &error));
        clock.advance(qint64(31) * 24 * 3600 * 1000);
        QVERIFY(store.recordSeen(seen, &error));
        positions = store.marketPositions({car(u"subject"_qs, 27'000'000)}, &error);
        QVERIFY(positions->isEmpty());

        QVERIFY(store.recordSeen({car(u"p5"_qs, 34'000'000, 2021, 31000)}, &error));
        positions = store.marketPositions({car(u"subject"_qs, 27'000'000), car(u"unknown"_qs, 31'000'000, 2030)}, &error);
        QVERIFY2(positions, qPrintable(error));
        QCOMPARE(positions->size(), 1);
        const MarketPosition p = positions->value(listingKey(u"encar"_qs, u"subject"_qs));
        QCOMPARE(p.sampleSize, 5);
        QCOMPARE(p.medianPrice, 32'000'000);
        QCOMPARE(p.percentile, 0.0);
        QVERIFY(qAbs(p.deltaPercent - (-15.625)) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestMarketPosition)
#include "tst_marketposition.moc"
