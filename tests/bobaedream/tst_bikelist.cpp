#include "core/sources/bobaedream/bikelistparser.h"
#include "core/sources/bobaedream/bobaerequests.h"
#include "core/sources/terms.h"
#include "tests/bobaedream/bobaefixtures.h"

#include <QSet>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Bobae;
using namespace CarScout::Test::Bobae;

namespace {

QString cell(const QString &content)
{
    return u"<td>"_qs + content + u"</td>"_qs;
}

// Page 1: a premium ad box repeating bike 1003, a banner row, five bike rows whose columns come in different
// orders, one of them without a year (skipped), 가격문의, and CP949-only syllables (똠, 뷁) in titles.
QString page1Body()
{
    QString s = bikeSearchForm();
    s += u"<div class=\"total\">중고 바이크 총 <b>1,234</b>대</div>\n"_qs;
    s += u"<table class=\"premium\"><tr><td>"_qs + bikeThumb(u"1003"_qs, u"cb1003"_qs) + u"<br>"_qs
        + bikeLink(u"1003"_qs, u"야마하 XMAX300"_qs) + u"</td></tr></table>\n"_qs;
    s += u"<table class=\"list\" width=\"100%\">\n<tr><th>사진</th><th>모델명</th><th>연식</th><th>배기량</th>"
         "<th>주행거리</th><th>가격</th><th>판매자</th><th>지역</th></tr>\n"_qs;
    s += u"<tr class=\"ad\"><td colspan=\"8\"><a href=\"/ad/click.php?id=9\"><img src=\"/images/banner/ad_bike.gif\"></a>"
         "</td></tr>\n"_qs;
    // photo, title, year, cc, km, price, seller, region
    s += u"<tr>"_qs + cell(bikeThumb(u"1001"_qs, u"cb1001"_qs)) + cell(bikeLink(u"1001"_qs, u"혼다 PCX125 ABS"_qs))
        + cell(u"2022"_qs) + cell(u"125cc"_qs) + cell(u"12,345km"_qs) + cell(u"<b class=\"do_red_b1\">320</b>만원"_qs)
        + cell(u"개인"_qs) + cell(u"서울 강남구"_qs) + u"</tr>\n"_qs;
    // title, price, region, seller, km, year, cc, photo — and 가격문의
    s += u"<tr>"_qs + cell(bikeLink(u"1002"_qs, u"스즈키 똠 스페셜 GSX-R600"_qs)) + cell(u"가격문의"_qs)
        + cell(u"경기도 수원시"_qs) + cell(u"업체"_qs) + cell(u"8,000 km"_qs) + cell(u"2019년"_qs) + cell(u"600cc"_qs)
        + cell(bikeThumb(u"1002"_qs, u"cb1002"_qs)) + u"</tr>\n"_qs;
    // seller, region, photo, price, title (with a category/cc sub-line), year with month, km in 만
    s += u"<tr>"_qs + cell(u"딜러"_qs) + cell(u"부산"_qs) + cell(bikeThumb(u"1003"_qs, u"cb1003"_qs))
        + cell(u"1,250 만원"_qs)
        + cell(bikeLink(u"1003"_qs, u"야마하 XMAX300"_qs) + u"<br><span class=\"sub\">스쿠터 | 292cc</span>"_qs)
        + cell(u"2021/05"_qs) + cell(u"1.2만km"_qs) + u"</tr>\n"_qs;
    // no year anywhere: skipped with a warning
    s += u"<tr>"_qs + cell(bikeThumb(u"1004"_qs, u"cb1004"_qs)) + cell(bikeLink(u"1004"_qs, u"대림 시티에이스"_qs))
        + cell(u"정보없음"_qs) + cell(u"110cc"_qs) + cell(u"450만원"_qs) + u"</tr>\n"_qs;
    s += u"<tr>"_qs + cell(bikeLink(u"1005"_qs, u"가와사키 닌자 650 뷁"_qs)) + cell(u"2020 / 649cc"_qs)
        + cell(u"<font color=\"red\">690</font>만원"_qs) + cell(u"(개인)"_qs) + cell(u"제주"_qs) + cell(u"31,000km"_qs)
        + u"</tr>\n"_qs;
    s += u"</table>\n"_qs + pager(1, 3);
    return s;
}

QString page2Body()
{
    QString s = bikeSearchForm() + u"<table>\n"_qs;
    s += u"<tr>"_qs + cell(bikeLink(u"1001"_qs, u"혼다 PCX125 ABS"_qs)) + cell(u"2022"_qs) + cell(u"320만원"_qs) + u"</tr>\n"_qs;
    s += u"<tr>"_qs + cell(bikeLink(u"1006"_qs, u"BMW R1250GS"_qs)) + cell(u"2023"_qs) + cell(u"1254cc"_qs)
        + cell(u"2,890만원"_qs) + u"</tr>\n"_qs;
    s += u"<tr>"_qs + cell(bikeLink(u"1003"_qs, u"야마하 XMAX300"_qs)) + cell(u"2021/05"_qs) + u"</tr>\n"_qs;
    return s + u"</table>\n"_qs + pager(2, 3);
}

QString page3Body()
{
    QString s = bikeSearchForm() + u"<table>\n"_qs;
    s += u"<tr>"_qs + cell(bikeLink(u"1006"_qs, u"BMW R1250GS"_qs)) + cell(u"2023"_qs) + u"</tr>\n"_qs;
    return s + u"</table>\n"_qs + pager(3, 3);
}

} // namespace

