#include "core/sources/bobaedream/bobaevalues.h"

#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources::Bobae;

class TestBobaeValues : public QObject
{
    Q_OBJECT

private slots:
    void listYear_data();
    void listYear();
    void yearMonth_data();
    void yearMonth();
    void date_data();
    void date();
    void displacement_data();
    void displacement();
    void mileage_data();
    void mileage();
    void price_data();
    void price();
    void power_data();
    void power();
    void count_data();
    void count();
    void vin_data();
    void vin();
    void sellerKind_data();
    void sellerKind();
    void province_data();
    void province();
    void fuel_data();
    void fuel();
    void transmission_data();
    void transmission();
    void bikePhotos_data();
    void bikePhotos();
    void carPhotoFolders_data();
    void carPhotoFolders();
    void ids_data();
    void ids();
    void absoluteUrls_data();
    void absoluteUrls();
    void blockMarkers_data();
    void blockMarkers();
};

void TestBobaeValues::listYear_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");   // 0 = rejected
    QTest::addColumn<int>("month");
    QTest::newRow("plain") << u"2022"_qs << 2022 << 0;
    QTest::newRow("년") << u"2019년"_qs << 2019 << 0;
    QTest::newRow("년식") << u"2019년식"_qs << 2019 << 0;
    QTest::newRow("slash month") << u"2022/05"_qs << 2022 << 5;
    QTest::newRow("dot month") << u"2022.5"_qs << 2022 << 5;
    QTest::newRow("년 월") << u"2022년 05월"_qs << 2022 << 5;
    QTest::newRow("년 월식") << u"2019년 5월식"_qs << 2019 << 5;
    QTest::newRow("spaces") << u"  2008  "_qs << 2008 << 0;
    QTest::newRow("no separator is not a month") << u"20225"_qs << 0 << 0;
    QTest::newRow("month 13") << u"2022/13"_qs << 0 << 0;
    QTest::newRow("too old") << u"1899"_qs << 0 << 0;
    QTest::newRow("two digits") << u"22"_qs << 0 << 0;
    QTest::newRow("a price") << u"2,022만원"_qs << 0 << 0;
    QTest::newRow("cc") << u"1250cc"_qs << 0 << 0;
    QTest::newRow("empty") << QString() << 0 << 0;
}

void TestBobaeValues::listYear()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(int, month);
    const std::optional<YearMonth> r = parseListYear(text);
    QCOMPARE(r ? r->year : 0, year);
    if (r)
        QCOMPARE(r->month, month);
}

void TestBobaeValues::yearMonth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");   // 0 = rejected
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("modelYear");
    QTest::newRow("YY/MM/DD(YY년형)") << u"24/02/13(23년형)"_qs << 2024 << 2 << 13 << 2023;
    QTest::newRow("YY/MM/DD (YY년형) spaced") << u"24/02/13 (23년형)"_qs << 2024 << 2 << 13 << 2023;
    QTest::newRow("YY/MM/DD") << u"23/02/10"_qs << 2023 << 2 << 10 << 0;
    QTest::newRow("YYYY/MM") << u"2024/10"_qs << 2024 << 10 << 0 << 0;
    QTest::newRow("YYYY/MM(YY년형)") << u"2024/10(25년형)"_qs << 2024 << 10 << 0 << 2025;
    QTest::newRow("1990s") << u"98/07/01(99년형)"_qs << 1998 << 7 << 1 << 1999;
    QTest::newRow("bike 년 월") << u"2019년 5월"_qs << 2019 << 5 << 0 << 0;
    QTest::newRow("bike year") << u"2022년식"_qs << 2022 << 0 << 0 << 0;
    QTest::newRow("YY/MM") << u"11/10"_qs << 2011 << 10 << 0 << 0;
    QTest::newRow("bad day") << u"24/02/32"_qs << 0 << 0 << 0 << 0;
    QTest::newRow("only model year") << u"(23년형)"_qs << 0 << 0 << 0 << 0;
    QTest::newRow("words") << u"정보없음"_qs << 0 << 0 << 0 << 0;
}

