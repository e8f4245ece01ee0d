#include "core/sources/html/htmldocument.h"
#include "core/sources/kbchachacha/kblistparser.h"
#include "core/sources/kbchachacha/kbvalues.h"
#include "core/sources/terms.h"
#include "tests/common/testsupport.h"

#include <QTest>
#include <QUrlQuery>

using namespace CarScout;
using namespace CarScout::Sources::Kb;

// The real capture shared/samples/kbchachacha/filtered-list.html (read at test time, never copied): every card
// checked field by field. Expected values were read off the capture independently (BeautifulSoup).
class TestKbList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleCards_data();
    void sampleCards();
    void sampleSectionsAndResults();
    void sampleLeaseCard();
    void samplePhotoUrlsFollowTheRule();
    void sampleTermsAndContext();
    void badInput_data();
    void badInput();
    void noResultsFragment();
    void adCardErrorsAreWarnings();
    void starPickOnlyPageIsTheResults();
    void reducedPriceKeepsThePreviousOne();
    void unreadableResultCardIsSkippedWithAWarning();
    void noReadableResultCardIsAnError();

private:
    QByteArray m_sample;
    KbListPage m_page;
};

void TestKbList::initTestCase()
{
    const QString dir = CarScout::Test::samplesDir();
    if (!dir.isEmpty()) {
        m_sample = CarScout::Test::readFileOrFail(dir + u"/kbchachacha/filtered-list.html"_qs);
        m_page = parseListPage(m_sample);
    }
}

