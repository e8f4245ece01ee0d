#include "core/sources/kbchachacha/kbcatalogparser.h"
#include "core/sources/terms.h"
#include "tests/common/testsupport.h"

#include <QTest>

using namespace CarScout::Sources;
using namespace CarScout::Sources::Kb;

namespace {

const FilterNode *find(const QList<FilterNode> &nodes, const QString &key)
{
    for (const FilterNode &n : nodes) {
        if (n.key == key)
            return &n;
    }
    return nullptr;
}

int total(const QList<FilterNode> &nodes)
{
    int sum = 0;
    for (const FilterNode &n : nodes)
        sum += std::max(0, n.count);
    return sum;
}

} // namespace

class TestKbCatalog : public QObject
{
    Q_OBJECT

private slots:
    void makers();
    void classes();
    void cars();
    void modelsAndGrades();
    void badInput_data();
    void badInput();
};

void TestKbCatalog::makers()
{
    CARSCOUT_READ_SAMPLE(json, "kbchachacha/catalog-manufacturers.json");
    const TermDictionary terms = TermDictionary::loadDirectory(CarScout::Test::sourceDir() + u"/resources/terms"_qs);
    const KbCatalogResult r = parseMakers(json, &terms);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.nodes.size(), 82);   // 7 domestic + 75 import
    QCOMPARE(r.nodes.first().name, u"현대"_qs);   // domestic first, in the given order
    QCOMPARE(r.nodes.first().key, u"101"_qs);
    QCOMPARE(r.nodes.first().count, 53966);
    QCOMPARE(r.nodes.first().nameEn, u"Hyundai"_qs);
    QCOMPARE(r.nodes.first().level, u"maker"_qs);
    QCOMPARE(r.nodes.at(6).name, u"기타"_qs);
    QCOMPARE(r.nodes.at(7).name, u"벤츠"_qs);
    QCOMPARE(r.nodes.at(7).key, u"108"_qs);
    QCOMPARE(r.nodes.at(7).count, 8203);
    QCOMPARE(find(r.nodes, u"102"_qs)->name, u"기아"_qs);
    QCOMPARE(find(r.nodes, u"102"_qs)->count, 46279);
    QCOMPARE(find(r.nodes, u"107"_qs)->name, u"BMW"_qs);
    QCOMPARE(find(r.nodes, u"131"_qs)->count, 0);   // 란치아: listed with no cars
    QCOMPARE(find(r.nodes, u"198"_qs)->name, u"LEVC"_qs);
    QCOMPARE(total(r.nodes.mid(0, 7)), 53966 + 7621 + 46279 + 9972 + 8616 + 7663 + 175);
}

void TestKbCatalog::classes()
{
    CARSCOUT_READ_SAMPLE(json, "kbchachacha/catalog-models.json");
    const KbCatalogResult r = parseClasses(json);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.nodes.size(), 55);
    QCOMPARE(r.nodes.first().name, u"그랜저"_qs);
    QCOMPARE(r.nodes.first().key, u"1101"_qs);
    QCOMPARE(r.nodes.first().count, 9532);
    QCOMPARE(r.nodes.first().level, u"class"_qs);
    QCOMPARE(find(r.nodes, u"1108"_qs)->name, u"쏘나타"_qs);
    QCOMPARE(find(r.nodes, u"1108"_qs)->count, 5396);
    QCOMPARE(find(r.nodes, u"1109"_qs)->name, u"아반떼"_qs);
    QCOMPARE(find(r.nodes, u"1126"_qs)->name, u"포터"_qs);
    QCOMPARE(find(r.nodes, u"1126"_qs)->count, 7108);
    for (const FilterNode &n : r.nodes)
        QVERIFY(n.count >= 0);
}

void TestKbCatalog::cars()
{
    CARSCOUT_READ_SAMPLE(json, "kbchachacha/catalog-generations.json");
    const KbCatalogResult r = parseCars(json);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.nodes.size(), 20);
    QCOMPARE(r.nodes.first().name, u"쏘나타 디 엣지(DN8)"_qs);
    QCOMPARE(r.nodes.first().key, u"3330"_qs);
    QCOMPARE(r.nodes.first().count, 117);
    QCOMPARE(r.nodes.first().level, u"car"_qs);
    QCOMPARE(find(r.nodes, u"2994"_qs)->name, u"쏘나타 (DN8)"_qs);
    QCOMPARE(find(r.nodes, u"2994"_qs)->count, 1455);
    QCOMPARE(r.nodes.last().name, u"쏘나타"_qs);
    QCOMPARE(r.nodes.last().key, u"1116"_qs);
    QCOMPARE(r.nodes.last().count, 3);
    QCOMPARE(total(r.nodes), 5396);   // = the class count of 쏘나타 one level up
}

