// The resolver (issue 9): order and provenance of every value, ranges when several catalog engines fit,
// hybrids and BEVs, the dealer's remembered value, and the 160 hp verdict as a pure function.

#include "core/specs/powerverdict.h"
#include "core/specs/readabletitle.h"
#include "core/specs/specstext.h"
#include "core/specs/specsresolver.h"

#include <QTest>

using namespace CarScout;
using namespace CarScout::Specs;

namespace {

Listing encar(const char *make, const char *model, const char *trim, Fuel fuel, int year)
{
    Listing l;
    l.source = u"encar"_qs;
    l.id = u"1"_qs;
    l.make = QString::fromUtf8(make);
    l.model = QString::fromUtf8(model);
    l.trim = QString::fromUtf8(trim);
    l.title = l.make + u' ' + l.model + u' ' + l.trim;
    l.fuel = fuel;
    l.year = year;
    return l;
}

} // namespace

class TestSpecsResolver : public QObject
{
    Q_OBJECT

private slots:
    void catalogGivesExactCcForANominalTitle()
    {
        // A KB card: no fuel, the title's "1.6" arrives as engine_cc 1600.
        Listing l;
        l.source = u"kbchachacha"_qs;
        l.title = u"현대 쏘나타 디 엣지(DN8) 1.6 터보 인스퍼레이션"_qs;
        l.make = u"현대"_qs;
        l.model = u"쏘나타 디 엣지(DN8)"_qs;
        l.trim = u"1.6 터보 인스퍼레이션"_qs;
        l.engineCc = 1600;
        l.year = 2024;
        const ResolvedSpecs s = SpecsResolver().resolve(l);
        QVERIFY(s.generation);
        QCOMPARE(s.generation->id, u"sonata-dn8-edge"_qs);
        QCOMPARE(s.engineCc, (ValueRange{1598, 1598, Provenance::Catalog}));
        QCOMPARE(s.powerHp, (ValueRange{180, 180, Provenance::Catalog}));
        QCOMPARE(s.fuel, Fuel::Petrol);
        QCOMPARE(s.fuelSource, Provenance::Catalog);
        QVERIFY(!s.nominalCc);
        QVERIFY(!SpecsResolver::wantsDetail(s));
    }

    void severalEnginesGiveARangeNeverAPick()
    {
        const ResolvedSpecs s = SpecsResolver().resolve(encar("현대", "캐스퍼", "스마트", Fuel::Petrol, 2022));
        QCOMPARE(s.engines.size(), 2);
        QCOMPARE(s.engineCc, (ValueRange{998, 998, Provenance::Catalog}));
        QCOMPARE(s.powerHp, (ValueRange{76, 100, Provenance::Catalog}));
        QVERIFY(s.complete());
        QCOMPARE(preferentialUtil(s).verdict, PreferentialUtil::Yes);   // both engines qualify
        // The variant word settles it.
        const ResolvedSpecs turbo = SpecsResolver().resolve(encar("현대", "캐스퍼", "액티브", Fuel::Petrol, 2022));
        QCOMPARE(turbo.powerHp, (ValueRange{100, 100, Provenance::Catalog}));
    }

    void detailNarrowsARange()
    {
        const Listing l = encar("현대", "디 올 뉴 그랜저", "프리미엄", Fuel::Petrol, 2023);
        const SpecsResolver r;
        const ResolvedSpecs before = r.resolve(l);
        QCOMPARE(before.engineCc, (ValueRange{2497, 3470, Provenance::Catalog}));
        QCOMPARE(before.powerHp, (ValueRange{198, 300, Provenance::Catalog}));
        QVERIFY(SpecsResolver::wantsDetail(before));
        const ExtraSpecs detail{2497, 0, Fuel::Unknown};
        const ResolvedSpecs after = r.resolve(l, &detail);
        QCOMPARE(after.engineCc, (ValueRange{2497, 2497, Provenance::Detail}));
        QCOMPARE(after.powerHp, (ValueRange{198, 198, Provenance::Catalog}));
        QVERIFY(!SpecsResolver::wantsDetail(after));
    }

