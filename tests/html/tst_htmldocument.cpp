#include "core/sources/html/htmldocument.h"

#include <QTest>

using namespace CarScout::Html;

class TestHtmlDocument : public QObject
{
    Q_OBJECT

private slots:
    void xpathAndText();
    void attributes();
    void classPredicateMatchesTokens();
    void navigation();
    void brokenHtmlIsRecovered();
    void eucKrInput_data();
    void eucKrInput();
    void encodingDetection_data();
    void encodingDetection();
    void canonicalEncoding_data();
    void canonicalEncoding();
    void errors_data();
    void errors();
    void utf8Validation_data();
    void utf8Validation();
    void textVariants();
    void invalidXPathIsEmpty();
    void finders();
};

void TestHtmlDocument::xpathAndText()
{
    const QByteArray html = "<div id=list><div class='area x' data-car-seq='11'><strong class=tit>\n  현대   쏘나타\n</strong>"
                            "<span class=price> 2,570<span class=unit>만원</span> </span></div>"
                            "<div class='area' data-car-seq='12'><strong class=tit>기아 K5</strong></div></div>";
    const HtmlDocument doc = HtmlDocument::parse(html);
    QVERIFY2(doc.isValid(), qPrintable(doc.error().message));
    QCOMPARE(doc.encoding(), QByteArray("UTF-8"));
    const QByteArray cards = "//div" + classPredicate("area") + "[@data-car-seq]";
    const QList<HtmlNode> nodes = doc.select(cards.constData());
    QCOMPARE(nodes.size(), 2);
    QCOMPARE(nodes[0].attribute("data-car-seq"), u"11"_qs);
    QCOMPARE(nodes[0].textOf(".//strong[@class='tit']"), u"현대 쏘나타"_qs);
    QCOMPARE(nodes[0].textOf(".//span[@class='price']"), u"2,570만원"_qs);
    QCOMPARE(nodes[1].textOf(".//strong"), u"기아 K5"_qs);
    QVERIFY(nodes[1].first(".//span").isNull());
    QCOMPARE(nodes[1].textOf(".//span"), QString());
    QCOMPARE(doc.first("//*[@id='list']").name(), u"div"_qs);
    QCOMPARE(doc.root().name(), u"html"_qs);
}

void TestHtmlDocument::attributes()
{
    const HtmlDocument doc = HtmlDocument::parse(
        "<p><a href=\"/public/car/detail.kbc?carSeq=1&amp;x=2\" data-empty=\"\" title='a &quot;b&quot;'>x</a></p>");
    const HtmlNode a = doc.first("//a");
    QCOMPARE(a.attribute("href"), u"/public/car/detail.kbc?carSeq=1&x=2"_qs);
    QCOMPARE(a.attribute("title"), u"a \"b\""_qs);
    QVERIFY(a.hasAttribute("data-empty"));
    QCOMPARE(a.attribute("data-empty"), QString());
    QVERIFY(!a.hasAttribute("missing"));
    QCOMPARE(a.attribute("missing"), QString());
    QCOMPARE(HtmlNode().attribute("href"), QString());
}

void TestHtmlDocument::classPredicateMatchesTokens()
{
    const HtmlDocument doc = HtmlDocument::parse("<div class='area'>1</div><div class=' x  area\ty'>2</div>"
                                                 "<div class='area-wide'>3</div><div class='sub-area'>4</div>");
    const QByteArray xp = "//div" + classPredicate("area");
    QList<QString> texts;
    for (const HtmlNode &n : doc.select(xp.constData()))
        texts.append(n.text());
    QCOMPARE(texts, (QList<QString>{u"1"_qs, u"2"_qs}));
    const QList<HtmlNode> all = doc.select("//div");
    QCOMPARE(all.size(), 4);
    QVERIFY(all[1].hasClass("area"));
    QVERIFY(all[1].hasClass("y"));
    QVERIFY(!all[2].hasClass("area"));
    QVERIFY(!all[3].hasClass("area"));
}

