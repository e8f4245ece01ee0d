#include "core/sources/bobaedream/bikedetailparser.h"
#include "core/sources/terms.h"
#include "tests/bobaedream/bobaefixtures.h"

#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Bobae;
using namespace CarScout::Test::Bobae;

namespace {

using Fields = QList<QPair<QString, QString>>;   // label → value cell HTML

const QString kPhotoDir = u"https://file4.bobaedream.co.kr/direct_bike/2026/11/"_qs;

Fields specFields()
{
    return {{u"모델명"_qs, u"혼다 CBR650R 똠"_qs},
            {u"판매가격"_qs, u"<span class=\"do_red_b1\">1,090</span> 만원"_qs},
            {u"연식"_qs, u"2021년 4월"_qs},
            {u"주행거리"_qs, u"8,800 km"_qs},
            {u"배기량"_qs, u"649cc"_qs},
            {u"연료"_qs, u"휘발유"_qs},
            {u"변속기"_qs, u"수동 6단"_qs},
            {u"색상"_qs, u"빨간색"_qs},
            {u"유형"_qs, u"레플리카"_qs},
            {u"차량번호"_qs, u"서울 가 0000"_qs},
            {u"사고유무"_qs, u"무사고"_qs},
            {u"튜닝여부"_qs, u"순정"_qs},
            {u"구입경로"_qs, u"신차구입"_qs},
            {u"A/S보증여부"_qs, u"불가"_qs}};
}

Fields sellerFields()
{
    return {{u"이름"_qs, u"데모판매자 (개인)"_qs},
            {u"연락처"_qs, u"<span class=\"do_gray_b1\">010-0000-0000</span> / <span class=\"do_gray_b1\">02-000-0000</span>"_qs},
            {u"지역"_qs, u"서울 마포구"_qs},
            {u"이메일"_qs, u"<a href=\"mailto:demo@example.com\">demo@example.com</a>"_qs},
            {u"업체명"_qs, u"-"_qs},
            {u"네비주소"_qs, u"서울 마포구 데모로 1"_qs}};
}

QString table(const Fields &fields)
{
    QString s = u"<table class=\"info\">\n"_qs;
    for (qsizetype i = 0; i < fields.size(); i += 2) {
        s += u"<tr><td class=\"tit\">"_qs + fields.at(i).first + u"</td><td>"_qs + fields.at(i).second + u"</td>"_qs;
        if (i + 1 < fields.size())
            s += u"<td class=\"tit\">"_qs + fields.at(i + 1).first + u" :</td><td>"_qs + fields.at(i + 1).second + u"</td>"_qs;
        s += u"</tr>\n"_qs;
    }
    return s + u"</table>\n"_qs;
}

QString check(bool on, const QString &name)
{
    return QStringLiteral("<td><img src=\"/images/bike/detail_check0%1.gif\"></td><td>%2</td>").arg(on ? 1 : 2).arg(name);
}

struct DetailOptions
{
    QString without;          // a label left out
    bool bigImage = true;
    bool meta = true;
    bool checks = true;
    bool seller = true;
};

QString detailBody(const DetailOptions &o = {})
{
    Fields spec = specFields();
    Fields seller = sellerFields();
    auto drop = [&o](Fields &f) {
        f.erase(std::remove_if(f.begin(), f.end(), [&o](const auto &p) { return p.first == o.without; }), f.end());
    };
    drop(spec);
    drop(seller);
    QString s = u"<div id=\"photo\">"_qs;
    if (o.bigImage)
        s += u"<img id=\"BigImg\" src=\"//file4.bobaedream.co.kr/direct_bike/2026/11/cb5501_1.jpg\">"_qs;
    s += u"<span id=\"nPhotoNum\">1/3</span><ul class=\"thumbs\">"_qs;
    for (int k = 1; k <= 3; ++k)
        s += QStringLiteral("<li><img src=\"%1cb5501_%2_s1.jpg\"></li>").arg(kPhotoDir).arg(k);
    s += u"</ul></div>\n"_qs;
    s += table(spec);
    if (o.checks) {
        s += u"<table><tr><td class=\"tit\">구비서류</td><td><table><tr>"_qs + check(true, u"등록증"_qs)
            + check(false, u"인감증명서"_qs) + check(true, u"양도증명서"_qs) + u"</tr></table></td></tr>\n"_qs;
        s += u"<tr><td class=\"tit\">판매방법</td><td><table><tr>"_qs + check(false, u"할부"_qs) + check(true, u"현금"_qs)
            + u"</tr></table></td></tr></table>\n"_qs;
    }
    if (o.seller)
        s += u"<table class=\"seller\"><tr><td colspan=\"4\"><strong>판매자 정보</strong></td></tr></table>"_qs + table(seller);
    if (o.meta)
        s += u"<table><tr><td class=\"text_08\">최초등록일 : 2026/11/20 &nbsp;|&nbsp; 조회수 : 1,234 &nbsp;|&nbsp; "
             "찜한회원 : 7</td></tr></table>\n"_qs;
    // Other bikes' ads share the page: their photos must not become this bike's.
    s += u"<div class=\"ad_bikes\"><a href=\"bike_view.php?no=7777\"><img src=\""_qs + kPhotoDir
        + u"cb7777_1_s1.jpg\"></a><img src=\"/images/bike/banner.gif\"></div>\n"_qs;
    return s;
}

QByteArray detailPage(const DetailOptions &o = {})
{
    return bikePage(detailBody(o), u"혼다 CBR650R - 바이크 - 보배드림"_qs);
}

QString fieldValue(const ListingDetail &d, const QString &section, const QString &label)
{
    for (const DetailSection &s : d.sections) {
        if (s.id != section)
            continue;
        for (const DetailField &f : s.fields) {
            if (f.label == label)
                return f.value;
        }
    }
    return u"<absent>"_qs;
}

} // namespace