    void theListingsOwnValuesComeFirst()
    {
        Listing l = encar("기아", "K5 3세대", "1.6 터보 시그니처", Fuel::Petrol, 2020);
        l.engineCc = 1591;   // as a detail page would fill it (not a round nominal value)
        l.powerHp = 177;
        const ExtraSpecs detail{1598, 180, Fuel::Petrol};
        const ResolvedSpecs s = SpecsResolver().resolve(l, &detail);
        QCOMPARE(s.engineCc, (ValueRange{1591, 1591, Provenance::Listing}));
        QCOMPARE(s.powerHp, (ValueRange{177, 177, Provenance::Listing}));
    }

    void dealersValueBeatsTheCatalogAndIsKeyedByEngine()
    {
        SpecsResolver r;
        const Listing casper = encar("현대", "캐스퍼", "스마트", Fuel::Petrol, 2022);
        DealerSpecs mine;
        mine.insert(dealerSpecFor(casper, 76, QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC)));
        r.setDealerSpecs(mine);
        const ResolvedSpecs s = r.resolve(encar("현대", "캐스퍼", "인스퍼레이션", Fuel::Petrol, 2023));   // another listing
        QCOMPARE(s.powerHp, (ValueRange{76, 76, Provenance::Dealer}));
        QCOMPARE(s.engineCc, (ValueRange{998, 998, Provenance::Catalog}));
        // Not applied to another engine of the same model.
        const ResolvedSpecs other = r.resolve(encar("현대", "캐스퍼", "1.0 터보 액티브", Fuel::Petrol, 2023));
        QCOMPARE(other.powerHp.source, Provenance::Catalog);
    }

    void onlineFillsWhatNothingElseKnows()
    {
        Listing l = encar("현대", "스텔라", "2.0 GL", Fuel::Petrol, 1990);   // not in the catalog
        const ExtraSpecs online{1997, 100, Fuel::Unknown};
        const ResolvedSpecs s = SpecsResolver().resolve(l, nullptr, &online);
        QVERIFY(!s.generation);
        QCOMPARE(s.engineCc, (ValueRange{1997, 1997, Provenance::Online}));
        QCOMPARE(s.powerHp, (ValueRange{100, 100, Provenance::Online}));
        // Without it: the nominal displacement from the words, power unknown, the detail still wanted.
        const ResolvedSpecs offline = SpecsResolver().resolve(l);
        QCOMPARE(offline.engineCc, (ValueRange{2000, 2000, Provenance::Listing}));
        QVERIFY(offline.nominalCc);
        QVERIFY(!offline.powerHp.known());
        QVERIFY(SpecsResolver::wantsDetail(offline));
        QCOMPARE(preferentialUtil(offline).verdict, PreferentialUtil::Unknown);
    }

    void hybridIsARangeFromIceToIcePlusMotor()
    {
        const ResolvedSpecs s = SpecsResolver().resolve(encar("현대", "쏘나타 하이브리드 (DN8)", "프리미엄 플러스", Fuel::HybridPetrol, 2021));
        QCOMPARE(s.engineCc, (ValueRange{1999, 1999, Provenance::Catalog}));
        QCOMPARE(s.powerHp, (ValueRange{152, 152 + 52, Provenance::Catalog}));   // 38 kW ≈ 51.7 PS
        QVERIFY(s.powerEstimated);
        QCOMPARE(preferentialUtil(s).verdict, PreferentialUtil::Unknown);   // spans the limit
    }

    void bevUsesFortyFivePercentOfPeak()
    {
        const ResolvedSpecs s = SpecsResolver().resolve(encar("현대", "아이오닉5", "롱레인지 AWD 프레스티지", Fuel::Electric, 2021));
        QCOMPARE(s.engines.size(), 1);
        QCOMPARE(s.powerHp.min, 138);   // 0.45 × 225 kW = 101.25 kW = 137.7 PS
        QVERIFY(s.powerEstimated);
        QVERIFY(s.complete());          // a BEV needs no displacement
        const UtilVerdict v = preferentialUtil(s);
        QCOMPARE(v.verdict, PreferentialUtil::No);
        QCOMPARE(v.limitHp, 80);
        QCOMPARE(v.marginHp, 80 - 138);
        // The 2023 battery has its own row (same engine id, later years): no range across facelifts.
        const ResolvedSpecs later = SpecsResolver().resolve(encar("현대", "아이오닉5", "롱레인지 AWD", Fuel::Electric, 2023));
        QCOMPARE(later.powerHp.min, later.powerHp.max);
        QCOMPARE(later.powerHp.min, 146);   // 0.45 × 239 kW
    }

    void verdict_data()
    {
        QTest::addColumn<int>("powerMin");
        QTest::addColumn<int>("powerMax");
        QTest::addColumn<int>("cc");
        QTest::addColumn<int>("fuel");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<int>("margin");
        const int petrol = int(Fuel::Petrol), ev = int(Fuel::Electric), hybrid = int(Fuel::HybridPetrol);
        QTest::newRow("123 hp 1.6") << 123 << 123 << 1598 << petrol << u"yes"_qs << 37;
        QTest::newRow("154 hp") << 154 << 154 << 1598 << petrol << u"yes"_qs << 6;
        QTest::newRow("155 hp edge") << 155 << 155 << 1598 << petrol << u"near_limit"_qs << 5;
        QTest::newRow("160 hp K5 2.0") << 160 << 160 << 1999 << petrol << u"near_limit"_qs << 0;
        QTest::newRow("165 hp edge") << 165 << 165 << 1999 << petrol << u"near_limit"_qs << -5;
        QTest::newRow("166 hp") << 166 << 166 << 1999 << petrol << u"no"_qs << -6;
        QTest::newRow("180 hp 1.6T") << 180 << 180 << 1598 << petrol << u"no"_qs << -20;
        QTest::newRow("range within yes") << 76 << 100 << 998 << petrol << u"yes"_qs << 60;
        QTest::newRow("range into the band") << 150 << 158 << 1598 << petrol << u"near_limit"_qs << 2;
        QTest::newRow("range across the band") << 123 << 204 << 1598 << petrol << u"unknown"_qs << -44;
        QTest::newRow("over 3000 cm3") << 150 << 150 << 3342 << petrol << u"no"_qs << 10;
        QTest::newRow("power unknown") << 0 << 0 << 1598 << petrol << u"unknown"_qs << 0;
        QTest::newRow("cc unknown, low power") << 120 << 120 << 0 << petrol << u"unknown"_qs << 40;
        QTest::newRow("cc unknown, high power") << 300 << 300 << 0 << petrol << u"no"_qs << -140;
        QTest::newRow("hybrid ICE+motor low") << 100 << 140 << 1580 << hybrid << u"yes"_qs << 20;
        QTest::newRow("BEV 76 hp") << 76 << 76 << 0 << ev << u"near_limit"_qs << 4;
        QTest::newRow("BEV 56 hp") << 56 << 56 << 0 << ev << u"yes"_qs << 24;
        QTest::newRow("BEV 138 hp") << 138 << 138 << 0 << ev << u"no"_qs << -58;
    }
    void verdict()
    {
        QFETCH(int, powerMin);
        QFETCH(int, powerMax);
        QFETCH(int, cc);
        QFETCH(int, fuel);
        QFETCH(QString, verdict);
        QFETCH(int, margin);
        const UtilVerdict v = preferentialUtil(ValueRange{powerMin, powerMax, Provenance::Catalog},
                                               ValueRange::single(cc, Provenance::Catalog), Fuel(fuel));
        QCOMPARE(preferentialUtilKey(v.verdict), verdict);
        QCOMPARE(v.marginHp, margin);
    }

    void readableTitles_data()
    {
        QTest::addColumn<QString>("make");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("trim");
        QTest::addColumn<int>("fuel");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        const int petrol = int(Fuel::Petrol), diesel = int(Fuel::Diesel), unknown = int(Fuel::Unknown);
        QTest::newRow("issue example") << u"현대"_qs << u"디 올 뉴 그랜저"_qs << u"가솔린 2.5 프리미엄"_qs << petrol << 2023
                                       << u"ru"_qs << u"Hyundai Grandeur (GN7) 2.5 бензин Premium"_qs;
        QTest::newRow("english") << u"현대"_qs << u"디 올 뉴 그랜저"_qs << u"가솔린 2.5 프리미엄"_qs << petrol << 2023
                                 << u"en"_qs << u"Hyundai Grandeur (GN7) 2.5 petrol Premium"_qs;
        QTest::newRow("KB title, fuel from the catalog") << u"현대"_qs << u"쏘나타 디 엣지(DN8)"_qs << u"1.6 터보 인스퍼레이션"_qs
                                                         << unknown << 2024 << u"en"_qs
                                                         << u"Hyundai Sonata The Edge (DN8) 1.6T petrol Inspiration"_qs;
        QTest::newRow("seats, diesel without T") << u"기아"_qs << u"카니발 4세대"_qs << u"9인승 시그니처"_qs << diesel << 2021
                                                 << u"ru"_qs << u"Kia Carnival (KA4) 2.2 дизель 9 мест Signature"_qs;
        QTest::newRow("two-word grade, 4WD kept") << u"현대"_qs << u"더 뉴 싼타페"_qs << u"디젤 2.2 4WD 프리미엄 플러스"_qs << diesel
                                                  << 2022 << u"en"_qs << u"Hyundai Santa Fe (TM facelift) 2.2 diesel 4WD Premium Plus"_qs;
        QTest::newRow("unknown model keeps its words") << u"현대"_qs << u"스텔라"_qs << u"GL 고급형"_qs << petrol << 1990
                                                       << u"ru"_qs << u"Hyundai 스텔라 бензин GL Deluxe"_qs;
    }
    void readableTitles()
    {
        QFETCH(QString, make);
        QFETCH(QString, model);
        QFETCH(QString, trim);
        QFETCH(int, fuel);
        QFETCH(int, year);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        Listing l = encar("", "", "", Fuel(fuel), year);
        l.make = make;
        l.model = model;
        l.trim = trim;
        l.title = make + u' ' + model + u' ' + trim;
        const SpecsResolver r;
        QCOMPARE(readableTitle(l, r.resolve(l), lang, r.catalog()), expected);
    }

    void explanations()
    {
        const SpecsResolver r;
        const ResolvedSpecs casper = r.resolve(encar("현대", "캐스퍼", "스마트", Fuel::Petrol, 2022));
        const QString yes = verdictExplanation(casper, preferentialUtil(casper));
        QVERIFY2(yes.contains(u"yes"_qs) && yes.contains(u"60 hp under the 160 hp limit"_qs), qPrintable(yes));
        const QString tip = specsTooltip(casper, true);
        QVERIFY2(tip.contains(u"from the specs catalog"_qs) && tip.contains(u"1.0 T-GDi"_qs), qPrintable(tip));
        const ResolvedSpecs k5 = r.resolve(encar("기아", "K5 3세대", "2.0 프레스티지", Fuel::Petrol, 2021));
        const QString near = verdictExplanation(k5, preferentialUtil(k5));
        QVERIFY2(near.contains(u"near the limit"_qs) && near.contains(u"160"_qs), qPrintable(near));
        const ResolvedSpecs ev = r.resolve(encar("현대", "아이오닉5", "롱레인지 AWD", Fuel::Electric, 2021));
        const QString no = verdictExplanation(ev, preferentialUtil(ev));
        QVERIFY2(no.contains(u"80 hp"_qs) && no.contains(u"0.45"_qs), qPrintable(no));
    }

    void provenanceKeys()
    {
        QCOMPARE(provenanceKey(Provenance::Listing), u"listing"_qs);
        QCOMPARE(provenanceKey(Provenance::Catalog), u"catalog"_qs);
        QCOMPARE(provenanceKey(Provenance::Detail), u"detail"_qs);
        QCOMPARE(provenanceKey(Provenance::Online), u"online"_qs);
        QCOMPARE(provenanceKey(Provenance::Dealer), u"dealer"_qs);
        QCOMPARE(provenanceKey(Provenance::None), QString());
    }
};

QTEST_GUILESS_MAIN(TestSpecsResolver)
#include "tst_specsresolver.moc"