void TestBobaeValues::yearMonth()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(int, modelYear);
    const std::optional<YearMonth> r = parseYearMonth(text);
    if (year == 0) {
        QVERIFY2(!r, qPrintable(QString::number(r ? r->year : 0)));
        return;
    }
    QVERIFY(r);
    QCOMPARE(*r, (YearMonth{year, month, day, modelYear}));
}

void TestBobaeValues::date_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::newRow("slashes") << u"2026/11/20"_qs << 2026 << 11 << 20;
    QTest::newRow("dashes") << u"2026-1-5"_qs << 2026 << 1 << 5;
    QTest::newRow("dots") << u"2026.11.20"_qs << 2026 << 11 << 20;
    QTest::newRow("no day") << u"2026/11"_qs << 0 << 0 << 0;
    QTest::newRow("short year") << u"26/11/20"_qs << 0 << 0 << 0;
}

void TestBobaeValues::date()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    const std::optional<YearMonth> r = parseDate(text);
    QCOMPARE(r ? r->year : 0, year);
    if (r) {
        QCOMPARE(r->month, month);
        QCOMPARE(r->day, day);
    }
}

void TestBobaeValues::displacement_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("requireUnit");
    QTest::addColumn<int>("cc");   // -1 = rejected
    QTest::newRow("125cc") << u"125cc"_qs << true << 125;
    QTest::newRow("comma, space, CC") << u"1,254 CC"_qs << true << 1254;
    QTest::newRow("bare in a list") << u"125"_qs << true << -1;
    QTest::newRow("bare on mobile") << u"3,982"_qs << false << 3982;
    QTest::newRow("mobile with unit") << u"1,598cc"_qs << false << 1598;
    QTest::newRow("litres") << u"1.6L"_qs << false << -1;
    QTest::newRow("one digit") << u"5cc"_qs << true << -1;
}

void TestBobaeValues::displacement()
{
    QFETCH(QString, text);
    QFETCH(bool, requireUnit);
    QFETCH(int, cc);
    const std::optional<int> r = parseDisplacementCc(text, requireUnit);
    QCOMPARE(r ? *r : -1, cc);
}

void TestBobaeValues::mileage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("requireUnit");
    QTest::addColumn<int>("km");   // -1 = rejected
    QTest::newRow("km") << u"12,345km"_qs << true << 12345;
    QTest::newRow("Km spaced") << u"12,345 Km"_qs << true << 12345;
    QTest::newRow("zero") << u"0km"_qs << true << 0;
    QTest::newRow("만km") << u"1.2만km"_qs << true << 12000;
    QTest::newRow("만") << u"3만km"_qs << true << 30000;
    QTest::newRow("bare in a list") << u"12345"_qs << true << -1;
    QTest::newRow("bare on mobile") << u"26,387"_qs << false << 26387;
    QTest::newRow("cc is not km") << u"125cc"_qs << true << -1;
}

void TestBobaeValues::mileage()
{
    QFETCH(QString, text);
    QFETCH(bool, requireUnit);
    QFETCH(int, km);
    const std::optional<int> r = parseMileageKm(text, requireUnit);
    QCOMPARE(r ? *r : -1, km);
}

void TestBobaeValues::price_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");   // 0 amount, 1 on request, -1 rejected
    QTest::addColumn<qint64>("krw");
    QTest::newRow("만원") << u"320만원"_qs << 0 << qint64(3'200'000);
    QTest::newRow("comma, space") << u"1,250 만원"_qs << 0 << qint64(12'500'000);
    QTest::newRow("억 만원") << u"1억 2,300만원"_qs << 0 << qint64(123'000'000);
    QTest::newRow("억원") << u"2억원"_qs << 0 << qint64(200'000'000);
    QTest::newRow("가격문의") << u"가격문의"_qs << 1 << qint64(0);
    QTest::newRow("가격 문의 spaced") << u"가격 문의"_qs << 1 << qint64(0);
    QTest::newRow("상담") << u"상담"_qs << 1 << qint64(0);
    QTest::newRow("full won is not how it is written") << u"3,200,000원"_qs << -1 << qint64(0);
    QTest::newRow("zero") << u"0만원"_qs << -1 << qint64(0);
    QTest::newRow("number only") << u"320"_qs << -1 << qint64(0);
    QTest::newRow("monthly") << u"월 30만원"_qs << -1 << qint64(0);
}

