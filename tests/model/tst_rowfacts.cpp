// The row-fact columns of the listing table (issues 9, 10, 12): how an estimate's passable date, landed cost
// then, preferential-fee verdict, export warnings, resolved engine values and readable names read in the cells
// (display, raw sort value, tooltip, CSV), and the filters on them ("passable within N months", the verdicts).
// Pure model: the estimates are given here; tests/services checks that the cost mapping computes them.

#include "core/model/computedcells.h"
#include "core/model/listingcolumns.h"
#include "core/model/listingfilter.h"
#include "core/model/listingfilterproxy.h"
#include "core/model/listingformat.h"
#include "core/model/listingroles.h"
#include "core/model/listingtablemodel.h"
#include "tests/model/testlistings.h"

#include <QTest>

using namespace CarScout;
using namespace CarScout::Model;

Q_DECLARE_METATYPE(CarScout::Model::PassableFacts::State)
Q_DECLARE_METATYPE(CarScout::Model::PassableFacts)
Q_DECLARE_METATYPE(CarScout::Model::PreferentialFee)
Q_DECLARE_METATYPE(std::optional<int>)

namespace {

const QDate kDeclared(2027, 1, 20);
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

PassableFacts passable(PassableFacts::State state, int months = 0, QString note = {})
{
    PassableFacts p;
    p.state = state;
    p.months = months;
    p.note = std::move(note);
    if (state == PassableFacts::State::Now)
        p.date = kDeclared;
    if (state == PassableFacts::State::Later)
        p.date = kDeclared.addMonths(months).addDays(-4);
    if (state != PassableFacts::State::Unknown && state != PassableFacts::State::Over5)
        p.landedRubKopecks = 150'000'000 + months * 100;
    return p;
}

CostEstimate withPassable(const PassableFacts &p)
{
    CostEstimate e;
    e.passable = p;
    return e;
}

CostEstimate withVerdict(PreferentialFee fee, std::optional<int> margin = {})
{
    CostEstimate e;
    e.preferential.verdict = fee;
    e.preferential.marginHp = margin;
    e.preferential.explanation = u"Preferential utilization fee: test."_qs;
    return e;
}

} // namespace

class TestRowFacts : public QObject
{
    Q_OBJECT

private slots:
    void passableCells_data()
    {
        QTest::addColumn<PassableFacts::State>("state");
        QTest::addColumn<int>("months");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("exported");
        QTest::addColumn<QString>("tipStart");
        using S = PassableFacts::State;
        const QString monthNote = u"The production day is unknown: counted from the 15th, so the date may fall "
                                  u"between 2027-05-02 and 2027-06-01."_qs;
        QTest::newRow("now") << S::Now << 0 << QString() << u"now"_qs << u"now"_qs << u"Passable now"_qs;
        QTest::newRow("in 1 month") << S::Later << 1 << QString() << u"in 1 month(s)"_qs << u"2027-02-16"_qs
                                    << u"Passable from"_qs;
        QTest::newRow("in 4 months, month-only date") << S::Later << 4 << monthNote << u"in 4 month(s)"_qs
                                                      << u"2027-05-16"_qs << u"Passable from"_qs;
        QTest::newRow("over 5 years") << S::Over5 << 0 << QString() << u"over 5 years"_qs << u"over 5 years"_qs
                                      << u"Over 5 years old"_qs;
        QTest::newRow("unknown") << S::Unknown << 0 << QString() << unknownText() << QString() << QString();
    }
    void passableCells()
    {
        QFETCH(PassableFacts::State, state);
        QFETCH(int, months);
        QFETCH(QString, note);
        QFETCH(QString, text);
        QFETCH(QString, exported);
        QFETCH(QString, tipStart);
        const CostEstimate e = withPassable(passable(state, months, note));
        const Listing l = Test::makeListing(u"1"_qs, 10'000'000);
        QCOMPARE(displayText(l, Column::Passable, &e, kEnglish), text);
        QCOMPARE(exportText(l, Column::Passable, &e), exported);
        const QString tip = toolTipText(l, Column::Passable, &e, kEnglish);
        QVERIFY2(tip.startsWith(tipStart), qPrintable(tip));
        QCOMPARE(tip.contains(u"counted from the 15th"_qs), !note.isEmpty());   // the assumed day, only when partial
        QCOMPARE(rawValue(l, Column::Passable, &e).isValid(), state != PassableFacts::State::Unknown);
    }

