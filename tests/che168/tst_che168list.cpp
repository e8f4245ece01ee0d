// The Che168 search-reply parser against the two real search captures (read at test time) field by field, and
// against synthetic bad input: every failure is a specific error, one bad car never loses the page.

#include "core/sources/che168/che168listparser.h"
#include "core/sources/terms.h"
#include "tests/common/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Che168;

namespace {

// A synthetic car in the real carlist shape (invented values).
QJsonObject car(int infoId, const QString &name = u"示例车系 2023款 1.5T 豪华型"_qs)
{
    return QJsonObject{{u"infoid"_qs, infoId}, {u"carname"_qs, name}, {u"cname"_qs, u"成都"_qs},
                       {u"dealerid"_qs, 1000 + infoId}, {u"mileage"_qs, u"3.2"_qs}, {u"cityid"_qs, 510100},
                       {u"seriesid"_qs, 9001}, {u"specid"_qs, 70000 + infoId}, {u"sname"_qs, u""_qs},
                       {u"syname"_qs, u""_qs}, {u"price"_qs, u"12.5"_qs}, {u"firstregyear"_qs, u"2023年"_qs},
                       {u"imageurl"_qs, u"https://img.example/a/640x480_c42_x.jpg.webp"_qs},
                       {u"displacement"_qs, u"1.5T"_qs}, {u"environmental"_qs, u"国VI"_qs}, {u"isnewenergy"_qs, 0}};
}

QByteArray reply(const QJsonArray &cars, int total = 30, int pageIndex = 1, int pageCount = 3)
{
    QJsonObject result{{u"totalcount"_qs, total}, {u"pagesize"_qs, 10}, {u"pageindex"_qs, pageIndex},
                       {u"pagecount"_qs, pageCount}, {u"filters"_qs, QJsonArray()}, {u"carlist"_qs, cars},
                       {u"otherlist"_qs, QJsonArray{QJsonObject{{u"cellname"_qs, u"adlist"_qs}}}}};
    return QJsonDocument(QJsonObject{{u"returncode"_qs, 0}, {u"message"_qs, u"成功"_qs}, {u"result"_qs, result}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestChe168List : public QObject
{
    Q_OBJECT

private:
    TermDictionary m_terms;

    void realRows()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("make");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("trim");
        QTest::addColumn<QString>("city");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("mileage");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<int>("cc");
        QTest::addColumn<QString>("fuel");
        QTest::addColumn<QString>("emission");
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_terms = TermDictionary::loadDefault(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void searchCapture_data()
    {
        realRows();
        QTest::newRow("0") << 0 << u"55975913"_qs << u"保时捷"_qs << u"Panamera"_qs << u"Panamera 2.9T"_qs << u"昆明"_qs << 2025 << 6000 << qint64(995000) << 2900 << QString() << u"国VI"_qs;
        QTest::newRow("1") << 1 << u"55914124"_qs << u"保时捷"_qs << u"Macan"_qs << u"Macan 2.0T"_qs << u"昆明"_qs << 2019 << 91000 << qint64(225000) << 2000 << QString() << u"国VI"_qs;
        QTest::newRow("2") << 2 << u"55543265"_qs << u"奔驰"_qs << u"奔驰C级"_qs << u"C 260 L 运动版"_qs << u"青岛"_qs << 2024 << 9300 << qint64(248000) << 1500 << QString() << u"国VI"_qs;
        QTest::newRow("3") << 3 << u"55962103"_qs << u"沃尔沃"_qs << u"沃尔沃XC40"_qs << u"T4 四驱智行时尚版"_qs << u"石家庄"_qs << 2022 << 27000 << qint64(133000) << 2000 << QString() << u"国VI"_qs;
        QTest::newRow("4") << 4 << u"55987328"_qs << u"路虎"_qs << u"发现运动"_qs << u"性能科技版"_qs << u"长沙"_qs << 2024 << 9000 << qint64(169800) << 2000 << QString() << u"国VI"_qs;
        QTest::newRow("5") << 5 << u"55829261"_qs << u"捷途"_qs << u"捷途旅行者"_qs << u"2.0T 四驱穿越PRO娱乐版"_qs << u"西安"_qs << 2024 << 8100 << qint64(133000) << 2000 << QString() << u"国VI"_qs;
        QTest::newRow("6") << 6 << u"55817125"_qs << u"奔驰"_qs << u"奔驰C级"_qs << u"C 260 L 运动版"_qs << u"合肥"_qs << 2019 << 79000 << qint64(142000) << 1500 << QString() << u"国VI"_qs;
        QTest::newRow("7") << 7 << u"55439205"_qs << u"沃尔沃"_qs << u"沃尔沃XC60"_qs << u"B5 四驱智逸豪华版"_qs << u"青岛"_qs << 2023 << 66000 << qint64(163000) << 2000 << QString() << u"国VI"_qs;
        QTest::newRow("8") << 8 << u"56019834"_qs << u"宝马"_qs << u"宝马X3"_qs << u"xDrive28i M运动套装"_qs << u"南京"_qs << 2021 << 47000 << qint64(196000) << 2000 << QString() << u"国VI"_qs;
        QTest::newRow("9 EV") << 9 << u"55975975"_qs << u"蔚来"_qs << u"蔚来ET5"_qs << u"75kWh"_qs << u"南京"_qs << 2025 << 5000 << qint64(138800) << 0 << u"electric"_qs << u"-"_qs;
    }
    void searchCapture()
    {
        CARSCOUT_READ_SAMPLE(body, "che168/cars.json");
        checkRow(body);
    }

    void brandSearchCapture_data()
    {
        realRows();
        QTest::newRow("0") << 0 << u"56079841"_qs << u"宝马"_qs << u"宝马5系"_qs << u"改款 525Li M运动套装"_qs << u"娄底"_qs << 2023 << 20000 << qint64(268000) << 2000 << QString() << u"国VI"_qs;
        QTest::newRow("1") << 1 << u"55841672"_qs << u"宝马"_qs << u"宝马2系进口"_qs << u"218i 敞篷轿跑车"_qs << u"杭州"_qs << 2017 << 84000 << qint64(78800) << 1500 << QString() << u"欧V"_qs;
        QTest::newRow("2 PHEV") << 2 << u"55391845"_qs << u"宝马"_qs << u"宝马5系新能源"_qs << u"535Le 豪华套装"_qs << u"洛阳"_qs << 2021 << 95900 << qint64(175000) << 2000 << u"hybrid_petrol"_qs << u"国VI"_qs;
        QTest::newRow("3 EV") << 3 << u"56027869"_qs << u"宝马"_qs << u"宝马i3"_qs << u"eDrive 35 L"_qs << u"嘉兴"_qs << 2024 << 37000 << qint64(123000) << 0 << u"electric"_qs << u"-"_qs;
        QTest::newRow("4") << 4 << u"55455069"_qs << u"宝马"_qs << u"宝马3系"_qs << u"320Li 领先型M运动套装"_qs << u"宁波"_qs << 2018 << 66000 << qint64(55000) << 2000 << QString() << u"国V"_qs;
        QTest::newRow("5") << 5 << u"56081587"_qs << u"宝马"_qs << u"宝马1系"_qs << u"120i M运动套装"_qs << u"深圳"_qs << 2021 << 63000 << qint64(81800) << 1500 << QString() << u"国VI"_qs;
        QTest::newRow("6") << 6 << u"55384695"_qs << u"宝马"_qs << u"宝马5系进口"_qs << u"525i M运动套装"_qs << u"南京"_qs << 2021 << 70000 << qint64(218800) << 2000 << QString() << u"国VI"_qs;
        QTest::newRow("7") << 7 << u"55848871"_qs << u"宝马"_qs << u"宝马3系"_qs << u"325Li M运动套装"_qs << u"南京"_qs << 2022 << 43800 << qint64(183800) << 2000 << QString() << u"国VI"_qs;
        QTest::newRow("8 EV") << 8 << u"56088928"_qs << u"宝马"_qs << u"宝马i3"_qs << u"eDrive 35 L"_qs << u"济宁"_qs << 2023 << 32900 << qint64(136800) << 0 << u"electric"_qs << u"-"_qs;
        QTest::newRow("9 PHEV") << 9 << u"56053977"_qs << u"宝马"_qs << u"宝马5系新能源"_qs << u"里程升级版 530Le 先锋版"_qs << u"石家庄"_qs << 2020 << 102000 << qint64(159800) << 2000 << u"hybrid_petrol"_qs << u"国VI"_qs;
    }
    void brandSearchCapture()
    {
        CARSCOUT_READ_SAMPLE(body, "che168/brandsearch.json");
        checkRow(body);
    }

    void searchCapturePage()
    {
        CARSCOUT_READ_SAMPLE(body, "che168/cars.json");
        Che168SearchPage page;
        const JobError e = parseSearchPage(body, m_terms, &page);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(page.totalCount, 29066);
        QCOMPARE(page.pageCount, 2907);
        QCOMPARE(page.pageIndex, 1);
        QCOMPARE(page.pageSize, 10);
        QCOMPARE(page.cars.size(), 10);   // otherlist (one ad card) is not a car
        QVERIFY(page.warnings.isEmpty());
        QVERIFY(page.series.isEmpty());
        const Listing &l = page.cars.first().listing;
        QCOMPARE(l.source, u"che168"_qs);
        QCOMPARE(l.currency, u"CNY"_qs);
        QCOMPARE(l.title, u"Panamera 2024款 Panamera 2.9T"_qs);
        QCOMPARE(l.url.toString(), u"https://m.che168.com/cardetail/index?infoid=55975913"_qs);
        QCOMPARE(l.makeEn, u"Porsche"_qs);
        QCOMPARE(l.photos.size(), 1);
        QVERIFY(l.photos.first().toString().contains(u"/1024x768_c42_autohomecar__"));
        QVERIFY(l.photos.first().toString().startsWith(u"https://2sc2.autoimg.cn/escimg/"));
        for (const char *badge : {"Che168 certified", "inspection report", "maker warranty", "nearly new",
                                  "no handling fee", "90-day buy-back"})
            QVERIFY2(l.badges.contains(QLatin1StringView(badge)), badge);
        QCOMPARE(page.cars.first().modelYear, 2024);
        QCOMPARE(page.cars.first().seriesId, u"703"_qs);
        QCOMPARE(page.cars.first().specId, u"66023"_qs);
        QCOMPARE(page.cars.at(2).listing.modelEn, u"Mercedes-Benz C-Class"_qs);
        QCOMPARE(page.cars.at(9).newEnergy, true);
        QCOMPARE(page.cars.at(9).listing.modelEn, u"NIO ET5"_qs);
    }

    void brandSearchCaptureFilters()
    {
        CARSCOUT_READ_SAMPLE(body, "che168/brandsearch.json");
        Che168SearchPage page;
        const JobError e = parseSearchPage(body, m_terms, &page);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(page.pageIndex, 2);
        QCOMPARE(page.totalCount, 22492);
        QCOMPARE(page.brandName, u"宝马"_qs);
        QCOMPARE(page.series.size(), 20);
        QVERIFY(page.years.isEmpty());
        const FilterNode &first = page.series.first();
        QCOMPARE(first.key, u"65"_qs);
        QCOMPARE(first.name, u"宝马5系"_qs);
        QCOMPARE(first.nameEn, u"BMW 5 Series"_qs);
        QCOMPARE(first.level, u"model"_qs);
        QCOMPARE(first.count, -1);
        QVERIFY(first.hasChildren);
        QCOMPARE(page.series.at(3).key, u"159"_qs);
        QCOMPARE(page.series.at(3).name, u"宝马X5(进口)"_qs);
        QCOMPARE(page.series.last().key, u"2728"_qs);
        // Every series of the brand is in the dictionary.
        for (const FilterNode &n : page.series)
            QVERIFY2(!n.nameEn.isEmpty(), qPrintable(n.name));
    }

    void yearFiltersAndSpecs()
    {
        QJsonArray filters{
            QJsonObject{{u"title"_qs, u"2023款"_qs}, {u"key"_qs, u"seriesyearid"_qs}, {u"value"_qs, u"501"_qs},
                        {u"dtype"_qs, 5}, {u"subvalue"_qs, u"70001,70002,79999"_qs}, {u"subspecname"_qs, u""_qs}},
            QJsonObject{{u"title"_qs, u"2022款"_qs}, {u"key"_qs, u"seriesyearid"_qs}, {u"value"_qs, u"400"_qs},
                        {u"subvalue"_qs, u"60001"_qs}},
            QJsonObject{{u"title"_qs, u"全部"_qs}, {u"key"_qs, u"service"_qs}, {u"value"_qs, u""_qs}},
        };
        QJsonObject top = QJsonDocument::fromJson(reply({car(1, u"示例车系 2023款 1.5T 豪华型"_qs),
                                                           car(2, u"示例车系 2023款 2.0T 旗舰型"_qs),
                                                           car(1, u"示例车系 2023款 1.5T 豪华型"_qs)}))
                              .object();
        QJsonObject result = top.value(u"result").toObject();
        result.insert(u"filters"_qs, filters);
        top.insert(u"result"_qs, result);
        Che168SearchPage page;
        const JobError e = parseSearchPage(QJsonDocument(top).toJson(), m_terms, &page);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(page.years.size(), 2);
        QCOMPARE(page.years.first().key, u"501"_qs);
        QCOMPARE(page.years.first().name, u"2023款"_qs);
        QCOMPARE(page.years.first().nameEn, u"2023"_qs);
        QCOMPARE(page.years.first().level, u"model_year"_qs);
        QCOMPARE(page.yearSpecIds.value(u"501"_qs), (QStringList{u"70001"_qs, u"70002"_qs, u"79999"_qs}));
        const QList<FilterNode> specs = specNodes(page, u"501"_qs);
        QCOMPARE(specs.size(), 3);
        QCOMPARE(specs.at(0).key, u"70001"_qs);
        QCOMPARE(specs.at(0).name, u"1.5T 豪华型"_qs);
        QCOMPARE(specs.at(1).name, u"2.0T 旗舰型"_qs);
        QCOMPARE(specs.at(2).key, u"79999"_qs);   // in the year, not on this page: no name
        QVERIFY(specs.at(2).name.isEmpty());
        QVERIFY(!specs.at(0).hasChildren);
        QCOMPARE(specNodes(page, u"400"_qs).size(), 1);   // cars of other years are not its specs
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("contains");
        const auto env = [](const QJsonValue &code, const QJsonValue &result, const QString &message = u"x"_qs) {
            QJsonObject o{{u"returncode"_qs, code}, {u"message"_qs, message}};
            if (!result.isUndefined())
                o.insert(u"result"_qs, result);
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        const int network = int(JobError::Kind::Network);
        const int parse = int(JobError::Kind::Parse);
        QTest::newRow("107 bad sign") << env(107, QJsonValue::Null, u"签名错误"_qs) << network << u"rejected the request signature (code 107: 签名错误)"_qs;
        QTest::newRow("103 no appid") << env(103, QJsonValue::Undefined) << network << u"Settings"_qs;
        QTest::newRow("other code") << env(2049, QJsonValue::Undefined, u"系统繁忙"_qs) << network << u"error code 2049: 系统繁忙"_qs;
        QTest::newRow("code as text") << env(u"abc"_qs, QJsonObject()) << parse << u"\"returncode\" is a string"_qs;
        QTest::newRow("no returncode") << QByteArray(R"({"message":"x","result":{}})") << parse << u"no \"returncode\""_qs;
        QTest::newRow("missing result") << env(0, QJsonValue::Undefined) << parse << u"no \"result\""_qs;
        QTest::newRow("result string") << env(0, u"x"_qs) << parse << u"\"result\" is a string"_qs;
        QTest::newRow("result array") << env(0, QJsonArray()) << parse << u"\"result\" is an array"_qs;
        QTest::newRow("no carlist") << env(0, QJsonObject{{u"totalcount"_qs, 3}}) << parse << u"no \"result.carlist\""_qs;
        QTest::newRow("carlist object") << env(0, QJsonObject{{u"carlist"_qs, QJsonObject()}}) << parse << u"\"result.carlist\" is an object"_qs;
        QTest::newRow("empty carlist in range") << reply({}, 30, 2, 3) << parse << u"empty on page 2 of 3 although 30 cars"_qs;
        QTest::newRow("every car bad") << reply({QJsonObject{{u"infoid"_qs, 5}}, 7}) << parse << u"none of the 2 cars"_qs;
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>验证</body></html>") << parse << u"block page"_qs;
        QTest::newRow("truncated") << QByteArray(R"({"returncode":0,"result":{"carlist":[)") << parse << u"invalid JSON at byte"_qs;
        QTest::newRow("empty") << QByteArray() << parse << u"empty response body"_qs;
        QTest::newRow("array document") << QByteArray("[]") << parse << u"expected an object"_qs;
    }
    void badInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, contains);
        Che168SearchPage page;
        const JobError e = parseSearchPage(body, m_terms, &page);
        QCOMPARE(int(e.kind), kind);
        QVERIFY2(e.message.contains(contains), qPrintable(e.message));
        QVERIFY2(e.message.startsWith(u"Che168 search page"), qPrintable(e.message));
    }

    void emptyPagePastTheEndIsNoError()
    {
        Che168SearchPage page;
        QVERIFY(!parseSearchPage(reply({}, 30, 4, 3), m_terms, &page).isError());
        QVERIFY(page.cars.isEmpty());
        QVERIFY(!parseSearchPage(reply({}, 0, 1, 0), m_terms, &page).isError());
    }

    void oneBadCarIsSkippedWithAWarning_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("price object") << u"price"_qs << QJsonValue(QJsonObject()) << u"\"price\" is an object, expected a number"_qs;
        QTest::newRow("price text") << u"price"_qs << QJsonValue(u"面议x"_qs) << u"\"price\" is \"面议x\""_qs;
        QTest::newRow("mileage missing") << u"mileage"_qs << QJsonValue(QJsonValue::Undefined) << u"no \"mileage\""_qs;
        QTest::newRow("year") << u"firstregyear"_qs << QJsonValue(u"去年"_qs) << u"\"firstregyear\" \"去年\""_qs;
        QTest::newRow("displacement") << u"displacement"_qs << QJsonValue(u"大"_qs) << u"\"displacement\" \"大\""_qs;
        QTest::newRow("carname") << u"carname"_qs << QJsonValue(QJsonArray{1}) << u"\"carname\" is an array, expected a string"_qs;
        QTest::newRow("new-energy flag") << u"isnewenergy"_qs << QJsonValue(u"yes"_qs) << u"\"isnewenergy\" is a string, expected a 0/1 flag"_qs;
    }
    void oneBadCarIsSkippedWithAWarning()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        QJsonObject bad = car(2);
        if (value.isUndefined())
            bad.remove(field);
        else
            bad.insert(field, value);
        Che168SearchPage page;
        const JobError e = parseSearchPage(reply({car(1), bad, car(3), u"not a car"_qs}), m_terms, &page);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(page.cars.size(), 2);
        QCOMPARE(page.cars.at(0).listing.id, u"1"_qs);
        QCOMPARE(page.cars.at(1).listing.id, u"3"_qs);
        QCOMPARE(page.warnings.size(), 2);
        QVERIFY2(page.warnings.at(0).startsWith(u"car 1 (infoid 2) skipped: "), qPrintable(page.warnings.at(0)));
        QVERIFY2(page.warnings.at(0).contains(reason), qPrintable(page.warnings.at(0)));
        QVERIFY2(page.warnings.at(1).contains(u"car 3 skipped: a string, expected an object"), qPrintable(page.warnings.at(1)));
    }

    void oddFiltersAndDecorationCostNoCar()
    {
        QJsonObject a = car(1);
        a.insert(u"cartags"_qs, QJsonArray());        // an empty object written as []
        a.insert(u"isnewenergy"_qs, true);
        QJsonObject b = car(2);
        b.insert(u"cartags"_qs, u"x"_qs);
        b.insert(u"isnewenergy"_qs, u"0"_qs);
        QJsonObject top = QJsonDocument::fromJson(reply({a, b})).object();
        QJsonObject result = top.value(u"result").toObject();
        result.insert(u"filters"_qs, QJsonArray{7, QJsonObject{{u"key"_qs, u"seriesid"_qs}, {u"title"_qs, u"甲"_qs}},
                                                QJsonObject{{u"key"_qs, u"seriesid"_qs}, {u"title"_qs, u"乙"_qs}, {u"value"_qs, 12}}});
        top.insert(u"result"_qs, result);
        Che168SearchPage page;
        JobError e = parseSearchPage(QJsonDocument(top).toJson(), m_terms, &page);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(page.cars.size(), 2);
        QVERIFY(page.cars.at(0).newEnergy);
        QVERIFY(!page.cars.at(1).newEnergy);
        QCOMPARE(page.series.size(), 1);
        QCOMPARE(page.series.first().key, u"12"_qs);
        QCOMPARE(page.warnings, (QStringList{u"filter 0 skipped: a number, expected an object"_qs,
                                             u"filter 1 (seriesid) skipped: no \"value\" or \"title\""_qs}));
        result.insert(u"filters"_qs, 5);
        top.insert(u"result"_qs, result);
        e = parseSearchPage(QJsonDocument(top).toJson(), m_terms, &page);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(page.cars.size(), 2);
        QCOMPARE(page.warnings, QStringList{u"\"result.filters\" ignored: a number, expected an array"_qs});
    }

    void unregisteredAndCallForPrice()
    {
        QJsonObject c = car(1);
        c.insert(u"firstregyear"_qs, u"未上牌"_qs);
        c.insert(u"price"_qs, u""_qs);
        Che168SearchPage page;
        QVERIFY(!parseSearchPage(reply({c}), m_terms, &page).isError());
        const Che168Car &parsed = page.cars.first();
        QVERIFY(parsed.unregistered);
        QCOMPARE(parsed.listing.year, 0);
        QVERIFY(parsed.listing.badges.contains(u"unregistered"));
        QVERIFY(!parsed.listing.price);
        QVERIFY(parsed.listing.make.isEmpty());   // unknown series, no brand context: no guess
        ListContext ctx{u"示例品牌"_qs};
        QVERIFY(!parseSearchPage(reply({c}), m_terms, &page, ctx).isError());
        QCOMPARE(page.cars.first().listing.make, u"示例品牌"_qs);
    }

    void makerOfSeriesUsesPrefixThenKey()
    {
        QCOMPARE(makerOfSeries(u"宝马X3"_qs, m_terms), u"宝马"_qs);
        QCOMPARE(makerOfSeries(u"捷途旅行者"_qs, m_terms), u"捷途"_qs);   // not 捷途山海
        QCOMPARE(makerOfSeries(u"Macan"_qs, m_terms), u"保时捷"_qs);
        QCOMPARE(makerOfSeries(u"长安CS75 PLUS"_qs, m_terms), u"长安"_qs);
        QCOMPARE(makerOfSeries(u"长安欧尚X5"_qs, m_terms), u"长安欧尚"_qs);   // the longest brand wins
        QCOMPARE(makerOfSeries(u"无名车"_qs, m_terms), QString());
    }

    void clientFilter()
    {
        Che168SearchPage page;
        QJsonObject ev = car(2);
        ev.insert(u"displacement"_qs, u"0.0T"_qs);
        ev.insert(u"isnewenergy"_qs, 1);
        ev.insert(u"environmental"_qs, u"-"_qs);
        QJsonObject phev = car(3);
        phev.insert(u"isnewenergy"_qs, 1);
        QJsonObject fresh = car(4);
        fresh.insert(u"firstregyear"_qs, u"未上牌"_qs);
        QVERIFY(!parseSearchPage(reply({car(1), ev, phev, fresh}), m_terms, &page).isError());
        const auto ids = [&](const ClientFilter &f) {
            QStringList out;
            for (const Che168Car &c : std::as_const(page.cars)) {
                if (passes(c, f, 2026))
                    out << c.listing.id;
            }
            return out.join(u',');
        };
        QCOMPARE(ids({}), u"1,2,3,4"_qs);
        ClientFilter f;
        f.fuels = {Fuel::Electric};
        QCOMPARE(ids(f), u"2"_qs);
        f.fuels = {Fuel::HybridPetrol};
        QCOMPARE(ids(f), u"3"_qs);
        f.fuels = {Fuel::Petrol};
        QCOMPARE(ids(f), u"1,4"_qs);
        f = {};
        f.emissionStandards = {u"国VI"_qs};
        QCOMPARE(ids(f), u"1,3,4"_qs);
        f = {};
        f.priceMax = 125000;
        QCOMPARE(ids(f), u"1,2,3,4"_qs);
        f.priceMax = 124999;
        QCOMPARE(ids(f), QString());
        f = {};
        f.yearTo = 2025;   // unregistered counts as this year
        QCOMPARE(ids(f), u"1,2,3"_qs);
        f = {};
        f.mileageMaxKm = 31999;
        QCOMPARE(ids(f), QString());
    }

    void foldingByInfoId()
    {
        InfoIdFolder folder;
        Listing a, b, c;
        a.id = u"1"_qs;
        b.id = u"2"_qs;
        c.id = u"1"_qs;
        QCOMPARE(folder.fold({a, b}).size(), 2);
        const QList<Listing> second = folder.fold({c, b});
        QVERIFY(second.isEmpty());
        QCOMPARE(folder.folded(), 2);
    }

private:
    void checkRow(const QByteArray &body)
    {
        QFETCH(int, index);
        QFETCH(QString, id);
        QFETCH(QString, make);
        QFETCH(QString, model);
        QFETCH(QString, trim);
        QFETCH(QString, city);
        QFETCH(int, year);
        QFETCH(int, mileage);
        QFETCH(qint64, price);
        QFETCH(int, cc);
        QFETCH(QString, fuel);
        QFETCH(QString, emission);
        Che168SearchPage page;
        const JobError e = parseSearchPage(body, m_terms, &page);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(page.cars.size(), 10);
        const Che168Car &c = page.cars.at(index);
        const Listing &l = c.listing;
        QCOMPARE(l.id, id);
        QCOMPARE(l.make, make);
        QVERIFY2(!l.makeEn.isEmpty(), qPrintable(l.make));
        QCOMPARE(l.model, model);
        QCOMPARE(l.trim, trim);
        QCOMPARE(l.location, city);
        QVERIFY2(!m_terms.lookup(u"region", l.location, u"ru").isEmpty(), qPrintable(l.location));
        QCOMPARE(l.year, year);
        QCOMPARE(l.month, 0);
        QCOMPARE(l.mileageKm, mileage);
        QCOMPARE(l.price.value_or(-1), price);
        QCOMPARE(l.engineCc, cc);
        QCOMPARE(fuelKey(l.fuel), fuel);
        QCOMPARE(c.emission, emission);
        QVERIFY2(!m_terms.lookup(u"emission", c.emission, u"en").isEmpty(), qPrintable(c.emission));
        QCOMPARE(l.photos.size(), 1);
        QVERIFY(l.photos.first().toString().contains(u"/1024x768_"));
        QCOMPARE(l.powerHp, 0);
    }
};

QTEST_APPLESS_MAIN(TestChe168List)
#include "tst_che168list.moc"
