// The q/sr language of sources.md §1.2: building (SearchQuery → EncarFilter → q) and reading back (demo backend).

#include "core/sources/encar/encarquery.h"

#include <QTest>
#include <QUrlQuery>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Encar;

Q_DECLARE_METATYPE(CarScout::Sources::Encar::EncarFilter)

class TestEncarQuery : public QObject
{
    Q_OBJECT

private slots:
    void buildQ_data()
    {
        QTest::addColumn<EncarFilter>("filter");
        QTest::addColumn<QString>("q");

        EncarFilter all;
        QTest::newRow("everything") << all << u"(And.Hidden.N._.CarType.A.)"_qs;

        EncarFilter domestic;
        domestic.carType = u"Y"_qs;
        QTest::newRow("car type only") << domestic << u"(And.Hidden.N._.CarType.Y.)"_qs;

        EncarFilter maker = domestic;
        maker.hierarchy = {u"현대"_qs};
        QTest::newRow("maker: innermost without C.") << maker
                                                     << u"(And.Hidden.N._.(C.CarType.Y._.Manufacturer.현대.))"_qs;

        EncarFilter group = maker;
        group.hierarchy << u"그랜저"_qs;
        QTest::newRow("model group nested")
            << group << u"(And.Hidden.N._.(C.CarType.Y._.(C.Manufacturer.현대._.ModelGroup.그랜저.)))"_qs;

        EncarFilter deep;
        deep.carType = u"A"_qs;
        deep.hierarchy = {u"현대"_qs, u"그랜저"_qs, u"그랜저 HG"_qs, u"가솔린"_qs, u"2.4"_qs, u"모던"_qs};
        QTest::newRow("all seven levels, decimal escaped")
            << deep
            << u"(And.Hidden.N._.(C.CarType.A._.(C.Manufacturer.현대._.(C.ModelGroup.그랜저._.(C.Model.그랜저 HG._."
               "(C.BadgeGroup.가솔린._.(C.Badge.2_.4._.BadgeDetail.모던.)))))))"_qs;

        EncarFilter ranges;
        ranges.yearFrom = 201901;
        ranges.mileageTo = 100000;
        ranges.priceFrom = 1000;
        ranges.priceTo = 3000;
        QTest::newRow("ranges, open ends")
            << ranges
            << u"(And.Hidden.N._.CarType.A._.Year.range(201901..)._.Mileage.range(..100000)._.Price.range(1000..3000).)"_qs;

        EncarFilter fuels;
        fuels.fuelTypes = {u"디젤"_qs};
        fuels.transmissions = {u"오토"_qs};
        fuels.sellType = u"일반"_qs;
        QTest::newRow("one fuel, transmission, sell type")
            << fuels << u"(And.Hidden.N._.CarType.A._.FuelType.디젤._.Transmission.오토._.SellType.일반.)"_qs;

        EncarFilter orFuels;
        orFuels.carType = u"N"_qs;
        orFuels.hierarchy = {u"BMW"_qs};
        orFuels.fuelTypes = {u"디젤"_qs, u"가솔린"_qs};
        orFuels.yearTo = 202312;
        QTest::newRow("several fuels: Or group")
            << orFuels
            << u"(And.Hidden.N._.(C.CarType.N._.Manufacturer.BMW.)_.Year.range(..202312)._.(Or.FuelType.디젤._.FuelType.가솔린.))"_qs;

        EncarFilter keyword;
        keyword.keyword = u"12가3456"_qs;
        QTest::newRow("keyword") << keyword << u"(And.Hidden.N._.CarType.A._.Simple.keyword(12가3456).)"_qs;
    }

