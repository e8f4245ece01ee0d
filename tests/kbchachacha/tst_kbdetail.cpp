#include "core/sources/kbchachacha/kbdetailparser.h"
#include "core/sources/kbchachacha/kbvalues.h"
#include "core/sources/terms.h"
#include "tests/common/testsupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Kb;

namespace {

QString field(const ListingDetail &d, const QString &section, const QString &label)
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

// A synthetic detail page in the real page's shape (no captured data).
QByteArray syntheticPage(const QByteArray &jsonLd, const QByteArray &table, const QByteArray &extra = {})
{
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>데모</title>"
           "<script type=\"application/ld+json\">" + jsonLd + "</script></head><body>"
           "<div class=\"car-buy-price\"><strong class=\"car-buy-name\">(00가0001)기아 K5 2.0 프레스티지</strong></div>"
           "<table class=\"detail-info-table\"><tbody>" + table + "</tbody></table>" + extra + "</body></html>";
}

const QByteArray kGoodJsonLd = R"({"@type":"Product","name":"기아 K5 2.0 프레스티지","image":["https://img.kbchachacha.com/IMG/carimg/l/img01/img3001/30011111_1.jpeg"],"brand":{"@type":"Brand","name":"기아"},"offers":{"@type":"Offer","url":"https://www.kbchachacha.com/public/car/detail.kbc?carSeq=30011111","price":"19900000"}})";
const QByteArray kGoodTable = "<tr><th>차량정보</th><td>00가0001</td><th>연식</th><td>21년03월(21년형)</td></tr>"
                              "<tr><th>주행거리</th><td>10,000km</td><th>연료</th><td>LPG</td></tr>"
                              "<tr><th>배기량</th><td>0cc</td></tr>";

} // namespace

class TestKbDetail : public QObject
{
    Q_OBJECT

private slots:
    void samplePage();
    void syntheticPageZeroCc();
    void badInput_data();
    void badInput();
};

void TestKbDetail::samplePage()
{
    CARSCOUT_READ_SAMPLE(html, "kbchachacha/carpage.html");
    const TermDictionary terms = TermDictionary::loadDirectory(CarScout::Test::sourceDir() + u"/resources/terms"_qs);
    const KbDetailResult r = parseDetailPage(html, u"27069369"_qs, {}, &terms);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const ListingDetail &d = r.detail;
    const Listing &l = d.listing;

    // JSON-LD Product
    QCOMPARE(l.source, u"kbchachacha"_qs);
    QCOMPARE(l.id, u"27069369"_qs);
    QCOMPARE(d.requestedId, u"27069369"_qs);
    QCOMPARE(l.url, QUrl(u"https://www.kbchachacha.com/public/car/detail.kbc?carSeq=27069369"_qs));
    QCOMPARE(l.make, u"현대"_qs);
    QCOMPARE(l.makeEn, u"Hyundai"_qs);
    QCOMPARE(r.jsonLdPriceKrw.value_or(-1), qint64(5'500'000));
    QCOMPARE(l.photos.size(), 18);
    for (const QUrl &u : l.photos) {
        QVERIFY2(u.toString().startsWith(u"https://img.kbchachacha.com/IMG/carimg/l/img06/img2706/27069369_"_qs),
                 qPrintable(u.toString()));
        QCOMPARE(photoUrl(l.id, u.path().section(u'/', -1), 0), u);   // the photo rule, original size
    }
    QCOMPARE(QSet<QUrl>(l.photos.begin(), l.photos.end()).size(), 18);

    // Title from the buy box without the plate prefix; the shown current price (520만원) beats JSON-LD's 550.
    QCOMPARE(l.title, u"현대 벨로스터 Turbo GDi Extreme 그레이패키지"_qs);
    QCOMPARE(l.model, u"벨로스터"_qs);
    QCOMPARE(l.trim, u"Turbo GDi Extreme 그레이패키지"_qs);
    QCOMPARE(l.price.value_or(-1), qint64(5'200'000));
    QCOMPARE(field(d, u"price"_qs, u"판매가격"_qs), u"520만원"_qs);
    QCOMPARE(field(d, u"price"_qs, u"이전가격"_qs), u"550만원"_qs);
    QCOMPARE(field(d, u"price"_qs, u"시세안전구간"_qs), u"408~607만원"_qs);
    QCOMPARE(l.currency, u"KRW"_qs);

    // Info table
    static const QRegularExpression plate(u"^\\d{2,3}[가-힣]\\d{4}$"_qs);
    QVERIFY(plate.match(r.plate).hasMatch());
    QCOMPARE(field(d, u"spec"_qs, u"차량정보"_qs), r.plate);
    QCOMPARE(l.year, 2012);
    QCOMPARE(l.month, 6);
    QCOMPARE(r.modelYear, 2013);
    QCOMPARE(l.mileageKm, 124413);
    QCOMPARE(l.fuel, Fuel::Petrol);
    QCOMPARE(l.transmission, Transmission::Automatic);
    QCOMPARE(l.body, u"준중형"_qs);
    QCOMPARE(l.engineCc, 1591);
    QCOMPARE(l.color, u"흰색"_qs);
    QCOMPARE(field(d, u"spec"_qs, u"연비"_qs), u"정보없음"_qs);
    QCOMPARE(field(d, u"spec"_qs, u"세금미납"_qs), u"없음"_qs);
    QCOMPARE(field(d, u"spec"_qs, u"압류"_qs), u"없음"_qs);
    QCOMPARE(field(d, u"spec"_qs, u"저당"_qs), u"없음"_qs);
    QVERIFY(!field(d, u"spec"_qs, u"제시번호"_qs).isEmpty());
    QCOMPARE(l.location, u"인천"_qs);

    // Insurance / ownership summary
    QVERIFY(d.accidents.has_value());
    const AccidentSummary &a = *d.accidents;
    QCOMPARE(field(d, u"accident"_qs, u"보험사고정보"_qs), u"사고있음"_qs);
    QCOMPARE(a.accidentCount, 4);   // the 보험이력 counter of the buy box
    QCOMPARE(a.ownerChanges, 4);
    QCOMPARE(a.totalLoss, false);
    QCOMPARE(a.flood, false);
    QCOMPARE(a.commercialUse, false);
    QCOMPARE(field(d, u"accident"_qs, u"소유자변경"_qs), u"4회"_qs);
    QVERIFY(l.badges.contains(u"보험사고"_qs));
    QVERIFY(l.badges.contains(u"성능점검"_qs));
    QVERIFY(field(d, u"inspection"_qs, u"성능점검기록부"_qs).startsWith(u"https://"_qs));

    // Options: fitted basic options (disabled ones and disabled sub-items dropped) + selected options
    QCOMPARE(d.options, (QStringList{u"내비게이션 (순정)"_qs, u"썬루프 (파노라마)"_qs, u"열선시트 (앞좌석)"_qs,
                                     u"주차감지센서 (후방)"_qs, u"그레이패키지"_qs, u"파노라마선루프"_qs}));

    // Seller and comment (real person data: only the shape is asserted)
    QVERIFY(l.seller.endsWith(u"딜러"_qs));
    QVERIFY(d.description.size() > 200);
    QVERIFY(d.description.contains(u'\n'));
    QVERIFY(!d.description.contains(u"<br"_qs));
}

