#include "core/sources/bobaedream/bobaecatalog.h"
#include "core/sources/terms.h"
#include "tests/bobaedream/bobaefixtures.h"

#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Bobae;
using namespace CarScout::Test::Bobae;

namespace {

QString keysAndCounts(const QList<FilterNode> &nodes)
{
    QStringList out;
    for (const FilterNode &n : nodes)
        out.append(n.key + u'=' + n.name + u'/' + QString::number(n.count));
    return out.join(u", "_qs);
}

} // namespace

class TestBobaeCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bikeLevels_data();
    void bikeLevels();
    void bikeLevelNodes();
    void otherParentsDropped();
    void wrongLevelRecognised_data();
    void wrongLevelRecognised();
    void bikeBadReplies_data();
    void bikeBadReplies();
    void carMakersAndModels_data();
    void carMakersAndModels();
    void carBadReplies();

private:
    TermDictionary m_terms;
};

void TestBobaeCatalog::initTestCase()
{
    QString error;
    m_terms = TermDictionary::loadDefault(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestBobaeCatalog::bikeLevels_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("warnings");
    QTest::newRow("categories, strings")
        << QByteArray(R"([{"sno":"1","cname":"스쿠터","cnt":"120","chk":""},{"sno":"4","cname":"레플리카","cnt":"33","chk":""}])")
        << QByteArray() << 0 << QString() << u"1=스쿠터/120, 4=레플리카/33"_qs << 0;
    QTest::newRow("makers, numbers and null/empty counts")
        << QByteArray(R"([{"sno":5,"cname":"혼다","cnt":210},{"sno":6,"cname":"야마하","cnt":null},{"sno":"119","cname":"할리데이비슨","cnt":""}])")
        << QByteArray("utf-8") << 1 << QString() << u"5=혼다/210, 6=야마하/-1, 119=할리데이비슨/-1"_qs << 0;
    QTest::newRow("CP949 bytes, no charset declared")
        << cp949(uR"([{"sno":"3","cname":"스즈키 똠","cnt":"1,204"}])"_qs) << QByteArray() << 1 << QString()
        << u"3=스즈키 똠/1204"_qs << 0;
    QTest::newRow("EUC-KR declared")
        << cp949(uR"([{"sno":"336","cname":"스포스터","cnt":"4"}])"_qs) << QByteArray("EUC-KR") << 2 << u"119"_qs
        << u"336=스포스터/4"_qs << 0;
    QTest::newRow("object keyed by index, numeric order")
        << QByteArray(R"({"0":{"sno":"7","cname":"800GS"},"2":{"sno":"9","cname":"1200RT"},"10":{"sno":"13","cname":"1100RT"}})")
        << QByteArray() << 2 << u"4"_qs << u"7=800GS/-1, 9=1200RT/-1, 13=1100RT/-1"_qs << 0;
    QTest::newRow("wrapped in data") << QByteArray(R"({"data":[{"sno":"1","cname":"A &amp; B"}]})") << QByteArray() << 3
                                     << u"9"_qs << u"1=A & B/-1"_qs << 0;
    QTest::newRow("duplicates and broken items")
        << QByteArray(R"([{"sno":"1","cname":"X"},{"sno":"1","cname":"X"},{"cname":"no sno"},5,{"sno":"2","cname":" "}])")
        << QByteArray() << 2 << u"4"_qs << u"1=X/-1"_qs << 3;
    // Numbers that are no count or code: unknown (-1) or a skipped item, never a wrapped integer (found by fuzzing).
    QTest::newRow("count too large, fractional, negative")
        << QByteArray(R"([{"sno":"1","cname":"A","cnt":2.2e97},{"sno":"2","cname":"B","cnt":1.5},{"sno":"3","cname":"C","cnt":-4}])")
        << QByteArray() << 2 << u"4"_qs << u"1=A/-1, 2=B/-1, 3=C/-1"_qs << 0;
    QTest::newRow("code too large") << QByteArray(R"([{"sno":1e300,"cname":"A"},{"sno":"2","cname":"B"}])") << QByteArray()
                                    << 2 << u"4"_qs << u"2=B/-1"_qs << 1;
    QTest::newRow("empty body = none") << QByteArray() << QByteArray() << 2 << u"10"_qs << QString() << 0;
    QTest::newRow("null = none") << QByteArray(" null\n") << QByteArray() << 2 << u"10"_qs << QString() << 0;
}

void TestBobaeCatalog::bikeLevels()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, charset);
    QFETCH(int, level);
    QFETCH(QString, parent);
    QFETCH(QString, expected);
    QFETCH(int, warnings);
    const CatalogReply r = parseBikeLevel(body, charset, level, parent, &m_terms);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(keysAndCounts(r.nodes), expected);
    QCOMPARE(r.warnings.size(), warnings);
    for (const FilterNode &n : r.nodes) {
        QCOMPARE(n.level, QString::fromLatin1(kBikeLevels[level]));
        QCOMPARE(n.hasChildren, level < 3);
    }
}

