// The engine-text parser (issue 9, step 1): a table over the marketplaces' own wording, and every
// Model/Badge/BadgeDetail of the 40 real Encar items and every KB title/model name of the captures
// (read at test time; the expected values are ours).

#include "core/sources/encar/encarlistparser.h"
#include "core/sources/kbchachacha/kblistparser.h"
#include "core/sources/terms.h"
#include "core/specs/enginetext.h"
#include "tests/common/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Specs;

namespace {

struct Expect
{
    int cc;
    const char *fuel;     // DESIGN §3 key, "" = unknown
    bool turbo;
    const char *drive;    // "" = not named
};

QString describe(const EngineHints &h)
{
    return u"cc=%1 fuel=%2 turbo=%3 drive=%4"_qs.arg(h.nominalCc).arg(fuelKey(h.fuel)).arg(h.turbo).arg(h.drive);
}

QString describe(const Expect &e)
{
    return u"cc=%1 fuel=%2 turbo=%3 drive=%4"_qs.arg(e.cc).arg(QString::fromUtf8(e.fuel)).arg(e.turbo).arg(QString::fromUtf8(e.drive));
}

} // namespace

class TestEngineText : public QObject
{
    Q_OBJECT

private slots:
    void wording_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cc");
        QTest::addColumn<QString>("fuel");
        QTest::addColumn<bool>("turbo");
        QTest::addColumn<QString>("drive");
        QTest::addColumn<int>("transmission");
        const int unknownGear = int(Transmission::Unknown);
        const auto row = [&](const char *text, int cc, const char *fuel, bool turbo, const char *drive, int gear) {
            QTest::newRow(text) << QString::fromUtf8(text) << cc << QString::fromUtf8(fuel) << turbo
                                << QString::fromUtf8(drive) << gear;
        };
        // The examples.
        row("2.5T 가솔린 AWD", 2500, "petrol", true, "AWD", unknownGear);
        row("가솔린 3.8 4WD", 3800, "petrol", false, "4WD", unknownGear);
        row("디젤 2.2 2WD", 2200, "diesel", false, "2WD", unknownGear);
        row("1.6 터보", 1600, "", true, "", unknownGear);
        row("2.0 LPi", 2000, "lpg", false, "", unknownGear);
        row("HG240 모던", 2400, "", false, "", unknownGear);
        row("3.3 T-GDI", 3300, "", true, "", unknownGear);
        row("e-VGT 2.2", 2200, "diesel", true, "", unknownGear);
        // KB model and grade names.
        row("1.6 터보 하이브리드", 1600, "hybrid_petrol", true, "", unknownGear);
        row("2.0 LPG 장애인용", 2000, "lpg", false, "", unknownGear);
        row("2.2 디젤", 2200, "diesel", false, "", unknownGear);
        row("2.0 LPe", 2000, "lpg", false, "", unknownGear);
        row("2.0 GDe", 2000, "petrol", false, "", unknownGear);
        row("1.35T", 1350, "", true, "", unknownGear);
        row("1.6터보", 1600, "", true, "", unknownGear);
        row("LPLi 택시렌터카 고급형", 0, "lpg", false, "", unknownGear);
        row("HEV 9인승 시그니처", 0, "hybrid_petrol", false, "", unknownGear);
        row("디젤 하이브리드", 0, "hybrid_diesel", false, "", unknownGear);
        row("Turbo GDi Extreme", 0, "petrol", true, "", unknownGear);
        row("수소전기", 0, "hydrogen", false, "", unknownGear);
        // Electric model names carry no fuel word.
        row("아이오닉5 롱레인지 AWD", 0, "electric", false, "AWD", unknownGear);
        row("EV6 롱레인지", 0, "electric", false, "", unknownGear);
        row("모델 3 롱레인지", 0, "electric", false, "", unknownGear);
        row("EQ900 3.8 GDI", 3800, "petrol", false, "", unknownGear);   // a Genesis, not an EQ-series EV
        // Maker variant codes.
        row("520d M 스포츠", 0, "diesel", false, "", unknownGear);
        row("530e M 스포츠", 0, "hybrid_petrol", false, "", unknownGear);
        row("xDrive45e M 스포츠", 0, "hybrid_petrol", false, "AWD", unknownGear);
        row("E220d 4MATIC 익스클루시브", 0, "diesel", false, "AWD", unknownGear);
        row("ES300h 럭셔리", 0, "hybrid_petrol", false, "", unknownGear);
        row("45 TFSI 콰트로 프리미엄", 0, "", true, "AWD", unknownGear);
        row("2.0 TDI 프레스티지", 2000, "diesel", true, "", unknownGear);
        row("D4 AWD 모멘텀", 0, "diesel", false, "AWD", unknownGear);
        row("T8 AWD", 0, "hybrid_petrol", false, "AWD", unknownGear);
        // Transmission where the text gives it.
        row("2.0 CVT 2WD", 2000, "", false, "2WD", int(Transmission::Cvt));
        row("1.0 수동", 1000, "", false, "", int(Transmission::Manual));
        row("오토 가솔린 1.0", 1000, "petrol", false, "", int(Transmission::Automatic));
        // Words that look like a displacement but are not.
        row("9인승 시그니처", 0, "", false, "", unknownGear);
        row("GT-Line", 0, "", false, "", unknownGear);
        row("2.0X 에디션", 0, "", false, "", unknownGear);
    }
    void wording()
    {
        QFETCH(QString, text);
        QFETCH(int, cc);
        QFETCH(QString, fuel);
        QFETCH(bool, turbo);
        QFETCH(QString, drive);
        QFETCH(int, transmission);
        const EngineHints h = parseEngineText(text);
        QCOMPARE(h.nominalCc, cc);
        QCOMPARE(fuelKey(h.fuel), fuel);
        QCOMPARE(h.turbo, turbo);
        QCOMPARE(h.drive, drive);
        QCOMPARE(int(h.transmission), transmission);
    }

    void realEncarItems()
    {
        CARSCOUT_READ_SAMPLE(body, "encar/search-results-excerpt-40.json");
        QString error;
        const Sources::TermDictionary terms = Sources::TermDictionary::loadDefault(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Sources::Encar::EncarListPage page;
        QVERIFY(!Sources::Encar::parseListPage(body, terms, &page).isError());
        QCOMPARE(page.items.size(), 40);
        // Model | Badge BadgeDetail → what the words and the fuel facet say.
        const QHash<QString, Expect> expected = {
            {u"더 뉴 트랙스|1.4 프리미어"_qs, {1400, "petrol", false, ""}},
            {u"더 뉴 트랙스|1.4 퍼펙트 블랙"_qs, {1400, "petrol", false, ""}},
            {u"그랜저 HG|HG240 모던"_qs, {2400, "petrol", false, ""}},
            {u"스포티지 4세대|디젤 1.7 2WD 노블레스"_qs, {1700, "diesel", false, "2WD"}},
            {u"쏘나타 하이브리드 (DN8)|프리미엄 플러스"_qs, {0, "hybrid_petrol", false, ""}},
            {u"K5 3세대|1.6 터보 시그니처"_qs, {1600, "petrol", true, ""}},
            {u"캐스퍼|스마트"_qs, {0, "petrol", false, ""}},
            {u"렉스턴 스포츠 칸|디젤 2.2 4WD 프레스티지 (5링크)"_qs, {2200, "diesel", false, "4WD"}},
            {u"렉스턴 스포츠|디젤 2.2 4WD 프레스티지 스페셜"_qs, {2200, "diesel", false, "4WD"}},
            {u"더 뉴 싼타페|디젤 2.2 4WD 프레스티지"_qs, {2200, "diesel", false, "4WD"}},
            {u"EQ900|3.8 GDI AWD 프리미엄 럭셔리"_qs, {3800, "petrol", false, "AWD"}},
            {u"더 뉴 레이|LPI 프레스티지"_qs, {0, "lpg", false, ""}},
            {u"더 뉴 레이|시그니처"_qs, {0, "petrol", false, ""}},
            {u"GV80|2.5T 가솔린 AWD"_qs, {2500, "petrol", true, "AWD"}},
            {u"K7 프리미어|2.5 GDI X 에디션"_qs, {2500, "petrol", false, ""}},
            {u"아이오닉5|롱레인지 AWD 프레스티지"_qs, {0, "electric", false, "AWD"}},
            {u"LF 쏘나타|LPI 스마트"_qs, {0, "lpg", false, ""}},
            {u"LF 쏘나타|2.0 스마트"_qs, {2000, "petrol", false, ""}},
            {u"G90|3.8 럭셔리"_qs, {3800, "petrol", false, ""}},
            {u"카니발 4세대|9인승 시그니처"_qs, {0, "diesel", false, ""}},
            {u"카니발 4세대|7인승 시그니처"_qs, {0, "diesel", false, ""}},
            {u"더 뉴 카니발 4세대|가솔린 9인승 시그니처"_qs, {0, "petrol", false, ""}},
            {u"더 뉴 카니발 4세대|HEV 9인승 시그니처"_qs, {0, "hybrid_petrol", false, ""}},
            {u"쏘렌토 4세대|디젤 2.2 2WD 시그니처"_qs, {2200, "diesel", false, "2WD"}},
            {u"쏘렌토 4세대|가솔린 2.5T 2WD 노블레스"_qs, {2500, "petrol", true, "2WD"}},
            {u"SM5 노바|LPLi 택시렌터카 고급형"_qs, {0, "lpg", false, ""}},
            {u"올 뉴 카니발|11인승 럭셔리"_qs, {0, "diesel", false, ""}},
            {u"G80|3.3 GDI AWD 럭셔리"_qs, {3300, "petrol", false, "AWD"}},
            {u"G80 (RG3)|가솔린 2.5 터보 AWD"_qs, {2500, "petrol", true, "AWD"}},
            {u"팰리세이드|디젤 2.2 2WD 프레스티지"_qs, {2200, "diesel", false, "2WD"}},
            {u"팰리세이드|디젤 2.2 4WD 프레스티지"_qs, {2200, "diesel", false, "4WD"}},
            {u"셀토스|가솔린 1.6 터보 2WD 노블레스"_qs, {1600, "petrol", true, "2WD"}},
            {u"셀토스|가솔린 1.6 터보 2WD 시그니처"_qs, {1600, "petrol", true, "2WD"}},
            {u"올 뉴 모닝 (JA)|프레스티지"_qs, {0, "petrol", false, ""}},
            {u"올 뉴 쏘렌토|디젤 2.2 4WD 노블레스 스페셜"_qs, {2200, "diesel", false, "4WD"}},
            {u"뉴코란도 C|2.0 CVT 2WD 고급형"_qs, {2000, "diesel", false, "2WD"}},
            {u"더 뉴 카니발|7인승 리무진 VIP"_qs, {0, "diesel", false, ""}},
            {u"뷰티풀 코란도|디젤 1.6 2WD C3 플러스"_qs, {1600, "diesel", false, "2WD"}},
        };
        for (const auto &item : std::as_const(page.items)) {
            const Listing &l = item.listing;
            const QString key = l.model + u'|' + l.trim;
            QVERIFY2(expected.contains(key), qPrintable(u"no expectation for item "_qs + l.id + u": "_qs + key));
            const Expect e = expected.value(key);
            const EngineHints h = hintsFromListing(l);
            const bool same = h.nominalCc == e.cc && fuelKey(h.fuel) == QString::fromUtf8(e.fuel) && h.turbo == e.turbo
                && h.drive == QString::fromUtf8(e.drive);
            QVERIFY2(same, qPrintable(key + u": got "_qs + describe(h) + u", want "_qs + describe(e)));
        }
    }

    void realKbCaptures()
    {
        CARSCOUT_READ_SAMPLE(list, "kbchachacha/filtered-list.html");
        const Sources::Kb::KbListPage page = Sources::Kb::parseListPage(list, "utf-8");
        QVERIFY(page.ok());
        QVERIFY(!page.cards.isEmpty());
        for (const auto &card : page.cards) {
            // Every card of the capture is a 쏘나타 디 엣지(DN8) 1.6 터보 (the search path says so).
            const EngineHints h = hintsFromListing(card.listing);
            QVERIFY2(h.nominalCc == 1600 && h.turbo && h.fuel == Fuel::Unknown,
                     qPrintable(card.listing.title + u": "_qs + describe(h)));
        }
        CARSCOUT_READ_SAMPLE(trims, "kbchachacha/catalog-configs_trims.json");
        const QJsonArray grades = QJsonDocument::fromJson(trims).object().value(u"result").toObject().value(u"codeGrade").toArray();
        QVERIFY(!grades.isEmpty());
        const QHash<QString, Expect> expected = {
            {u"1.6 터보"_qs, {1600, "", true, ""}},
            {u"2.0"_qs, {2000, "", false, ""}},
            {u"2.0 LPG"_qs, {2000, "lpg", false, ""}},
            {u"2.0 LPG 장애인용"_qs, {2000, "lpg", false, ""}},
            {u"2.0 LPG 모빌리티"_qs, {2000, "lpg", false, ""}},
            {u"2.0 LPG 사업자용"_qs, {2000, "lpg", false, ""}},
        };
        for (const QJsonValue &g : grades) {
            const QString name = g.toObject().value(u"modelName").toString();
            QVERIFY2(expected.contains(name), qPrintable(u"no expectation for KB model name "_qs + name));
            const EngineHints h = parseEngineText(name);
            const Expect e = expected.value(name);
            QVERIFY2(h.nominalCc == e.cc && fuelKey(h.fuel) == QString::fromUtf8(e.fuel) && h.turbo == e.turbo,
                     qPrintable(name + u": "_qs + describe(h)));
        }
        CARSCOUT_READ_SAMPLE(generations, "kbchachacha/catalog-generations.json");
        // Generation names: only the hybrid ones say their fuel.
        for (const QJsonValue &g : QJsonDocument::fromJson(generations).object().value(u"result").toObject().value(u"code").toArray()) {
            const QString name = g.toObject().value(u"carName").toString();
            const EngineHints h = parseEngineText(name);
            QCOMPARE(h.fuel == Fuel::HybridPetrol, name.contains(u"하이브리드"_qs));
            QCOMPARE(h.nominalCc, 0);
        }
    }

    void signatureIsStableAcrossWording()
    {
        QCOMPARE(engineSignature(parseEngineText(u"가솔린 1.6 터보 2WD 노블레스")), u"1.6T petrol"_qs);
        QCOMPARE(engineSignature(parseEngineText(u"1.6T 가솔린 시그니처")), u"1.6T petrol"_qs);
        QCOMPARE(engineSignature(parseEngineText(u"디젤 2.2 4WD")), u"2.2 diesel"_qs);
        QCOMPARE(engineSignature(parseEngineText(u"1.35T")), u"1.35T"_qs);
        QCOMPARE(engineSignature(parseEngineText(u"아이오닉5 롱레인지 AWD")), u"electric 롱레인지 AWD"_qs);
    }
};

QTEST_GUILESS_MAIN(TestEngineText)
#include "tst_enginetext.moc"