class TestBikeDetail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullPage();
    void photosOfThisBikeOnly();
    void withoutEachOptionalField_data();
    void withoutEachOptionalField();
    void priceForms_data();
    void priceForms();
    void unreadableValuesAreWarnings();
    void badInput_data();
    void badInput();

private:
    TermDictionary m_terms;
};

void TestBikeDetail::initTestCase()
{
    QString error;
    m_terms = TermDictionary::loadDefault(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestBikeDetail::fullPage()
{
    const BikeDetailResult r = parseBikeDetail(detailPage(), u"5501"_qs, {}, &m_terms);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u"; "_qs)));
    const Listing &l = r.detail.listing;
    QCOMPARE(l.source, u"bobaedream"_qs);
    QCOMPARE(l.id, u"5501"_qs);
    QCOMPARE(r.detail.requestedId, u"5501"_qs);
    QCOMPARE(l.title, u"혼다 CBR650R 똠"_qs);
    QCOMPARE(l.make, u"혼다"_qs);
    QCOMPARE(l.model, u"CBR650R 똠"_qs);
    QCOMPARE(l.makeEn, u"Honda"_qs);
    QCOMPARE(l.price, std::optional<qint64>(10'900'000));
    QCOMPARE(l.currency, u"KRW"_qs);
    QCOMPARE(l.year, 2021);
    QCOMPARE(l.month, 4);
    QCOMPARE(l.mileageKm, 8800);
    QCOMPARE(l.engineCc, 649);
    QCOMPARE(l.fuel, Fuel::Petrol);
    QCOMPARE(l.transmission, Transmission::Manual);
    QCOMPARE(l.color, u"빨간색"_qs);
    QCOMPARE(l.body, u"레플리카"_qs);
    QCOMPARE(l.location, u"서울 마포구"_qs);
    QCOMPARE(l.seller, u"데모판매자"_qs);
    QCOMPARE(r.sellerKind, SellerKind::Private);
    QVERIFY(l.badges.contains(u"개인"_qs));
    QCOMPARE(r.plate, u"서울 가 0000"_qs);
    QCOMPARE(r.phones, (QStringList{u"010-0000-0000"_qs, u"02-000-0000"_qs}));
    QCOMPARE(r.documents, (QStringList{u"등록증"_qs, u"양도증명서"_qs}));
    QCOMPARE(r.saleMethods, QStringList{u"현금"_qs});
    QVERIFY(r.firstRegistered);
    QCOMPARE(*r.firstRegistered, (YearMonth{2026, 11, 20, 0}));
    QCOMPARE(r.views, 1234);
    QCOMPARE(r.favourites, 7);
    QCOMPARE(r.photoTotal, 3);
    QCOMPARE(fieldValue(r.detail, u"spec"_qs, u"사고유무"_qs), u"무사고"_qs);
    QCOMPARE(fieldValue(r.detail, u"spec"_qs, u"A/S보증여부"_qs), u"불가"_qs);
    QCOMPARE(fieldValue(r.detail, u"seller"_qs, u"네비주소"_qs), u"서울 마포구 데모로 1"_qs);
    QCOMPARE(fieldValue(r.detail, u"seller"_qs, u"업체명"_qs), u"<absent>"_qs);   // "-"
    QCOMPARE(fieldValue(r.detail, u"listing"_qs, u"최초등록일"_qs), u"2026/11/20"_qs);
    QCOMPARE(fieldValue(r.detail, u"sale"_qs, u"구비서류"_qs), u"등록증, 양도증명서"_qs);
}