    void passableSortsByDateOver5AfterAllUnknownLast()
    {
        using S = PassableFacts::State;
        ListingTableModel model;
        QHash<QString, PassableFacts> byId{{u"over5"_qs, passable(S::Over5)}, {u"later7"_qs, passable(S::Later, 7)},
                                           {u"now"_qs, passable(S::Now)}, {u"unknown"_qs, passable(S::Unknown)},
                                           {u"later2"_qs, passable(S::Later, 2)}};
        QList<Listing> rows;
        for (const QString &id : byId.keys())
            rows << Test::makeListing(id, 1'000'000);
        model.appendListings(rows);
        model.setCostEstimator([byId](const Listing &l) { return withPassable(byId.value(l.id)); });
        ListingFilterProxy proxy;
        proxy.setSourceModel(&model);
        auto order = [&] {
            QStringList ids;
            for (int r = 0; r < proxy.rowCount(); ++r)
                ids << proxy.index(r, 0).data(IdRole).toString();
            return ids;
        };
        proxy.sort(int(Column::Passable), Qt::AscendingOrder);
        QCOMPARE(order(), (QStringList{u"now"_qs, u"later2"_qs, u"later7"_qs, u"over5"_qs, u"unknown"_qs}));
        proxy.sort(int(Column::Passable), Qt::DescendingOrder);
        QCOMPARE(order(), (QStringList{u"over5"_qs, u"later7"_qs, u"later2"_qs, u"now"_qs, u"unknown"_qs}));
    }

    void landedWhenPassable_data()
    {
        QTest::addColumn<PassableFacts>("facts");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("exported");
        PassableFacts later = passable(PassableFacts::State::Later, 5);
        later.landedRubKopecks = 123'456'789;
        QTest::newRow("one value") << later << u"1,234,568"_qs << u"1234567.89"_qs;
        PassableFacts range = later;
        range.landedMaxRubKopecks = 200'000'000;
        QTest::newRow("engine range") << range << u"from 1,234,568 to 2,000,000"_qs << u"1234567.89"_qs;
        PassableFacts flagged = later;
        flagged.uncertain = true;
        QTest::newRow("projected rules") << flagged << u"1,234,568 *"_qs << u"1234567.89"_qs;
        PassableFacts noAmount = later;
        noAmount.landedRubKopecks.reset();
        QTest::newRow("not computable") << noAmount << unknownText() << QString();
        QTest::newRow("over 5 years: none") << passable(PassableFacts::State::Over5) << QString() << QString();
    }
    void landedWhenPassable()
    {
        QFETCH(PassableFacts, facts);
        QFETCH(QString, text);
        QFETCH(QString, exported);
        const CostEstimate e = withPassable(facts);
        const Listing l = Test::makeListing(u"1"_qs, 10'000'000);
        QCOMPARE(displayText(l, Column::LandedPassable, &e, kEnglish), text);
        QCOMPARE(exportText(l, Column::LandedPassable, &e), exported);
        QCOMPARE(toolTipText(l, Column::LandedPassable, &e, kEnglish).contains(u"projected"_qs), facts.uncertain);
    }

