#include "core/sources/bobaedream/bobaerequests.h"

#include <QTest>
#include <QUrlQuery>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Bobae;

class TestBobaeRequests : public QObject
{
    Q_OBJECT

private slots:
    void bikeListUrls_data();
    void bikeListUrls();
    void bikeFilterFromQuery();
    void bikeFilterRejects_data();
    void bikeFilterRejects();
    void sortOrders_data();
    void sortOrders();
    void viewSizes_data();
    void viewSizes();
    void detailUrls();
    void levelUrls_data();
    void levelUrls();
    void carUrls();
    void carMakerModelRequest();
    void ranges_data();
    void ranges();
    void policies();
};

void TestBobaeRequests::bikeListUrls_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("defaults") << u"defaults"_qs
                              << u"https://www.bobaedream.co.kr/bike2/bike_list.php?ifnew=N&order=update_time%20desc&view_size=30&page=1"_qs;
    QTest::newRow("every filter") << u"all"_qs
                                  << u"https://www.bobaedream.co.kr/bike2/bike_list.php?ifnew=Y&gubun=I&ftype1=4&maker_no=5&model_no=21"
                                     "&level_no=301&buy_year1_1=2018&buy_year1_2=1&buy_year2_1=2023&buy_year2_2=12&price1=300"
                                     "&price2=1500&search_field=title&search_str=%EC%8A%A4%EC%BF%A0%ED%84%B0"
                                     "&order=car_price%20asc&view_size=70&page=4"_qs;
}

void TestBobaeRequests::bikeListUrls()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    BikeListFilter f;
    if (what == u"all"_qs) {
        f.newBikes = true;
        f.origin = u"I"_qs;
        f.category = u"4"_qs;
        f.makerNo = u"5"_qs;
        f.modelNo = u"21"_qs;
        f.levelNo = u"301"_qs;
        f.yearFrom = 2018;
        f.monthFrom = 1;
        f.yearTo = 2023;
        f.monthTo = 12;
        f.priceMinManwon = 300;
        f.priceMaxManwon = 1500;
        f.keyword = u"스쿠터"_qs;
        f.order = u"car_price asc"_qs;
        f.viewSize = 70;
        f.page = 4;
    }
    QCOMPARE(bikeListUrl(f).toString(QUrl::FullyEncoded), expected);
}

void TestBobaeRequests::bikeFilterFromQuery()
{
    SearchQuery q;
    q.path = {u"0"_qs, u"5"_qs, u"21"_qs};   // every category, Honda, one model
    q.yearFrom = 2019;
    q.yearTo = 2024;
    q.priceMin = 3'000'001;   // rounds up to 301만원
    q.priceMax = 15'009'999;  // rounds down to 1500만원
    q.sort = SortOrder::MileageAsc;
    q.pageSize = 40;
    q.keyword = u"  ABS "_qs;
    JobError error;
    const std::optional<BikeListFilter> f = bikeFilterFor(q, 3, &error);
    QVERIFY2(f, qPrintable(error.message));
    QCOMPARE(f->category, QString());
    QCOMPARE(f->makerNo, u"5"_qs);
    QCOMPARE(f->modelNo, u"21"_qs);
    QCOMPARE(f->levelNo, QString());
    QCOMPARE(f->yearFrom, 2019);
    QCOMPARE(f->monthFrom, 1);
    QCOMPARE(f->yearTo, 2024);
    QCOMPARE(f->monthTo, 12);
    QCOMPARE(f->priceMinManwon, 301);
    QCOMPARE(f->priceMaxManwon, 1500);
    QCOMPARE(f->order, u"km asc"_qs);
    QCOMPARE(f->viewSize, 50);
    QCOMPARE(f->keyword, u"ABS"_qs);
    QCOMPARE(f->page, 3);
    const QUrlQuery query(bikeListUrl(*f));
    QVERIFY(!query.hasQueryItem(u"ftype1"_qs));
    QCOMPARE(query.queryItemValue(u"maker_no"_qs), u"5"_qs);
    QCOMPARE(query.queryItemValue(u"page"_qs), u"3"_qs);

    SearchQuery category;
    category.path = {u"1"_qs};
    QCOMPARE(bikeFilterFor(category, 1, nullptr)->category, u"1"_qs);
}