void TestBikeDetail::photosOfThisBikeOnly()
{
    const BikeDetailResult r = parseBikeDetail(detailPage(), u"5501"_qs, {}, &m_terms);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QStringList urls;
    for (const QUrl &u : r.detail.listing.photos)
        urls.append(u.toString());
    // The main image, then the gallery thumbnails at full size (photo 1 once), never cb7777's.
    QCOMPARE(urls, (QStringList{kPhotoDir + u"cb5501_1.jpg"_qs, kPhotoDir + u"cb5501_2.jpg"_qs, kPhotoDir + u"cb5501_3.jpg"_qs}));

    DetailOptions noMain;
    noMain.bigImage = false;
    const BikeDetailResult n = parseBikeDetail(detailPage(noMain), u"5501"_qs, {}, &m_terms);
    QVERIFY2(n.ok(), qPrintable(n.error));
    QCOMPARE(n.detail.listing.photos.size(), 3);
    QVERIFY(n.warnings.join(u' ').contains(u"img#BigImg missing"_qs));
}

void TestBikeDetail::withoutEachOptionalField_data()
{
    QTest::addColumn<QString>("label");
    for (const auto &[label, value] : specFields())
        QTest::newRow(qPrintable(label)) << label;
    for (const auto &[label, value] : sellerFields())
        QTest::newRow(qPrintable(u"seller "_qs + label)) << label;
    QTest::newRow("no checks") << u"@checks"_qs;
    QTest::newRow("no meta line") << u"@meta"_qs;
    QTest::newRow("no seller block") << u"@seller"_qs;
}

void TestBikeDetail::withoutEachOptionalField()
{
    QFETCH(QString, label);
    DetailOptions o;
    o.without = label;
    o.checks = label != u"@checks"_qs;
    o.meta = label != u"@meta"_qs;
    o.seller = label != u"@seller"_qs;
    const BikeDetailResult r = parseBikeDetail(detailPage(o), u"5501"_qs, {}, &m_terms);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u"; "_qs)));
    const Listing &l = r.detail.listing;
    // The missing field is at its "unknown" value; every other field is still read.
    QCOMPARE(l.title, label == u"모델명"_qs ? u"혼다 CBR650R"_qs : u"혼다 CBR650R 똠"_qs);   // <title> fallback
    QCOMPARE(l.price, label == u"판매가격"_qs ? std::nullopt : std::optional<qint64>(10'900'000));
    QCOMPARE(l.year, label == u"연식"_qs ? 0 : 2021);
    QCOMPARE(l.mileageKm, label == u"주행거리"_qs ? 0 : 8800);
    QCOMPARE(l.engineCc, label == u"배기량"_qs ? 0 : 649);
    QCOMPARE(l.fuel, label == u"연료"_qs ? Fuel::Unknown : Fuel::Petrol);
    QCOMPARE(l.transmission, label == u"변속기"_qs ? Transmission::Unknown : Transmission::Manual);
    QCOMPARE(l.color, label == u"색상"_qs ? QString() : u"빨간색"_qs);
    QCOMPARE(l.body, label == u"유형"_qs ? QString() : u"레플리카"_qs);
    QCOMPARE(r.plate, label == u"차량번호"_qs ? QString() : u"서울 가 0000"_qs);
    const bool noSeller = label == u"@seller"_qs;
    QCOMPARE(l.location, noSeller || label == u"지역"_qs ? QString() : u"서울 마포구"_qs);
    QCOMPARE(l.seller, noSeller || label == u"이름"_qs ? QString() : u"데모판매자"_qs);
    QCOMPARE(r.phones.size(), noSeller || label == u"연락처"_qs ? 0 : 2);
    QCOMPARE(r.documents.size(), o.checks ? 2 : 0);
    QCOMPARE(r.views, o.meta ? 1234 : -1);
    QCOMPARE(r.firstRegistered.has_value(), o.meta);
    if (!label.startsWith(u'@')) {
        const Fields sellerLabels = sellerFields();
        const bool sellerLabel = std::any_of(sellerLabels.cbegin(), sellerLabels.cend(),
                                             [&label](const auto &p) { return p.first == label; });
        QCOMPARE(fieldValue(r.detail, sellerLabel ? u"seller"_qs : u"spec"_qs, label), u"<absent>"_qs);
    }
    QCOMPARE(l.photos.size(), 3);
}