class TestBikeList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rows_data();
    void rows();
    void pageFacts();
    void cp949OnlySyllablesDecode();
    void unreadableRowIsAWarning();
    void laterPagesRepeatIds();
    void listItemsInsteadOfTableRows();
    void nestedLayoutRows();
    void badInput_data();
    void badInput();
    void emptyPages_data();
    void emptyPages();

private:
    TermDictionary m_terms;
    BikeListPage m_page;
};

void TestBikeList::initTestCase()
{
    QString error;
    m_terms = TermDictionary::loadDefault(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray bytes = bikePage(page1Body());
    QVERIFY(!bytes.isEmpty());
    QVERIFY2(bytes.contains("\x8c\x63"), "the fixture holds 똠 as its CP949 extension code");
    m_page = parseBikeList(bytes, {}, &m_terms);
    QVERIFY2(m_page.ok(), qPrintable(m_page.error));
}

void TestBikeList::rows_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("make");
    QTest::addColumn<QString>("makeEn");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("cc");
    QTest::addColumn<int>("km");
    QTest::addColumn<qint64>("price");   // -1 = none
    QTest::addColumn<QString>("seller");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("photo");
    QTest::newRow("1001 in column order") << 0 << u"1001"_qs << u"혼다 PCX125 ABS"_qs << u"혼다"_qs << u"Honda"_qs << 2022 << 0
                                          << 125 << 12345 << qint64(3'200'000) << u"개인"_qs << u"서울 강남구"_qs << QString()
                                          << u"https://file4.bobaedream.co.kr/direct_bike/2026/11/cb1001_1.jpg"_qs;
    QTest::newRow("1002 shuffled, 가격문의") << 1 << u"1002"_qs << u"스즈키 똠 스페셜 GSX-R600"_qs << u"스즈키"_qs << u"Suzuki"_qs
                                             << 2019 << 0 << 600 << 8000 << qint64(-1) << u"업체"_qs << u"경기도 수원시"_qs
                                             << QString() << u"https://file4.bobaedream.co.kr/direct_bike/2026/11/cb1002_1.jpg"_qs;
    QTest::newRow("1003 ad box loses to the row") << 2 << u"1003"_qs << u"야마하 XMAX300"_qs << u"야마하"_qs << u"Yamaha"_qs << 2021
                                                  << 5 << 292 << 12000 << qint64(12'500'000) << u"딜러"_qs << u"부산"_qs
                                                  << u"스쿠터"_qs
                                                  << u"https://file4.bobaedream.co.kr/direct_bike/2026/11/cb1003_1.jpg"_qs;
    QTest::newRow("1005 no photo, split cell") << 3 << u"1005"_qs << u"가와사키 닌자 650 뷁"_qs << u"가와사키"_qs << u"Kawasaki"_qs
                                               << 2020 << 0 << 649 << 31000 << qint64(6'900'000) << u"개인"_qs << u"제주"_qs
                                               << QString() << QString();
}