void TestBobaeValues::price()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(qint64, krw);
    const std::optional<Price> r = parsePrice(text);
    if (kind < 0) {
        QVERIFY(!r);
        return;
    }
    QVERIFY(r);
    QCOMPARE(int(r->kind), kind);
    QCOMPARE(r->krw, krw);
}

void TestBobaeValues::power_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("hp");   // -1 = rejected
    QTest::newRow("마력") << u"557마력"_qs << 557;
    QTest::newRow("spaced") << u"557 마력"_qs << 557;
    QTest::newRow("ps/rpm") << u"150ps/6500rpm"_qs << 150;
    QTest::newRow("hp") << u"204HP"_qs << 204;
    QTest::newRow("decimal") << u"150.5마력"_qs << 150;
    QTest::newRow("kW is not hp") << u"150kW"_qs << -1;
    QTest::newRow("zero") << u"0마력"_qs << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestBobaeValues::power()
{
    QFETCH(QString, text);
    QFETCH(int, hp);
    const std::optional<int> r = parsePowerHp(text);
    QCOMPARE(r ? *r : -1, hp);
}

void TestBobaeValues::count_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("n");   // -1 = rejected
    QTest::newRow("digit") << u"2"_qs << 2;
    QTest::newRow("회") << u"3회"_qs << 3;
    QTest::newRow("건") << u"0건"_qs << 0;
    QTest::newRow("미공개") << u"미공개"_qs << -1;
}

void TestBobaeValues::count()
{
    QFETCH(QString, text);
    QFETCH(int, n);
    const std::optional<int> r = parseCount(text);
    QCOMPARE(r ? *r : -1, n);
}

void TestBobaeValues::vin_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("vin");
    QTest::newRow("valid") << u"WDD2130421A000000"_qs << u"WDD2130421A000000"_qs;
    QTest::newRow("lower case, spaces") << u" kmhd 341cbnu000000 "_qs << u"KMHD341CBNU000000"_qs;
    QTest::newRow("I is never in a VIN") << u"KMHD341CBIU000000"_qs << QString();
    QTest::newRow("16 characters") << u"KMHD341CBNU00000"_qs << QString();
    QTest::newRow("masked") << u"KMHD341CB******"_qs << QString();
}

void TestBobaeValues::vin()
{
    QFETCH(QString, text);
    QFETCH(QString, vin);
    QCOMPARE(normalizedVin(text), vin);
}

void TestBobaeValues::sellerKind_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::newRow("개인") << u"개인"_qs << int(SellerKind::Private);
    QTest::newRow("(업체)") << u"(업체)"_qs << int(SellerKind::Business);
    QTest::newRow("딜러") << u" 딜러 "_qs << int(SellerKind::Dealer);
    QTest::newRow("개인판매") << u"개인판매"_qs << int(SellerKind::Private);
    QTest::newRow("a name") << u"개인택시"_qs << int(SellerKind::Unknown);
}

void TestBobaeValues::sellerKind()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QCOMPARE(int(sellerKindFromText(text)), kind);
}

void TestBobaeValues::province_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("province");
    QTest::newRow("short") << u"서울"_qs << u"서울"_qs;
    QTest::newRow("with district") << u"서울 강남구"_qs << u"서울"_qs;
    QTest::newRow("long form") << u"경기도 수원시"_qs << u"경기"_qs;
    QTest::newRow("joined long form") << u"부산광역시해운대구"_qs << u"부산"_qs;
    QTest::newRow("new name") << u"강원특별자치도 춘천시"_qs << u"강원"_qs;
    QTest::newRow("a model is not a place") << u"서울바이크"_qs << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestBobaeValues::province()
{
    QFETCH(QString, text);
    QFETCH(QString, province);
    QCOMPARE(provinceOf(text), province);
}

