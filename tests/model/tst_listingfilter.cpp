#include "core/model/listingfilter.h"
#include "tests/model/testlistings.h"

#include <QTest>

using namespace CarScout;
using namespace CarScout::Model;
using CarScout::Test::makeListing;

Q_DECLARE_METATYPE(CarScout::Model::ListingFilter)

// The pure predicate behind ListingFilterProxy.
class TestListingFilter : public QObject
{
    Q_OBJECT
private slots:
    void accepts_data()
    {
        QTest::addColumn<ListingFilter>("filter");
        QTest::addColumn<bool>("priced");      // makeListing("1", 10'000'000, 2018, 50'000), petrol, automatic
        QTest::addColumn<bool>("unpriced");    // the same without a price, year 0

        ListingFilter f;
        QTest::newRow("empty") << f << true << true;
        f = {};
        f.priceMin = 10'000'000;
        QTest::newRow("price min inclusive") << f << true << false;
        f.priceMin = 10'000'001;
        QTest::newRow("price min above") << f << false << false;
        f = {};
        f.priceMax = 10'000'000;
        QTest::newRow("price max inclusive") << f << true << false;
        f.priceMax = 9'999'999;
        QTest::newRow("price max below") << f << false << false;
        f = {};
        f.yearFrom = 2018;
        f.yearTo = 2018;
        QTest::newRow("year exact") << f << true << false;
        f.yearFrom = 2019;
        f.yearTo.reset();
        QTest::newRow("year from later") << f << false << false;
        f = {};
        f.yearTo = 2017;
        QTest::newRow("year to earlier") << f << false << false;
        f = {};
        f.mileageMax = 50'000;
        QTest::newRow("mileage max inclusive") << f << true << true;
        f.mileageMax = 49'999;
        QTest::newRow("mileage max below") << f << false << false;
        f = {};
        f.fuels = {Fuel::Diesel, Fuel::Petrol};
        QTest::newRow("fuel in set") << f << true << true;
        f.fuels = {Fuel::Diesel};
        QTest::newRow("fuel not in set") << f << false << false;
        f = {};
        f.transmissions = {Transmission::Manual};
        QTest::newRow("transmission not in set") << f << false << false;
        f.transmissions = {Transmission::Automatic};
        QTest::newRow("transmission in set") << f << true << true;
        f = {};
        f.text = u"  sonata  현대 "_qs;
        QTest::newRow("text all words, any field") << f << true << true;
        f.text = u"SONATA"_qs;
        QTest::newRow("text case-insensitive") << f << true << true;
        f.text = u"쏘나타"_qs;
        QTest::newRow("text uncased word") << f << true << true;
        f.text = u"1"_qs;
        QTest::newRow("text digits") << f << true << true;
        f.text = u"쏘나타 2"_qs;
        QTest::newRow("text uncased word missing") << f << false << false;
        f.text = u"sonata kia"_qs;
        QTest::newRow("text one word missing") << f << false << false;
        f = {};
        f.priceMax = 20'000'000;
        f.yearFrom = 2015;
        f.mileageMax = 60'000;
        f.fuels = {Fuel::Petrol};
        f.text = u"car"_qs;
        QTest::newRow("combination passes") << f << true << false;
        f.mileageMax = 40'000;
        QTest::newRow("combination one fails") << f << false << false;
    }
    void accepts()
    {
        QFETCH(ListingFilter, filter);
        QFETCH(bool, priced);
        QFETCH(bool, unpriced);
        QCOMPARE(filter.accepts(makeListing(u"1"_qs, 10'000'000, 2018, 50'000), nullptr), priced);
        QCOMPARE(filter.accepts(makeListing(u"1"_qs, {}, 0, 50'000), nullptr), unpriced);
        QCOMPARE(filter.isEmpty(), filter == ListingFilter{});
    }

    void compileText()
    {
        const ListingFilter::TextQuery q = ListingFilter::compileText(u"  Sonata  쏘나타 2.0\t大众 "_qs);
        QCOMPARE(q.words.size(), 4);
        QCOMPARE(q.words.at(0), (std::pair<QString, Qt::CaseSensitivity>{u"Sonata"_qs, Qt::CaseInsensitive}));
        QCOMPARE(q.words.at(1).second, Qt::CaseSensitive);
        QCOMPARE(q.words.at(2).second, Qt::CaseSensitive);
        QCOMPARE(q.words.at(3), (std::pair<QString, Qt::CaseSensitivity>{u"大众"_qs, Qt::CaseSensitive}));
        QVERIFY(ListingFilter::compileText(u"   "_qs).words.isEmpty());
    }

    void roubleRanges_data()
    {
        QTest::addColumn<std::optional<qint64>>("min");
        QTest::addColumn<std::optional<qint64>>("max");
        QTest::addColumn<bool>("accepted");   // price 700,000.50 RUB
        QTest::newRow("none") << std::optional<qint64>() << std::optional<qint64>() << true;
        QTest::newRow("min below") << std::optional<qint64>(700'000) << std::optional<qint64>() << true;
        QTest::newRow("min above") << std::optional<qint64>(700'001) << std::optional<qint64>() << false;
        QTest::newRow("max above") << std::optional<qint64>() << std::optional<qint64>(700'001) << true;
        QTest::newRow("max below by a half rouble") << std::optional<qint64>() << std::optional<qint64>(700'000) << false;
    }
    void roubleRanges()
    {
        QFETCH(std::optional<qint64>, min);
        QFETCH(std::optional<qint64>, max);
        QFETCH(bool, accepted);
        ListingFilter f;
        f.priceRubMin = min;
        f.priceRubMax = max;
        CostEstimate e;
        e.priceRubKopecks = 70'000'050;
        const Listing l = makeListing(u"1"_qs, 10'000'000);
        QCOMPARE(f.accepts(l, &e), accepted);
        // Landed cost ranges behave the same.
        ListingFilter landed;
        landed.landedRubMin = min;
        landed.landedRubMax = max;
        CostEstimate le;
        le.landedRubKopecks = 70'000'050;
        QCOMPARE(landed.accepts(l, &le), accepted);
        QCOMPARE(f.needsCostEstimate(), min.has_value() || max.has_value());
    }

    void roubleRangeRejectsUnknownCost()
    {
        ListingFilter f;
        f.landedRubMax = 5'000'000;
        CostEstimate problem;
        problem.priceRubKopecks = 1;
        problem.problem = u"power unknown"_qs;
        const Listing l = makeListing(u"1"_qs, 1);
        QVERIFY(!f.accepts(l, &problem));
        QVERIFY(!f.accepts(l, nullptr));
    }
};

QTEST_APPLESS_MAIN(TestListingFilter)
#include "tst_listingfilter.moc"