void TestBikeList::rows()
{
    QFETCH(int, index);
    QFETCH(QString, id);
    QFETCH(QString, title);
    QFETCH(QString, make);
    QFETCH(QString, makeEn);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, cc);
    QFETCH(int, km);
    QFETCH(qint64, price);
    QFETCH(QString, seller);
    QFETCH(QString, region);
    QFETCH(QString, category);
    QFETCH(QString, photo);
    QCOMPARE(m_page.results.size(), 4);
    const Listing &l = m_page.results.at(index);
    QCOMPARE(l.source, u"bobaedream"_qs);
    QCOMPARE(l.id, id);
    QCOMPARE(l.title, title);
    QCOMPARE(l.make, make);
    QCOMPARE(l.model, title.mid(make.size() + 1));
    QCOMPARE(l.makeEn, makeEn);
    QCOMPARE(l.year, year);
    QCOMPARE(l.month, month);
    QCOMPARE(l.engineCc, cc);
    QCOMPARE(l.mileageKm, km);
    QCOMPARE(l.price ? *l.price : -1, price);
    QCOMPARE(l.currency, u"KRW"_qs);
    QCOMPARE(l.seller, seller);
    QCOMPARE(l.location, region);
    QCOMPARE(l.body, category);
    QCOMPARE(l.photos.isEmpty() ? QString() : l.photos.first().toString(), photo);
    QCOMPARE(l.url.toString(), u"https://www.bobaedream.co.kr/bike2/bike_view.php?no="_qs + id + u"&gubun=K&ifnew=N"_qs);
    QCOMPARE(m_page.rows.at(index).listing, l);
}

void TestBikeList::pageFacts()
{
    QCOMPARE(m_page.lastPage, 3);
    QCOMPARE(m_page.totalAvailable, 1234);
    QVERIFY(!m_page.noResultsMarker);
    QVERIFY(!m_page.blocked);
    QCOMPARE(m_page.rows.at(1).priceText, u"가격문의"_qs);
    QVERIFY(m_page.results.at(1).badges.contains(u"가격문의"_qs));
}

void TestBikeList::cp949OnlySyllablesDecode()
{
    // Read as plain EUC-KR (KS X 1001) the page would fail at 똠; the CP949 path keeps every syllable.
    QVERIFY(m_page.results.at(1).title.contains(u"똠"_qs));
    QVERIFY(m_page.results.at(3).title.contains(u"뷁"_qs));
    // The declared charset of the response wins over the <meta>, and every Korean label means CP949.
    for (const char *label : {"EUC-KR", "ks_c_5601-1987", "cp949"}) {
        const BikeListPage p = parseBikeList(bikePage(page1Body()), label, &m_terms);
        QVERIFY2(p.ok(), qPrintable(QString::fromLatin1(label) + u": "_qs + p.error));
        QCOMPARE(p.results.at(1).title, u"스즈키 똠 스페셜 GSX-R600"_qs);
    }
}

void TestBikeList::unreadableRowIsAWarning()
{
    QCOMPARE(m_page.warnings.size(), 1);
    const QString w = m_page.warnings.first();
    QVERIFY2(w.contains(u"no=1004"_qs), qPrintable(w));
    QVERIFY2(w.contains(u"4-digit year"_qs), qPrintable(w));
    QVERIFY2(w.contains(u"정보없음"_qs), qPrintable(w));
    QVERIFY2(w.contains(u"line "_qs), qPrintable(w));
}

