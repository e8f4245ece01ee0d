// The Encar filter tree from iNav facets: a hand-written fixture shaped like sources.md §1.4 (no real iNav
// capture exists) and iNav produced by the demo backend; nodes found by Name/DisplayName, not position.

#include "core/sources/encar/encardemo.h"
#include "core/sources/encar/encarinav.h"
#include "core/sources/encar/encarquery.h"
#include "core/sources/terms.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Encar;

namespace {

// Shaped like sources.md §1.4: iNav.Nodes[] {Name, DisplayName, Facets[]}; facets with Value, DisplayValue, Count,
// IsSelected, Expression, Action, Metadata.EngName, Refinements.Nodes. A Sort-like node comes first on purpose.
const char *kFixture = R"J({
  "Count": 52011,
  "SearchResults": [],
  "iNav": {
    "Nodes": [
      {"Name": "Options", "DisplayName": "옵션", "Facets": [{"Value": "Sunroof", "Count": 3}]},
      {"Name": "CarType", "DisplayName": "국산여부", "Facets": [
        {"Value": "Y", "DisplayValue": "국산", "Count": 150000, "IsSelected": true, "Expression": "CarType.Y.",
         "Action": "Remove", "Refinements": {"Nodes": [
          {"Name": "Manufacturer", "DisplayName": "제조사", "Facets": [
            {"Value": "기아", "DisplayValue": "기아", "Count": 45000, "IsSelected": false, "Expression": "Manufacturer.기아."},
            {"Value": "현대", "DisplayValue": "현대", "Count": 52011, "IsSelected": true, "Expression": "Manufacturer.현대.",
             "Metadata": {"EngName": ["Hyundai"]}, "Refinements": {"Nodes": [
              {"Name": "ModelGroup", "DisplayName": "모델그룹", "Facets": [
                {"Value": "쏘나타", "DisplayValue": "쏘나타", "Count": 8000},
                {"Value": "그랜저", "DisplayValue": "그랜저", "Count": 7000, "IsSelected": true, "Refinements": {"Nodes": [
                  {"Name": "Model", "Facets": [
                    {"Value": "그랜저 HG", "DisplayValue": "그랜저 HG", "Count": 2500, "IsSelected": true, "Refinements": {"Nodes": [
                      {"Name": "BadgeGroup", "Facets": [{"Value": "가솔린 2.4", "Count": 1800, "IsSelected": true,
                        "Refinements": {"Nodes": [{"Name": "Badge", "Facets": [
                          {"Value": 2.4, "DisplayValue": "2.4", "Count": 900}]}]}}]}]}},
                    {"Value": "그랜저 IG", "Count": 4500}]}]}}]}]}}]}]}},
        {"Value": "N", "DisplayValue": "수입", "Count": 70000, "IsSelected": false, "Expression": "CarType.N."}
      ]}
    ]
  }
})J";

QStringList keys(const QList<FilterNode> &nodes)
{
    QStringList out;
    for (const FilterNode &n : nodes)
        out << n.key;
    return out;
}

} // namespace