void TestBobaeValues::fuel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("휘발유") << u"휘발유"_qs << u"petrol"_qs;
    QTest::newRow("가솔린") << u"가솔린"_qs << u"petrol"_qs;
    QTest::newRow("경유") << u"경유"_qs << u"diesel"_qs;
    QTest::newRow("전기") << u"전기"_qs << u"electric"_qs;
    QTest::newRow("가솔린하이브리드") << u"가솔린하이브리드"_qs << u"hybrid_petrol"_qs;
    QTest::newRow("디젤 하이브리드") << u"디젤 하이브리드"_qs << u"hybrid_diesel"_qs;
    QTest::newRow("LPG") << u"LPG(일반인 구입)"_qs << u"lpg"_qs;
    QTest::newRow("가솔린+LPG is petrol") << u"가솔린+LPG"_qs << u"petrol"_qs;
    QTest::newRow("수소") << u"수소전기"_qs << u"hydrogen"_qs;
    QTest::newRow("unknown word") << u"기타"_qs << u"other"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestBobaeValues::fuel()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(fuelKey(fuelFromName(text)), key);
}

void TestBobaeValues::transmission_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("자동") << u"자동"_qs << transmissionKey(Transmission::Automatic);
    QTest::newRow("자동 8단") << u"자동 8단"_qs << transmissionKey(Transmission::Automatic);
    QTest::newRow("broken 자동 Array단") << u"자동 Array단"_qs << transmissionKey(Transmission::Automatic);
    QTest::newRow("오토") << u"오토"_qs << transmissionKey(Transmission::Automatic);
    QTest::newRow("수동") << u"수동 6단"_qs << transmissionKey(Transmission::Manual);
    QTest::newRow("세미오토") << u"세미오토"_qs << transmissionKey(Transmission::SemiAutomatic);
    QTest::newRow("CVT") << u"CVT"_qs << transmissionKey(Transmission::Cvt);
    QTest::newRow("무단") << u"무단변속"_qs << transmissionKey(Transmission::Cvt);
    QTest::newRow("empty") << QString() << QString();
}

void TestBobaeValues::transmission()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(transmissionKey(transmissionFromName(text)), key);
}

void TestBobaeValues::bikePhotos_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("full");
    QTest::newRow("thumbnail") << u"https://file4.bobaedream.co.kr/direct_bike/2026/11/cb123456_3_s1.jpg"_qs << u"cb123456"_qs
                               << u"https://file4.bobaedream.co.kr/direct_bike/2026/11/cb123456_3.jpg"_qs;
    QTest::newRow("full size") << u"https://file4.bobaedream.co.kr/direct_bike/2026/11/cb123456_1.jpg"_qs << u"cb123456"_qs
                               << u"https://file4.bobaedream.co.kr/direct_bike/2026/11/cb123456_1.jpg"_qs;
    QTest::newRow("upper-case extension") << u"https://file4.bobaedream.co.kr/direct_bike/x/cb7_2_s1.JPG"_qs << u"cb7"_qs
                                          << u"https://file4.bobaedream.co.kr/direct_bike/x/cb7_2.JPG"_qs;
    QTest::newRow("not a bike photo") << u"https://www.bobaedream.co.kr/images/logo_s1.jpg"_qs << QString()
                                      << u"https://www.bobaedream.co.kr/images/logo.jpg"_qs;
    QTest::newRow("other host") << u"https://example.com/direct_bike/cb1_1.jpg"_qs << QString()
                                << u"https://example.com/direct_bike/cb1_1.jpg"_qs;
}

void TestBobaeValues::bikePhotos()
{
    QFETCH(QString, url);
    QFETCH(QString, base);
    QFETCH(QString, full);
    QCOMPARE(bikePhotoBase(QUrl(url)), base);
    QCOMPARE(fullSizeBikePhoto(QUrl(url)).toString(), full);
}