    void preferentialCells_data()
    {
        QTest::addColumn<PreferentialFee>("fee");
        QTest::addColumn<std::optional<int>>("margin");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rank");   // -1 = unknown (sorted last)
        QTest::addColumn<QString>("marginLine");
        QTest::newRow("yes") << PreferentialFee::Yes << std::optional<int>(6) << u"yes"_qs << 0
                             << u"Margin to the 160 hp limit: +6 hp"_qs;
        QTest::newRow("near the limit, at 160") << PreferentialFee::NearLimit << std::optional<int>(0)
                                                << u"near the limit"_qs << 1 << u"Margin to the 160 hp limit: 0 hp"_qs;
        QTest::newRow("no") << PreferentialFee::No << std::optional<int>(-6) << u"no"_qs << 2
                            << u"Margin to the 160 hp limit: \u22126 hp"_qs;
        QTest::newRow("unknown") << PreferentialFee::Unknown << std::optional<int>() << u"unknown"_qs << -1 << QString();
    }
    void preferentialCells()
    {
        QFETCH(PreferentialFee, fee);
        QFETCH(std::optional<int>, margin);
        QFETCH(QString, text);
        QFETCH(int, rank);
        QFETCH(QString, marginLine);
        const CostEstimate e = withVerdict(fee, margin);
        const Listing l = Test::makeListing(u"1"_qs, 10'000'000);
        QCOMPARE(displayText(l, Column::PreferentialUtil, &e, kEnglish), text);
        QCOMPARE(exportText(l, Column::PreferentialUtil, &e), text);
        const QVariant raw = rawValue(l, Column::PreferentialUtil, &e);
        QCOMPARE(raw.isValid() ? raw.toInt() : -1, rank);
        const QString tip = toolTipText(l, Column::PreferentialUtil, &e, kEnglish);
        QVERIFY(tip.startsWith(u"Preferential utilization fee: test."_qs));
        QCOMPARE(tip.contains(u"Margin"_qs), !marginLine.isEmpty());
        if (!marginLine.isEmpty())
            QVERIFY2(tip.endsWith(marginLine), qPrintable(tip));
    }

    void exportWarningCells()
    {
        const Listing l = Test::makeListing(u"1"_qs, 10'000'000);
        CostEstimate none;
        QCOMPARE(displayText(l, Column::ExportWarning, &none, kEnglish), QString());
        QCOMPARE(rawValue(l, Column::ExportWarning, &none), QVariant(0));
        QCOMPARE(toolTipText(l, Column::ExportWarning, &none, kEnglish), QString());
        CostEstimate two;
        two.exportWarnings = {u"China does not export cars registered less than 180 days earlier."_qs,
                              u"Second sentence."_qs};
        two.exportUncertain = true;
        QCOMPARE(displayText(l, Column::ExportWarning, &two, kEnglish), u"2 restriction(s)"_qs);
        QCOMPARE(rawValue(l, Column::ExportWarning, &two), QVariant(2));
        const QString tip = toolTipText(l, Column::ExportWarning, &two, kEnglish);
        QVERIFY(tip.startsWith(two.exportWarnings.first()));
        QVERIFY(tip.contains(u"one source"_qs));
        QVERIFY(tip.contains(u"not hidden"_qs));
        QCOMPARE(exportText(l, Column::ExportWarning, &two), two.exportWarnings.join(u" | "));
    }

    void resolvedEngineCells_data()
    {
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("text");
        QTest::newRow("catalog value") << 1598 << 1598 << u"catalog"_qs << u"1,598"_qs;
        QTest::newRow("catalog range") << 998 << 1598 << u"catalog"_qs << u"from 998 to 1,598"_qs;
        QTest::newRow("the dealer's") << 2497 << 2497 << u"dealer"_qs << u"2,497"_qs;
        QTest::newRow("nothing resolved: the listing's own") << 0 << 0 << QString() << u"1,999"_qs;
    }
    void resolvedEngineCells()
    {
        QFETCH(int, min);
        QFETCH(int, max);
        QFETCH(QString, source);
        QFETCH(QString, text);
        ListingTableModel model;
        model.setLocale(kEnglish);
        model.appendListings({Test::makeListing(u"1"_qs, 10'000'000)});   // engine cc 1999, power unknown
        CostEstimate e;
        e.engineCc = {min, max, source, u"note: "_qs + source};
        e.powerHp = {min / 10, max / 10, source, u"power note"_qs};
        model.setCostEstimator([e](const Listing &) { return e; });
        const QModelIndex cc = model.index(0, int(Column::EngineCc));
        QCOMPARE(cc.data().toString(), text);
        QCOMPARE(cc.data(ProvenanceRole).toString(), source);
        QCOMPARE(cc.data(UnderlyingDataRole), QVariant(min > 0 ? min : 1999));
        QCOMPARE(cc.data(Qt::ToolTipRole).toString(), min > 0 ? u"note: "_qs + source : QString());
        QCOMPARE(cc.data(ExportTextRole).toString(), u"1999"_qs);   // CSV keeps the marketplace's figure
        const QModelIndex hp = model.index(0, int(Column::PowerHp));
        QCOMPARE(hp.data(ProvenanceRole).toString(), source);
        QCOMPARE(hp.data(Qt::ToolTipRole).toString(), min > 0 ? u"power note"_qs : QString());
        QCOMPARE(hp.data().toString(), min > 0 ? resolvedText(e.powerHp, kEnglish) : unknownText());
    }