void TestKbCatalog::modelsAndGrades()
{
    CARSCOUT_READ_SAMPLE(json, "kbchachacha/catalog-configs_trims.json");
    const KbCatalogResult models = parseModels(json);
    QVERIFY2(models.ok(), qPrintable(models.error));
    QCOMPARE(models.nodes.size(), 6);
    QCOMPARE(models.nodes.first().name, u"1.6 터보"_qs);
    QCOMPARE(models.nodes.first().key, u"26892"_qs);
    QCOMPARE(models.nodes.first().count, 47);
    QCOMPARE(models.nodes.first().level, u"model"_qs);
    QCOMPARE(find(models.nodes, u"26891"_qs)->count, 24);
    QCOMPARE(find(models.nodes, u"26894"_qs)->name, u"2.0 LPG 장애인용"_qs);
    QCOMPARE(find(models.nodes, u"27282"_qs)->count, 10);
    QCOMPARE(total(models.nodes), 117);   // = the car count of 쏘나타 디 엣지(DN8)

    const KbCatalogResult grades = parseGrades(json, u"26892"_qs);
    QVERIFY2(grades.ok(), qPrintable(grades.error));
    QCOMPARE(grades.nodes.size(), 3);
    QCOMPARE(grades.nodes.at(0).name, u"프리미엄"_qs);
    QCOMPARE(grades.nodes.at(0).key, u"26892|001"_qs);
    QCOMPARE(grades.nodes.at(0).count, 3);
    QCOMPARE(grades.nodes.at(1).name, u"익스클루시브"_qs);
    QCOMPARE(grades.nodes.at(1).count, 21);
    QCOMPARE(grades.nodes.at(2).name, u"인스퍼레이션"_qs);
    QCOMPARE(grades.nodes.at(2).key, u"26892|003"_qs);
    QCOMPARE(grades.nodes.at(2).count, 23);
    QCOMPARE(grades.nodes.at(2).level, u"grade"_qs);
    QVERIFY(!grades.nodes.at(2).hasChildren);

    const KbCatalogResult business = parseGrades(json, u"26895"_qs);
    QCOMPARE(business.nodes.size(), 2);
    QCOMPARE(business.nodes.at(0).name, u"Business 1"_qs);
    QCOMPARE(business.nodes.at(0).count, 10);
    QCOMPARE(business.nodes.at(1).count, 11);
    QCOMPARE(parseGrades(json, u"26894"_qs).nodes.size(), 1);
    QCOMPARE(parseGrades(json, u"99999"_qs).nodes.size(), 0);
}

void TestKbCatalog::badInput_data()
{
    QTest::addColumn<int>("level");   // 0 makers, 1 classes, 2 cars, 3 models, 4 grades
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << 0 << QByteArray() << u"carMaker.json: empty response body"_qs;
    QTest::newRow("truncated") << 0 << QByteArray(R"({"status":200,"result":{"국산":[{"makerName":"현대","makerCode":"1)")
                               << u"carMaker.json: invalid JSON — "_qs;
    QTest::newRow("block page") << 1 << QByteArray("<html><title>blocked</title></html>")
                                << u"carClass.json: got HTML instead of JSON (block page?)"_qs;
    QTest::newRow("status 500") << 2 << QByteArray(R"({"status":500,"message":"ERROR","result":{}})")
                                << u"carName.json: status 500, message \"ERROR\""_qs;
    QTest::newRow("status string") << 2 << QByteArray(R"({"status":"200","result":{}})")
                                   << u"carName.json: \"status\" missing or not a number"_qs;
    QTest::newRow("no result") << 3 << QByteArray(R"({"status":200,"message":"SUCCESS"})")
                               << u"carModel.json: \"result\" missing or not an object"_qs;
    QTest::newRow("array top") << 3 << QByteArray("[1,2]") << u"carModel.json: top level is not a JSON object"_qs;
    QTest::newRow("no maker lists") << 0 << QByteArray(R"({"status":200,"result":{"hits":[]}})")
                                    << u"carMaker.json: result has neither \"국산\" nor \"수입\" maker lists"_qs;
    QTest::newRow("maker list wrong type") << 0 << QByteArray(R"({"status":200,"result":{"국산":{"a":1}}})")
                                           << u"carMaker.json: result.국산 is not an array"_qs;
    QTest::newRow("maker code wrong type")
        << 0 << QByteArray(R"({"status":200,"result":{"수입":[{"makerName":"BMW","makerCode":"107"},{"makerName":"X","makerCode":[1]}]}})")
        << u"carMaker.json: result.수입[1].makerCode is not a string"_qs;
    QTest::newRow("maker count wrong type")
        << 0 << QByteArray(R"({"status":200,"result":{"국산":[{"makerName":"현대","makerCode":"101","count":"many"}]}})")
        << u"carMaker.json: result.국산[0].count is not a number"_qs;
    QTest::newRow("class code missing") << 1 << QByteArray(R"({"status":200,"result":{"code":[{"className":"그랜저"}]}})")
                                        << u"carClass.json: result.code[0].classCode is missing"_qs;
    QTest::newRow("class item not object") << 1 << QByteArray(R"({"status":200,"result":{"code":["그랜저"]}})")
                                           << u"carClass.json: result.code[0] is not an object"_qs;
    QTest::newRow("car list missing") << 2 << QByteArray(R"({"status":200,"result":{"sale":{}}})")
                                      << u"carName.json: result.code is missing"_qs;
    QTest::newRow("model list wrong type") << 3 << QByteArray(R"({"status":200,"result":{"codeModel":"x"}})")
                                           << u"carModel.json: result.codeModel is not an array"_qs;
    QTest::newRow("grade name missing")
        << 4 << QByteArray(R"({"status":200,"result":{"codeGrade":[{"modelCode":"1","gradeCode":"001"}]}})")
        << u"carModel.json: result.codeGrade[0].gradeName is missing"_qs;
}

void TestKbCatalog::badInput()
{
    QFETCH(int, level);
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    KbCatalogResult r;
    switch (level) {
    case 0: r = parseMakers(json); break;
    case 1: r = parseClasses(json); break;
    case 2: r = parseCars(json); break;
    case 3: r = parseModels(json); break;
    default: r = parseGrades(json, u"1"_qs); break;
    }
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(expected), qPrintable(u"got: "_qs + r.error));
    QVERIFY(r.nodes.isEmpty());
}

QTEST_APPLESS_MAIN(TestKbCatalog)
#include "tst_kbcatalog.moc"
