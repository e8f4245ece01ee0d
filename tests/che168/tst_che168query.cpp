// The Che168 query builder: search/brand parameters, endpoints, sort codes and the SearchQuery mapping.

#include "core/sources/che168/che168query.h"

#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Che168;

namespace {

QString param(const QueryParams &p, const char *key)
{
    for (const auto &[k, v] : p) {
        if (k == QLatin1StringView(key))
            return v;
    }
    return u"<absent>"_qs;
}

} // namespace

class TestChe168Query : public QObject
{
    Q_OBJECT

private slots:
    void endpoints()
    {
        QCOMPARE(searchEndpoint().toString(), u"https://api2scsou.che168.com/api/v11/search"_qs);
        QCOMPARE(brandsEndpoint().toString(), u"https://api2scsou.che168.com/api/v2/getbrands"_qs);
        QCOMPARE(carInfoUrl(u"52553696"_qs, u"0123456789abcdef0123456789abcdef"_qs).toString(),
                 u"https://apiuscdt.che168.com/apic/v2/car/getcarinfo?infoid=52553696&deviceid=0123456789abcdef0123456789abcdef&_appid=2sc.m"_qs);
        QCOMPARE(paramItemsUrl(u"52553696"_qs, u"d"_qs).toString(),
                 u"https://apiuscdt.che168.com/api/v1/car/getparamtypeitems?infoid=52553696&deviceid=d&_appid=2sc.m"_qs);
        QCOMPARE(publicPageUrl(u"55975913"_qs).toString(), u"https://m.che168.com/cardetail/index?infoid=55975913"_qs);
    }

    void ranges_data()
    {
        QTest::addColumn<double>("min");   // < 0 = open
        QTest::addColumn<double>("max");
        QTest::addColumn<QString>("value");
        QTest::newRow("both") << 15.0 << 20.0 << u"15-20"_qs;
        QTest::newRow("from") << 15.0 << -1.0 << u"15-0"_qs;
        QTest::newRow("up to") << -1.0 << 20.0 << u"0-20"_qs;
        QTest::newRow("decimals") << 1.6 << 2.0 << u"1.6-2"_qs;
        QTest::newRow("open") << -1.0 << -1.0 << QString();
    }
    void ranges()
    {
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(QString, value);
        const auto opt = [](double v) { return v < 0 ? std::nullopt : std::optional<double>(v); };
        QCOMPARE(rangeValue(opt(min), opt(max)), value);
    }

    void defaultSearchIsTheProductionSet()
    {
        const QueryParams p = searchParams({}, 1, kPageSize, u"1775544553426"_qs);
        QStringList keys;
        for (const auto &kv : p)
            keys << kv.first;
        QCOMPARE(keys, (QStringList{u"pageindex"_qs, u"pagesize"_qs, u"cid"_qs, u"pid"_qs, u"pageid"_qs, u"scene_no"_qs,
                                    u"ssnew"_qs, u"_subappid"_qs}));
        QCOMPARE(param(p, "pagesize"), u"10"_qs);
        QCOMPARE(param(p, "_subappid"), QString());
        // Signed, it is the spec's fourth vector.
        QCOMPARE(signedParams(p, SigningConfig{}).last().second, u"bf6191a3cde1bdc127ea2bc1ec4a01ef"_qs);
    }

    void filtersBecomeParameters()
    {
        Che168Filter f;
        f.brandId = u"15"_qs;
        f.seriesId = u"65"_qs;
        f.seriesYearId = u"16293"_qs;
        f.specId = u"54005"_qs;
        f.priceMinWan = 15;
        f.priceMaxWan = 20;
        f.ageMinYears = 1;
        f.ageMaxYears = 3;
        f.mileageMaxWan = 6;
        f.displacementMinL = 1.6;
        f.displacementMaxL = 2.0;
        f.newEnergyOnly = true;
        f.fuelTypeCodes = {u"4"_qs, u"5"_qs};
        f.sort = 1;
        const QueryParams p = searchParams(f, 3, 10, u"x"_qs);
        QCOMPARE(param(p, "pageindex"), u"3"_qs);
        QCOMPARE(param(p, "brandid"), u"15"_qs);
        QCOMPARE(param(p, "seriesid"), u"65"_qs);
        QCOMPARE(param(p, "seriesyearid"), u"16293"_qs);
        QCOMPARE(param(p, "specid"), u"54005"_qs);
        QCOMPARE(param(p, "price"), u"15-20"_qs);
        QCOMPARE(param(p, "agerange"), u"1-3"_qs);
        QCOMPARE(param(p, "mileage"), u"0-6"_qs);
        QCOMPARE(param(p, "displacement"), u"1.6-2"_qs);
        QCOMPARE(param(p, "service"), u"420"_qs);
        QCOMPARE(param(p, "fueltype"), u"4,5"_qs);
        QCOMPARE(param(p, "sort"), u"1"_qs);
        QCOMPARE(param(p, "pageid"), u"x"_qs);
    }