void TestHtmlDocument::navigation()
{
    const HtmlDocument doc = HtmlDocument::parse(
        "<table><tr><th>연식</th><td>12년06월(13년형)</td><th>배기량</th><td>1,591cc</td></tr></table>");
    const QList<HtmlNode> ths = doc.select("//th");
    QCOMPARE(ths.size(), 2);
    QCOMPARE(ths[0].nextSibling().text(), u"12년06월(13년형)"_qs);
    QCOMPARE(ths[1].first("following-sibling::td[1]").text(), u"1,591cc"_qs);
    QCOMPARE(ths[1].previousSibling().name(), u"td"_qs);
    const HtmlNode tr = ths[0].parent();
    QCOMPARE(tr.name(), u"tr"_qs);
    QCOMPARE(tr.children().size(), 4);
    QCOMPARE(tr.firstChild(), ths[0]);
    QVERIFY(tr.line() >= 1);
    QVERIFY(tr.path().endsWith(u"/tr"_qs));
}

void TestHtmlDocument::brokenHtmlIsRecovered()
{
    // Unclosed tags, stray end tags, a table cell outside a table, an unterminated attribute at the end.
    const QByteArray html = "<div class=a><p>one<span>two</div></p><td>cell</td><ul><li>x<li>y</ul><div class=\"b";
    const HtmlDocument doc = HtmlDocument::parse(html);
    QVERIFY2(doc.isValid(), qPrintable(doc.error().message));
    QCOMPARE(doc.first("//div[@class='a']").text(), u"onetwo"_qs);
    QCOMPARE(doc.select("//li").size(), 2);
    QCOMPARE(doc.first("//li[2]").text(), u"y"_qs);
    QCOMPARE(doc.first("//td").text(), u"cell"_qs);
}

void TestHtmlDocument::eucKrInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QByteArray>("expectedEncoding");
    // "<td>모델명</td><td>한글</td>" in EUC-KR: 모델명 = B8 F0 B5 A8 B8 ED, 한글 = C7 D1 B1 DB.
    const QByteArray body = "<table><tr><td>\xB8\xF0\xB5\xA8\xB8\xED</td><td>\xC7\xD1\xB1\xDB</td></tr></table>";
    QTest::newRow("label euc-kr") << body << QByteArray("euc-kr") << QByteArray("CP949");
    QTest::newRow("label ks_c_5601-1987") << body << QByteArray("ks_c_5601-1987") << QByteArray("CP949");
    QTest::newRow("meta http-equiv")
        << QByteArray("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\"></head><body>" + body)
        << QByteArray() << QByteArray("CP949");
    QTest::newRow("meta charset") << QByteArray("<meta charset='EUC-KR'>" + body) << QByteArray() << QByteArray("CP949");
    QTest::newRow("fallback") << body << QByteArray() << QByteArray("CP949");
    // CP949-only syllable (똠 = 0x8C63 in CP949, absent from strict EUC-KR) under an euc-kr label.
    QTest::newRow("cp949 extension")
        << QByteArray("<table><tr><td>\xB8\xF0\xB5\xA8\xB8\xED</td><td>\xC7\xD1\xB1\xDB\x8C\x63</td></tr></table>")
        << QByteArray("euc-kr") << QByteArray("CP949");
}

void TestHtmlDocument::eucKrInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, label);
    QFETCH(QByteArray, expectedEncoding);
    const HtmlDocument doc = HtmlDocument::parse(bytes, label, "CP949");
    QVERIFY2(doc.isValid(), qPrintable(doc.error().message));
    QCOMPARE(doc.encoding(), expectedEncoding);
    const QList<HtmlNode> tds = doc.select("//td");
    QCOMPARE(tds.size(), 2);
    QCOMPARE(tds[0].text(), u"모델명"_qs);
    QVERIFY(tds[1].text().startsWith(u"한글"_qs));
    // The label → next cell pattern Bobaedream's detail pages need.
    QCOMPARE(doc.first("//td[normalize-space(.)='모델명']/following-sibling::td[1]").text(), tds[1].text());
}

void TestHtmlDocument::encodingDetection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("ascii") << QByteArray("<p>hello</p>") << QByteArray("UTF-8");
    QTest::newRow("utf-8 hangul") << QByteArray("<p>\xED\x95\x9C</p>") << QByteArray("UTF-8");
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF<p>x</p>") << QByteArray("UTF-8");
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE<\0p\0", 6) << QByteArray("UTF-16LE");
    QTest::newRow("meta wins over validity") << QByteArray("<meta charset=\"euc-kr\"><p>x</p>") << QByteArray("CP949");
    QTest::newRow("meta http-equiv upper") << QByteArray("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; CHARSET=UTF-8'>")
                                           << QByteArray("UTF-8");
    QTest::newRow("undeclared legacy bytes") << QByteArray("<p>\xC7\xD1</p>") << QByteArray();
}

