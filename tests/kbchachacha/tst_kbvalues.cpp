#include "core/sources/kbchachacha/kbvalues.h"

#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Kb;

class TestKbValues : public QObject
{
    Q_OBJECT

private slots:
    void photoRule_data();
    void photoRule();
    void normalizedPhoto_data();
    void normalizedPhoto();
    void cardRegistration_data();
    void cardRegistration();
    void detailRegistration_data();
    void detailRegistration();
    void mileage_data();
    void mileage();
    void price_data();
    void price();
    void displacement_data();
    void displacement();
    void fuelNames_data();
    void fuelNames();
    void transmissionNames_data();
    void transmissionNames();
    void searchCodes();
    void titleSplit_data();
    void titleSplit();
};

void TestKbValues::photoRule_data()
{
    QTest::addColumn<QString>("seq");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("expected");
    // s = first four digits, d = the fourth digit; d = 0 → folder img10 (not img00).
    QTest::newRow("d=7") << u"27170443"_qs << u"27170443_41532676298543257.jpeg"_qs << 720
                         << u"https://img.kbchachacha.com/IMG/carimg/l/img07/img2717/27170443_41532676298543257.jpeg?width=720"_qs;
    QTest::newRow("d=6") << u"27069369"_qs << u"27069369_1.jpeg"_qs << 720
                         << u"https://img.kbchachacha.com/IMG/carimg/l/img06/img2706/27069369_1.jpeg?width=720"_qs;
    QTest::newRow("d=0 → img10") << u"27200297"_qs << u"27200297_2.jpeg"_qs << 720
                                 << u"https://img.kbchachacha.com/IMG/carimg/l/img10/img2720/27200297_2.jpeg?width=720"_qs;
    QTest::newRow("d=0 other prefix") << u"27102947"_qs << u"a.jpg"_qs << 720
                                      << u"https://img.kbchachacha.com/IMG/carimg/l/img10/img2710/a.jpg?width=720"_qs;
    QTest::newRow("d=4") << u"26841854"_qs << u"b.jpg"_qs << 720
                         << u"https://img.kbchachacha.com/IMG/carimg/l/img04/img2684/b.jpg?width=720"_qs;
    QTest::newRow("d=9") << u"30091111"_qs << u"c.jpg"_qs << 720
                         << u"https://img.kbchachacha.com/IMG/carimg/l/img09/img3009/c.jpg?width=720"_qs;
    QTest::newRow("d=1") << u"12310000"_qs << u"d.jpg"_qs << 720
                         << u"https://img.kbchachacha.com/IMG/carimg/l/img01/img1231/d.jpg?width=720"_qs;
    QTest::newRow("original size") << u"27170443"_qs << u"x.jpeg"_qs << 0
                                   << u"https://img.kbchachacha.com/IMG/carimg/l/img07/img2717/x.jpeg"_qs;
    QTest::newRow("width 360") << u"27170443"_qs << u"x.jpeg"_qs << 360
                               << u"https://img.kbchachacha.com/IMG/carimg/l/img07/img2717/x.jpeg?width=360"_qs;
    QTest::newRow("four-digit seq") << u"1230"_qs << u"e.jpg"_qs << 720
                                    << u"https://img.kbchachacha.com/IMG/carimg/l/img10/img1230/e.jpg?width=720"_qs;
    QTest::newRow("too short") << u"123"_qs << u"e.jpg"_qs << 720 << QString();
    QTest::newRow("not digits") << u"12a45678"_qs << u"e.jpg"_qs << 720 << QString();
    QTest::newRow("no file") << u"27170443"_qs << QString() << 720 << QString();
    QTest::newRow("path in file") << u"27170443"_qs << u"../x.jpg"_qs << 720 << QString();
}

void TestKbValues::photoRule()
{
    QFETCH(QString, seq);
    QFETCH(QString, file);
    QFETCH(int, width);
    QFETCH(QString, expected);
    const QUrl url = photoUrl(seq, file, width);
    if (expected.isEmpty())
        QVERIFY(!url.isValid() || url.isEmpty());
    else
        QCOMPARE(url.toString(), expected);
}

