// The Che168 brand list against the real capture (read at test time) and bad input; the Chinese dictionary
// knows every brand of that list in English and Russian.

#include "core/sources/che168/che168brands.h"
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

QByteArray brandsReply(const QJsonValue &brands)
{
    return QJsonDocument(QJsonObject{{u"returncode"_qs, 0}, {u"message"_qs, u"成功"_qs},
                                     {u"result"_qs, QJsonObject{{u"brands"_qs, brands}}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject brand(const QJsonValue &bid, const QString &name, const QString &price = u"1.2万"_qs)
{
    return QJsonObject{{u"bid"_qs, bid}, {u"name"_qs, name}, {u"py"_qs, u"x"_qs}, {u"price"_qs, price},
                       {u"on_sale_num"_qs, price.isEmpty() ? 0 : 123}};
}

} // namespace

class TestChe168Brands : public QObject
{
    Q_OBJECT

private:
    TermDictionary m_terms;

private slots:
    void initTestCase()
    {
        QString error;
        m_terms = TermDictionary::loadDefault(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void realCapture()
    {
        CARSCOUT_READ_SAMPLE(body, "che168/brands.json");
        QList<Che168Brand> brands;
        QStringList warnings;
        const JobError e = parseBrands(body, &brands, &warnings);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(warnings.isEmpty());
        QCOMPARE(brands.size(), 353);
        const Che168Brand &audi = brands.first();
        QCOMPARE(audi.id, u"33"_qs);
        QCOMPARE(audi.name, u"奥迪"_qs);
        QCOMPARE(audi.pinyin, u"aodi"_qs);
        QCOMPARE(audi.letter, u"A"_qs);
        QCOMPARE(audi.fromPriceCny.value_or(-1), qint64(7800));
        QVERIFY(audi.onSale);
        QStringList letters;
        int onSale = 0;
        for (const Che168Brand &b : brands) {
            if (letters.isEmpty() || letters.last() != b.letter)
                letters << b.letter;
            if (b.onSale)
                ++onSale;
            QCOMPARE(b.onSale, b.fromPriceCny.has_value());
        }
        QCOMPARE(letters.size(), 24);
        QCOMPARE(letters.first(), u"A"_qs);
        QCOMPARE(letters.last(), u"Z"_qs);
        QCOMPARE(onSale, 259);
        const auto find = [&](const QString &name) {
            for (const Che168Brand &b : brands) {
                if (b.name == name)
                    return b;
            }
            return Che168Brand{};
        };
        QCOMPARE(find(u"宝马"_qs).id, u"15"_qs);
        QCOMPARE(find(u"宝马"_qs).fromPriceCny.value_or(-1), qint64(10800));
        QCOMPARE(find(u"布加迪"_qs).fromPriceCny.value_or(-1), qint64(19990000));
        QVERIFY(!find(u"AC Schnitzer"_qs).onSale);

        const QList<FilterNode> nodes = brandNodes(brands, m_terms);
        QCOMPARE(nodes.size(), 353);
        QCOMPARE(nodes.first().key, u"33"_qs);
        QCOMPARE(nodes.first().nameEn, u"Audi"_qs);
        QCOMPARE(nodes.first().level, u"maker"_qs);
        QCOMPARE(nodes.first().count, -1);   // on_sale_num is not a count
        for (const FilterNode &n : nodes) {
            if (n.name == u"AC Schnitzer")
                QCOMPARE(n.count, 0);
        }
    }

    void dictionaryKnowsEveryBrand()
    {
        CARSCOUT_READ_SAMPLE(body, "che168/brands.json");
        QList<Che168Brand> brands;
        QVERIFY(!parseBrands(body, &brands).isError());
        QStringList missing;
        for (const Che168Brand &b : brands) {
            if (m_terms.lookup(u"maker", b.name, u"en").isEmpty() || m_terms.entry(u"maker", b.name)->ru.isEmpty())
                missing << b.name;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
        QCOMPARE(m_terms.translate(u"maker", u"比亚迪"_qs, u"en"), u"BYD"_qs);
        QCOMPARE(m_terms.translate(u"maker", u"哈弗"_qs, u"ru"), u"Хавейл"_qs);
    }

    void dictionaryEnumKeys_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("fuel");
        QTest::addColumn<QString>("transmission");
        QTest::newRow("汽油") << u"汽油"_qs << u"petrol"_qs << QString();
        QTest::newRow("柴油") << u"柴油"_qs << u"diesel"_qs << QString();
        QTest::newRow("纯电动") << u"纯电动"_qs << u"electric"_qs << QString();
        QTest::newRow("插电式混合动力") << u"插电式混合动力"_qs << u"hybrid_petrol"_qs << QString();
        QTest::newRow("增程式") << u"增程式"_qs << u"hybrid_petrol"_qs << QString();
        QTest::newRow("油电混合") << u"油电混合"_qs << u"hybrid_petrol"_qs << QString();
        QTest::newRow("自动") << u"自动"_qs << QString() << u"automatic"_qs;
        QTest::newRow("手动") << u"手动"_qs << QString() << u"manual"_qs;
        QTest::newRow("CVT") << u"CVT无级变速"_qs << QString() << u"cvt"_qs;
        QTest::newRow("双离合") << u"双离合"_qs << QString() << u"automatic"_qs;
    }
    void dictionaryEnumKeys()
    {
        QFETCH(QString, term);
        QFETCH(QString, fuel);
        QFETCH(QString, transmission);
        QCOMPARE(fuelKey(m_terms.fuel(term)), fuel);
        QCOMPARE(transmissionKey(m_terms.transmission(term)), transmission);
    }

    void dictionaryCategories()
    {
        for (const char *c : {"emission", "use", "badge", "region", "color", "body"})
            QVERIFY2(m_terms.categories().contains(QLatin1StringView(c)), c);
        QCOMPARE(m_terms.translate(u"emission", u"国VI"_qs, u"en"), u"China 6"_qs);
        QCOMPARE(m_terms.translate(u"region", u"广州"_qs, u"ru"), u"Гуанчжоу"_qs);
        QCOMPARE(m_terms.translate(u"color", u"白色"_qs, u"ru"), u"Белый"_qs);
        QCOMPARE(m_terms.translate(u"body", u"中型车"_qs, u"en"), u"Mid-size car"_qs);
        // The Korean file's terms are unchanged where both files know a term.
        QCOMPARE(m_terms.translate(u"body", u"SUV"_qs, u"ru"), u"Внедорожник"_qs);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("contains");
        QTest::newRow("107") << QByteArray(R"({"returncode":107,"message":"sign error"})") << u"signature"_qs;
        QTest::newRow("no result") << QByteArray(R"({"returncode":0,"message":"ok"})") << u"no \"result\""_qs;
        QTest::newRow("brands missing") << QByteArray(R"({"returncode":0,"result":{}})") << u"\"result.brands\" is missing or empty"_qs;
        QTest::newRow("brands object") << brandsReply(QJsonObject()) << u"\"result.brands\" is an object, expected an array"_qs;
        QTest::newRow("group not object") << brandsReply(QJsonArray{1}) << u"\"result.brands[0]\" is a number"_qs;
        QTest::newRow("group brand string")
            << brandsReply(QJsonArray{QJsonObject{{u"letter"_qs, u"A"_qs}, {u"brand"_qs, u"x"_qs}}})
            << u"\"result.brands[0].brand\" is a string"_qs;
        QTest::newRow("all bad")
            << brandsReply(QJsonArray{QJsonObject{{u"letter"_qs, u"A"_qs}, {u"brand"_qs, QJsonArray{brand(u"x"_qs, u"甲"_qs)}}}})
            << u"no brand could be read"_qs;
    }
    void badInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, contains);
        QList<Che168Brand> brands;
        const JobError e = parseBrands(body, &brands);
        QVERIFY(e.isError());
        QVERIFY2(e.message.contains(contains), qPrintable(e.message));
    }

    void oneBadBrandIsSkipped()
    {
        const QJsonArray group{brand(1, u"甲"_qs), brand(u"x"_qs, u"乙"_qs), 7, brand(3, QString()), brand(4, u"丁"_qs, QString())};
        QList<Che168Brand> brands;
        QStringList warnings;
        const JobError e = parseBrands(brandsReply(QJsonArray{QJsonObject{{u"letter"_qs, u"J"_qs}, {u"brand"_qs, group}}}),
                                       &brands, &warnings);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(brands.size(), 2);
        QCOMPARE(brands.at(0).id, u"1"_qs);
        QCOMPARE(brands.at(1).id, u"4"_qs);
        QVERIFY(!brands.at(1).onSale);
        QCOMPARE(warnings.size(), 3);
        QVERIFY2(warnings.at(0).contains(u"\"result.brands[0].brand[1].bid\" is \"x\""), qPrintable(warnings.at(0)));
        QVERIFY2(warnings.at(1).contains(u"brand[2]\" is a number, expected an object"), qPrintable(warnings.at(1)));
        QVERIFY2(warnings.at(2).contains(u"brand[3].name\" is missing"), qPrintable(warnings.at(2)));
    }
};

QTEST_APPLESS_MAIN(TestChe168Brands)
#include "tst_che168brands.moc"