void TestBikeDetail::priceForms_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<qint64>("price");   // -1 = none
    QTest::newRow("red span + unit") << u"<span class=\"do_red_b1\">1,090</span> 만원"_qs << qint64(10'900'000);
    QTest::newRow("red span holds the unit") << u"<span class=\"do_red_b1\">1,090만원</span>"_qs << qint64(10'900'000);
    QTest::newRow("red span, no unit") << u"<span class=\"do_red_b1\">1090</span>"_qs << qint64(10'900'000);
    QTest::newRow("plain text") << u"1억 500만원"_qs << qint64(105'000'000);
    QTest::newRow("가격문의") << u"<span class=\"do_red_b1\">가격문의</span>"_qs << qint64(-1);
}

void TestBikeDetail::priceForms()
{
    QFETCH(QString, cell);
    QFETCH(qint64, price);
    QString body = detailBody();
    body.replace(u"<span class=\"do_red_b1\">1,090</span> 만원"_qs, cell);
    const BikeDetailResult r = parseBikeDetail(bikePage(body), u"5501"_qs, {}, &m_terms);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u"; "_qs)));
    QCOMPARE(r.detail.listing.price ? *r.detail.listing.price : -1, price);
}

void TestBikeDetail::unreadableValuesAreWarnings()
{
    QString body = detailBody();
    body.replace(u"2021년 4월"_qs, u"알수없음"_qs).replace(u"8,800 km"_qs, u"많이"_qs);
    body.replace(u"<span class=\"do_red_b1\">1,090</span> 만원"_qs, u"<span class=\"do_red_b1\">싸게</span>"_qs);
    const BikeDetailResult r = parseBikeDetail(bikePage(body), u"5501"_qs, {}, &m_terms);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.warnings.size(), 3);
    QVERIFY2(r.warnings.at(0).startsWith(u"판매가격 \"싸게\" (line "_qs), qPrintable(r.warnings.at(0)));
    QVERIFY2(r.warnings.at(1).startsWith(u"연식 \"알수없음\""_qs), qPrintable(r.warnings.at(1)));
    QVERIFY2(r.warnings.at(2).contains(u"is not a mileage"_qs), qPrintable(r.warnings.at(2)));
    QCOMPARE(r.detail.listing.year, 0);
    QCOMPARE(fieldValue(r.detail, u"spec"_qs, u"연식"_qs), u"알수없음"_qs);   // the text is kept
    QCOMPARE(r.detail.listing.engineCc, 649);
}

void TestBikeDetail::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("errorPart");
    QTest::addColumn<bool>("blocked");
    const QByteArray full = detailPage();
    QTest::newRow("block page") << bikePage(u"<p>보안문자를 입력해 주세요</p>"_qs, u"보배드림"_qs) << QByteArray()
                                << u"a block page (\"보안문자\")"_qs << true;
    QTest::newRow("not a bike page") << bikePage(u"<p>삭제된 매물입니다.</p>"_qs, u"보배드림 바이크"_qs) << QByteArray()
                                     << u"not a bike page (no 모델명/판매가격/연식 … label cells); page title \"보배드림 바이크\""_qs
                                     << false;
    QTest::newRow("CP949 declared UTF-8") << full << QByteArray("UTF-8") << u"not valid UTF-8 at byte offset"_qs << false;
    QTest::newRow("UTF-8 declared EUC-KR")
        << (bikeHead() + detailBody() + u"</body></html>"_qs).toUtf8() << QByteArray("euc-kr") << u"not valid CP949"_qs
        << false;
    QTest::newRow("truncated before the table") << full.left(full.indexOf("<table class=\"info\">")) << QByteArray()
                                                << u"not a bike page"_qs << false;
    QTest::newRow("empty") << QByteArray("   ") << QByteArray() << u"only whitespace"_qs << false;
}

void TestBikeDetail::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, charset);
    QFETCH(QString, errorPart);
    QFETCH(bool, blocked);
    const BikeDetailResult r = parseBikeDetail(bytes, u"5501"_qs, charset, &m_terms);
    QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
    QVERIFY(r.error.startsWith(u"bike_view.php?no=5501: "_qs));
    QCOMPARE(r.blocked, blocked);
}

QTEST_GUILESS_MAIN(TestBikeDetail)
#include "tst_bikedetail.moc"
