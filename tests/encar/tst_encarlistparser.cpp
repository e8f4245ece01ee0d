// The Encar list parser against the real 40-item capture (read at test time) and against bad input.

#include "core/sources/encar/encarlistparser.h"
#include "core/sources/terms.h"
#include "tests/common/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Encar;

class TestEncarListParser : public QObject
{
    Q_OBJECT

private:
    TermDictionary m_terms;

    // A synthetic item with every required field; `extra` ("Key":value,… as JSON text) replaces or adds fields.
    static QByteArray item(const QString &extra = {})
    {
        QJsonObject o{{u"Id"_qs, u"100"_qs}, {u"Manufacturer"_qs, u"현대"_qs}, {u"Model"_qs, u"아반떼"_qs},
                      {u"Badge"_qs, u"1.6"_qs}, {u"Year"_qs, 202001}, {u"Mileage"_qs, 1000}, {u"Price"_qs, 1500},
                      {u"FuelType"_qs, u"가솔린"_qs}, {u"Transmission"_qs, u"오토"_qs}};
        if (!extra.isEmpty()) {
            const QJsonObject more = QJsonDocument::fromJson(u"{%1}"_qs.arg(extra).toUtf8()).object();
            Q_ASSERT(!more.isEmpty());
            for (auto it = more.begin(); it != more.end(); ++it)
                o.insert(it.key(), it.value());
        }
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    static QByteArray without(const char *key)
    {
        QJsonObject o = QJsonDocument::fromJson(item()).object();
        o.remove(QLatin1StringView(key));
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_terms = TermDictionary::loadDefault(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_terms.size() > 100);
    }

    void realCaptureItems_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("make");
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("mileage");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<QString>("fuel");
        QTest::addColumn<QString>("transmission");
    QTest::newRow("00") << 0 << u"41543125"_qs << u"쉐보레(GM대우)"_qs << u"더 뉴 트랙스"_qs << 2017 << 11 << 38318 << qint64(10990000) << u"petrol"_qs << u"automatic"_qs;
    QTest::newRow("01") << 1 << u"41537434"_qs << u"현대"_qs << u"그랜저 HG"_qs << 2015 << 3 << 142369 << qint64(6500000) << u"petrol"_qs << u"automatic"_qs;
    QTest::newRow("02") << 2 << u"41536359"_qs << u"기아"_qs << u"스포티지 4세대"_qs << 2016 << 8 << 128040 << qint64(8800000) << u"diesel"_qs << u"automatic"_qs;
    QTest::newRow("03") << 3 << u"41534613"_qs << u"현대"_qs << u"쏘나타 하이브리드 (DN8)"_qs << 2021 << 12 << 115140 << qint64(17900000) << u"hybrid_petrol"_qs << u"automatic"_qs;
    QTest::newRow("04") << 4 << u"41529458"_qs << u"기아"_qs << u"K5 3세대"_qs << 2020 << 1 << 60797 << qint64(17900000) << u"petrol"_qs << u"automatic"_qs;
    QTest::newRow("05") << 5 << u"41533802"_qs << u"현대"_qs << u"캐스퍼"_qs << 2022 << 10 << 49060 << qint64(13700000) << u"petrol"_qs << u"automatic"_qs;
    QTest::newRow("06") << 6 << u"41520554"_qs << u"KG모빌리티(쌍용)"_qs << u"렉스턴 스포츠 칸"_qs << 2021 << 3 << 87616 << qint64(18200000) << u"diesel"_qs << u"automatic"_qs;
    QTest::newRow("07") << 7 << u"41519069"_qs << u"현대"_qs << u"더 뉴 싼타페"_qs << 2023 << 1 << 55079 << qint64(30900000) << u"diesel"_qs << u"automatic"_qs;
    QTest::newRow("08") << 8 << u"41527587"_qs << u"제네시스"_qs << u"EQ900"_qs << 2016 << 5 << 161023 << qint64(16500000) << u"petrol"_qs << u"automatic"_qs;
    QTest::newRow("09") << 9 << u"41500682"_qs << u"기아"_qs << u"더 뉴 레이"_qs << 2019 << 8 << 114517 << qint64(13200000) << u"lpg"_qs << u"automatic"_qs;
    QTest::newRow("10") << 10 << u"41357611"_qs << u"제네시스"_qs << u"GV80"_qs << 2024 << 7 << 24224 << qint64(70400000) << u"petrol"_qs << u"automatic"_qs;
    QTest::newRow("11") << 11 << u"41361183"_qs << u"기아"_qs << u"더 뉴 레이"_qs << 2021 << 7 << 49520 << qint64(12800000) << u"petrol"_qs << u"automatic"_qs;
    QTest::newRow("12") << 12 << u"41379219"_qs << u"기아"_qs << u"K7 프리미어"_qs << 2020 << 11 << 126156 << qint64(17990000) << u"petrol"_qs << u"automatic"_qs;
    QTest::newRow("13") << 13 << u"41440837"_qs << u"현대"_qs << u"아이오닉5"_qs << 2021 << 11 << 97153 << qint64(28990000) << u"electric"_qs << u"automatic"_qs;
    QTest::newRow("14") << 14 << u"41438759"_qs << u"KG모빌리티(쌍용)"_qs << u"렉스턴 스포츠"_qs << 2020 << 4 << 54999 << qint64(17900000) << u"diesel"_qs << u"automatic"_qs;
    QTest::newRow("15") << 15 << u"41437925"_qs << u"현대"_qs << u"LF 쏘나타"_qs << 2014 << 4 << 126659 << qint64(7790000) << u"lpg"_qs << u"automatic"_qs;
    QTest::newRow("16") << 16 << u"41455458"_qs << u"제네시스"_qs << u"G90"_qs << 2019 << 4 << 77016 << qint64(31990000) << u"petrol"_qs << u"automatic"_qs;
    QTest::newRow("17") << 17 << u"41451848"_qs << u"기아"_qs << u"카니발 4세대"_qs << 2020 << 8 << 47331 << qint64(32900000) << u"diesel"_qs << u"automatic"_qs;
    QTest::newRow("18") << 18 << u"41428099"_qs << u"기아"_qs << u"카니발 4세대"_qs << 2021 << 2 << 89029 << qint64(29900000) << u"diesel"_qs << u"automatic"_qs;
    QTest::newRow("19") << 19 << u"41489630"_qs << u"기아"_qs << u"더 뉴 카니발 4세대"_qs << 2024 << 2 << 35794 << qint64(40400000) << u"petrol"_qs << u"automatic"_qs;
    QTest::newRow("20") << 20 << u"41486229"_qs << u"기아"_qs << u"쏘렌토 4세대"_qs << 2020 << 7 << 99047 << qint64(27900000) << u"diesel"_qs << u"automatic"_qs;
    QTest::newRow("21") << 21 << u"41486016"_qs << u"르노코리아(삼성)"_qs << u"SM5 노바"_qs << 2017 << 2 << 145704 << qint64(3000000) << u"lpg"_qs << u"automatic"_qs;
    QTest::newRow("22") << 22 << u"41480762"_qs << u"기아"_qs << u"K5 3세대"_qs << 2023 << 8 << 34443 << qint64(29900000) << u"petrol"_qs << u"automatic"_qs;
    QTest::newRow("23") << 23 << u"41471737"_qs << u"현대"_qs << u"LF 쏘나타"_qs << 2015 << 6 << 175481 << qint64(7900000) << u"petrol"_qs << u"automatic"_qs;
    QTest::newRow("24") << 24 << u"41470035"_qs << u"기아"_qs << u"올 뉴 카니발"_qs << 2014 << 7 << 172788 << qint64(7900000) << u"diesel"_qs << u"automatic"_qs;
    QTest::newRow("25") << 25 << u"41468950"_qs << u"제네시스"_qs << u"G80"_qs << 2019 << 7 << 98227 << qint64(22800000) << u"petrol"_qs << u"automatic"_qs;
    QTest::newRow("26") << 26 << u"41459433"_qs << u"제네시스"_qs << u"G80 (RG3)"_qs << 2022 << 12 << 31824 << qint64(51900000) << u"petrol"_qs << u"automatic"_qs;
    QTest::newRow("27") << 27 << u"41386095"_qs << u"현대"_qs << u"팰리세이드"_qs << 2019 << 1 << 66752 << qint64(29990000) << u"diesel"_qs << u"automatic"_qs;
    QTest::newRow("28") << 28 << u"41387235"_qs << u"기아"_qs << u"셀토스"_qs << 2020 << 5 << 95692 << qint64(18000000) << u"petrol"_qs << u"automatic"_qs;
    QTest::newRow("29") << 29 << u"41494592"_qs << u"기아"_qs << u"올 뉴 모닝 (JA)"_qs << 2018 << 10 << 35005 << qint64(10500000) << u"petrol"_qs << u"automatic"_qs;
    QTest::newRow("30") << 30 << u"41488890"_qs << u"쉐보레(GM대우)"_qs << u"더 뉴 트랙스"_qs << 2017 << 2 << 97875 << qint64(9900000) << u"petrol"_qs << u"automatic"_qs;
    QTest::newRow("31") << 31 << u"41488886"_qs << u"기아"_qs << u"쏘렌토 4세대"_qs << 2021 << 1 << 99245 << qint64(27800000) << u"petrol"_qs << u"automatic"_qs;
    QTest::newRow("32") << 32 << u"41494904"_qs << u"기아"_qs << u"올 뉴 쏘렌토"_qs << 2017 << 5 << 115648 << qint64(16700000) << u"diesel"_qs << u"automatic"_qs;
    QTest::newRow("33") << 33 << u"41485577"_qs << u"기아"_qs << u"카니발 4세대"_qs << 2022 << 1 << 110274 << qint64(30500000) << u"diesel"_qs << u"automatic"_qs;
    QTest::newRow("34") << 34 << u"41485205"_qs << u"기아"_qs << u"더 뉴 카니발 4세대"_qs << 2025 << 3 << 13034 << qint64(54800000) << u"hybrid_petrol"_qs << u"automatic"_qs;
    QTest::newRow("35") << 35 << u"41486225"_qs << u"현대"_qs << u"팰리세이드"_qs << 2020 << 1 << 106945 << qint64(31500000) << u"diesel"_qs << u"automatic"_qs;
    QTest::newRow("36") << 36 << u"41478269"_qs << u"KG모빌리티(쌍용)"_qs << u"뉴코란도 C"_qs << 2014 << 8 << 96324 << qint64(4500000) << u"diesel"_qs << u"automatic"_qs;
    QTest::newRow("37") << 37 << u"41470813"_qs << u"기아"_qs << u"셀토스"_qs << 2022 << 5 << 19769 << qint64(24490000) << u"petrol"_qs << u"automatic"_qs;
    QTest::newRow("38") << 38 << u"41467258"_qs << u"기아"_qs << u"더 뉴 카니발"_qs << 2019 << 12 << 62838 << qint64(20700000) << u"diesel"_qs << u"automatic"_qs;
    QTest::newRow("39") << 39 << u"40463906"_qs << u"KG모빌리티(쌍용)"_qs << u"뷰티풀 코란도"_qs << 2020 << 6 << 46218 << qint64(15400000) << u"diesel"_qs << u"automatic"_qs;
    }

