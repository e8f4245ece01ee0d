#include "core/sources/bobaedream/bobaesteps.h"
#include "core/sources/terms.h"
#include "tests/bobaedream/bobaefixtures.h"

#include <QTest>
#include <QUrlQuery>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Bobae;
using namespace CarScout::Test::Bobae;

namespace {

Net::HttpResponse ok(const QByteArray &body, const QByteArray &contentType)
{
    Net::HttpResponse r;
    r.status = 200;
    r.body = body;
    r.headers = {{"Content-Type", contentType}};
    return r;
}

Net::HttpResponse failed(Net::ErrorKind kind, int status, const QString &message)
{
    Net::HttpResponse r;
    r.status = status;
    r.error = kind;
    r.errorMessage = message;
    return r;
}

QByteArray bikeListBytes()
{
    QString s = bikeSearchForm() + u"<table>"_qs;
    const QList<QStringList> rows = {{u"1"_qs, u"혼다 PCX125"_qs, u"2018"_qs, u"25,000km"_qs, u"150만원"_qs},
                                     {u"2"_qs, u"야마하 XMAX300"_qs, u"2022"_qs, u"8,000km"_qs, u"650만원"_qs},
                                     {u"3"_qs, u"스즈키 버그만200"_qs, u"2021"_qs, u"12,000km"_qs, u"가격문의"_qs}};
    for (const QStringList &r : rows)
        s += u"<tr><td>"_qs + bikeLink(r[0], r[1]) + u"</td><td>"_qs + r[2] + u"</td><td>"_qs + r[3] + u"</td><td>"_qs + r[4]
            + u"</td></tr>"_qs;
    return bikePage(s + u"</table>"_qs + pager(1, 2));
}

QByteArray carListBytes()
{
    QString s;
    const QList<QStringList> items = {{u"11"_qs, u"현대 그랜저 IG 2.4"_qs, u"19/03(19년형) · 60,000km · 가솔린"_qs, u"2,100"_qs},
                                      {u"12"_qs, u"현대 쏘나타 DN8 2.0"_qs, u"2022/01 · 20,000km · LPG"_qs, u"2,300"_qs},
                                      {u"13"_qs, u"현대 더 뉴 그랜저 3.0"_qs, u"2021/06 · 30,000km"_qs, u"3,100"_qs}};
    for (const QStringList &i : items)
        s += u"<li><a href=\"/mycar/mview/"_qs + i[0] + u"\"><span class=\"title\">"_qs + i[1] + u"</span><span class=\"d\">"_qs
            + i[2] + u"</span><strong class=\"price\">"_qs + i[3] + u"</strong><span class=\"unit\">만원</span></a></li>"_qs;
    return (u"<html><head><meta charset=\"utf-8\"><title>보배드림</title></head><body><ul>"_qs + s + u"</ul></body></html>"_qs).toUtf8();
}

QStringList idsOf(const QList<Listing> &listings)
{
    QStringList out;
    for (const Listing &l : listings)
        out.append(l.id);
    return out;
}

} // namespace

class TestBobaeSteps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bikeSearchFilters_data();
    void bikeSearchFilters();
    void carSearchFilters_data();
    void carSearchFilters();
    void requests();
    void badQueries_data();
    void badQueries();
    void errorsByKind_data();
    void errorsByKind();
    void bikeCatalogSteps();
    void detailSteps();

private:
    TermDictionary m_terms;
};