void TestBobaeCatalog::bikeLevelNodes()
{
    const CatalogReply c = parseBikeLevel(R"([{"sno":"1","cname":"스쿠터"},{"sno":"99","cname":"미니바이크"}])", {}, 0, {}, &m_terms);
    QVERIFY2(c.ok(), qPrintable(c.error));
    QCOMPARE(c.nodes.at(0).nameEn, u"Scooter"_qs);
    QCOMPARE(c.nodes.at(1).nameEn, QString());   // not in the dictionary: stays Korean
    const CatalogReply m = parseBikeLevel(R"([{"sno":"5","cname":"혼다"}])", {}, 1, {}, &m_terms);
    QCOMPARE(m.nodes.at(0).nameEn, u"Honda"_qs);
}

void TestBobaeCatalog::otherParentsDropped()
{
    // A models reply for Honda (5) that carries BMW (4) models naming their maker: those are dropped.
    const QByteArray body = R"([{"sno":"21","cname":"CBR650R","maker_no":"5"},{"sno":"7","cname":"800GS","maker_no":"4"},)"
                            R"({"sno":"9","cname":"1200RT","maker_no":"4"},{"sno":"22","cname":"PCX125"}])";
    const CatalogReply r = parseBikeLevel(body, {}, 2, u"5"_qs, &m_terms);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(keysAndCounts(r.nodes), u"21=CBR650R/-1, 22=PCX125/-1"_qs);
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings.first().contains(u"2 item(s) of another parent dropped (800GS, 1200RT)"_qs), qPrintable(r.warnings.first()));
    // Makers carry no parent: the same field means nothing there.
    const CatalogReply makers = parseBikeLevel(R"([{"sno":"5","cname":"혼다","maker_no":"5"}])", {}, 1, {}, &m_terms);
    QCOMPARE(makers.nodes.size(), 1);
}

void TestBobaeCatalog::wrongLevelRecognised_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("level");
    QTest::newRow("categories") << QByteArray(R"([{"sno":"1","cname":"스쿠터"},{"sno":"4","cname":"레플리카"},{"sno":"5","cname":"네이키드"}])") << 0;
    QTest::newRow("makers where models were asked")
        << QByteArray(R"([{"sno":"5","cname":"혼다"},{"sno":"6","cname":"야마하"},{"sno":"3","cname":"스즈키"},{"sno":"x","cname":"신생"}])") << 1;
    QTest::newRow("models") << QByteArray(R"([{"sno":"7","cname":"800GS"},{"sno":"9","cname":"1200RT"}])") << -1;
    QTest::newRow("one item says nothing") << QByteArray(R"([{"sno":"5","cname":"혼다"}])") << -1;
}

void TestBobaeCatalog::wrongLevelRecognised()
{
    QFETCH(QByteArray, body);
    QFETCH(int, level);
    const CatalogReply r = parseBikeLevel(body, {}, 2, u"5"_qs, &m_terms);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(replyLevel(r.nodes, &m_terms), level);
    QCOMPARE(replyLevel(r.nodes, nullptr), -1);
}