void TestBobaeRequests::bikeFilterRejects_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("fuel") << 0 << u"Bobaedream's motorcycle list has no fuel filter"_qs;
    QTest::newRow("transmission") << 1 << u"Bobaedream's motorcycle list has no transmission filter"_qs;
    QTest::newRow("too deep") << 2 << u"Bobaedream motorcycles have four filter levels (category, maker, model, sub-model); the path has 5"_qs;
}

void TestBobaeRequests::bikeFilterRejects()
{
    QFETCH(int, what);
    QFETCH(QString, message);
    SearchQuery q;
    if (what == 0)
        q.fuels = {Fuel::Petrol};
    else if (what == 1)
        q.transmissions = {Transmission::Manual};
    else
        q.path = {u"1"_qs, u"2"_qs, u"3"_qs, u"4"_qs, u"5"_qs};
    JobError error;
    QVERIFY(!bikeFilterFor(q, 1, &error));
    QCOMPARE(error.kind, JobError::Kind::BadInput);
    QCOMPARE(error.message, message);
}

void TestBobaeRequests::sortOrders_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<QString>("order");
    QTest::newRow("newest") << int(SortOrder::Newest) << u"update_time desc"_qs;
    QTest::newRow("price asc") << int(SortOrder::PriceAsc) << u"car_price asc"_qs;
    QTest::newRow("price desc") << int(SortOrder::PriceDesc) << u"car_price desc"_qs;
    QTest::newRow("mileage asc") << int(SortOrder::MileageAsc) << u"km asc"_qs;
    QTest::newRow("mileage desc") << int(SortOrder::MileageDesc) << u"km desc"_qs;
    QTest::newRow("year desc") << int(SortOrder::YearDesc) << u"buy_year desc"_qs;
}

void TestBobaeRequests::sortOrders()
{
    QFETCH(int, sort);
    QFETCH(QString, order);
    QCOMPARE(bikeOrder(SortOrder(sort)), order);
}

void TestBobaeRequests::viewSizes_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("viewSize");
    QTest::newRow("10") << 10 << 30;
    QTest::newRow("30") << 30 << 30;
    QTest::newRow("31") << 31 << 50;
    QTest::newRow("50") << 50 << 50;
    QTest::newRow("51") << 51 << 70;
    QTest::newRow("200") << 200 << 70;
}

void TestBobaeRequests::viewSizes()
{
    QFETCH(int, pageSize);
    QFETCH(int, viewSize);
    QCOMPARE(bikeViewSize(pageSize), viewSize);
}

void TestBobaeRequests::detailUrls()
{
    QCOMPARE(bikeDetailUrl(u"123456"_qs).toString(),
             u"https://www.bobaedream.co.kr/bike2/bike_view.php?no=123456&gubun=K&ifnew=N"_qs);
    QCOMPARE(carDetailUrl(u"2254832"_qs).toString(), u"https://m.bobaedream.co.kr/mycar/mview/2254832"_qs);
    QCOMPARE(carPublicUrl(u"2254832"_qs), carDetailUrl(u"2254832"_qs));
}

void TestBobaeRequests::levelUrls_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<bool>("parentDepth");
    QTest::addColumn<QString>("query");
    QTest::newRow("categories") << 0 << QString() << false << u"v1=&dep=0&parval=&selval=&ifnew=N&level_no2=0"_qs;
    QTest::newRow("makers") << 1 << QString() << false << u"v1=&dep=1&parval=&selval=&ifnew=N&level_no2=0"_qs;
    QTest::newRow("models, documented") << 2 << u"5"_qs << false << u"v1=&dep=2&parval=5&selval=row_1_5&ifnew=N&level_no2=0"_qs;
    QTest::newRow("sub-models, documented") << 3 << u"336"_qs << false
                                            << u"v1=&dep=3&parval=336&selval=row_2_336&ifnew=N&level_no2=0"_qs;
    QTest::newRow("models, parent depth") << 2 << u"5"_qs << true << u"v1=&dep=1&parval=5&selval=row_0_5&ifnew=N&level_no2=0"_qs;
    QTest::newRow("categories, parent depth") << 0 << QString() << true << u"v1=&dep=0&parval=&selval=&ifnew=N&level_no2=0"_qs;
}

void TestBobaeRequests::levelUrls()
{
    QFETCH(int, level);
    QFETCH(QString, parent);
    QFETCH(bool, parentDepth);
    QFETCH(QString, query);
    const QUrl url = bikeLevelUrl(level, parent, parentDepth ? DepthConvention::ParentDepth : DepthConvention::Documented);
    QCOMPARE(url.toString(QUrl::RemoveQuery), u"https://www.bobaedream.co.kr/bike2/get_cardepth.php"_qs);
    QCOMPARE(url.query(), query);
}