void TestHtmlDocument::encodingDetection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, expected);
    QCOMPARE(HtmlDocument::detectEncoding(bytes), expected);
}

void TestHtmlDocument::canonicalEncoding_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("utf8") << QByteArray(" utf8 ") << QByteArray("UTF-8");
    QTest::newRow("UTF-8") << QByteArray("UTF-8") << QByteArray("UTF-8");
    QTest::newRow("euc-kr") << QByteArray("EUC-KR") << QByteArray("CP949");
    QTest::newRow("windows-949") << QByteArray("windows-949") << QByteArray("CP949");
    QTest::newRow("iso-8859-1") << QByteArray("iso-8859-1") << QByteArray("WINDOWS-1252");
    QTest::newRow("gb2312") << QByteArray("gb2312") << QByteArray("GB18030");
    QTest::newRow("other") << QByteArray("shift_jis") << QByteArray("SHIFT_JIS");
}

void TestHtmlDocument::canonicalEncoding()
{
    QFETCH(QByteArray, label);
    QFETCH(QByteArray, expected);
    QCOMPARE(HtmlDocument::canonicalEncoding(label), expected);
}

void TestHtmlDocument::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<qsizetype>("offset");
    using K = HtmlParseError::Kind;
    QTest::newRow("empty") << QByteArray() << QByteArray() << int(K::Empty) << u"0 bytes"_qs << qsizetype(-1);
    QTest::newRow("whitespace") << QByteArray(" \n\t ") << QByteArray() << int(K::Empty) << u"only whitespace"_qs
                                << qsizetype(-1);
    QTest::newRow("euc-kr bytes read as utf-8") << QByteArray("<p>ok</p><p>\xC7\xD1\xB1\xDB</p>") << QByteArray("utf-8")
                                                << int(K::InvalidBytes) << u"not valid UTF-8 at byte offset 12"_qs
                                                << qsizetype(12);
    QTest::newRow("undeclared legacy, utf-8 fallback") << QByteArray("<p>\xC7\xD1</p>") << QByteArray()
                                                       << int(K::InvalidBytes) << u"byte offset 3"_qs << qsizetype(3);
    QTest::newRow("invalid euc-kr") << QByteArray("<p>\xC7\xD1\xFF\xFF</p>") << QByteArray("euc-kr")
                                    << int(K::InvalidBytes) << u"not valid CP949 at byte offset 5"_qs << qsizetype(5);
    QTest::newRow("truncated euc-kr") << QByteArray("<p>\xC7\xD1\xC7") << QByteArray("euc-kr") << int(K::InvalidBytes)
                                      << u"truncated multi-byte sequence"_qs << qsizetype(5);
    QTest::newRow("unknown encoding") << QByteArray("<p>x</p>") << QByteArray("no-such-charset")
                                      << int(K::UnsupportedEncoding) << u"\"NO-SUCH-CHARSET\""_qs << qsizetype(-1);
}

void TestHtmlDocument::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, label);
    QFETCH(int, kind);
    QFETCH(QString, messagePart);
    QFETCH(qsizetype, offset);
    const HtmlDocument doc = HtmlDocument::parse(bytes, label);
    QVERIFY(!doc.isValid());
    QCOMPARE(int(doc.error().kind), kind);
    QVERIFY2(doc.error().message.contains(messagePart), qPrintable(doc.error().message));
    QCOMPARE(doc.error().byteOffset, offset);
    QVERIFY(doc.select("//p").isEmpty());
    QVERIFY(doc.root().isNull());
}