    void buildQ()
    {
        QFETCH(EncarFilter, filter);
        QFETCH(QString, q);
        QCOMPARE(Encar::buildQ(filter), q);
        // The demo backend reads back exactly what the source writes.
        QString error;
        const std::optional<EncarFilter> back = parseQ(q, &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(Encar::buildQ(*back), q);
        QCOMPARE(back->hierarchy, filter.hierarchy);
        QCOMPARE(back->fuelTypes, filter.fuelTypes);
    }

    void parseQErrors_data()
    {
        QTest::addColumn<QString>("q");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no And") << u"CarType.A."_qs << u"expected \"(And.\" at character 0"_qs;
        QTest::newRow("unclosed") << u"(And.Hidden.N._.CarType.A."_qs << u"missing \")\""_qs;
        QTest::newRow("skipped level") << u"(And.(C.CarType.A._.Model.x.))"_qs << u"hierarchy level skipped"_qs;
        QTest::newRow("bad range") << u"(And.Year.range(20xx..).)"_qs << u"range bound is not a number"_qs;
        QTest::newRow("trailing") << u"(And.CarType.A.)x"_qs << u"unexpected text"_qs;
    }

    void parseQErrors()
    {
        QFETCH(QString, q);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!parseQ(q, &error).has_value());
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void fromSearchQuery()
    {
        SearchQuery q;
        q.path = {u"현대"_qs, u"쏘나타"_qs};
        q.yearFrom = 2018;
        q.yearTo = 2022;
        q.priceMin = 5'005'000;      // 500.5 만원 → from 501
        q.priceMax = 30'009'999;     // → to 3000
        q.mileageMaxKm = 80000;
        q.fuels = {Fuel::Diesel, Fuel::HybridPetrol};
        q.transmissions = {Transmission::Automatic};
        const EncarFilter f = filterFromQuery(q);
        QCOMPARE(f.carType, u"A"_qs);
        QCOMPARE(f.hierarchy, (QStringList{u"현대"_qs, u"쏘나타"_qs}));
        QCOMPARE(f.yearFrom, 201801);
        QCOMPARE(f.yearTo, 202212);
        QCOMPARE(f.priceFrom, 501);
        QCOMPARE(f.priceTo, 3000);
        QCOMPARE(f.mileageTo, 80000);
        QCOMPARE(f.fuelTypes, (QStringList{u"디젤"_qs, u"가솔린+전기"_qs}));
        QCOMPARE(f.transmissions, QStringList{u"오토"_qs});

        SearchQuery typed;
        typed.path = {u"N"_qs, u"BMW"_qs};
        const EncarFilter g = filterFromQuery(typed);
        QCOMPARE(g.carType, u"N"_qs);
        QCOMPARE(g.hierarchy, QStringList{u"BMW"_qs});
    }

    void sr_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("sr");
        QTest::newRow("newest") << int(SortOrder::Newest) << 0 << 20 << u"|ModifiedDate|0|20"_qs;
        QTest::newRow("price asc") << int(SortOrder::PriceAsc) << 40 << 20 << u"|PriceAsc|40|20"_qs;
        QTest::newRow("price desc") << int(SortOrder::PriceDesc) << 0 << 1000 << u"|PriceDesc|0|1000"_qs;
        QTest::newRow("mileage asc") << int(SortOrder::MileageAsc) << 8 << 8 << u"|MileageAsc|8|8"_qs;
        QTest::newRow("mileage desc") << int(SortOrder::MileageDesc) << 0 << 50 << u"|MileageDesc|0|50"_qs;
        QTest::newRow("year") << int(SortOrder::YearDesc) << 100 << 50 << u"|Year|100|50"_qs;
    }

    void sr()
    {
        QFETCH(int, sort);
        QFETCH(int, offset);
        QFETCH(int, limit);
        QFETCH(QString, sr);
        const QString name = sortName(SortOrder(sort));
        QCOMPARE(buildSr(name, offset, limit), sr);
        QCOMPARE(sortFromName(name), std::optional<SortOrder>(SortOrder(sort)));
        const std::optional<SrParts> back = parseSr(sr);
        QVERIFY(back.has_value());
        QCOMPARE(back->sort, name);
        QCOMPARE(back->offset, offset);
        QCOMPARE(back->limit, limit);
    }

    void srErrors()
    {
        QString error;
        QVERIFY(!parseSr(u"ModifiedDate|0|20"_qs, &error));
        QVERIFY(error.contains(u"expected |Sort|offset|limit"_qs));
        QVERIFY(!parseSr(u"|ModifiedDate|x|20"_qs));
        QVERIFY(!parseSr(u"|ModifiedDate|0|-1"_qs));
    }

    void url()
    {
        const QString q = u"(And.Hidden.N._.(C.CarType.Y._.Manufacturer.현대.)_.FuelType.가솔린+전기.)"_qs;
        const QUrl u = listUrl(q, buildSr(u"ModifiedDate"_qs, 0, 20), true);
        QCOMPARE(u.host(), u"api.encar.com"_qs);
        QCOMPARE(u.path(), u"/search/car/list/premium"_qs);
        const QByteArray encoded = u.toEncoded();
        QVERIFY2(encoded.contains("sr=%7CModifiedDate%7C0%7C20"), encoded.constData());
        QVERIFY(encoded.contains("&inav=%7CMetadata%7CSort"));
        QVERIFY(encoded.contains("count=true"));
        QVERIFY(encoded.contains("%2B"));   // '+' must not turn into a space
        const QUrlQuery query(u);
        QCOMPARE(query.queryItemValue(u"q"_qs, QUrl::FullyDecoded), q);
        QCOMPARE(query.queryItemValue(u"sr"_qs, QUrl::FullyDecoded), u"|ModifiedDate|0|20"_qs);
        QVERIFY(!listUrl(q, u"|ModifiedDate|0|20"_qs, false).toEncoded().contains("inav"));
    }

    void escape()
    {
        QCOMPARE(escapeValue(u"2.0 터보"_qs), u"2_.0 터보"_qs);
        QCOMPARE(unescapeValue(u"2_.0 터보"_qs), u"2.0 터보"_qs);
    }
};

QTEST_GUILESS_MAIN(TestEncarQuery)
#include "tst_encarquery.moc"