    void readableNamesShownOriginalsKept()
    {
        ListingTableModel model;
        Listing l = Test::makeListing(u"1"_qs, 10'000'000);
        l.title = u"현대 디 올 뉴 그랜저 가솔린 2.5 프리미엄"_qs;
        model.appendListings({l});
        QCOMPARE(model.index(0, int(Column::Title)).data().toString(), l.title);   // no estimator: the original
        CostEstimate e;
        e.readable = {u"Hyundai Grandeur (GN7) 2.5 petrol Premium"_qs, u"Hyundai"_qs, u"Grandeur (GN7)"_qs};
        model.setCostEstimator([e](const Listing &) { return e; });
        QCOMPARE(model.index(0, int(Column::Title)).data().toString(), e.readable.title);
        QCOMPARE(model.index(0, int(Column::Make)).data().toString(), u"Hyundai"_qs);
        QCOMPARE(model.index(0, int(Column::Model)).data().toString(), u"Grandeur (GN7)"_qs);
        QVERIFY(model.index(0, int(Column::Title)).data(Qt::ToolTipRole).toString().startsWith(l.title));
        // Sorting, filtering and CSV keep the marketplace's text.
        QCOMPARE(model.index(0, int(Column::Title)).data(UnderlyingDataRole).toString(), l.title);
        QCOMPARE(model.index(0, int(Column::Title)).data(ExportTextRole).toString(), l.title);
        QCOMPARE(model.index(0, int(Column::Make)).data(ExportTextRole).toString(), l.make);
    }

    void passableWithinFilter_data()
    {
        QTest::addColumn<PassableFacts>("facts");
        QTest::addColumn<int>("within");
        QTest::addColumn<bool>("accepted");
        using S = PassableFacts::State;
        QTest::newRow("now, within 0") << passable(S::Now) << 0 << true;
        QTest::newRow("in 4 months, within 4") << passable(S::Later, 4) << 4 << true;
        QTest::newRow("in 4 months, within 3") << passable(S::Later, 4) << 3 << false;
        QTest::newRow("in 4 months, within 0") << passable(S::Later, 4) << 0 << false;
        QTest::newRow("in 12 months, within 24") << passable(S::Later, 12) << 24 << true;
        QTest::newRow("over 5 years: never") << passable(S::Over5) << 60 << false;
        QTest::newRow("unknown: rejected") << passable(S::Unknown) << 60 << false;
    }
    void passableWithinFilter()
    {
        QFETCH(PassableFacts, facts);
        QFETCH(int, within);
        QFETCH(bool, accepted);
        ListingFilter f;
        f.passableWithinMonths = within;
        QVERIFY(f.needsCostEstimate());
        const CostEstimate e = withPassable(facts);
        const Listing l = Test::makeListing(u"1"_qs, 10'000'000);
        QCOMPARE(f.accepts(l, &e), accepted);
        QVERIFY(!f.accepts(l, nullptr));   // no estimate: not known to be passable
    }

