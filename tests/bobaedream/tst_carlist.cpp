#include "core/sources/bobaedream/bobaerequests.h"
#include "core/sources/bobaedream/carlistparser.h"
#include "core/sources/terms.h"

#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Bobae;

namespace {

const QString kPds = u"https://file2.bobaedream.co.kr/pds/CyberCar/"_qs;

QString item(const QString &no, const QString &title, const QString &data, const QString &price, bool photo = true)
{
    QString s = u"<li class=\"item\"><a href=\"/mycar/mview/"_qs + no + u"\">"_qs;
    if (photo)
        s += u"<div class=\"thumb\"><img src=\"//file2.bobaedream.co.kr/pds/CyberCar/3/"_qs + no + u"/img_"_qs + no
            + u"_1.jpg\" alt=\"\"></div>"_qs;
    s += u"<div class=\"info\">"_qs;
    if (!title.isEmpty())
        s += u"<span class=\"title\">"_qs + title + u"</span>"_qs;
    s += u"<span class=\"data\">"_qs + data + u"</span>"_qs;
    if (!price.isEmpty())
        s += u"<div class=\"price-area\"><strong class=\"price\">"_qs + price + u"</strong><span class=\"unit\">만원</span></div>"_qs;
    return s + u"</div></a></li>\n"_qs;
}

QByteArray page(const QString &body, const QString &title = u"중고차 매물 - 보배드림"_qs)
{
    return (u"<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width\"><title>"_qs
            + title + u"</title></head><body>\n"_qs + body + u"</body></html>\n"_qs)
        .toUtf8();
}

QString listBody()
{
    QString s = u"<header><a href=\"/\">보배드림</a></header><ul class=\"list-car\">\n"_qs;
    s += item(u"2300001"_qs, u"현대 디 올 뉴 그랜저(GN7) 2.5 프리미엄"_qs, u"23/05(24년형) · 12,000km · 가솔린 · 서울"_qs,
              u"3,650"_qs);
    s += item(u"2300002"_qs, u"기아 쏘렌토 4세대(MQ4) 1.6 터보 하이브리드"_qs, u"2024/10 · 3,100km · 하이브리드 · 경기"_qs,
              u"4,280"_qs);
    s += item(u"2300003"_qs, QString(), u"2020/01 · 80,000km"_qs, u"1,500"_qs);   // no title: skipped
    s += item(u"2300004"_qs, u"테슬라 모델 3 롱레인지"_qs, u"21/03/02 · 41,000km · 전기"_qs, u"2,000"_qs, false);
    // the same car again in a "recommended" strip: one listing
    s += item(u"2300001"_qs, u"현대 디 올 뉴 그랜저(GN7) 2.5 프리미엄"_qs, u""_qs, u"3,650"_qs);
    return s + u"</ul>\n"_qs;
}

} // namespace

class TestCarList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void items_data();
    void items();
    void skippedItemIsAWarning();
    void modelFilterIsByTitle_data();
    void modelFilterIsByTitle();
    void endAndBadPages_data();
    void endAndBadPages();

private:
    TermDictionary m_terms;
    CarListPage m_page;
};

void TestCarList::initTestCase()
{
    QString error;
    m_terms = TermDictionary::loadDefault(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_page = parseCarList(page(listBody()), "utf-8", &m_terms);
    QVERIFY2(m_page.ok(), qPrintable(m_page.error));
}

void TestCarList::items_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("make");
    QTest::addColumn<QString>("makeEn");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("km");
    QTest::addColumn<QString>("fuel");
    QTest::addColumn<QString>("region");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<int>("photos");
    QTest::newRow("YY/MM(YY년형)") << 0 << u"2300001"_qs << u"현대"_qs << u"Hyundai"_qs << 2023 << 5 << 12000 << u"petrol"_qs
                                   << u"서울"_qs << qint64(36'500'000) << 1;
    QTest::newRow("YYYY/MM") << 1 << u"2300002"_qs << u"기아"_qs << u"Kia"_qs << 2024 << 10 << 3100 << u"hybrid_petrol"_qs
                             << u"경기"_qs << qint64(42'800'000) << 1;
    QTest::newRow("price 2,000 is not a year") << 2 << u"2300004"_qs << u"테슬라"_qs << u"Tesla"_qs << 2021 << 3 << 41000
                                               << u"electric"_qs << QString() << qint64(20'000'000) << 0;
}