void TestKbDetail::syntheticPageZeroCc()
{
    const KbDetailResult r = parseDetailPage(syntheticPage(kGoodJsonLd, kGoodTable), u"30011111"_qs);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Listing &l = r.detail.listing;
    QCOMPARE(l.engineCc, 2000);   // 0cc in the table → from the title "2.0"
    QCOMPARE(l.fuel, Fuel::Lpg);
    QCOMPARE(l.price.value_or(-1), qint64(19'900'000));   // no buy-box price: JSON-LD (full KRW)
    QCOMPARE(l.title, u"기아 K5 2.0 프레스티지"_qs);
    QCOMPARE(l.make, u"기아"_qs);
    QCOMPARE(l.year, 2021);
    QVERIFY(!r.detail.accidents.has_value());
    QCOMPARE(l.photos.size(), 1);
}

void TestKbDetail::badInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << u"detail.kbc?carSeq=30011111: empty document (0 bytes)"_qs;
    QTest::newRow("block page")
        << QByteArray("<html><head><title>접속이 차단되었습니다</title></head><body>Access denied</body></html>")
        << u"detail.kbc?carSeq=30011111: not a listing page (no JSON-LD Product and no table.detail-info-table); "
           "page title \"접속이 차단되었습니다\""_qs;
    QTest::newRow("truncated JSON-LD")
        << syntheticPage(kGoodJsonLd.left(60), kGoodTable)
        << u"detail.kbc?carSeq=30011111: JSON-LD <script> at line 1: "_qs;
    QTest::newRow("JSON-LD not Product")
        << syntheticPage(R"({"@type":"Organization","name":"x"})", kGoodTable)
        << u"JSON-LD <script> at line 1: @type is \"Organization\", expected \"Product\""_qs;
    QByteArray badImage = kGoodJsonLd;
    badImage.replace(R"("image":[")", R"("image":[1,")");
    QTest::newRow("image wrong type") << syntheticPage(badImage, kGoodTable) << u"image[0] is not a string"_qs;
    QByteArray badPrice = kGoodJsonLd;
    badPrice.replace(R"("price":"19900000")", R"("price":"call")");
    QTest::newRow("price wrong type") << syntheticPage(badPrice, kGoodTable) << u"offers.price \"call\" is not a number"_qs;
    QByteArray badName = kGoodJsonLd;
    badName.replace(R"("name":"기아 K5 2.0 프레스티지")", R"("name":["x"])");
    QTest::newRow("name wrong type") << syntheticPage(badName, kGoodTable) << u"\"name\" missing or not a string"_qs;
    QByteArray badYear = kGoodTable;
    badYear.replace("21년03월(21년형)", "2021");
    QTest::newRow("year") << syntheticPage(kGoodJsonLd, badYear)
                          << u"table.detail-info-table 연식 \"2021\" (line 1) is not a year like 12년06월(13년형)"_qs;
    QByteArray badKm = kGoodTable;
    badKm.replace("10,000km", "미상");
    QTest::newRow("mileage") << syntheticPage(kGoodJsonLd, badKm) << u"주행거리 \"미상\" (line 1) is not a mileage"_qs;
    QTest::newRow("owner changes")
        << syntheticPage(kGoodJsonLd, kGoodTable, "<div class=\"detail-info02\"><dl><dt>소유자변경</dt><dd>여러번</dd></dl></div>")
        << u"div.detail-info02 소유자변경 \"여러번\" (line 1) is not a count like 4회"_qs;
    QTest::newRow("wrong charset")
        << QByteArray("<html><body><table class=\"detail-info-table\"><tr><th>\xBF\xAC\xBD\xC4</th></tr></table></body></html>")
        << u"detail.kbc?carSeq=30011111: bytes are not valid UTF-8 at byte offset 53"_qs;
}

void TestKbDetail::badInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const KbDetailResult r = parseDetailPage(body, u"30011111"_qs);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(expected), qPrintable(u"got: "_qs + r.error));
}

QTEST_APPLESS_MAIN(TestKbDetail)
#include "tst_kbdetail.moc"