    void preferentialFilter_data()
    {
        QTest::addColumn<QList<PreferentialFee>>("accepted");
        QTest::addColumn<PreferentialFee>("verdict");
        QTest::addColumn<bool>("passes");
        using F = PreferentialFee;
        QTest::newRow("yes: yes") << QList<F>{F::Yes} << F::Yes << true;
        QTest::newRow("yes: near") << QList<F>{F::Yes} << F::NearLimit << false;
        QTest::newRow("yes or near: near") << QList<F>{F::Yes, F::NearLimit} << F::NearLimit << true;
        QTest::newRow("yes or near: no") << QList<F>{F::Yes, F::NearLimit} << F::No << false;
        QTest::newRow("no: no") << QList<F>{F::No} << F::No << true;
        QTest::newRow("unknown: unknown") << QList<F>{F::Unknown} << F::Unknown << true;
        QTest::newRow("yes: unknown") << QList<F>{F::Yes} << F::Unknown << false;
    }
    void preferentialFilter()
    {
        QFETCH(QList<PreferentialFee>, accepted);
        QFETCH(PreferentialFee, verdict);
        QFETCH(bool, passes);
        ListingFilter f;
        f.preferential = QSet<PreferentialFee>(accepted.begin(), accepted.end());
        const CostEstimate e = withVerdict(verdict);
        QCOMPARE(f.accepts(Test::makeListing(u"1"_qs, 10'000'000), &e), passes);
    }

    void proxyFiltersThroughTheModelAndAnyOtherModel()
    {
        using S = PassableFacts::State;
        ListingTableModel model;
        model.appendListings({Test::makeListing(u"now"_qs, 1), Test::makeListing(u"in3"_qs, 2),
                              Test::makeListing(u"in9"_qs, 3), Test::makeListing(u"old"_qs, 4)});
        const QHash<QString, PassableFacts> byId{{u"now"_qs, passable(S::Now)}, {u"in3"_qs, passable(S::Later, 3)},
                                                 {u"in9"_qs, passable(S::Later, 9)}, {u"old"_qs, passable(S::Over5)}};
        model.setCostEstimator([byId](const Listing &l) { return withPassable(byId.value(l.id)); });
        ListingFilterProxy direct;
        direct.setSourceModel(&model);
        direct.setPassableWithin(6);
        QCOMPARE(direct.rowCount(), 2);
        // Over another proxy the estimate comes through CostEstimateRole.
        ListingFilterProxy plain;
        plain.setSourceModel(&model);
        ListingFilterProxy outer;
        outer.setSourceModel(&plain);
        outer.setPassableWithin(6);
        QCOMPARE(outer.rowCount(), 2);
        outer.setPassableWithin(12);
        QCOMPARE(outer.rowCount(), 3);
        outer.setPassableWithin(std::nullopt);
        QCOMPARE(outer.rowCount(), 4);
    }

    void newColumnsHaveKeysAndDefaults()
    {
        QCOMPARE(columnKey(Column::Passable), u"passable"_qs);
        QCOMPARE(columnKey(Column::LandedPassable), u"landed_passable_rub"_qs);
        QCOMPARE(columnKey(Column::PreferentialUtil), u"preferential_util"_qs);
        QCOMPARE(columnKey(Column::ExportWarning), u"export_warning"_qs);
        const QList<Column> visible = defaultVisibleColumns();
        QVERIFY(visible.contains(Column::Passable));
        QVERIFY(visible.contains(Column::PreferentialUtil));
        QVERIFY(!visible.contains(Column::LandedPassable));
        QVERIFY(visible.contains(Column::ExportWarning));   // a car that cannot leave its country: always shown
        // The CLI's default CSV columns are unchanged by the new ones.
        for (Column c : {Column::Passable, Column::LandedPassable, Column::PreferentialUtil, Column::ExportWarning})
            QVERIFY(!defaultCsvColumnKeys().contains(columnKey(c)));
    }
};

QTEST_MAIN(TestRowFacts)
#include "tst_rowfacts.moc"