void TestHtmlDocument::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("expected");
    QTest::newRow("empty") << QByteArray() << qsizetype(-1);
    QTest::newRow("long ascii") << QByteArray(100, 'a') << qsizetype(-1);
    QTest::newRow("hangul") << QByteArray("abcdefghij\xED\x95\x9C\xEA\xB8\x80") << qsizetype(-1);
    QTest::newRow("emoji") << QByteArray("\xF0\x9F\x9A\x97") << qsizetype(-1);
    QTest::newRow("lone continuation") << QByteArray("abcdefghijk\x80") << qsizetype(11);
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << qsizetype(0);
    QTest::newRow("overlong 3") << QByteArray("ab\xE0\x80\xAF") << qsizetype(2);
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << qsizetype(0);
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << qsizetype(0);
    QTest::newRow("truncated") << QByteArray("x\xED\x95") << qsizetype(1);
}

void TestHtmlDocument::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, expected);
    QCOMPARE(HtmlDocument::firstInvalidUtf8(bytes), expected);
}

void TestHtmlDocument::textVariants()
{
    const HtmlDocument doc = HtmlDocument::parse(
        "<h2 class=title>\n  KB스타픽\n  <div class=tip>툴팁 열기</div></h2>"
        "<div id=c>line one<br>line&nbsp;&nbsp;two<br><br><p>para</p><script>var x = 1;</script><style>p{}</style></div>"
        "<li><span class=text>열선시트<br/>( 앞좌석 , <span class=disable>뒷좌석</span> )</span></li>");
    const HtmlNode h2 = doc.first("//h2");
    QCOMPARE(h2.ownText(), u"KB스타픽"_qs);
    QCOMPARE(h2.text(), u"KB스타픽 툴팁 열기"_qs);
    const HtmlNode c = doc.first("//*[@id='c']");
    QCOMPARE(c.text(), u"line one line two para"_qs);
    QCOMPARE(c.textLines(), u"line one\nline two\npara"_qs);
    const HtmlNode span = doc.first("//span[@class='text']");
    QCOMPARE(span.text(), u"열선시트 ( 앞좌석 , 뒷좌석 )"_qs);
    QCOMPARE(span.textExcludingClass("disable"), u"열선시트 ( 앞좌석 , )"_qs);
}

void TestHtmlDocument::invalidXPathIsEmpty()
{
    const HtmlDocument doc = HtmlDocument::parse("<p>x</p>");
    QTest::ignoreMessage(QtWarningMsg, "HtmlDocument: invalid XPath expression: //p[");
    QVERIFY(doc.select("//p[").isEmpty());
}

void TestHtmlDocument::finders()
{
    const HtmlDocument doc = HtmlDocument::parse(
        "<h2>A</h2><div class='area x' data-car-seq='1'><span class='tag'>t1</span><p><span class='tag big'>t2</span></p>"
        "<span class='tags'>no</span><img src='a.jpg'><img></div><h2>B</h2><div class='area' data-car-seq='2'></div>"
        "<div class='area'>no seq</div>");
    const HtmlNode root = doc.root();
    QCOMPARE(root.findAll("div", "area").size(), 3);
    const HtmlNode first = root.findFirst("div", "area");
    QCOMPARE(first.attribute("data-car-seq"), u"1"_qs);
    QList<QString> tags;
    for (const HtmlNode &t : first.findAll("span", "tag"))
        tags << t.text();
    QCOMPARE(tags, (QList<QString>{u"t1"_qs, u"t2"_qs}));   // "tags" is another token
    QCOMPARE(first.findAll("img").size(), 2);
    QCOMPARE(first.findAll({}, "big").size(), 1);
    QCOMPARE(root.findAll("span", {}, 2).size(), 2);
    QVERIFY(first.findFirst("table").isNull());
    QVERIFY(HtmlNode().findFirst("div").isNull());
    QVERIFY(first.is("div"));
    QVERIFY(!first.is("span"));
    // Headings and cards interleaved in document order, as the KB list parser walks them.
    const QList<HtmlNode> walk = root.findAllIf([](const HtmlNode &n) {
        return n.is("h2") || (n.is("div") && n.hasAttribute("data-car-seq") && n.hasClass("area"));
    });
    QList<QString> order;
    for (const HtmlNode &n : walk)
        order << (n.is("h2") ? n.text() : n.attribute("data-car-seq"));
    QCOMPARE(order, (QList<QString>{u"A"_qs, u"1"_qs, u"B"_qs, u"2"_qs}));
}

QTEST_APPLESS_MAIN(TestHtmlDocument)
#include "tst_htmldocument.moc"
