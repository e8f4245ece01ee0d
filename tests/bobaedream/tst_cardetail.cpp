#include "core/sources/bobaedream/cardetailparser.h"
#include "core/sources/terms.h"

#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Bobae;

namespace {

using Pairs = QList<QPair<QString, QString>>;

const QString kPds = u"https://file2.bobaedream.co.kr/pds/CyberCar/4/2400001/"_qs;

Pairs specPairs()
{
    return {{u"연식"_qs, u"24/02/13(23년형)"_qs},  {u"주행거리"_qs, u"26,387km"_qs},
            {u"배기량"_qs, u"3,982"_qs},           {u"연료"_qs, u"가솔린"_qs},
            {u"색상"_qs, u"검정투톤"_qs},          {u"변속기"_qs, u"자동 Array단"_qs},
            {u"최고출력"_qs, u"557마력"_qs},       {u"복합연비"_qs, u"6.1km/l"_qs},
            {u"승차정원"_qs, u"5"_qs},             {u"구동방식"_qs, u"4륜"_qs},
            {u"차대번호"_qs, u"WDC1671871A000000"_qs}, {u"보증기간"_qs, u"36개월/10만km"_qs},
            {u"신차가격"_qs, u"26,000 만원"_qs}};
}

struct Options
{
    QString without;               // a label left out
    bool counts = true;            // 수리이력/보험이력 counts in the summary
    bool insuranceHidden = false;  // "보험이력미공개" instead of a count
    bool price = true;
    bool ogImage = true;
    bool lease = false;
    bool plateLink = true;
};

QByteArray detailPage(const Options &o = {})
{
    QString s = u"<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\">"
                "<title>2024 벤츠 GLS-클래스 X167 마이바흐 GLS 600 4MATIC 중고차 | 보배드림 중고차</title>"_qs;
    if (o.ogImage)
        s += u"<meta property=\"og:image\" content=\"//file2.bobaedream.co.kr/pds/CyberCar/4/2400001/img_2400001_1.jpg\">"_qs;
    s += u"</head><body>\n<div class=\"summary\">"_qs;
    if (o.price)
        s += u"<strong class=\"price\">23,900</strong><span class=\"unit\">만원</span>"_qs;
    if (o.lease)
        s += u"<p>월리스료 <b>320</b>만원</p>"_qs;
    if (o.counts) {
        s += u"<span class=\"title\">수리이력</span><span class=\"count\">0</span>"_qs;
        if (o.insuranceHidden)
            s += u"<span class=\"title\">보험이력</span><span class=\"text\">미공개</span>"_qs;
        else
            s += u"<span class=\"title\">보험이력</span><span class=\"count\">2</span>"_qs;
    }
    s += u"</div>\n<ul class=\"spec\">\n"_qs;
    for (const auto &[label, value] : specPairs()) {
        if (label != o.without)
            s += u"<li><span class=\"title1\">"_qs + label + u"</span><span class=\"text\">"_qs + value + u"</span></li>\n"_qs;
    }
    s += u"</ul>\n<div class=\"gallery\">"_qs;
    for (int k = 1; k <= 3; ++k)
        s += QStringLiteral("<img data-src=\"%1img_2400001_%2.jpg\" src=\"/images/loading.gif\">").arg(kPds).arg(k);
    s += u"</div>\n"_qs;
    if (o.plateLink)
        s += u"<a href=\"/mycar/popup/mycarChart_B.php?car_number=00%EA%B0%800000\">보험이력 조회</a>\n"_qs;
    // other cars on the same page
    s += u"<div class=\"recommend\"><a href=\"/mycar/mview/2400777\"><img src=\"https://file2.bobaedream.co.kr/pds/"
         "CyberCar/9/2400777/img_2400777_1.jpg\"><span class=\"title\">다른 차</span></a></div>\n"_qs;
    return (s + u"</body></html>\n"_qs).toUtf8();
}

} // namespace

class TestCarDetail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullPage();
    void yearForms_data();
    void yearForms();
    void withoutEachOptionalField_data();
    void withoutEachOptionalField();
    void historyNotDisclosedIsNotZero();
    void leaseHasNoPrice();
    void unreadableValuesAreWarnings();
    void badInput_data();
    void badInput();

private:
    TermDictionary m_terms;
};