    void brands()
    {
        const QueryParams p = brandsParams();
        QCOMPARE(param(p, "isenergy"), u"0"_qs);
        QCOMPARE(param(p, "cid"), u"0"_qs);
    }

    void sortCodes_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("code");
        QTest::newRow("newest") << int(SortOrder::Newest) << 5;
        QTest::newRow("price asc") << int(SortOrder::PriceAsc) << 1;
        QTest::newRow("price desc") << int(SortOrder::PriceDesc) << 2;
        QTest::newRow("mileage asc") << int(SortOrder::MileageAsc) << 3;
        QTest::newRow("year desc") << int(SortOrder::YearDesc) << 4;
        QTest::newRow("mileage desc: none") << int(SortOrder::MileageDesc) << 0;
    }
    void sortCodes()
    {
        QFETCH(int, sort);
        QFETCH(int, code);
        QCOMPARE(sortCode(SortOrder(sort)), code);
    }

    void planMapsTheNeutralQuery()
    {
        SearchQuery q;
        q.path = {u"15"_qs, u"65"_qs};
        q.priceMin = 152000;
        q.priceMax = 199000;
        q.yearFrom = 2020;
        q.yearTo = 2023;
        q.mileageMaxKm = 55000;
        q.sort = SortOrder::PriceAsc;
        const QueryPlan plan = planQuery(q, 2026);
        QCOMPARE(plan.filter.brandId, u"15"_qs);
        QCOMPARE(plan.filter.seriesId, u"65"_qs);
        QVERIFY(plan.filter.seriesYearId.isEmpty());
        QCOMPARE(plan.filter.priceMinWan.value_or(-1), 15.0);   // rounded outwards
        QCOMPARE(plan.filter.priceMaxWan.value_or(-1), 20.0);
        QCOMPARE(plan.filter.ageMinYears.value_or(-1), 2);      // a 2023 car is at least 2 years old in 2026
        QCOMPARE(plan.filter.ageMaxYears.value_or(-1), 7);
        QCOMPARE(plan.filter.mileageMaxWan.value_or(-1), 5.5);
        QCOMPARE(plan.filter.sort, 1);
        QVERIFY(!plan.filter.newEnergyOnly);
        // The exact bounds are checked on the cars.
        QCOMPARE(plan.client.priceMin.value_or(-1), qint64(152000));
        QCOMPARE(plan.client.priceMax.value_or(-1), qint64(199000));
        QCOMPARE(plan.client.yearFrom.value_or(-1), 2020);
        QCOMPARE(plan.client.mileageMaxKm.value_or(-1), 55000);
    }

    void extraFilters()
    {
        ExtraFilters extra;
        extra.displacementMinL = 1.6;
        extra.displacementMaxL = 2.0;
        extra.emissionStandards = {u"国VI"_qs};
        extra.fuelTypeCodes = {u"7"_qs};
        const QueryPlan plan = planQuery({}, 2026, extra);
        QCOMPARE(plan.filter.displacementMinL.value_or(-1), 1.6);
        QCOMPARE(plan.filter.displacementMaxL.value_or(-1), 2.0);
        QCOMPARE(plan.filter.fuelTypeCodes, QStringList{u"7"_qs});
        QCOMPARE(plan.client.ccMin.value_or(-1), 1600);
        QCOMPARE(plan.client.ccMax.value_or(-1), 2000);
        QCOMPARE(plan.client.emissionStandards, QStringList{u"国VI"_qs});
        QCOMPARE(param(searchParams(plan.filter, 1, 10, u"p"_qs), "displacement"), u"1.6-2"_qs);
        QueryPlan nothing;   // an empty query filters nothing; only the default sort (newest) is set
        nothing.filter.sort = 5;
        QVERIFY(planQuery({}, 2026) == nothing);
    }

    void newEnergyFuelsUseTheServiceTab()
    {
        SearchQuery q;
        q.fuels = {Fuel::Electric, Fuel::HybridPetrol};
        QVERIFY(planQuery(q, 2026).filter.newEnergyOnly);
        q.fuels = {Fuel::Electric, Fuel::Petrol};
        QVERIFY(!planQuery(q, 2026).filter.newEnergyOnly);
        QCOMPARE(planQuery(q, 2026).client.fuels, q.fuels);
    }
};

QTEST_APPLESS_MAIN(TestChe168Query)
#include "tst_che168query.moc"