void TestKbValues::normalizedPhoto_data()
{
    QTest::addColumn<QString>("seq");
    QTest::addColumn<QString>("src");
    QTest::addColumn<QString>("expected");
    QTest::newRow("thumbnail 360 → 720")
        << u"27148513"_qs << u"https://img.kbchachacha.com/IMG/carimg/l/img04/img2714/27148513_40941347890136567.jpeg?width=360"_qs
        << u"https://img.kbchachacha.com/IMG/carimg/l/img04/img2714/27148513_40941347890136567.jpeg?width=720"_qs;
    QTest::newRow("noimage") << u"1"_qs << u"/images/common/noimage.jpg"_qs << QString();
    QTest::newRow("empty") << u"1"_qs << QString() << QString();
    QTest::newRow("other image kept") << u"27148513"_qs << u"/images/banner/x.png"_qs
                                      << u"https://www.kbchachacha.com/images/banner/x.png"_qs;
}

void TestKbValues::normalizedPhoto()
{
    QFETCH(QString, seq);
    QFETCH(QString, src);
    QFETCH(QString, expected);
    const QUrl url = normalizedPhotoUrl(seq, src);
    QCOMPARE(url.isValid() ? url.toString() : QString(), expected);
}

void TestKbValues::cardRegistration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("modelYear");
    QTest::newRow("with model year") << u"23/05식(24년형)"_qs << 2023 << 5 << 2024;
    QTest::newRow("no model year") << u"19/12식"_qs << 2019 << 12 << 0;
    QTest::newRow("spaces") << u" 08/01식 (08년형) "_qs << 2008 << 1 << 2008;
    QTest::newRow("1990s") << u"98/07식(99년형)"_qs << 1998 << 7 << 1999;
    QTest::newRow("four-digit") << u"2023/5식"_qs << 2023 << 5 << 0;
    QTest::newRow("month 13") << u"23/13식"_qs << 0 << 0 << 0;
    QTest::newRow("year only") << u"2021년식"_qs << 0 << 0 << 0;
    QTest::newRow("empty") << QString() << 0 << 0 << 0;
}

void TestKbValues::cardRegistration()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, modelYear);
    const std::optional<Registration> r = parseCardRegistration(text);
    if (year == 0) {
        QVERIFY(!r);
        return;
    }
    QVERIFY(r);
    QCOMPARE(*r, (Registration{year, month, modelYear}));
}

void TestKbValues::detailRegistration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("modelYear");
    QTest::newRow("sample form") << u"12년06월(13년형)"_qs << 2012 << 6 << 2013;
    QTest::newRow("no model year") << u"24년11월"_qs << 2024 << 11 << 0;
    QTest::newRow("card form rejected") << u"23/05식"_qs << 0 << 0 << 0;
    QTest::newRow("month 0") << u"12년00월"_qs << 0 << 0 << 0;
}

void TestKbValues::detailRegistration()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, modelYear);
    const std::optional<Registration> r = parseDetailRegistration(text);
    if (year == 0) {
        QVERIFY(!r);
        return;
    }
    QVERIFY(r);
    QCOMPARE(*r, (Registration{year, month, modelYear}));
}

void TestKbValues::mileage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("km");   // -1 = rejected
    QTest::newRow("card") << u"53,768km"_qs << 53768;
    QTest::newRow("detail Km") << u"124,413Km"_qs << 124413;
    QTest::newRow("zero") << u"0km"_qs << 0;
    QTest::newRow("spaces") << u" 20 km "_qs << 20;
    QTest::newRow("no unit") << u"53768"_qs << -1;
    QTest::newRow("korean unit") << u"5만km"_qs << -1;
    QTest::newRow("negative") << u"-5km"_qs << -1;
}

void TestKbValues::mileage()
{
    QFETCH(QString, text);
    QFETCH(int, km);
    const std::optional<int> r = parseMileageKm(text);
    QCOMPARE(r ? *r : -1, km);
}

