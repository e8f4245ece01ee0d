// The Korean terms dictionary: lookups, enum keys, model names word by word, merging of resources/terms/*.json,
// and coverage of every maker, fuel and transmission value in the real Encar and KB ChaChaCha captures.

#include "core/sources/html/htmldocument.h"
#include "core/sources/terms.h"
#include "tests/common/testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;

class TestTerms : public QObject
{
    Q_OBJECT

private:
    TermDictionary m_terms;

    // Every value of `category` in `values` must be known; reports all missing ones at once.
    void verifyCovered(const QString &category, const QSet<QString> &values)
    {
        QVERIFY(!values.isEmpty());
        QStringList missing;
        for (const QString &v : values) {
            if (!m_terms.entry(category, v))
                missing << v;
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(category + u" not in the dictionary: "_qs + missing.join(u", "_qs)));
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_terms = TermDictionary::loadDefault(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const char *c : {"maker", "model", "model_word", "fuel", "transmission", "body", "color", "region"})
            QVERIFY2(m_terms.categories().contains(QLatin1StringView(c)), c);
    }

    void translate_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("korean");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("maker en") << u"maker"_qs << u"현대"_qs << u"en"_qs << u"Hyundai"_qs;
        QTest::newRow("maker ru") << u"maker"_qs << u"기아"_qs << u"ru"_qs << u"Киа"_qs;
        QTest::newRow("maker with old name") << u"maker"_qs << u"르노코리아(삼성)"_qs << u"en"_qs << u"Renault Korea (Samsung)"_qs;
        QTest::newRow("import maker") << u"maker"_qs << u"벤츠"_qs << u"en"_qs << u"Mercedes-Benz"_qs;
        QTest::newRow("fuel ru") << u"fuel"_qs << u"디젤"_qs << u"ru"_qs << u"Дизель"_qs;
        QTest::newRow("transmission en") << u"transmission"_qs << u"수동"_qs << u"en"_qs << u"Manual"_qs;
        QTest::newRow("colour") << u"color"_qs << u"검정색"_qs << u"en"_qs << u"Black"_qs;
        QTest::newRow("body") << u"body"_qs << u"경차"_qs << u"ru"_qs << u"Микроавтомобиль"_qs;
        QTest::newRow("region") << u"region"_qs << u"경기"_qs << u"en"_qs << u"Gyeonggi"_qs;
        QTest::newRow("unknown stays original") << u"maker"_qs << u"없는회사"_qs << u"en"_qs << u"없는회사"_qs;
        QTest::newRow("unknown category") << u"planet"_qs << u"현대"_qs << u"en"_qs << u"현대"_qs;
        QTest::newRow("original language") << u"maker"_qs << u"현대"_qs << u"ko"_qs << u"현대"_qs;
        QTest::newRow("surrounding spaces") << u"maker"_qs << u" 현대 "_qs << u"en"_qs << u"Hyundai"_qs;
    }

    void translate()
    {
        QFETCH(QString, category);
        QFETCH(QString, korean);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QCOMPARE(m_terms.translate(category, korean, lang), expected);
    }

    void enums_data()
    {
        QTest::addColumn<QString>("korean");
        QTest::addColumn<QString>("fuel");
        QTest::addColumn<QString>("transmission");
        QTest::newRow("가솔린") << u"가솔린"_qs << u"petrol"_qs << QString();
        QTest::newRow("디젤") << u"디젤"_qs << u"diesel"_qs << QString();
        QTest::newRow("가솔린+전기") << u"가솔린+전기"_qs << u"hybrid_petrol"_qs << QString();
        QTest::newRow("디젤+전기") << u"디젤+전기"_qs << u"hybrid_diesel"_qs << QString();
        QTest::newRow("LPG(일반인 구입)") << u"LPG(일반인 구입)"_qs << u"lpg"_qs << QString();
        QTest::newRow("전기") << u"전기"_qs << u"electric"_qs << QString();
        QTest::newRow("가솔린+LPG") << u"가솔린+LPG"_qs << u"lpg"_qs << QString();   // bi-fuel
        QTest::newRow("수소") << u"수소"_qs << u"hydrogen"_qs << QString();
        QTest::newRow("CNG") << u"CNG"_qs << u"cng"_qs << QString();
        QTest::newRow("오토") << u"오토"_qs << QString() << u"automatic"_qs;
        QTest::newRow("수동") << u"수동"_qs << QString() << u"manual"_qs;
        QTest::newRow("CVT") << u"CVT"_qs << QString() << u"cvt"_qs;
        QTest::newRow("세미오토") << u"세미오토"_qs << QString() << u"semi_automatic"_qs;
        QTest::newRow("unknown") << u"증기"_qs << QString() << QString();
    }

    void enums()
    {
        QFETCH(QString, korean);
        QFETCH(QString, fuel);
        QFETCH(QString, transmission);
        QCOMPARE(fuelKey(m_terms.fuel(korean)), fuel);
        QCOMPARE(transmissionKey(m_terms.transmission(korean)), transmission);
    }

    void modelNames_data()
    {
        QTest::addColumn<QString>("korean");
        QTest::addColumn<QString>("en");
        QTest::newRow("whole name") << u"아반떼"_qs << u"Avante"_qs;
        QTest::newRow("word by word") << u"더 뉴 카니발 4세대"_qs << u"The New Carnival 4th gen"_qs;
        QTest::newRow("latin kept") << u"그랜저 HG"_qs << u"Grandeur HG"_qs;
        QTest::newRow("multi-word model") << u"렉스턴 스포츠 칸"_qs << u"Rexton Sports Khan"_qs;
        QTest::newRow("unknown word → empty") << u"아반떼 미지의"_qs << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void modelNames()
    {
        QFETCH(QString, korean);
        QFETCH(QString, en);
        QCOMPARE(m_terms.modelName(korean, u"en"), en);
    }

    void mergesFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const QString &name, const QByteArray &json) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(json);
        };
        write(u"a.json"_qs, R"({"source":"test","terms":{"maker":{"가":{"en":"A1","ru":"А1"}}}})");
        write(u"b.json"_qs, R"({"source":"test","terms":{"maker":{"가":{"en":"A2"},"나":{"en":"B"}},"fuel":{"증기":{"en":"Steam","key":"other"}}}})");
        write(u"c.json"_qs, R"({"terms":{"maker":["not", "an", "object"]}})");
        write(u"d.json"_qs, R"({"terms":)");
        QString error;
        const TermDictionary t = TermDictionary::loadDirectory(dir.path(), &error);
        QCOMPARE(t.translate(u"maker", u"가"_qs, u"en"), u"A1"_qs);   // first file wins
        QCOMPARE(t.translate(u"maker", u"나"_qs, u"en"), u"B"_qs);
        QCOMPARE(t.translate(u"maker", u"나"_qs, u"ru"), u"B"_qs);    // no ru: falls back to en
        QCOMPARE(t.fuel(u"증기"_qs), Fuel::Other);
        QVERIFY2(error.contains(u"c.json: category \"maker\" is not an object"_qs), qPrintable(error));
        QVERIFY2(error.contains(u"d.json: invalid JSON at byte"_qs), qPrintable(error));
        QString none;
        TermDictionary::loadDirectory(dir.filePath(u"missing"_qs), &none);
        QVERIFY(none.contains(u"no *.json term files"_qs));
    }

    void coversEncarCaptures()
    {
        CARSCOUT_READ_SAMPLE(list, "encar/search-results-excerpt-40.json");
        QSet<QString> makers, fuels, transmissions;
        for (const QJsonValue &v : QJsonDocument::fromJson(list).array()) {
            makers << v[u"Manufacturer"_qs].toString();
            fuels << v[u"FuelType"_qs].toString();
            transmissions << v[u"Transmission"_qs].toString();
        }
        CARSCOUT_READ_SAMPLE(detail, "encar/vehicle-41344448.json");
        const QJsonObject d = QJsonDocument::fromJson(detail).object();
        makers << d[u"category"_qs][u"manufacturerName"_qs].toString();
        fuels << d[u"spec"_qs][u"fuelName"_qs].toString();
        transmissions << d[u"spec"_qs][u"transmissionName"_qs].toString();
        QCOMPARE(makers.size(), 6);
        verifyCovered(u"maker"_qs, makers);
        verifyCovered(u"fuel"_qs, fuels);
        verifyCovered(u"transmission"_qs, transmissions);
        for (const QString &f : fuels)
            QVERIFY2(m_terms.fuel(f) != Fuel::Unknown, qPrintable(f));
        for (const QString &t : transmissions)
            QVERIFY2(m_terms.transmission(t) != Transmission::Unknown, qPrintable(t));
    }

    void coversKbChaChaChaCaptures()
    {
        QSet<QString> makers;
        CARSCOUT_READ_SAMPLE(manufacturers, "kbchachacha/catalog-manufacturers.json");
        const QJsonObject result = QJsonDocument::fromJson(manufacturers).object()[u"result"_qs].toObject();
        for (const QString &group : {u"국산"_qs, u"수입"_qs}) {
            for (const QJsonValue &m : result[group].toArray())
                makers << m[u"makerName"_qs].toString();
        }
        QVERIFY(makers.size() > 70);
        for (const char *file : {"kbchachacha/catalog-models.json", "kbchachacha/catalog-generations.json",
                                 "kbchachacha/catalog-configs_trims.json"}) {
            const QByteArray bytes = Test::readFileOrFail(Test::samplesDir() + u'/' + QLatin1StringView(file));
            const QJsonObject r = QJsonDocument::fromJson(bytes).object()[u"result"_qs].toObject();
            for (const char *key : {"code", "codeGrade", "codeModel"}) {
                for (const QJsonValue &v : r[QLatin1StringView(key)].toArray())
                    makers << v[u"makerName"_qs].toString();
            }
        }
        // The list page: maker = first word of each card's vehicle_info (data-ga4 JSON).
        CARSCOUT_READ_SAMPLE(listHtml, "kbchachacha/filtered-list.html");
        const Html::HtmlDocument list = Html::HtmlDocument::parse(listHtml);
        QVERIFY2(list.isValid(), qPrintable(list.error().message));
        int cards = 0;
        for (const Html::HtmlNode &a : list.select("//div[@data-car-seq]//a[@data-ga4][1]")) {
            const QJsonObject ga = QJsonDocument::fromJson(a.attribute("data-ga4").toUtf8()).object();
            const QString info = ga[u"params"_qs][u"vehicle_info"_qs].toString();
            if (!info.isEmpty()) {
                makers << info.section(u' ', 0, 0);
                ++cards;
            }
        }
        QVERIFY(cards > 0);
        makers.remove(QString());
        verifyCovered(u"maker"_qs, makers);

        // The detail page's info table: 연료 (fuel) and 변속기 (transmission).
        CARSCOUT_READ_SAMPLE(carHtml, "kbchachacha/carpage.html");
        const Html::HtmlDocument car = Html::HtmlDocument::parse(carHtml);
        QVERIFY2(car.isValid(), qPrintable(car.error().message));
        const QString fuel = car.root().textOf("//th[normalize-space(.)='연료']/following-sibling::td[1]").trimmed();
        const QString transmission = car.root().textOf("//th[normalize-space(.)='변속기']/following-sibling::td[1]").trimmed();
        QVERIFY(!fuel.isEmpty());
        QVERIFY(!transmission.isEmpty());
        verifyCovered(u"fuel"_qs, {fuel});
        verifyCovered(u"transmission"_qs, {transmission});
        // The maker of the detail page's title ("<maker> <model> · <fuel> · <region> | …").
        const QString title = car.root().textOf("//title");
        verifyCovered(u"maker"_qs, {title.section(u' ', 0, 0)});
    }
};

QTEST_GUILESS_MAIN(TestTerms)
#include "tst_terms.moc"