    void realCaptureItems()
    {
        QFETCH(int, index);
        QFETCH(QString, id);
        QFETCH(QString, make);
        QFETCH(QString, model);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, mileage);
        QFETCH(qint64, price);
        QFETCH(QString, fuel);
        QFETCH(QString, transmission);
        CARSCOUT_READ_SAMPLE(body, "encar/search-results-excerpt-40.json");
        EncarListPage page;
        const JobError e = parseListPage(body, m_terms, &page);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(page.items.size(), 40);
        QCOMPARE(page.count, -1);   // the capture has no Count wrapper
        const EncarListItem &it = page.items.at(index);
        const Listing &l = it.listing;
        QCOMPARE(l.source, u"encar"_qs);
        QCOMPARE(l.id, id);
        QCOMPARE(l.make, make);
        QCOMPARE(l.model, model);
        QCOMPARE(l.year, year);
        QCOMPARE(l.month, month);
        QCOMPARE(l.mileageKm, mileage);
        QVERIFY(l.price.has_value());
        QCOMPARE(*l.price, price);
        QCOMPARE(l.currency, u"KRW"_qs);
        QCOMPARE(fuelKey(l.fuel), fuel);
        QCOMPARE(transmissionKey(l.transmission), transmission);
        QCOMPARE(l.url, QUrl(u"https://fem.encar.com/cars/detail/"_qs + id));
        QVERIFY(!l.makeEn.isEmpty());            // every maker of the capture is in the dictionary
        QVERIFY(l.title.startsWith(make + u' ' + model));
        // Photos: 4 per list item, full URLs on ci.encar.com, in `ordering` order, named after the Photo prefix.
        QCOMPARE(l.photos.size(), 4);
        QVERIFY(l.photos.first().toString().startsWith(u"https://ci.encar.com/carpicture"_qs));
        // Every item of the capture is a DUPLICATION re-advert whose photos belong to the original car.
        QVERIFY(it.duplication);
        QVERIFY(l.photos.first().toString().contains(u'/' + it.carKey + u'_'));
        QVERIFY(l.badges.contains(u"inspection report"_qs));
        QVERIFY(l.badges.contains(u"home delivery"_qs));
        QVERIFY(!l.location.isEmpty());
    }

    void realCaptureSpotChecks()
    {
        CARSCOUT_READ_SAMPLE(body, "encar/search-results-excerpt-40.json");
        EncarListPage page;
        QVERIFY(!parseListPage(body, m_terms, &page).isError());
        // Checked by hand against the file.
        const Listing &first = page.items.at(0).listing;
        QCOMPARE(first.makeEn, u"Chevrolet (GM Daewoo)"_qs);
        QCOMPARE(first.modelEn, u"The New Trax"_qs);
        QCOMPARE(first.trim, u"1.4 프리미어"_qs);
        QCOMPARE(page.items.at(0).carKey, u"41542471"_qs);
        QCOMPARE(first.photos.at(1), QUrl(u"https://ci.encar.com/carpicture04/pic4154/41542471_003.jpg"_qs));
        QCOMPARE(first.location, u"경기"_qs);
        QVERIFY(first.badges.contains(u"extended warranty"_qs));
        QVERIFY(first.badges.contains(u"Encar diagnosis"_qs));
        QVERIFY(first.badges.contains(u"accident record"_qs));
        // Item 2: a BadgeDetail "(세부등급 없음)" (no detail grade) is not appended to the trim.
        QCOMPARE(page.items.at(2).listing.trim, u"디젤 1.7 2WD 노블레스"_qs);
        // Item 4: a real BadgeDetail is.
        QCOMPARE(page.items.at(4).listing.trim, u"1.6 터보 시그니처"_qs);
        QCOMPARE(page.items.at(3).listing.modelEn, u"Sonata Hybrid (DN8)"_qs);
        QCOMPARE(page.items.at(36).listing.modelEn, u"New Korando C"_qs);
        QCOMPARE(page.items.at(6).listing.makeEn, u"KG Mobility (SsangYong)"_qs);

        // No two ads of the capture are the same car: folding keeps all 40, a second pass folds all 40.
        DuplicateFolder folder;
        QCOMPARE(folder.fold(page.items).size(), 40);
        QCOMPARE(folder.fold(page.items).size(), 0);
        QCOMPARE(folder.folded(), 40);
    }

    void variants_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<qint64>("price");   // -1 = no price
        QTest::addColumn<QString>("firstPhoto");
        QTest::addColumn<int>("count");

        QTest::newRow("float year") << QByteArray("[" + item(u"\"Year\":202108.0"_qs) + "]") << 2021 << 8
                                    << qint64(15000000) << QString() << -1;
        QTest::newRow("call for price 9999") << QByteArray("[" + item(u"\"Price\":9999"_qs) + "]") << 2020 << 1
                                             << qint64(-1) << QString() << -1;
        QTest::newRow("call for price 99999") << QByteArray("[" + item(u"\"Price\":99999"_qs) + "]") << 2020 << 1
                                              << qint64(-1) << QString() << -1;
        QTest::newRow("photo prefix only")
            << QByteArray("[" + item(u"\"Photo\":\"/carpicture01/pic0001/100_\""_qs) + "]") << 2020 << 1
            << qint64(15000000) << u"https://ci.encar.com/carpicture01/pic0001/100_001.jpg"_qs << -1;
        QTest::newRow("Count wrapper, numeric id")
            << QByteArray(R"({"Count":1234,"SearchResults":[)" + item(u"\"Id\":100"_qs) + "]}")
            << 2020 << 1 << qint64(15000000) << QString() << 1234;
        QTest::newRow("photos out of order, repeated")
            << QByteArray("[" + item(uR"("Photos":[{"type":"003","location":"/p/1_003.jpg","ordering":3},)"
                                     uR"({"type":"001","location":"/p/1_001.jpg","ordering":1},)"
                                     uR"({"type":"001","location":"/p/1_001.jpg","ordering":1}])"_qs) + "]")
            << 2020 << 1 << qint64(15000000) << u"https://ci.encar.com/p/1_001.jpg"_qs << -1;
    }

    void variants()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(qint64, price);
        QFETCH(QString, firstPhoto);
        QFETCH(int, count);
        EncarListPage page;
        const JobError e = parseListPage(json, m_terms, &page);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(page.items.size(), 1);
        QCOMPARE(page.count, count);
        const Listing &l = page.items.first().listing;
        QCOMPARE(l.id, u"100"_qs);
        QCOMPARE(l.year, year);
        QCOMPARE(l.month, month);
        QCOMPARE(l.price.value_or(-1), price);
        if (!firstPhoto.isEmpty())
            QCOMPARE(l.photos.first(), QUrl(firstPhoto));
        QSet<QUrl> unique(l.photos.begin(), l.photos.end());
        QCOMPARE(unique.size(), l.photos.size());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");   // a substring of the error message

        QByteArray eucKr = "[" + item() + "]";
        const qsizetype hangul = eucKr.indexOf("현대");
        eucKr.replace(hangul, QByteArray("현대").size(), QByteArray("\xc7\xf6\xb4\xeb"));   // 현대 in EUC-KR
        const QByteArray valid = "[" + item() + "," + item(u"\"Id\":\"101\""_qs) + "]";

        QTest::newRow("empty body") << QByteArray() << u"empty response body"_qs;
        QTest::newRow("whitespace") << QByteArray(" \r\n ") << u"only whitespace"_qs;
        QTest::newRow("block page") << QByteArray("<!DOCTYPE html><html><body>Access denied</body></html>")
                                    << u"block page: HTML instead of JSON"_qs;
        QTest::newRow("truncated") << valid.left(valid.size() - 20) << u"invalid JSON at byte"_qs;
        QTest::newRow("wrong charset") << eucKr << u"not UTF-8 at byte %1"_qs.arg(hangul);
        QTest::newRow("utf-16") << QByteArray("\xff\xfe[\0]\0", 6) << u"UTF-16"_qs;
        QTest::newRow("top-level string") << QByteArray("\"hello\"") << u"the document is a string"_qs;
        QTest::newRow("no SearchResults") << QByteArray(R"({"Count":3})") << u"no \"SearchResults\""_qs;
        QTest::newRow("SearchResults object") << QByteArray(R"({"Count":3,"SearchResults":{}})")
                                              << u"\"SearchResults\" is an object"_qs;
        QTest::newRow("Count string") << QByteArray(R"({"Count":"many","SearchResults":[]})")
                                      << u"\"Count\" is a string"_qs;
        QTest::newRow("item not object") << QByteArray("[42]") << u"none of the 1 item(s) could be read; the first: item 0: is a number"_qs;
        QTest::newRow("missing Price") << QByteArray("[" + without("Price") + "]")
                                       << u"item 0 (Id 100), field \"Price\": missing"_qs;
        QTest::newRow("missing Id") << QByteArray("[" + without("Id") + "]")
                                    << u"item 0, field \"Id\": missing"_qs;
        QTest::newRow("Year wrong type") << QByteArray("[" + item(u"\"Year\":\"soon\""_qs) + "]")
                                         << u"field \"Year\": is a string, expected a number"_qs;
        QTest::newRow("Year not YYYYMM") << QByteArray("[" + item(u"\"Year\":2017"_qs) + "]")
                                         << u"field \"Year\": 2017 is not a YYYYMM date"_qs;
        QTest::newRow("Id boolean") << QByteArray("[" + item(u"\"Id\":true"_qs) + "]")
                                    << u"field \"Id\": is a boolean"_qs;
        QTest::newRow("Model number") << QByteArray("[" + item(u"\"Model\":7"_qs) + "]")
                                      << u"field \"Model\": is a number, expected a string"_qs;
        QTest::newRow("Photos string") << QByteArray("[" + item(u"\"Photos\":\"none\""_qs) + "]")
                                       << u"field \"Photos\": is a string, expected an array"_qs;
        QTest::newRow("Trust numbers") << QByteArray("[" + item(u"\"Trust\":[1]"_qs) + "]")
                                       << u"field \"Trust\": has a number element"_qs;
        QTest::newRow("both items bad") << QByteArray("[" + without("Price") + "," + item(u"\"Id\":\"7\",\"Mileage\":[]"_qs) + "]")
                                        << u"none of the 2 item(s) could be read; the first: item 0 (Id 100), field \"Price\": missing"_qs;
    }

    void badInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        EncarListPage page;
        const JobError e = parseListPage(body, m_terms, &page);
        QCOMPARE(e.kind, JobError::Kind::Parse);
        QVERIFY2(e.message.contains(expected), qPrintable(e.message));
    }

    void emptyResultIsNotAnError()
    {
        EncarListPage page;
        const JobError e = parseListPage(R"({"Count":0,"SearchResults":[]})", m_terms, &page);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(page.count, 0);
        QVERIFY(page.items.isEmpty());
    }

    void badItemIsSkippedWithAWarning_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("warning");
        QTest::newRow("not an object") << QByteArray("42") << u"Encar list page: skipped item 1: is a number, expected an object"_qs;
        QTest::newRow("Mileage array") << item(u"\"Id\":\"7\",\"Mileage\":[]"_qs)
                                       << u"Encar list page: skipped item 1 (Id 7), field \"Mileage\": is an array, expected a number"_qs;
        QTest::newRow("missing Price") << without("Price").replace("\"100\"", "\"8\"")
                                       << u"Encar list page: skipped item 1 (Id 8), field \"Price\": missing"_qs;
        QTest::newRow("Photos string") << item(u"\"Id\":\"9\",\"Photos\":\"none\""_qs)
                                       << u"Encar list page: skipped item 1 (Id 9), field \"Photos\": is a string, expected an array"_qs;
    }

    void badItemIsSkippedWithAWarning()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, warning);
        const QByteArray json = "{\"Count\":3,\"SearchResults\":[" + item() + "," + bad + "," + item(u"\"Id\":\"102\""_qs) + "]}";
        EncarListPage page;
        const JobError e = parseListPage(json, m_terms, &page);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(page.count, 3);
        QCOMPARE(page.items.size(), 2);
        QCOMPARE(page.items.at(0).listing.id, u"100"_qs);
        QCOMPARE(page.items.at(1).listing.id, u"102"_qs);
        QCOMPARE(page.warnings, QStringList{warning});
    }

    // Synthetic page in the real markup (tests/encar/data): a service copy ahead of its original, a bi-fuel car
    // and one unreadable item.
    void originalAndCopyOnOnePage()
    {
        const QByteArray json =
            CarScout::Test::readFileOrFail(CarScout::Test::sourceDir() + u"/tests/encar/data/original-and-copy.json"_qs);
        EncarListPage page;
        const JobError e = parseListPage(json, m_terms, &page);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(page.items.size(), 3);
        QCOMPARE(page.warnings.size(), 1);
        QVERIFY2(page.warnings.first().contains(u"item 3 (Id 39000003), field \"Mileage\": is a string"_qs),
                 qPrintable(page.warnings.first()));

        DuplicateFolder folder;
        const QList<Listing> rows = folder.fold(page.items);
        QCOMPARE(rows.size(), 2);
        const Listing &car = rows.at(0);
        QCOMPARE(car.id, u"39000001"_qs);                                     // the original's id …
        QCOMPARE(car.url, QUrl(u"https://fem.encar.com/cars/detail/39000001"_qs));
        QCOMPARE(car.price, std::optional<qint64>(23'400'000));             // … and data
        for (const QString &mark : {u"warranty"_qs, u"extended warranty"_qs, u"home delivery"_qs, u"Encar diagnosis"_qs})
            QVERIFY2(car.badges.contains(mark), qPrintable(car.badges.join(u", "_qs)));   // the copy's marks merged
        QCOMPARE(folder.folded(), 1);

        // 가솔린+LPG is a bi-fuel LPG car (customs treats lpg as a petrol engine).
        QCOMPARE(rows.at(1).id, u"39000002"_qs);
        QCOMPARE(rows.at(1).fuel, Fuel::Lpg);

        // The same page in the other order gives the same row.
        QList<EncarListItem> reversed = page.items;
        std::swap(reversed[0], reversed[1]);
        DuplicateFolder again;
        const QList<Listing> rows2 = again.fold(reversed);
        QCOMPARE(rows2.size(), 2);
        QCOMPARE(rows2.at(0).id, car.id);
        QCOMPARE(rows2.at(0).url, car.url);
        QCOMPARE(QSet<QString>(rows2.at(0).badges.begin(), rows2.at(0).badges.end()),
                 QSet<QString>(car.badges.begin(), car.badges.end()));
    }

    void copyAheadOfItsOriginalTakesTheOriginalsId()
    {
        const QString dir = CarScout::Test::sourceDir() + u"/tests/encar/data/"_qs;
        EncarListPage first, second;
        QVERIFY(!parseListPage(CarScout::Test::readFileOrFail(dir + u"copy-page1.json"_qs), m_terms, &first).isError());
        QVERIFY(!parseListPage(CarScout::Test::readFileOrFail(dir + u"copy-page2.json"_qs), m_terms, &second).isError());
        QVERIFY(first.items.at(0).duplication);
        DuplicateFolder folder;
        const QList<Listing> rows = folder.fold(first.items);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().id, u"39000004"_qs);
        QCOMPARE(rows.first().url, QUrl(u"https://fem.encar.com/cars/detail/39000004"_qs));
        QVERIFY(rows.first().badges.contains(u"home delivery"_qs));
        QCOMPARE(folder.fold(second.items).size(), 0);   // the original, later: already its row
        QCOMPARE(folder.folded(), 1);
    }

    void foldingAcrossPages()
    {
        // A re-advert (DUPLICATION) of a car already seen shares its Photo prefix: folded; a repeated id too.
        const QByteArray json = "[" + item(u"\"Photo\":\"/c/p/555_\""_qs) + ","
            + item(u"\"Id\":\"101\",\"Photo\":\"/c/p/555_\",\"ServiceCopyCar\":\"DUPLICATION\""_qs) + ","
            + item(u"\"Id\":\"102\",\"Photo\":\"/c/p/556_\""_qs) + "]";
        EncarListPage page;
        QVERIFY(!parseListPage(json, m_terms, &page).isError());
        QVERIFY(!page.items.at(0).duplication);
        QVERIFY(page.items.at(1).duplication);
        DuplicateFolder folder;
        const QList<Listing> first = folder.fold(page.items);
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).id, u"100"_qs);
        QCOMPARE(first.at(1).id, u"102"_qs);
        QCOMPARE(folder.fold(page.items.mid(2)).size(), 0);   // id 102 again on the next page
        QCOMPARE(folder.folded(), 2);
    }
};

QTEST_GUILESS_MAIN(TestEncarListParser)
#include "tst_encarlistparser.moc"