void TestKbValues::price_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("krw");   // -1 = no price
    QTest::newRow("card") << u"2,570만원"_qs << qint64(25'700'000);
    QTest::newRow("spaced unit") << u" 3,499 만원 "_qs << qint64(34'990'000);
    QTest::newRow("eok") << u"1억 2,300만원"_qs << qint64(123'000'000);
    QTest::newRow("eok only") << u"2억만원"_qs << qint64(200'000'000);
    QTest::newRow("small") << u"68만원"_qs << qint64(680'000);
    QTest::newRow("ask") << u"가격문의"_qs << qint64(-1);
    QTest::newRow("monthly lease") << u"월68만원"_qs << qint64(-1);
    QTest::newRow("won") << u"25,700,000원"_qs << qint64(-1);
    // Absurd digit counts are no price (and must not overflow qint64).
    QTest::newRow("largest 만원") << u"99,999,999만원"_qs << qint64(999'999'990'000);
    QTest::newRow("too many 만원 digits") << u"922,337,203,685,477,580만원"_qs << qint64(-1);
    QTest::newRow("too many 억 digits") << u"92233720368547억 1만원"_qs << qint64(-1);
}

void TestKbValues::price()
{
    QFETCH(QString, text);
    QFETCH(qint64, krw);
    const std::optional<qint64> r = parsePriceManwon(text);
    QCOMPARE(r ? *r : -1, krw);
}

void TestKbValues::displacement_data()
{
    QTest::addColumn<QString>("cellOrTitle");
    QTest::addColumn<bool>("isTitle");
    QTest::addColumn<int>("cc");   // -1 = rejected
    QTest::newRow("cell") << u"1,591cc"_qs << false << 1591;
    QTest::newRow("cell 0cc") << u"0cc"_qs << false << 0;
    QTest::newRow("cell CC") << u"2,497 CC"_qs << false << 2497;
    QTest::newRow("cell junk") << u"1.6L"_qs << false << -1;
    QTest::newRow("title 1.6 turbo") << u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs << true << 1600;
    QTest::newRow("title 2.0T") << u"기아 K5 2.0T 시그니처"_qs << true << 2000;
    QTest::newRow("title 3.3") << u"제네시스 G80 3.3 AWD"_qs << true << 3300;
    QTest::newRow("title none") << u"현대 벨로스터 Turbo GDi Extreme"_qs << true << 0;
    QTest::newRow("title version not cc") << u"BMW 5시리즈 520i M 스포츠 (G30)"_qs << true << 0;
}

void TestKbValues::displacement()
{
    QFETCH(QString, cellOrTitle);
    QFETCH(bool, isTitle);
    QFETCH(int, cc);
    if (isTitle) {
        QCOMPARE(displacementFromTitle(cellOrTitle), cc);
    } else {
        const std::optional<int> r = parseDisplacementCc(cellOrTitle);
        QCOMPARE(r ? *r : -1, cc);
    }
}

void TestKbValues::fuelNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Fuel>("fuel");
    QTest::newRow("가솔린") << u"가솔린"_qs << Fuel::Petrol;
    QTest::newRow("디젤") << u"디젤"_qs << Fuel::Diesel;
    QTest::newRow("LPG") << u"LPG"_qs << Fuel::Lpg;
    QTest::newRow("가솔린+LPG") << u"가솔린+LPG"_qs << Fuel::Lpg;
    QTest::newRow("HEV(LPG)") << u"HEV(LPG)"_qs << Fuel::HybridLpg;
    QTest::newRow("HEV(가솔린)") << u"HEV(가솔린)"_qs << Fuel::HybridPetrol;
    QTest::newRow("가솔린 하이브리드") << u"가솔린 하이브리드"_qs << Fuel::HybridPetrol;
    QTest::newRow("HEV(디젤)") << u"HEV(디젤)"_qs << Fuel::HybridDiesel;
    QTest::newRow("전기") << u"전기"_qs << Fuel::Electric;
    QTest::newRow("수소") << u"수소"_qs << Fuel::Hydrogen;
    QTest::newRow("CNG") << u"CNG"_qs << Fuel::Cng;
    QTest::newRow("기타") << u"기타"_qs << Fuel::Other;
    QTest::newRow("empty") << QString() << Fuel::Unknown;
}

void TestKbValues::fuelNames()
{
    QFETCH(QString, name);
    QFETCH(Fuel, fuel);
    QCOMPARE(fuelFromName(name), fuel);
}

void TestKbValues::transmissionNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Transmission>("transmission");
    QTest::newRow("오토") << u"오토"_qs << Transmission::Automatic;
    QTest::newRow("수동") << u"수동"_qs << Transmission::Manual;
    QTest::newRow("세미오토") << u"세미오토"_qs << Transmission::SemiAutomatic;
    QTest::newRow("CVT") << u"CVT"_qs << Transmission::Cvt;
    QTest::newRow("기타") << u"기타"_qs << Transmission::Other;
    QTest::newRow("empty") << QString() << Transmission::Unknown;
}