void TestBikeList::laterPagesRepeatIds()
{
    QSet<QString> seen;
    auto newIds = [&seen](const BikeListPage &p) {
        int n = 0;
        for (const Listing &l : p.results) {
            if (!seen.contains(l.id)) {
                seen.insert(l.id);
                ++n;
            }
        }
        return n;
    };
    const int first = newIds(m_page);
    QCOMPARE(first, 4);
    QVERIFY(shouldFetchNextPage(1, m_page.lastPage, first));

    const BikeListPage p2 = parseBikeList(bikePage(page2Body()), {}, &m_terms);
    QVERIFY2(p2.ok(), qPrintable(p2.error));
    QCOMPARE(p2.results.size(), 3);
    QCOMPARE(newIds(p2), 1);   // 1006; 1001 and 1003 again
    QVERIFY(shouldFetchNextPage(2, p2.lastPage, 1));

    const BikeListPage p3 = parseBikeList(bikePage(page3Body()), {}, &m_terms);
    QVERIFY2(p3.ok(), qPrintable(p3.error));
    QCOMPARE(newIds(p3), 0);
    QVERIFY(!shouldFetchNextPage(3, p3.lastPage, 0));
    QVERIFY(!shouldFetchNextPage(3, 3, 5));    // the pager's last page
    QVERIFY(shouldFetchNextPage(7, 0, 5));     // no pager: on while new ids come
}

void TestBikeList::listItemsInsteadOfTableRows()
{
    // A redesign to cards keeps working: the row is the nearest <li>, cells are its text blocks.
    const QString body = bikeSearchForm() + u"<ul class=\"bike_cards\">"_qs
        + u"<li><div class=\"img\">"_qs + bikeThumb(u"2001"_qs, u"cb2001"_qs) + u"</div><div class=\"info\">"_qs
        + bikeLink(u"2001"_qs, u"<strong>두카티 몬스터 937</strong>"_qs)
        + u"<p><span>2021</span> <span>937cc</span> <span>4,100km</span></p>"
          "<p class=\"price\"><em>1,690</em>만원</p><p>딜러 · 대구</p></div></li>"_qs
        + u"<li><div class=\"info\">"_qs + bikeLink(u"2002"_qs, u"혼다 슈퍼커브 110"_qs)
        + u"<p><span>2024년식</span></p><p>가격문의</p></div></li></ul>"_qs;
    const BikeListPage p = parseBikeList(bikePage(body), {}, &m_terms);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.results.size(), 2);
    const Listing &a = p.results.at(0);
    QCOMPARE(a.title, u"두카티 몬스터 937"_qs);
    QCOMPARE(a.makeEn, u"Ducati"_qs);
    QCOMPARE(a.year, 2021);
    QCOMPARE(a.engineCc, 937);
    QCOMPARE(a.mileageKm, 4100);
    QCOMPARE(a.price, std::optional<qint64>(16'900'000));
    QCOMPARE(a.seller, u"딜러"_qs);
    QCOMPARE(a.location, u"대구"_qs);
    QCOMPARE(p.results.at(1).year, 2024);
    QVERIFY(!p.results.at(1).price);
}

void TestBikeList::nestedLayoutRows()
{
    // Title in an inner table, values in the outer row: the enclosing row (holding only this bike) is read.
    // The second bike's link goes by onclick only.
    const QString body = bikeSearchForm() + u"<table class=\"outer\">"_qs
        + u"<tr><td><table><tr><td>"_qs + bikeThumb(u"3001"_qs, u"cb3001"_qs) + u"</td><td>"_qs
        + bikeLink(u"3001"_qs, u"BMW R1250GS 어드벤처"_qs) + u"</td></tr></table></td><td>2023</td><td>1,254cc</td>"
          "<td>2,890만원</td><td>업체</td></tr>"_qs
        + u"<tr><td><table><tr><td><a href=\"#\" onclick=\"location.href='bike_view.php?no=3002&amp;gubun=K'\">"
          "혼다 골드윙</a></td></tr></table></td><td>2019</td><td>1833cc</td><td>3,100만원</td></tr></table>"_qs;
    const BikeListPage p = parseBikeList(bikePage(body), {}, &m_terms);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QVERIFY2(p.warnings.isEmpty(), qPrintable(p.warnings.join(u"; "_qs)));
    QCOMPARE(p.results.size(), 2);
    QCOMPARE(p.results.at(0).year, 2023);
    QCOMPARE(p.results.at(0).engineCc, 1254);
    QCOMPARE(p.results.at(0).price, std::optional<qint64>(28'900'000));
    QCOMPARE(p.results.at(0).seller, u"업체"_qs);
    QCOMPARE(p.results.at(0).photos.size(), 1);
    QCOMPARE(p.results.at(1).year, 2019);
    QCOMPARE(p.results.at(1).price, std::optional<qint64>(31'000'000));
}