void TestKbList::sampleCards_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("seq");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("modelYear");
    QTest::addColumn<int>("km");
    QTest::addColumn<QString>("region");
    QTest::addColumn<qint64>("price");   // -1 = none
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("badge");
    QTest::addColumn<QString>("note");
    QTest::addColumn<int>("photos");
    auto row = [](const QString &section, int index, const QString &seq, const QString &title, int year, int month,
                  int modelYear, int km, const QString &region, qint64 price, const QStringList &tags,
                  const QString &badge, const QString &note, int photos) {
        QTest::addRow("%02d %s", index, qPrintable(seq)) << section << index << seq << title << year << month << modelYear
                                                         << km << region << price << tags << badge << note << photos;
    };
    row(u"KB스타픽"_qs, 0, u"27170443"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs, 2023, 5, 2024, 53768, u"경기"_qs, 25700000, QStringList{u"실차주"_qs, u"헛걸음보상"_qs}, u"인증"_qs, u"제조사보증 · 무사고 · 1인소유"_qs, 4);
    row(u"인증 및 진단"_qs, 1, u"27146725"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2024, 5, 2024, 15000, u"대구"_qs, 34990000, QStringList{u"KB보증"_qs, u"헛걸음보상"_qs}, u"진단"_qs, u""_qs, 1);
    row(u"인증 및 진단"_qs, 2, u"26924339"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2023, 5, 2024, 2124, u"경기"_qs, 31990000, QStringList{u"실차주"_qs, u"KB보증"_qs, u"헛걸음보상"_qs}, u"진단"_qs, u""_qs, 1);
    row(u"인증 및 진단"_qs, 3, u"27170443"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs, 2023, 5, 2024, 53768, u"경기"_qs, 25700000, QStringList{u"실차주"_qs, u"헛걸음보상"_qs}, u"인증"_qs, u""_qs, 1);
    row(u"인증 및 진단"_qs, 4, u"26987355"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs, 2023, 6, 2024, 16309, u"경기"_qs, 28600000, QStringList{u"실차주"_qs, u"KB보증"_qs, u"헛걸음보상"_qs}, u"진단"_qs, u""_qs, 1);
    row(u"인증 및 진단"_qs, 5, u"27162686"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2024, 11, 2024, 5386, u"경기"_qs, 32900000, QStringList{u"실차주"_qs, u"KB보증"_qs, u"헛걸음보상"_qs}, u"진단"_qs, u""_qs, 1);
    row(u"인증 및 진단"_qs, 6, u"27036226"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs, 2023, 9, 2024, 20749, u"경기"_qs, 28500000, QStringList{u"실차주"_qs, u"KB보증"_qs, u"헛걸음보상"_qs}, u"진단"_qs, u""_qs, 1);
    row(u"인증 및 진단"_qs, 7, u"27200297"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2024, 6, 2024, 35904, u"경기"_qs, 31490000, QStringList{u"실차주"_qs, u"KB보증"_qs, u"헛걸음보상"_qs}, u"진단"_qs, u""_qs, 1);
    row(u"인증 및 진단"_qs, 8, u"27214325"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2023, 11, 2024, 27807, u"부산"_qs, 34800000, QStringList{u"실차주"_qs, u"KB보증"_qs, u"헛걸음보상"_qs}, u"진단"_qs, u""_qs, 1);
    row(u"인증 및 진단"_qs, 9, u"27213586"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2024, 7, 2024, 24317, u"경기"_qs, 31500000, QStringList{u"실차주"_qs, u"헛걸음보상"_qs}, u"인증"_qs, u""_qs, 1);
    row(u"인증 및 진단"_qs, 10, u"27190165"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2023, 11, 2024, 10009, u"경기"_qs, 33900000, QStringList{u"실차주"_qs, u"KB보증"_qs, u"헛걸음보상"_qs}, u"진단"_qs, u""_qs, 1);
    row(u"인증 및 진단"_qs, 11, u"27019939"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs, 2025, 1, 2025, 20, u"광주"_qs, 30000000, QStringList{u"실차주"_qs, u"KB보증"_qs, u"헛걸음보상"_qs}, u"진단"_qs, u""_qs, 1);
    row(u"인증 및 진단"_qs, 12, u"27162553"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs, 2023, 6, 2024, 31440, u"경기"_qs, 30900000, QStringList{u"실차주"_qs, u"KB보증"_qs, u"헛걸음보상"_qs}, u"진단"_qs, u""_qs, 1);
    row(u"인증 및 진단"_qs, 13, u"27152652"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs, 2024, 10, 2024, 3936, u"경기"_qs, 32300000, QStringList{u"실차주"_qs, u"KB보증"_qs, u"헛걸음보상"_qs}, u"진단"_qs, u""_qs, 1);
    row(u"인증 및 진단"_qs, 14, u"27151734"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2024, 4, 2024, 26422, u"경기"_qs, 33200000, QStringList{u"실차주"_qs, u"KB보증"_qs, u"헛걸음보상"_qs}, u"진단"_qs, u""_qs, 1);
    row(u"인증 및 진단"_qs, 15, u"27148298"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs, 2024, 3, 2024, 33697, u"경기"_qs, 29500000, QStringList{u"실차주"_qs, u"KB보증"_qs, u"헛걸음보상"_qs}, u"진단"_qs, u""_qs, 1);
    row(u"인증 및 진단"_qs, 16, u"26912071"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2023, 8, 2024, 15377, u"경기"_qs, 31900000, QStringList{u"실차주"_qs, u"KB보증"_qs, u"헛걸음보상"_qs}, u"진단"_qs, u""_qs, 1);
    row(u"인증 및 진단"_qs, 17, u"26885631"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2024, 7, 2024, 3486, u"경기"_qs, 33500000, QStringList{u"실차주"_qs, u"KB보증"_qs, u"헛걸음보상"_qs}, u"진단"_qs, u""_qs, 1);
    row(u"전체"_qs, 18, u"27148513"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2024, 4, 2024, 6465, u"대구"_qs, 28500000, QStringList{u"실차주"_qs, u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 19, u"27044104"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2025, 2, 2025, 2488, u"대구"_qs, 34300000, QStringList{u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 20, u"27092204"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2023, 8, 2024, 11316, u"대구"_qs, 29990000, QStringList{u"실차주"_qs, u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 21, u"26445064"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2023, 4, 2024, 16131, u"부산"_qs, 33000000, QStringList{u"실차주"_qs, u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 22, u"26811374"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs, 2024, 9, 2024, 2961, u"경남"_qs, 29100000, QStringList{u"실차주"_qs, u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 23, u"26893672"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs, 2024, 10, 2024, 4495, u"대구"_qs, 29700000, QStringList{u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 24, u"27226154"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2024, 10, 2024, 6029, u"인천"_qs, 34900000, QStringList{u"실차주"_qs, u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 25, u"27202153"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2025, 4, 2025, 3074, u"경기"_qs, 35900000, QStringList{u"실차주"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 26, u"27215563"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs, 2024, 11, 2024, 4508, u"경기"_qs, 24800000, QStringList{u"실차주"_qs, u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 27, u"27214316"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs, 2024, 3, 2024, 26149, u"서울"_qs, 28200000, QStringList{u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 28, u"27212260"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs, 2024, 5, 2024, 8015, u"대전"_qs, 30300000, QStringList{u"실차주"_qs, u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 29, u"27115518"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2025, 3, 2025, 182, u"경기"_qs, 34400000, QStringList{u"실차주"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 30, u"27208447"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2023, 10, 2024, 38036, u"경기"_qs, 32000000, QStringList{u"실차주"_qs, u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 31, u"27203071"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs, 2023, 6, 2024, 76572, u"경기"_qs, 25500000, QStringList{u"실차주"_qs, u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 32, u"27157378"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs, 2024, 8, 2024, 10563, u"서울"_qs, 30400000, QStringList{u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 33, u"27201747"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs, 2023, 6, 2024, 93251, u"경기"_qs, 23700000, QStringList{u"실차주"_qs, u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 34, u"27120587"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2024, 1, 2024, 11500, u"광주"_qs, 34300000, QStringList{u"실차주"_qs, u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 35, u"27102947"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2024, 5, 2024, 9985, u"경기"_qs, 32500000, QStringList{u"실차주"_qs, u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 36, u"27060302"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2024, 4, 2024, 8667, u"경남"_qs, 33500000, QStringList{u"실차주"_qs, u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 37, u"26882538"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs, 2024, 10, 2024, 5786, u"경남"_qs, 27590000, QStringList{u"실차주"_qs, u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 38, u"27016613"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브"_qs, 2024, 7, 2024, 4604, u"경기"_qs, 28200000, QStringList{u"실차주"_qs, u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
    row(u"전체"_qs, 39, u"26841854"_qs, u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs, 2025, 1, 2025, 1270, u"경기"_qs, -1, QStringList{u"실차주"_qs, u"헛걸음보상"_qs}, u""_qs, u""_qs, 1);
}

void TestKbList::sampleCards()
{
    if (m_sample.isEmpty())
        CARSCOUT_SAMPLES_ABSENT();
    QVERIFY2(m_page.ok(), qPrintable(m_page.error));
    QFETCH(QString, section);
    QFETCH(int, index);
    QFETCH(QString, seq);
    QFETCH(QString, title);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, modelYear);
    QFETCH(int, km);
    QFETCH(QString, region);
    QFETCH(qint64, price);
    QFETCH(QStringList, tags);
    QFETCH(QString, badge);
    QFETCH(QString, note);
    QFETCH(int, photos);

    QVERIFY(index < m_page.cards.size());
    const KbCard &card = m_page.cards.at(index);
    const Listing &l = card.listing;
    QCOMPARE(card.index, index);
    QCOMPARE(card.section, section);
    QCOMPARE(l.source, u"kbchachacha"_qs);
    QCOMPARE(l.id, seq);
    QCOMPARE(l.title, title);
    QCOMPARE(l.make, u"현대"_qs);
    QCOMPARE(l.model, u"쏘나타 디 엣지(DN8)"_qs);
    QVERIFY(l.trim.startsWith(u"1.6 터보 "_qs));
    QCOMPARE(l.year, year);
    QCOMPARE(l.month, month);
    QCOMPARE(card.modelYear, modelYear);
    QCOMPARE(l.mileageKm, km);
    QCOMPARE(l.location, region);
    QCOMPARE(l.currency, u"KRW"_qs);
    if (price < 0) {
        QVERIFY(!l.price.has_value());
    } else {
        QVERIFY(l.price.has_value());
        QCOMPARE(*l.price, price);
    }
    QCOMPARE(card.tags, tags);
    QCOMPARE(card.badge, badge);
    QCOMPARE(card.note, note);
    for (const QString &t : tags)
        QVERIFY(l.badges.contains(t));
    if (!badge.isEmpty())
        QCOMPARE(l.badges.first(), badge);
    QCOMPARE(l.url, QUrl(u"https://www.kbchachacha.com/public/car/detail.kbc?carSeq="_qs + seq));
    QCOMPARE(l.engineCc, 1600);   // "1.6 터보" in every title
    QCOMPARE(l.photos.size(), photos);
    for (const QUrl &u : l.photos) {
        QCOMPARE(u.host(), u"img.kbchachacha.com"_qs);
        QVERIFY2(u.path().startsWith(u"/IMG/carimg/l/"_qs + photoFolder(seq) + u'/' + seq + u'_'), qPrintable(u.toString()));
        QCOMPARE(u.query(), u"width=720"_qs);
    }
}

void TestKbList::sampleSectionsAndResults()
{
    if (m_sample.isEmpty())
        CARSCOUT_SAMPLES_ABSENT();
    QVERIFY2(m_page.ok(), qPrintable(m_page.error));
    QVERIFY2(m_page.warnings.isEmpty(), qPrintable(m_page.warnings.join(u'\n')));
    QCOMPARE(m_page.sections, (QStringList{u"KB스타픽"_qs, u"인증 및 진단"_qs, u"전체"_qs}));
    QCOMPARE(m_page.cards.size(), 40);
    QHash<QString, int> perSection;
    for (const KbCard &c : m_page.cards)
        ++perSection[c.section];
    QCOMPARE(perSection.value(u"KB스타픽"_qs), 1);
    QCOMPARE(perSection.value(u"인증 및 진단"_qs), 17);
    QCOMPARE(perSection.value(u"전체"_qs), 22);
    // Only 전체 counts; the ad car shown in both ad sections (27170443) is not a result.
    QCOMPARE(m_page.results.size(), 22);
    QSet<QString> ids;
    for (const Listing &l : m_page.results) {
        QVERIFY(!ids.contains(l.id));
        ids.insert(l.id);
    }
    QVERIFY(!ids.contains(u"27170443"_qs));
    QCOMPARE(m_page.results.first().id, u"27148513"_qs);
    QCOMPARE(m_page.results.last().id, u"26841854"_qs);
    int adDuplicates = 0;
    for (const KbCard &c : m_page.cards)
        adDuplicates += c.listing.id == u"27170443"_qs ? 1 : 0;
    QCOMPARE(adDuplicates, 2);

    // The same page twice: results are deduplicated by carSeq within a page.
    const QByteArray twice = m_sample + m_sample;
    const KbListPage doubled = parseListPage(twice);
    QVERIFY2(doubled.ok(), qPrintable(doubled.error));
    QCOMPARE(doubled.cards.size(), 80);
    QCOMPARE(doubled.results.size(), 22);
}

void TestKbList::sampleLeaseCard()
{
    if (m_sample.isEmpty())
        CARSCOUT_SAMPLES_ABSENT();
    const KbCard &lease = m_page.cards.last();
    QCOMPARE(lease.listing.id, u"26841854"_qs);
    QVERIFY(lease.lease);
    QVERIFY(!lease.listing.price.has_value());   // a monthly lease takeover amount is not a price
    QCOMPARE(lease.priceText, u"리스승계 월68만원"_qs);
    QVERIFY(lease.listing.badges.contains(u"리스승계"_qs));
}

// Every car photo URL in the capture, as served (not normalised), is what photoUrl() builds from carSeq and the
// file name: the rule checked against real data, including the d = 0 → img10 cars.
void TestKbList::samplePhotoUrlsFollowTheRule()
{
    if (m_sample.isEmpty())
        CARSCOUT_SAMPLES_ABSENT();
    const Html::HtmlDocument doc = Html::HtmlDocument::parse(m_sample);
    QVERIFY(doc.isValid());
    int checked = 0, folder10 = 0;
    for (const Html::HtmlNode &img : doc.select("//img[contains(@src, '/IMG/carimg/')]")) {
        const QUrl src(img.attribute("src"));
        const QString file = src.path().section(u'/', -1);
        const QString seq = file.section(u'_', 0, 0);
        const int width = QUrlQuery(src).queryItemValue(u"width"_qs).toInt();
        QCOMPARE(photoUrl(seq, file, width), src);
        ++checked;
        folder10 += seq.at(3) == u'0' ? 1 : 0;
    }
    QCOMPARE(checked, 43);     // 40 cards, the ad card with 4 photos
    QCOMPARE(folder10, 6);     // 27200297, 27202153, 27208447, 27203071, 27201747, 27102947
}

void TestKbList::sampleTermsAndContext()
{
    if (m_sample.isEmpty())
        CARSCOUT_SAMPLES_ABSENT();
    const Sources::TermDictionary terms =
        Sources::TermDictionary::loadDirectory(CarScout::Test::sourceDir() + u"/resources/terms"_qs);
    KbListContext ctx;
    ctx.terms = &terms;
    ctx.fuel = Fuel::Petrol;
    ctx.transmission = Transmission::Automatic;
    ctx.knownModel = u"쏘나타 디 엣지(DN8)"_qs;
    const KbListPage page = parseListPage(m_sample, "utf-8", ctx);
    QVERIFY2(page.ok(), qPrintable(page.error));
    for (const Listing &l : page.results) {
        QCOMPARE(l.makeEn, u"Hyundai"_qs);
        QCOMPARE(l.fuel, Fuel::Petrol);
        QCOMPARE(l.transmission, Transmission::Automatic);
        QCOMPARE(l.model, u"쏘나타 디 엣지(DN8)"_qs);
    }
}

void TestKbList::badInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("expected");
    const QByteArray card = "<div class=\"area\" data-car-seq=\"30001234\"><a href=\"/public/car/detail.kbc?carSeq=30001234\">"
                            "<strong class=\"tit\">기아 K5</strong><div class=\"data-line\"><span>21/03식(21년형)</span>"
                            "<span>10,000km</span><span>서울</span></div></a><span class=\"price\">1,990만원</span></div>";
    QTest::newRow("empty body") << QByteArray() << QByteArray() << u"list.empty: empty document (0 bytes)"_qs;
    QTest::newRow("whitespace body") << QByteArray("\r\n  ") << QByteArray() << u"list.empty: document holds only whitespace"_qs;
    QTest::newRow("block page")
        << QByteArray("<html><head><title>Access Denied</title></head><body><h1>차단되었습니다</h1></body></html>")
        << QByteArray() << u"list.empty: got a full HTML page titled \"Access Denied\" instead of the list fragment"_qs;
    QTest::newRow("no result section, unreadable card")
        << QByteArray("<div><h2 class=\"title\">인증 및 진단</h2>" + QByteArray(card).replace("10,000km", "km") + "</div>") << QByteArray()
        << u"list.empty: no readable card and no result section (<h2> \"전체\"); found section(s) [인증 및 진단]; "
           u"list.empty: skipped card #1 (carSeq 30001234"_qs;
    QTest::newRow("wrong charset: euc-kr bytes")
        << QByteArray("<div><h2>\xC0\xFC\xC3\xBC</h2></div>") << QByteArray()
        << u"list.empty: bytes are not valid UTF-8 at byte offset 9"_qs;
    QTest::newRow("declared utf-8 but euc-kr")
        << QByteArray("<div><h2>ok</h2><p>\xB1\xE2\xBE\xC6</p></div>") << QByteArray("utf-8")
        << u"list.empty: bytes are not valid UTF-8 at byte offset 19"_qs;
    QByteArray badSeq = card;
    badSeq.replace("data-car-seq=\"30001234\"", "data-car-seq=\"30A1\"");
    QTest::newRow("car-seq not a number") << QByteArray("<h2>전체</h2>" + badSeq) << QByteArray()
                                          << u"list.empty: none of the 1 card(s) of the result section could be read; "
                                             u"the first: card #1 (line 1): data-car-seq \"30A1\" is not a number"_qs;
    QByteArray noTitle = card;
    noTitle.replace("<strong class=\"tit\">기아 K5</strong>", "");
    QTest::newRow("title missing") << QByteArray("<h2>전체</h2>" + noTitle) << QByteArray()
                                   << u"card #1 (carSeq 30001234, section \"전체\", line 1): strong.tit (title) missing or empty"_qs;
    QByteArray badReg = card;
    badReg.replace("21/03식(21년형)", "2021년식");
    QTest::newRow("registration") << QByteArray("<h2>전체</h2>" + badReg) << QByteArray()
                                  << u"div.data-line span[1] \"2021년식\" is not a registration like 23/05식(24년형)"_qs;
    QByteArray badKm = card;
    badKm.replace("10,000km", "만km");
    QTest::newRow("mileage") << QByteArray("<h2>전체</h2>" + badKm) << QByteArray()
                             << u"div.data-line span[2] \"만km\" is not a mileage like 53,768km"_qs;
    QByteArray shortLine = card;
    shortLine.replace("<span>10,000km</span><span>서울</span>", "");
    QTest::newRow("data-line spans") << QByteArray("<h2>전체</h2>" + shortLine) << QByteArray()
                                     << u"div.data-line has 1 span(s), expected 3"_qs;
    QByteArray badPrice = card;
    badPrice.replace("1,990만원", "1,990달러");
    QTest::newRow("price") << QByteArray("<h2>전체</h2>" + badPrice) << QByteArray()
                           << u"span.price \"1,990달러\" is not an amount like 2,570만원"_qs;
    QTest::newRow("truncated mid-card")
        << QByteArray("<h2>전체</h2>" + card.left(card.indexOf("<div class=\"data-line\">") + 30)) << QByteArray()
        << u"card #1 (carSeq 30001234, section \"전체\", line 1): div.data-line has 1 span(s)"_qs;
    QTest::newRow("json instead of html") << QByteArray("{\"status\":500,\"message\":\"ERROR\"}") << QByteArray()
                                          << u"list.empty: no readable card and no result section (<h2> \"전체\"); found section(s) []"_qs;
}

void TestKbList::badInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, charset);
    QFETCH(QString, expected);
    const KbListPage page = parseListPage(body, charset);
    QVERIFY(!page.ok());
    QVERIFY2(page.error.contains(expected), qPrintable(u"got: "_qs + page.error));
    QVERIFY(page.results.isEmpty());
}

void TestKbList::noResultsFragment()
{
    const KbListPage empty = parseListPage("<div class=\"cs-list02 generalRegist\"><h2 class=\"title\">전체</h2>"
                                           "<div class=\"list-in\"></div></div>");
    QVERIFY2(empty.ok(), qPrintable(empty.error));
    QVERIFY(empty.results.isEmpty());
    const KbListPage marker = parseListPage("<div class=\"no-data\"><p>검색결과가 없습니다.</p></div>");
    QVERIFY2(marker.ok(), qPrintable(marker.error));
    QVERIFY(marker.noResultsMarker);
}

void TestKbList::adCardErrorsAreWarnings()
{
    const QByteArray html = "<h2>KB스타픽</h2><div class=\"area\" data-car-seq=\"1\"><strong class=\"tit\">x y</strong></div>"
                            "<h2>전체</h2><div class=\"area\" data-car-seq=\"30001234\"><strong class=\"tit\">기아 K5 2.0</strong>"
                            "<div class=\"data-line\"><span>21/03식</span><span>10km</span><span>서울</span></div>"
                            "<span class=\"price\">1억 2,300만원</span><img src=\"/images/common/noimage.jpg\"></div>";
    const KbListPage page = parseListPage(html);
    QVERIFY2(page.ok(), qPrintable(page.error));
    QCOMPARE(page.warnings.size(), 1);
    QVERIFY(page.warnings.first().contains(u"div.data-line has 0 span(s)"_qs));
    QCOMPARE(page.results.size(), 1);
    const Listing &l = page.results.first();
    QCOMPARE(*l.price, qint64(123000000));
    QCOMPARE(l.year, 2021);
    QCOMPARE(l.month, 3);
    QVERIFY(l.photos.isEmpty());
    QCOMPARE(l.make, u"기아"_qs);
    QCOMPARE(l.model, u"K5"_qs);
    QCOMPARE(l.trim, u"2.0"_qs);
    QCOMPARE(l.engineCc, 2000);
}

namespace {

QByteArray fixture(const char *name)
{
    return CarScout::Test::readFileOrFail(CarScout::Test::sourceDir() + u"/tests/kbchachacha/data/"_qs + QLatin1StringView(name));
}

} // namespace

// An unfiltered list can come back with only the KB스타픽 ad heading over the cards: they are the results.
void TestKbList::starPickOnlyPageIsTheResults()
{
    const KbListPage page = parseListPage(fixture("starpick-only.html"));
    QVERIFY2(page.ok(), qPrintable(page.error));
    QVERIFY(page.promotedOnly);
    QCOMPARE(page.sections, QStringList{u"KB스타픽"_qs});
    QCOMPARE(page.results.size(), 2);
    QCOMPARE(page.results.at(0).id, u"30010001"_qs);
    QCOMPARE(page.results.at(1).id, u"30010002"_qs);
    for (const Listing &l : page.results)
        QCOMPARE(l.badges.first(), u"promoted"_qs);
    QCOMPARE(page.results.at(1).badges, QStringList{u"promoted"_qs} << u"무사고"_qs << u"1인소유"_qs);
    // The third card's mileage is unreadable: skipped, named in a warning, the rest kept.
    QCOMPARE(page.warnings.size(), 1);
    const QString w = page.warnings.first();
    QVERIFY2(w.contains(u"carSeq 30010003"_qs) && w.contains(u"section \"KB스타픽\""_qs) && w.contains(u"line "_qs)
                 && w.contains(u"\"주행거리 미상\" is not a mileage"_qs),
             qPrintable(w));
}

void TestKbList::reducedPriceKeepsThePreviousOne()
{
    const KbListPage starPick = parseListPage(fixture("starpick-only.html"));
    const Listing &reduced = starPick.results.at(0);
    QCOMPARE(reduced.price, std::optional<qint64>(28'200'000));
    QCOMPARE(reduced.pricePrev, std::optional<qint64>(32'000'000));
    QVERIFY(reduced.badges.contains(u"price reduced"_qs));
    const Listing &plain = starPick.results.at(1);
    QCOMPARE(plain.price, std::optional<qint64>(19'500'000));
    QVERIFY(!plain.pricePrev);
    QVERIFY(!plain.badges.contains(u"price reduced"_qs));

    // The struck-through amount beside span.price (inside strong.pay) counts too.
    const QByteArray beside = "<h2>전체</h2><div class=\"area\" data-car-seq=\"30001234\"><strong class=\"tit\">기아 K5</strong>"
                              "<div class=\"data-line\"><span>21/03식</span><span>10km</span><span>서울</span></div>"
                              "<strong class=\"pay\"><span class=\"price\">1억 500<span>만원</span></span>"
                              "<del>1억 1,000만원</del></strong></div>";
    const KbListPage page = parseListPage(beside);
    QVERIFY2(page.ok(), qPrintable(page.error));
    QCOMPARE(page.results.size(), 1);
    QCOMPARE(page.results.first().price, std::optional<qint64>(105'000'000));
    QCOMPARE(page.results.first().pricePrev, std::optional<qint64>(110'000'000));

    // An unreadable struck-through amount is a reason to skip the card, named.
    QByteArray bad = beside;
    bad.replace("<del>1억 1,000만원</del>", "<del>할인</del>");
    const KbListPage badPage = parseListPage(bad);
    QVERIFY(!badPage.ok());
    QVERIFY2(badPage.error.contains(u"the struck-through price \"할인\" is not an amount"_qs), qPrintable(badPage.error));
}

void TestKbList::unreadableResultCardIsSkippedWithAWarning()
{
    const KbListPage page = parseListPage(fixture("results-with-bad-card.html"));
    QVERIFY2(page.ok(), qPrintable(page.error));
    QVERIFY(!page.promotedOnly);
    QCOMPARE(page.sections, (QStringList{u"KB스타픽"_qs, u"인증 및 진단"_qs, u"전체"_qs}));
    QCOMPARE(page.cards.size(), 4);
    QCOMPARE(page.results.size(), 2);
    QCOMPARE(page.results.at(0).id, u"30020003"_qs);
    QCOMPARE(page.results.at(0).pricePrev, std::optional<qint64>(32'000'000));
    QCOMPARE(page.results.at(1).id, u"30020005"_qs);
    QVERIFY(!page.results.at(1).badges.contains(u"promoted"_qs));
    QCOMPARE(page.warnings.size(), 1);
    const QString w = page.warnings.first();
    QVERIFY2(w.startsWith(u"list.empty: skipped card #4 (carSeq 30020004, section \"전체\", line "_qs)
                 && w.contains(u"span.price \"가격상담만원\" is not an amount"_qs),
             qPrintable(w));
}

void TestKbList::noReadableResultCardIsAnError()
{
    // Every result card unreadable (a changed site) must not pass for an empty page.
    const QByteArray html = "<h2>KB스타픽</h2><div class=\"area\" data-car-seq=\"30001111\"><strong class=\"tit\">기아 K5</strong>"
                            "<div class=\"data-line\"><span>21/03식</span><span>10km</span></div></div>"
                            "<h2>전체</h2><div class=\"area\" data-car-seq=\"30001234\"><strong class=\"tit\">기아 K5</strong></div>"
                            "<div class=\"area\" data-car-seq=\"30001235\"><strong class=\"tit\">기아 K3</strong></div>";
    const KbListPage page = parseListPage(html);
    QVERIFY(!page.ok());
    QVERIFY2(page.error.startsWith(u"list.empty: none of the 2 card(s) of the result section could be read; the first: "
                                   u"card #2 (carSeq 30001234"_qs),
             qPrintable(page.error));
    QCOMPARE(page.warnings.size(), 2);
}

QTEST_APPLESS_MAIN(TestKbList)
#include "tst_kblist.moc"