void TestKbValues::transmissionNames()
{
    QFETCH(QString, name);
    QFETCH(Transmission, transmission);
    QCOMPARE(transmissionFromName(name), transmission);
}

void TestKbValues::searchCodes()
{
    QCOMPARE(gasCodes(Fuel::Petrol), QStringList{u"004001"_qs});
    QCOMPARE(gasCodes(Fuel::Lpg), (QStringList{u"004003"_qs, u"004010"_qs}));
    QCOMPARE(gasCodes(Fuel::HybridDiesel), QStringList{u"004011"_qs});
    QCOMPARE(gasCodes(Fuel::Electric), QStringList{u"004007"_qs});
    QVERIFY(gasCodes(Fuel::Hydrogen).isEmpty());
    QCOMPARE(fuelFromGasCode(u"004005"), Fuel::HybridPetrol);
    QCOMPARE(fuelFromGasCode(u"004010"), Fuel::Lpg);
    QCOMPARE(fuelFromGasCode(u"999"), Fuel::Unknown);
    QCOMPARE(autoGbnCode(Transmission::Manual), u"005001"_qs);
    QCOMPARE(autoGbnCode(Transmission::Automatic), u"005002"_qs);
    QCOMPARE(autoGbnCode(Transmission::SemiAutomatic), u"005003"_qs);
    QCOMPARE(autoGbnCode(Transmission::Cvt), u"005004"_qs);
    QCOMPARE(autoGbnCode(Transmission::Other), QString());
    QCOMPARE(transmissionFromAutoGbn(u"005004"), Transmission::Cvt);
    QCOMPARE(sortParameter(SortOrder::Newest), u"-orderDate"_qs);
    QCOMPARE(sortParameter(SortOrder::PriceAsc), u"sellAmt"_qs);
    QCOMPARE(sortParameter(SortOrder::PriceDesc), u"-sellAmt"_qs);
    QCOMPARE(sortParameter(SortOrder::MileageAsc), u"km"_qs);
    QCOMPARE(sortParameter(SortOrder::MileageDesc), u"-km"_qs);
    QCOMPARE(sortParameter(SortOrder::YearDesc), u"-regiDay"_qs);
    QCOMPARE(detailPageUrl(u"27069369").toString(), u"https://www.kbchachacha.com/public/car/detail.kbc?carSeq=27069369"_qs);
}

void TestKbValues::titleSplit_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("known");
    QTest::addColumn<QString>("make");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("trim");
    QTest::newRow("generation in parens") << u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs << QString() << u"현대"_qs
                                          << u"쏘나타 디 엣지(DN8)"_qs << u"1.6 터보 익스클루시브"_qs;
    QTest::newRow("plain") << u"기아 K5 2.0 프레스티지"_qs << QString() << u"기아"_qs << u"K5"_qs << u"2.0 프레스티지"_qs;
    QTest::newRow("prefix words") << u"현대 더 뉴 그랜저 2.5 익스클루시브"_qs << QString() << u"현대"_qs << u"더 뉴 그랜저"_qs
                                  << u"2.5 익스클루시브"_qs;
    QTest::newRow("model year parens are trim") << u"현대 벨로스터 Turbo (2013년형)"_qs << QString() << u"현대"_qs
                                                << u"벨로스터"_qs << u"Turbo (2013년형)"_qs;
    QTest::newRow("known model") << u"현대 더 뉴 아반떼 CN7 1.6 모던"_qs << u"더 뉴 아반떼 CN7"_qs << u"현대"_qs
                                 << u"더 뉴 아반떼 CN7"_qs << u"1.6 모던"_qs;
    QTest::newRow("known model absent") << u"기아 K5 2.0"_qs << u"쏘렌토"_qs << u"기아"_qs << u"K5"_qs << u"2.0"_qs;
    QTest::newRow("make only") << u"BMW"_qs << QString() << u"BMW"_qs << QString() << QString();
}

void TestKbValues::titleSplit()
{
    QFETCH(QString, title);
    QFETCH(QString, known);
    QFETCH(QString, make);
    QFETCH(QString, model);
    QFETCH(QString, trim);
    const TitleParts p = splitTitle(title, known);
    QCOMPARE(p.make, make);
    QCOMPARE(p.model, model);
    QCOMPARE(p.trim, trim);
}

QTEST_APPLESS_MAIN(TestKbValues)
#include "tst_kbvalues.moc"