void TestCarDetail::initTestCase()
{
    QString error;
    m_terms = TermDictionary::loadDefault(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCarDetail::fullPage()
{
    const CarDetailResult r = parseCarDetail(detailPage(), u"2400001"_qs, "utf-8", &m_terms);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u"; "_qs)));
    const Listing &l = r.detail.listing;
    QCOMPARE(l.source, u"bobaedream_cars"_qs);
    QCOMPARE(l.id, u"2400001"_qs);
    QCOMPARE(l.url.toString(), u"https://m.bobaedream.co.kr/mycar/mview/2400001"_qs);
    QCOMPARE(l.title, u"벤츠 GLS-클래스 X167 마이바흐 GLS 600 4MATIC"_qs);
    QCOMPARE(l.make, u"벤츠"_qs);
    QCOMPARE(l.makeEn, u"Mercedes-Benz"_qs);
    QCOMPARE(l.model, u"GLS-클래스 X167 마이바흐 GLS 600 4MATIC"_qs);
    QCOMPARE(l.year, 2024);
    QCOMPARE(l.month, 2);
    QCOMPARE(r.modelYear, 2023);
    QCOMPARE(l.mileageKm, 26387);
    QCOMPARE(l.engineCc, 3982);
    QCOMPARE(l.fuel, Fuel::Petrol);
    QCOMPARE(l.transmission, Transmission::Automatic);   // the site's broken "자동 Array단"
    QCOMPARE(l.color, u"검정투톤"_qs);
    QCOMPARE(l.powerHp, 557);
    QCOMPARE(r.vin, u"WDC1671871A000000"_qs);
    QCOMPARE(l.price, std::optional<qint64>(239'000'000));
    QCOMPARE(r.plate, u"00가0000"_qs);
    QCOMPARE(r.insuranceCount, std::optional<int>(2));
    QCOMPARE(r.repairCount, std::optional<int>(0));
    QVERIFY(r.detail.accidents);
    QCOMPARE(r.detail.accidents->accidentCount, 2);
    QVERIFY(l.badges.contains(u"보험사고"_qs));
    QStringList photos;
    for (const QUrl &u : l.photos)
        photos.append(u.toString());
    QCOMPARE(photos, (QStringList{kPds + u"img_2400001_1.jpg"_qs, kPds + u"img_2400001_2.jpg"_qs, kPds + u"img_2400001_3.jpg"_qs}));
    QStringList sections;
    for (const DetailSection &s : r.detail.sections)
        sections.append(s.id);
    QCOMPARE(sections, (QStringList{u"spec"_qs, u"price"_qs, u"accident"_qs}));
    QCOMPARE(r.detail.sections.at(0).fields.size(), specPairs().size());
    QCOMPARE(r.detail.sections.at(1).fields.at(1).value, u"26,000 만원"_qs);   // 신차가격
}

void TestCarDetail::yearForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("modelYear");
    QTest::newRow("YY/MM/DD(YY년형)") << u"20/09/14(21년형)"_qs << 2020 << 9 << 2021;
    QTest::newRow("YY/MM/DD") << u"23/02/10"_qs << 2023 << 2 << 0;
    QTest::newRow("YYYY/MM") << u"2024/05"_qs << 2024 << 5 << 0;
}

void TestCarDetail::yearForms()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, modelYear);
    QByteArray page = detailPage();
    page.replace(QByteArray("24/02/13(23년형)"), text.toUtf8());
    const CarDetailResult r = parseCarDetail(page, u"2400001"_qs, {}, &m_terms);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u"; "_qs)));
    QCOMPARE(r.detail.listing.year, year);
    QCOMPARE(r.detail.listing.month, month);
    QCOMPARE(r.modelYear, modelYear);
}

void TestCarDetail::withoutEachOptionalField_data()
{
    QTest::addColumn<QString>("label");
    for (const auto &[label, value] : specPairs())
        QTest::newRow(qPrintable(label)) << label;
    QTest::newRow("no price") << u"@price"_qs;
    QTest::newRow("no og:image") << u"@og"_qs;
    QTest::newRow("no plate link") << u"@plate"_qs;
    QTest::newRow("no counts") << u"@counts"_qs;
}