void TestCarList::items()
{
    QFETCH(int, index);
    QFETCH(QString, id);
    QFETCH(QString, make);
    QFETCH(QString, makeEn);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, km);
    QFETCH(QString, fuel);
    QFETCH(QString, region);
    QFETCH(qint64, price);
    QFETCH(int, photos);
    QCOMPARE(m_page.results.size(), 3);
    const Listing &l = m_page.results.at(index);
    QCOMPARE(l.source, u"bobaedream_cars"_qs);
    QCOMPARE(l.id, id);
    QCOMPARE(l.url.toString(), u"https://m.bobaedream.co.kr/mycar/mview/"_qs + id);
    QCOMPARE(l.make, make);
    QCOMPARE(l.makeEn, makeEn);
    QVERIFY(l.title.startsWith(make + u' '));
    QCOMPARE(l.model, l.title.mid(make.size() + 1));
    QCOMPARE(l.year, year);
    QCOMPARE(l.month, month);
    QCOMPARE(l.mileageKm, km);
    QCOMPARE(fuelKey(l.fuel), fuel);
    QCOMPARE(l.location, region);
    QCOMPARE(l.price, std::optional<qint64>(price));
    QCOMPARE(l.currency, u"KRW"_qs);
    QCOMPARE(l.photos.size(), photos);
    if (photos)
        QCOMPARE(l.photos.first().toString(), kPds + u"3/"_qs + id + u"/img_"_qs + id + u"_1.jpg"_qs);
}

void TestCarList::skippedItemIsAWarning()
{
    QCOMPARE(m_page.warnings.size(), 1);
    QVERIFY2(m_page.warnings.first().startsWith(u"car 2300003 (line "_qs), qPrintable(m_page.warnings.first()));
    QVERIFY(m_page.warnings.first().contains(u"no title"_qs));
}

void TestCarList::modelFilterIsByTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("match");
    QTest::newRow("exact word") << u"현대 그랜저 IG 2.4"_qs << u"그랜저"_qs << true;
    QTest::newRow("spacing differs") << u"폴스타 폴스타 2 롱레인지"_qs << u"폴스타2"_qs << true;
    QTest::newRow("case") << u"볼보 c40 리차지"_qs << u"C40"_qs << true;
    QTest::newRow("other model") << u"현대 쏘나타 DN8"_qs << u"그랜저"_qs << false;
    QTest::newRow("no model") << u"현대 쏘나타 DN8"_qs << QString() << false;
}

void TestCarList::modelFilterIsByTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, model);
    QFETCH(bool, match);
    QCOMPARE(titleHasModel(title, model), match);
}

void TestCarList::endAndBadPages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorPart");   // empty = ok and empty (the end of the list)
    QTest::addColumn<bool>("blocked");
    QTest::newRow("past the last page") << page(u"<p class=\"none\">등록된 차량이 없습니다.</p>"_qs) << QString() << false;
    QTest::newRow("block page") << page(u"<p>Access Denied</p>"_qs, u"403"_qs) << u"a block page (\"Access Denied\")"_qs << true;
    QTest::newRow("not Bobaedream") << page(u"<p>Welcome</p>"_qs, u"Router login"_qs)
                                    << u"no /mycar/mview/ links and not a Bobaedream page (titled \"Router login\")"_qs << false;
    QTest::newRow("EUC-KR bytes as UTF-8") << QByteArray("<html><title>\xba\xb8\xb9\xe8</title></html>")
                                           << u"not valid UTF-8 at byte offset 13"_qs << false;
    const QByteArray full = page(listBody());
    QTest::newRow("truncated") << full.left(full.indexOf("2300002")) << QString(u"keep"_qs) << false;
}

void TestCarList::endAndBadPages()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorPart);
    QFETCH(bool, blocked);
    const CarListPage p = parseCarList(bytes, {}, &m_terms);
    QCOMPARE(p.blocked, blocked);
    if (errorPart == u"keep"_qs) {
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.results.size(), 1);   // cut inside the second item's href: the first car stays
        QCOMPARE(p.results.first().id, u"2300001"_qs);
        return;
    }
    if (errorPart.isEmpty()) {
        QVERIFY2(p.ok(), qPrintable(p.error));
        QVERIFY(p.results.isEmpty());
        QVERIFY(!shouldFetchNextPage(66, 0, 0));
        return;
    }
    QVERIFY2(p.error.contains(errorPart), qPrintable(p.error));
    QVERIFY(p.error.startsWith(u"mycar/mlist: "_qs));
}

QTEST_GUILESS_MAIN(TestCarList)
#include "tst_carlist.moc"