void TestBobaeCatalog::bikeBadReplies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("HTML error page") << QByteArray("<html><body>Error</body></html>") << QByteArray() << 1
                                     << u"get_cardepth.php (level maker, parent 5): not JSON"_qs;
    QTest::newRow("truncated JSON") << QByteArray(R"([{"sno":"1","cname":"스)") << QByteArray() << 0 << u"not JSON"_qs;
    QTest::newRow("object with names") << QByteArray(R"({"error":"denied"})") << QByteArray() << 2
                                       << u"a JSON object whose key \"error\" is not an index"_qs;
    QTest::newRow("CP949 declared UTF-8") << cp949(uR"([{"sno":"1","cname":"똠"}])"_qs) << QByteArray("utf-8") << 2
                                          << u"not valid UTF-8 at byte offset"_qs;
    QTest::newRow("level out of range") << QByteArray("[]") << QByteArray() << 4 << u"four levels"_qs;
}

void TestBobaeCatalog::bikeBadReplies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, charset);
    QFETCH(int, level);
    QFETCH(QString, errorPart);
    const CatalogReply r = parseBikeLevel(body, charset, level, u"5"_qs, &m_terms);
    QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
    QVERIFY(r.nodes.isEmpty());
}

void TestBobaeCatalog::carMakersAndModels_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("maker");
    QTest::addColumn<QString>("expected");
    QTest::newRow("makers: a list")
        << QByteArray(R"([{"no":"49","name":"현대","car_cnt":"437"},{"no":"3","name":"기아","car_cnt":416},{"no":"1019","name":"폴스타","car_cnt":"1"}])")
        << QString() << u"49=현대/437, 3=기아/416, 1019=폴스타/1"_qs;
    QTest::newRow("models: an object, car_cnt null; keys are names")
        << QByteArray(R"({"0":{"no":"5","name":"그랜저","car_cnt":null},"1":{"no":"935","name":"G70","car_cnt":null}})")
        << u"49"_qs << u"그랜저=그랜저/-1, G70=G70/-1"_qs;
    QTest::newRow("maker_name spelling") << QByteArray(R"([{"maker_no":"21","maker_name":"벤츠"}])") << QString()
                                         << u"21=벤츠/-1"_qs;
    QTest::newRow("none") << QByteArray("null") << u"1"_qs << QString();
}

void TestBobaeCatalog::carMakersAndModels()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, maker);
    QFETCH(QString, expected);
    const CatalogReply r = parseCarMakerModels(body, {}, maker, &m_terms);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(keysAndCounts(r.nodes), expected);
    for (const FilterNode &n : r.nodes) {
        QCOMPARE(n.level, maker.isEmpty() ? u"maker"_qs : u"model"_qs);
        QCOMPARE(n.hasChildren, maker.isEmpty());
    }
    if (maker.isEmpty() && !r.nodes.isEmpty() && r.nodes.first().name == u"현대"_qs)
        QCOMPARE(r.nodes.first().nameEn, u"Hyundai"_qs);
}

void TestBobaeCatalog::carBadReplies()
{
    const CatalogReply r = parseCarMakerModels("<script>alert('로그인')</script>", {}, {}, &m_terms);
    QVERIFY2(r.error.startsWith(u"ajax_maker_new.php (makers): not JSON"_qs), qPrintable(r.error));
    const CatalogReply m = parseCarMakerModels(R"([{"no":"5"},{"name":"x"}])", {}, u"49"_qs, &m_terms);
    QVERIFY(m.ok());
    QVERIFY(m.nodes.isEmpty());
    QCOMPARE(m.warnings.size(), 2);
    QVERIFY(m.warnings.first().startsWith(u"ajax_maker_new.php (models of maker 49): item 0 has no code or name"_qs));
}

QTEST_APPLESS_MAIN(TestBobaeCatalog)
#include "tst_bobaecatalog.moc"