void TestCarDetail::withoutEachOptionalField()
{
    QFETCH(QString, label);
    Options o;
    o.without = label;
    o.price = label != u"@price"_qs;
    o.ogImage = label != u"@og"_qs;
    o.plateLink = label != u"@plate"_qs;
    o.counts = label != u"@counts"_qs;
    const CarDetailResult r = parseCarDetail(detailPage(o), u"2400001"_qs, {}, &m_terms);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u"; "_qs)));
    const Listing &l = r.detail.listing;
    QCOMPARE(l.year, label == u"연식"_qs ? 0 : 2024);
    QCOMPARE(l.mileageKm, label == u"주행거리"_qs ? 0 : 26387);
    QCOMPARE(l.engineCc, label == u"배기량"_qs ? 0 : 3982);
    QCOMPARE(l.fuel, label == u"연료"_qs ? Fuel::Unknown : Fuel::Petrol);
    QCOMPARE(l.transmission, label == u"변속기"_qs ? Transmission::Unknown : Transmission::Automatic);
    QCOMPARE(l.color, label == u"색상"_qs ? QString() : u"검정투톤"_qs);
    QCOMPARE(l.powerHp, label == u"최고출력"_qs ? 0 : 557);   // 0 = unknown
    QCOMPARE(r.vin, label == u"차대번호"_qs ? QString() : u"WDC1671871A000000"_qs);
    QCOMPARE(l.price, o.price ? std::optional<qint64>(239'000'000) : std::nullopt);
    QCOMPARE(r.plate, o.plateLink ? u"00가0000"_qs : QString());
    QCOMPARE(r.insuranceCount.has_value(), o.counts);
    QCOMPARE(r.detail.accidents.has_value(), o.counts);
    QCOMPARE(l.photos.size(), 3);   // without og:image the first gallery photo names the folder
    QCOMPARE(l.title, u"벤츠 GLS-클래스 X167 마이바흐 GLS 600 4MATIC"_qs);
}

void TestCarDetail::historyNotDisclosedIsNotZero()
{
    Options hidden;
    hidden.insuranceHidden = true;
    const CarDetailResult r = parseCarDetail(detailPage(hidden), u"2400001"_qs, {}, &m_terms);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!r.insuranceCount);
    QVERIFY(!r.detail.accidents);   // not "0 accidents"
    QCOMPARE(r.repairCount, std::optional<int>(0));
    bool shown = false;
    for (const DetailSection &s : r.detail.sections) {
        for (const DetailField &f : s.fields)
            shown = shown || (f.label == u"보험이력"_qs && f.value == u"미공개"_qs);
    }
    QVERIFY(shown);
}

void TestCarDetail::leaseHasNoPrice()
{
    Options lease;
    lease.lease = true;
    const CarDetailResult r = parseCarDetail(detailPage(lease), u"2400001"_qs, {}, &m_terms);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.lease);
    QVERIFY(!r.detail.listing.price);
    QVERIFY(r.detail.listing.badges.contains(u"리스"_qs));
}

void TestCarDetail::unreadableValuesAreWarnings()
{
    QByteArray page = detailPage();
    page.replace("557마력", "고출력").replace("WDC1671871A000000", "WDC16718*******");
    const CarDetailResult r = parseCarDetail(page, u"2400001"_qs, {}, &m_terms);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.warnings.size(), 2);
    QVERIFY2(r.warnings.at(0).startsWith(u"최고출력 \"고출력\" (line "_qs), qPrintable(r.warnings.at(0)));
    QVERIFY2(r.warnings.at(1).contains(u"is not a 17-character VIN"_qs), qPrintable(r.warnings.at(1)));
    QCOMPARE(r.detail.listing.powerHp, 0);
    QVERIFY(r.vin.isEmpty());
}

void TestCarDetail::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("errorPart");
    QTest::addColumn<bool>("blocked");
    QTest::newRow("block page") << QByteArray("<html><title>보배드림</title><p>Too Many Requests</p></html>") << QByteArray()
                                << u"a block page (\"Too Many Requests\")"_qs << true;
    QTest::newRow("sold / removed") << QByteArray("<html><title>보배드림 중고차</title><p>판매완료된 차량입니다</p></html>")
                                    << QByteArray() << u"not a car page"_qs << false;
    const QByteArray full = detailPage();
    QTest::newRow("truncated before the specs") << full.left(full.indexOf("<ul class=\"spec\">")) << QByteArray()
                                                << u"not a car page"_qs << false;
    QTest::newRow("declared EUC-KR") << full << QByteArray("euc-kr") << u"not valid CP949"_qs << false;
}

void TestCarDetail::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, charset);
    QFETCH(QString, errorPart);
    QFETCH(bool, blocked);
    const CarDetailResult r = parseCarDetail(bytes, u"2400001"_qs, charset, &m_terms);
    QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
    QVERIFY(r.error.startsWith(u"mycar/mview/2400001: "_qs));
    QCOMPARE(r.blocked, blocked);
}

QTEST_GUILESS_MAIN(TestCarDetail)
#include "tst_cardetail.moc"