class TestEncarINav : public QObject
{
    Q_OBJECT

private:
    TermDictionary m_terms = TermDictionary::loadDefault();

private slots:
    void fixture_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("firstCount");
        QTest::newRow("car types") << QStringList{} << QStringList{u"Y"_qs, u"N"_qs} << u"car_type"_qs << 150000;
        QTest::newRow("makers") << QStringList{u"Y"_qs} << QStringList{u"기아"_qs, u"현대"_qs} << u"maker"_qs << 45000;
        QTest::newRow("model groups") << QStringList{u"Y"_qs, u"현대"_qs} << QStringList{u"쏘나타"_qs, u"그랜저"_qs}
                                      << u"model_group"_qs << 8000;
        QTest::newRow("model groups, car type implied") << QStringList{u"현대"_qs}
                                                        << QStringList{u"쏘나타"_qs, u"그랜저"_qs} << u"model_group"_qs << 8000;
        QTest::newRow("models") << QStringList{u"Y"_qs, u"현대"_qs, u"그랜저"_qs}
                                << QStringList{u"그랜저 HG"_qs, u"그랜저 IG"_qs} << u"model"_qs << 2500;
        QTest::newRow("badge groups") << QStringList{u"Y"_qs, u"현대"_qs, u"그랜저"_qs, u"그랜저 HG"_qs}
                                      << QStringList{u"가솔린 2.4"_qs} << u"badge_group"_qs << 1800;
        QTest::newRow("badges, numeric Value") << QStringList{u"Y"_qs, u"현대"_qs, u"그랜저"_qs, u"그랜저 HG"_qs, u"가솔린 2.4"_qs}
                                               << QStringList{u"2.4"_qs} << u"badge"_qs << 900;
    }

    void fixture()
    {
        QFETCH(QStringList, path);
        QFETCH(QStringList, keys);
        QFETCH(QString, level);
        QFETCH(int, firstCount);
        QList<FilterNode> nodes;
        const JobError e = parseINavChildren(kFixture, path, m_terms, &nodes);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(::keys(nodes), keys);
        QCOMPARE(nodes.first().level, level);
        QCOMPARE(nodes.first().count, firstCount);
    }

    void englishNames()
    {
        QList<FilterNode> makers;
        QVERIFY(!parseINavChildren(kFixture, {u"Y"_qs}, m_terms, &makers).isError());
        QCOMPARE(makers.at(0).nameEn, u"Kia"_qs);       // from the dictionary
        QCOMPARE(makers.at(1).nameEn, u"Hyundai"_qs);   // from Metadata.EngName
        QList<FilterNode> types;
        QVERIFY(!parseINavChildren(kFixture, {}, m_terms, &types).isError());
        QCOMPARE(types.at(0).name, u"국산"_qs);
        QCOMPARE(types.at(0).nameEn, u"Domestic"_qs);
    }

    void positionIndependent()
    {
        QJsonObject doc = QJsonDocument::fromJson(kFixture).object();
        QJsonObject iNav = doc.value(u"iNav"_qs).toObject();
        QJsonArray nodes = iNav.value(u"Nodes"_qs).toArray();
        const QJsonValue first = nodes.takeAt(0);
        nodes.append(first);   // CarType now first, the other node last
        iNav.insert(u"Nodes"_qs, nodes);
        doc.insert(u"iNav"_qs, iNav);
        QList<FilterNode> out;
        QVERIFY(!iNavChildren(doc, {u"Y"_qs, u"현대"_qs}, m_terms, &out).isError());
        QCOMPARE(keys(out), (QStringList{u"쏘나타"_qs, u"그랜저"_qs}));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        const int parse = int(JobError::Kind::Parse), notFound = int(JobError::Kind::NotFound);
        QTest::newRow("not expanded") << QByteArray(kFixture) << QStringList{u"Y"_qs, u"기아"_qs} << notFound
                                      << u"\"기아\" has no model_group refinements"_qs;
        QTest::newRow("unknown maker") << QByteArray(kFixture) << QStringList{u"Y"_qs, u"벤츠"_qs} << notFound
                                       << u"\"벤츠\" is not among the maker values (2 of them)"_qs;
        QTest::newRow("car type not expanded") << QByteArray(kFixture) << QStringList{u"N"_qs} << notFound
                                               << u"does not expand car type \"N\""_qs;
        QTest::newRow("no iNav") << QByteArray(R"({"Count":1,"SearchResults":[]})") << QStringList{} << parse
                                 << u"no \"iNav\" object"_qs;
        QTest::newRow("no CarType") << QByteArray(R"({"iNav":{"Nodes":[{"Name":"Options","Facets":[]}]}})") << QStringList{}
                                    << parse << u"no CarType (국산여부) node"_qs;
        QTest::newRow("truncated") << QByteArray(kFixture).left(300) << QStringList{} << parse << u"invalid JSON at byte"_qs;
        QTest::newRow("block page") << QByteArray("<html>blocked</html>") << QStringList{} << parse << u"block page"_qs;
    }

    void errors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, path);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        QList<FilterNode> out;
        const JobError e = parseINavChildren(body, path, m_terms, &out);
        QCOMPARE(int(e.kind), kind);
        QVERIFY2(e.message.contains(expected), qPrintable(e.message));
    }

    void demoGenerated()
    {
        // Counts from the demo backend's iNav agree with the inventory it was built from.
        QFile f(u":/carscout/demo/encar/inventory.json"_qs);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QHash<QString, int> perGroup;
        int hyundai = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(u"SearchResults"_qs).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"Manufacturer"_qs).toString() == u"현대" && o.value(u"FuelType"_qs).toString() == u"디젤") {
                ++hyundai;
                perGroup[o.value(u"ModelGroup"_qs).toString()] += 1;
            }
        }
        QVERIFY(hyundai > 0);
        EncarFilter filter;
        filter.carType = u"Y"_qs;
        filter.hierarchy = {u"현대"_qs};
        filter.fuelTypes = {u"디젤"_qs};
        Demo::ReplayRequest request;
        request.method = "GET";
        request.host = u"api.encar.com"_qs;
        request.path = u"/search/car/list/premium"_qs;
        request.query = QUrlQuery(listUrl(buildQ(filter), buildSr(u"ModifiedDate"_qs, 0, 1), true));
        const std::optional<Demo::ReplayResponse> response = answerDemoRequest(request);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QList<FilterNode> groups;
        const JobError e = parseINavChildren(response->body, {u"Y"_qs, u"현대"_qs}, m_terms, &groups);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(groups.size(), perGroup.size());
        for (const FilterNode &g : groups)
            QCOMPARE(g.count, perGroup.value(g.key));
        QCOMPARE(QJsonDocument::fromJson(response->body).object().value(u"Count"_qs).toInt(), hyundai);
    }
};

QTEST_GUILESS_MAIN(TestEncarINav)
#include "tst_encarinav.moc"