void TestBobaeSteps::initTestCase()
{
    QString error;
    m_terms = TermDictionary::loadDefault(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestBobaeSteps::bikeSearchFilters_data()
{
    QTest::addColumn<int>("yearFrom");
    QTest::addColumn<qint64>("priceMax");   // 0 = none
    QTest::addColumn<int>("kmMax");         // 0 = none
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("no filter") << 0 << qint64(0) << 0 << QStringList{u"1"_qs, u"2"_qs, u"3"_qs};
    QTest::newRow("year") << 2020 << qint64(0) << 0 << QStringList{u"2"_qs, u"3"_qs};
    QTest::newRow("price drops 가격문의") << 0 << qint64(7'000'000) << 0 << QStringList{u"1"_qs, u"2"_qs};
    QTest::newRow("mileage") << 0 << qint64(0) << 10000 << QStringList{u"2"_qs};
}

void TestBobaeSteps::bikeSearchFilters()
{
    QFETCH(int, yearFrom);
    QFETCH(qint64, priceMax);
    QFETCH(int, kmMax);
    QFETCH(QStringList, ids);
    SearchQuery q;
    if (yearFrom)
        q.yearFrom = yearFrom;
    if (priceMax)
        q.priceMax = priceMax;
    if (kmMax)
        q.mileageMaxKm = kmMax;
    const SearchPageResult r = readBikeSearchPage(ok(bikeListBytes(), "text/html; charset=EUC-KR"), q, &m_terms);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
    QCOMPARE(idsOf(r.listings), ids);
    QCOMPARE(r.ids, (QStringList{u"1"_qs, u"2"_qs, u"3"_qs}));   // the paging rule sees every id
    QCOMPARE(r.lastPage, 2);
}

void TestBobaeSteps::carSearchFilters_data()
{
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<int>("fuel");   // -1 = none
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("maker only") << QStringList{u"949"_qs} << QString() << -1 << QStringList{u"11"_qs, u"12"_qs, u"13"_qs};
    QTest::newRow("model by title") << QStringList{u"949"_qs, u"그랜저"_qs} << QString() << -1 << QStringList{u"11"_qs, u"13"_qs};
    QTest::newRow("keyword") << QStringList() << u"DN8"_qs << -1 << QStringList{u"12"_qs};
    QTest::newRow("fuel shown") << QStringList() << QString() << int(Fuel::Lpg) << QStringList{u"12"_qs};
    QTest::newRow("fuel not shown is left out") << QStringList() << QString() << int(Fuel::Petrol) << QStringList{u"11"_qs};
}

void TestBobaeSteps::carSearchFilters()
{
    QFETCH(QStringList, path);
    QFETCH(QString, keyword);
    QFETCH(int, fuel);
    QFETCH(QStringList, ids);
    SearchQuery q;
    q.path = path;
    q.keyword = keyword;
    if (fuel >= 0)
        q.fuels = {Fuel(fuel)};
    const SearchPageResult r = readCarSearchPage(ok(carListBytes(), "text/html; charset=UTF-8"), q, &m_terms);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
    QCOMPARE(idsOf(r.listings), ids);
    QCOMPARE(r.ids.size(), 3);
}

void TestBobaeSteps::requests()
{
    SearchQuery q;
    q.path = {u"81"_qs, u"901"_qs};
    JobError e;
    const std::optional<Net::HttpRequest> bike = bikeSearchRequest(q, 2, 7, &e);
    QVERIFY2(bike, qPrintable(e.message));
    QCOMPARE(bike->source, u"bobaedream"_qs);
    QCOMPARE(bike->group, quint64(7));
    const QUrlQuery bq(bike->url);
    QCOMPARE(bq.queryItemValue(u"ftype1"_qs), u"81"_qs);
    QCOMPARE(bq.queryItemValue(u"maker_no"_qs), u"901"_qs);
    QCOMPARE(bq.queryItemValue(u"page"_qs), u"2"_qs);

    SearchQuery cq;
    cq.path = {u"949"_qs, u"그랜저"_qs};
    const std::optional<Net::HttpRequest> car = carSearchRequest(cq, 3, 9, &e);
    QVERIFY(car);
    QCOMPARE(car->source, u"bobaedream_cars"_qs);
    QCOMPARE(car->url.toString(), u"https://m.bobaedream.co.kr/mycar/mlist/0/3?maker_no=949"_qs);

    QCOMPARE(bikeDetailRequest(u"5"_qs, 1).url, bikeDetailUrl(u"5"_qs));
    QCOMPARE(carDetailRequest(u"5"_qs, 1).url, carDetailUrl(u"5"_qs));
    // Catalog: makers never depend on the category; the parent-depth form only for levels with a parent.
    QCOMPARE(QUrlQuery(bikeCatalogRequest({u"81"_qs}, DepthConvention::ParentDepth, 0, &e)->url).queryItemValue(u"dep"_qs), u"1"_qs);
    QCOMPARE(QUrlQuery(bikeCatalogRequest({u"81"_qs}, DepthConvention::ParentDepth, 0, &e)->url).queryItemValue(u"parval"_qs), QString());
    QCOMPARE(QUrlQuery(bikeCatalogRequest({u"81"_qs, u"901"_qs}, DepthConvention::ParentDepth, 0, &e)->url).queryItemValue(u"dep"_qs),
             u"1"_qs);
    QCOMPARE(QUrlQuery(bikeCatalogRequest({u"81"_qs, u"901"_qs}, DepthConvention::Documented, 0, &e)->url).queryItemValue(u"dep"_qs),
             u"2"_qs);
    QCOMPARE(carCatalogRequest({u"949"_qs}, 0, &e)->body, QByteArray("dummy=1&getSel=maker&tb=mycar&no=949&dep=1"));
}

void TestBobaeSteps::badQueries_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("car path too deep") << 0 << u"Bobaedream cars have two filter levels (maker, model); the path has 3"_qs;
    QTest::newRow("car maker not a code") << 1 << u"Bobaedream cars: \"현대\" is not a maker code"_qs;
    QTest::newRow("car transmission") << 2 << u"Bobaedream's car list shows no transmission to filter on"_qs;
    QTest::newRow("bike catalog below sub-models") << 3
                                                   << u"Bobaedream motorcycles have four filter levels; sub-models (level 4) have no children (path of 4)"_qs;
    QTest::newRow("bike catalog parent not a code") << 4 << u"Bobaedream motorcycle filter: \"혼다\" is not a maker code"_qs;
    QTest::newRow("car catalog below models") << 5 << u"Bobaedream car models have no sub-levels"_qs;
}

void TestBobaeSteps::badQueries()
{
    QFETCH(int, what);
    QFETCH(QString, message);
    JobError e;
    SearchQuery q;
    bool made = true;
    switch (what) {
    case 0: q.path = {u"1"_qs, u"a"_qs, u"b"_qs}; made = carSearchRequest(q, 1, 0, &e).has_value(); break;
    case 1: q.path = {u"현대"_qs}; made = carSearchRequest(q, 1, 0, &e).has_value(); break;
    case 2: q.transmissions = {Transmission::Automatic}; made = carSearchRequest(q, 1, 0, &e).has_value(); break;
    case 3: made = bikeCatalogRequest({u"1"_qs, u"2"_qs, u"3"_qs, u"4"_qs}, DepthConvention::Documented, 0, &e).has_value(); break;
    case 4: made = bikeCatalogRequest({u"0"_qs, u"혼다"_qs}, DepthConvention::Documented, 0, &e).has_value(); break;
    case 5: made = carCatalogRequest({u"1"_qs, u"그랜저"_qs}, 0, &e).has_value(); break;
    }
    QVERIFY(!made);
    QCOMPARE(e.kind, JobError::Kind::BadInput);
    QCOMPARE(e.message, message);
}

void TestBobaeSteps::errorsByKind_data()
{
    QTest::addColumn<int>("source");   // 0 bike list, 1 car list, 2 bike detail, 3 car detail
    QTest::addColumn<Net::HttpResponse>("response");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("netError");
    QTest::addColumn<QString>("messagePart");
    const Net::HttpResponse timeout = failed(Net::ErrorKind::Timeout, 0, u"GET …: timed out after 30000 ms"_qs);
    const Net::HttpResponse notFound = failed(Net::ErrorKind::HttpStatus, 404, u"GET …: HTTP 404"_qs);
    const Net::HttpResponse blockedBike = ok(bikePage(u"<p>비정상적인 접근입니다</p>"_qs), "text/html; charset=EUC-KR");
    const Net::HttpResponse blockedCar = ok("<html><title>보배드림</title><p>비정상적인 접근</p></html>", "text/html; charset=UTF-8");
    const Net::HttpResponse wrongCharset = ok(bikeListBytes(), "text/html; charset=UTF-8");
    QTest::newRow("bike list timeout") << 0 << timeout << int(JobError::Kind::Network) << int(Net::ErrorKind::Timeout)
                                       << u"Bobaedream motorcycle list"_qs;
    QTest::newRow("bike list blocked") << 0 << blockedBike << int(JobError::Kind::Network) << int(Net::ErrorKind::Blocked)
                                       << u"a block page"_qs;
    QTest::newRow("bike list declared UTF-8") << 0 << wrongCharset << int(JobError::Kind::Parse) << int(Net::ErrorKind::None)
                                              << u"not valid UTF-8 at byte offset"_qs;
    QTest::newRow("car list blocked") << 1 << blockedCar << int(JobError::Kind::Network) << int(Net::ErrorKind::Blocked)
                                      << u"mycar/mlist: a block page"_qs;
    QTest::newRow("bike detail 404") << 2 << notFound << int(JobError::Kind::NotFound) << int(Net::ErrorKind::HttpStatus)
                                     << u"Bobaedream motorcycle 5"_qs;
    QTest::newRow("car detail not a car") << 3 << ok("<html><title>보배드림</title><p>판매완료</p></html>", "text/html")
                                          << int(JobError::Kind::Parse) << int(Net::ErrorKind::None) << u"not a car page"_qs;
}

void TestBobaeSteps::errorsByKind()
{
    QFETCH(int, source);
    QFETCH(Net::HttpResponse, response);
    QFETCH(int, kind);
    QFETCH(int, netError);
    QFETCH(QString, messagePart);
    JobError e;
    switch (source) {
    case 0: e = readBikeSearchPage(response, {}, &m_terms).error; break;
    case 1: e = readCarSearchPage(response, {}, &m_terms).error; break;
    case 2: e = readBikeDetail(response, u"5"_qs, &m_terms).error; break;
    case 3: e = readCarDetail(response, u"5"_qs, &m_terms).error; break;
    }
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(int(e.netError), netError);
    QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
}

void TestBobaeSteps::bikeCatalogSteps()
{
    const QByteArray cats = cp949(uR"([{"sno":"81","cname":"스쿠터","cnt":"3"},{"sno":"83","cname":"레플리카","cnt":"2"}])"_qs);
    const CatalogStepResult top = readBikeCatalog(ok(cats, "text/html; charset=euc-kr"), {}, &m_terms);
    QVERIFY2(!top.error.isError(), qPrintable(top.error.message));
    QCOMPARE(top.nodes.size(), 3);
    QCOMPARE(top.nodes.first().key, u"0"_qs);   // 전체
    QCOMPARE(top.nodes.first().nameEn, u"All categories"_qs);
    QCOMPARE(top.nodes.at(1).nameEn, u"Scooter"_qs);
    QVERIFY(!top.otherLevel);

    // A models request answered with the makers list: the job asks again the other way.
    const QByteArray makers = R"([{"sno":"901","cname":"혼다"},{"sno":"902","cname":"야마하"},{"sno":"903","cname":"스즈키"}])";
    const CatalogStepResult wrong = readBikeCatalog(ok(makers, "application/json"), {u"0"_qs, u"907"_qs}, &m_terms);
    QVERIFY(wrong.otherLevel);
    const CatalogStepResult right = readBikeCatalog(ok(makers, "application/json"), {u"0"_qs}, &m_terms);
    QVERIFY(!right.otherLevel);
    QCOMPARE(right.nodes.size(), 3);
    QCOMPARE(right.nodes.first().level, u"maker"_qs);
}

void TestBobaeSteps::detailSteps()
{
    const QByteArray page = bikePage(u"<table><tr><td>모델명</td><td>혼다 PCX125</td><td>연식</td><td>2020</td></tr></table>"_qs);
    const DetailStepResult b = readBikeDetail(ok(page, "text/html; charset=EUC-KR"), u"77"_qs, &m_terms);
    QVERIFY2(!b.error.isError(), qPrintable(b.error.message));
    QCOMPARE(b.detail.listing.id, u"77"_qs);
    QCOMPARE(b.detail.listing.makeEn, u"Honda"_qs);
    QCOMPARE(b.detail.listing.year, 2020);
}

QTEST_GUILESS_MAIN(TestBobaeSteps)
#include "tst_bobaesteps.moc"