void TestBobaeRequests::carUrls()
{
    QCOMPARE(carListUrl(1).toString(), u"https://m.bobaedream.co.kr/mycar/mlist/0/1"_qs);
    QCOMPARE(carListUrl(7, u"1010"_qs).toString(), u"https://m.bobaedream.co.kr/mycar/mlist/0/7?maker_no=1010"_qs);
    QCOMPARE(carListUrl(0).toString(), u"https://m.bobaedream.co.kr/mycar/mlist/0/1"_qs);
}

void TestBobaeRequests::carMakerModelRequest()
{
    const Net::HttpRequest makers = Bobae::carMakerModelRequest({}, 42);
    QCOMPARE(makers.url.toString(), u"https://www.bobaedream.co.kr/mycar/proc/ajax_maker_new.php"_qs);
    QCOMPARE(makers.method, QByteArray("POST"));
    QCOMPARE(makers.body, QByteArray("dummy=1&getSel=maker&tb=mycar&no=&dep=0"));
    QCOMPARE(makers.source, u"bobaedream_cars"_qs);
    QCOMPARE(makers.group, quint64(42));
    QVERIFY(makers.idempotent);
    QVERIFY(makers.headers.contains(qMakePair(QByteArray("X-Requested-With"), QByteArray("XMLHttpRequest"))));
    QVERIFY(makers.headers.contains(qMakePair(QByteArray("Referer"), QByteArray("https://www.bobaedream.co.kr/mycar/mycar_list.php"))));
    const Net::HttpRequest models = Bobae::carMakerModelRequest(u"49"_qs, 0);
    QCOMPARE(models.body, QByteArray("dummy=1&getSel=maker&tb=mycar&no=49&dep=1"));
}

void TestBobaeRequests::ranges_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("km");
    QTest::addColumn<qint64>("price");   // -1 = none
    QTest::addColumn<bool>("match");
    // The query: 2019–2023, ≤ 30,000 km, 5–15 million KRW.
    QTest::newRow("inside") << 2020 << 10000 << qint64(9'000'000) << true;
    QTest::newRow("bounds inclusive") << 2023 << 30000 << qint64(15'000'000) << true;
    QTest::newRow("too old") << 2018 << 10000 << qint64(9'000'000) << false;
    QTest::newRow("too new") << 2024 << 10000 << qint64(9'000'000) << false;
    QTest::newRow("too far") << 2020 << 30001 << qint64(9'000'000) << false;
    QTest::newRow("too cheap") << 2020 << 10000 << qint64(4'990'000) << false;
    QTest::newRow("too dear") << 2020 << 10000 << qint64(15'010'000) << false;
    QTest::newRow("가격문의 fails a price bound") << 2020 << 10000 << qint64(-1) << false;
    QTest::newRow("unknown year passes") << 0 << 10000 << qint64(9'000'000) << true;
}

void TestBobaeRequests::ranges()
{
    QFETCH(int, year);
    QFETCH(int, km);
    QFETCH(qint64, price);
    QFETCH(bool, match);
    SearchQuery q;
    q.yearFrom = 2019;
    q.yearTo = 2023;
    q.mileageMaxKm = 30000;
    q.priceMin = 5'000'000;
    q.priceMax = 15'000'000;
    Listing l;
    l.year = year;
    l.mileageKm = km;
    if (price >= 0)
        l.price = price;
    QCOMPARE(matchesQuery(l, q), match);
    QVERIFY(matchesQuery(l, SearchQuery{}));
}

void TestBobaeRequests::policies()
{
    // The seed's rule: at least one second between request starts, for both sources.
    const Net::SourcePolicy bikes = bikeSourcePolicy();
    const Net::SourcePolicy cars = carSourcePolicy();
    QVERIFY(bikes.rate.minIntervalMs >= 1000);
    QVERIFY(cars.rate.minIntervalMs >= 1000);
    QCOMPARE(cars.rate.minIntervalMs, 1200);
    bool iphone = false;
    for (const auto &[name, value] : cars.headers)
        iphone = iphone || (name == "User-Agent" && value.contains("iPhone"));
    QVERIFY(iphone);
}

QTEST_APPLESS_MAIN(TestBobaeRequests)
#include "tst_bobaerequests.moc"