void TestBikeList::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("errorPart");   // empty = ok
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<QStringList>("ids");      // when ok

    const QByteArray full = bikePage(page1Body());
    // Cut in row 1003's price cell (ASCII): the rows before it stay, the pager is gone.
    const qsizetype cut = full.indexOf("1,250");
    QVERIFY(cut > 0);
    QTest::newRow("truncated HTML") << full.left(cut) << QByteArray() << QString() << false
                                    << QStringList{u"1001"_qs, u"1002"_qs};   // 1003: its ad box only (no year)
    // Cut between the two bytes of a Korean syllable: a specific decoding error, not garbage.
    const qsizetype lead = full.indexOf("\x8c\x63");
    QTest::newRow("cut inside a character") << full.left(lead + 1) << QByteArray() << u"truncated multi-byte sequence"_qs
                                            << false << QStringList();
    QTest::newRow("CP949 bytes declared UTF-8") << full << QByteArray("utf-8") << u"not valid UTF-8 at byte offset"_qs
                                                << false << QStringList();
    QTest::newRow("block page") << bikePage(u"<h1>비정상적인 접근이 감지되었습니다.</h1><p>잠시 후 다시 시도해 주세요.</p>"_qs,
                                            u"보배드림 - 접근 제한"_qs)
                                << QByteArray() << u"a block page (\"비정상적인 접근\")"_qs << true << QStringList();
    QTest::newRow("another page") << bikePage(u"<h1>보배드림 커뮤니티</h1><a href=\"/board/list.php\">게시판</a>"_qs,
                                              u"보배드림 커뮤니티"_qs)
                                  << QByteArray() << u"not a list page (titled \"보배드림 커뮤니티\")"_qs << false
                                  << QStringList();
    QTest::newRow("empty body") << QByteArray() << QByteArray() << u"empty document"_qs << false << QStringList();
    const QString noYears = u"<table><tr><td>"_qs + bikeLink(u"9"_qs, u"혼다 A"_qs) + u"</td><td>-</td></tr><tr><td>"_qs
        + bikeLink(u"10"_qs, u"<img src=\"x_s1.jpg\">"_qs) + u"</td><td>2020</td></tr></table>"_qs;
    QTest::newRow("every row unreadable") << bikePage(noYears) << QByteArray() << u"none of the 2 bike row(s) could be read"_qs
                                          << false << QStringList();
}

void TestBikeList::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, charset);
    QFETCH(QString, errorPart);
    QFETCH(bool, blocked);
    QFETCH(QStringList, ids);
    const BikeListPage p = parseBikeList(bytes, charset, &m_terms);
    QCOMPARE(p.blocked, blocked);
    if (!errorPart.isEmpty()) {
        QVERIFY2(p.error.contains(errorPart), qPrintable(p.error));
        QVERIFY(p.error.startsWith(u"bike_list.php: "_qs));
        return;
    }
    QVERIFY2(p.ok(), qPrintable(p.error));
    QStringList got;
    for (const Listing &l : p.results)
        got.append(l.id);
    QCOMPARE(got, ids);
    QCOMPARE(p.lastPage, 0);
}

void TestBikeList::emptyPages_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("marker");
    QTest::newRow("no-results text") << bikeSearchForm() + u"<p>검색된 매물이 없습니다.</p>"_qs << true;
    QTest::newRow("just the form") << bikeSearchForm() << false;
}

void TestBikeList::emptyPages()
{
    QFETCH(QString, body);
    QFETCH(bool, marker);
    const BikeListPage p = parseBikeList(bikePage(body), {}, &m_terms);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QVERIFY(p.results.isEmpty());
    QCOMPARE(p.noResultsMarker, marker);
    QVERIFY(!shouldFetchNextPage(4, 0, 0));
}

QTEST_GUILESS_MAIN(TestBikeList)
#include "tst_bikelist.moc"