void TestBobaeValues::carPhotoFolders_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("folder");
    QTest::newRow("og:image") << u"https://file2.bobaedream.co.kr/pds/CyberCar/4/2254832/img_2254832_1.jpg"_qs << u"2254832"_qs;
    QTest::newRow("letters in folder") << u"https://file2.bobaedream.co.kr/pds/CyberCar/7/A1b2/img_A1b2_12.jpg"_qs << u"A1b2"_qs;
    QTest::newRow("mismatched name") << u"https://file2.bobaedream.co.kr/pds/CyberCar/4/2254832/img_999_1.jpg"_qs << QString();
    QTest::newRow("logo") << u"https://m.bobaedream.co.kr/images/logo.png"_qs << QString();
}

void TestBobaeValues::carPhotoFolders()
{
    QFETCH(QString, url);
    QFETCH(QString, folder);
    QCOMPARE(carPhotoFolder(QUrl(url)), folder);
}

void TestBobaeValues::ids_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<QString>("bike");
    QTest::addColumn<QString>("car");
    QTest::newRow("bike first param") << u"bike_view.php?no=123&gubun=K"_qs << u"123"_qs << QString();
    QTest::newRow("bike later param") << u"/bike2/bike_view.php?gubun=K&no=456&ifnew=N"_qs << u"456"_qs << QString();
    QTest::newRow("bike escaped amp") << u"bike_view.php?gubun=K&amp;no=789"_qs << u"789"_qs << QString();
    QTest::newRow("bike no without digits") << u"bike_view.php?no=&gubun=K"_qs << QString() << QString();
    QTest::newRow("not a bike link") << u"bike_list.php?no=5"_qs << QString() << QString();
    QTest::newRow("car") << u"/mycar/mview/2254832"_qs << QString() << u"2254832"_qs;
    QTest::newRow("car absolute with query") << u"https://m.bobaedream.co.kr/mycar/mview/77?from=list"_qs << QString() << u"77"_qs;
    QTest::newRow("car id must end") << u"/mycar/mview/77abc"_qs << QString() << QString();
}

void TestBobaeValues::ids()
{
    QFETCH(QString, href);
    QFETCH(QString, bike);
    QFETCH(QString, car);
    QCOMPARE(bikeIdFromHref(href), bike);
    QCOMPARE(carIdFromHref(href), car);
}

void TestBobaeValues::absoluteUrls_data()
{
    QTest::addColumn<QString>("src");
    QTest::addColumn<QString>("expected");
    QTest::newRow("protocol-relative") << u"//file4.bobaedream.co.kr/a.jpg"_qs << u"https://file4.bobaedream.co.kr/a.jpg"_qs;
    QTest::newRow("root-relative") << u"/bike2/x.php"_qs << u"https://www.bobaedream.co.kr/bike2/x.php"_qs;
    QTest::newRow("relative") << u"bike_view.php?no=1"_qs << u"https://www.bobaedream.co.kr/bike2/bike_view.php?no=1"_qs;
    QTest::newRow("javascript") << u"javascript:void(0)"_qs << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestBobaeValues::absoluteUrls()
{
    QFETCH(QString, src);
    QFETCH(QString, expected);
    const QUrl u = absoluteUrl(src, QUrl(u"https://www.bobaedream.co.kr/bike2/bike_list.php"_qs));
    QCOMPARE(u.isValid() ? u.toString() : QString(), expected);
}

void TestBobaeValues::blockMarkers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("blocked");
    QTest::newRow("korean") << u"비정상적인 접근이 감지되었습니다"_qs << true;
    QTest::newRow("captcha") << u"Please solve the CAPTCHA"_qs << true;
    QTest::newRow("429 page") << u"429 Too Many Requests"_qs << true;
    QTest::newRow("a list") << u"혼다 PCX125 2022 125cc 320만원"_qs << false;
}

void TestBobaeValues::blockMarkers()
{
    QFETCH(QString, text);
    QFETCH(bool, blocked);
    QCOMPARE(!blockPageMarker(text).isEmpty(), blocked);
}

QTEST_APPLESS_MAIN(TestBobaeValues)
#include "tst_bobaevalues.moc"
