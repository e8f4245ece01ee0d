// A demo search pane shows the row-fact columns filled (issues 9, 10): the Encar demo on loopback, the GUI's
// cost service with the specs resolver behind it (as the application wires it), manual rates. The passable and
// preferential-fee columns are visible by default and filled, the engine cells say where their values came
// from (tooltip and a style icon), titles read in the GUI language, and the filter form's "passable within"
// and preferential-fee inputs filter the rows at once; a Che168 pane warns on cars registered less than 180
// days before the declaration date. The declaration date is fixed (the demo inventories are dated 2026-11-20).

#include "core/model/listingcolumns.h"
#include "core/model/listingfilterproxy.h"
#include "core/model/listingroles.h"
#include "core/model/listingtablemodel.h"
#include "core/specs/specsengine.h"
#include "tests/ui/uitestenv.h"
#include "ui/costservice.h"
#include "ui/filterform.h"
#include "ui/searchpane.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace CarScout;
using namespace CarScout::Ui;
using Model::Column;

namespace {

const QDate kDeclared(2027, 1, 20);

// The GUI's cost service as the application wires it (the specs resolver behind it), at manual rates.
void wireCosts(CostService &costs)
{
    Customs::RateTable rates;
    rates.date = rates.requestedDate = kDeclared;
    rates.origin = Customs::RateOrigin::Manual;
    rates.setManual(u"KRW"_qs, *Customs::Rational::parse(u"0.0569"));
    rates.setManual(u"CNY"_qs, *Customs::Rational::parse(u"11.2"));
    rates.setManual(u"EUR"_qs, *Customs::Rational::parse(u"94.5"));
    rates.setManual(u"USD"_qs, *Customs::Rational::parse(u"81.2"));
    costs.setRates(rates);
    Services::CostContext c = costs.context();
    c.declarationDate = kDeclared;
    c.engine = Specs::specsEngineResolver(std::make_shared<const Specs::SpecsResolver>());
    costs.setContext(c);
}

} // namespace

class TestRowFactsColumns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void demoSearchFillsTheNewColumns()
    {
        QStandardPaths::setTestModeEnabled(true);
        Test::DemoEnvironment env;
        QVERIFY(env.start());
        std::unique_ptr<Settings> settings = env.openSettings();
        CostService costs(settings.get());
        wireCosts(costs);

        const SearchPane::Dependencies deps = env.paneDependencies(settings.get());
        SearchPane pane(env.source(u"encar"_qs), deps);
        pane.resize(1280, 700);
        pane.setCostEstimator(costs.estimator());
        pane.setPageSize(50);
        pane.setPagesPerBatch(2);
        QSignalSpy finished(&pane, &SearchPane::searchFinished);
        pane.startSearch();
        QVERIFY(finished.wait(30000));
        const Model::ListingTableModel *model = pane.listingModel();
        const int rows = model->rowCount();
        QVERIFY(rows >= 50);

        // Visible by default: passable and the preferential fee.
        const QHeaderView *header = pane.view()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(int(Column::Passable)));
        QVERIFY(!header->isSectionHidden(int(Column::PreferentialUtil)));
        QVERIFY(!header->isSectionHidden(int(Column::ExportWarning)));
        QVERIFY(header->isSectionHidden(int(Column::LandedPassable)));

        int passableKnown = 0, later = 0, landedThen = 0, verdictKnown = 0, fromCatalog = 0, readable = 0;
        for (int row = 0; row < rows; ++row) {
            auto cell = [&](Column column, int role = Qt::DisplayRole) { return model->index(row, int(column)).data(role); };
            if (cell(Column::Passable, Model::UnderlyingDataRole).isValid())
                ++passableKnown;
            if (cell(Column::Passable).toString().startsWith(u"in "_qs)) {
                ++later;
                QVERIFY(cell(Column::Passable, Qt::ToolTipRole).toString().contains(u"counted from the 15th"_qs));
            }
            if (cell(Column::LandedPassable, Model::UnderlyingDataRole).isValid())
                ++landedThen;
            if (cell(Column::PreferentialUtil, Model::UnderlyingDataRole).isValid()) {
                ++verdictKnown;
                const QString tip = cell(Column::PreferentialUtil, Qt::ToolTipRole).toString();
                QVERIFY(tip.startsWith(u"Preferential utilization fee:"_qs));
                // The margin when the power is known (an engine over 3,000 cm³ is "no" without it).
                QCOMPARE(tip.contains(u"Margin to the"_qs), cell(Column::PowerHp, Model::UnderlyingDataRole).isValid());
            }
            if (cell(Column::PowerHp, Model::ProvenanceRole).toString() == u"catalog") {
                ++fromCatalog;
                QVERIFY(cell(Column::PowerHp, Qt::ToolTipRole).toString().contains(u"from the specs catalog"_qs));
            }
            if (cell(Column::Title).toString() != model->listing(row).title)
                ++readable;
        }
        qInfo("%d rows: passable known %d (%d later), landed when passable %d, fee verdict %d, power from the "
              "catalog %d, readable titles %d", rows, passableKnown, later, landedThen, verdictKnown, fromCatalog, readable);
        QVERIFY2(passableKnown * 100 >= rows * 90, qPrintable(u"%1 of %2"_qs.arg(passableKnown).arg(rows)));
        QVERIFY(landedThen > 0);
        QVERIFY(verdictKnown * 100 >= rows * 50);
        QVERIFY(fromCatalog > 0);
        QVERIFY(readable * 100 >= rows * 50);

        // The view paints the decorated cells (style icons through the delegate) without trouble.
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(!pane.view()->grab().isNull());

        // The filter form: passable within 0 months = passable now only; then the preferential fee.
        FilterForm *form = pane.filterForm();
        form->passableWithinBox()->setValue(0);
        const Model::ListingFilterProxy *proxy = pane.filterProxy();
        QVERIFY(proxy->rowCount() < rows);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QCOMPARE(proxy->index(r, int(Column::Passable)).data().toString(), u"now"_qs);
        form->passableWithinBox()->setValue(form->passableWithinBox()->minimum());   // "any"
        QCOMPARE(proxy->rowCount(), rows);
        const int yes = form->preferentialBox()->findText(u"Preferential fee: yes"_qs);
        QVERIFY(yes > 0);
        form->preferentialBox()->setCurrentIndex(yes);
        QVERIFY(proxy->rowCount() > 0 && proxy->rowCount() < rows);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QCOMPARE(proxy->index(r, int(Column::PreferentialUtil)).data().toString(), u"yes"_qs);
    }

    void che168PaneWarnsOnRecentlyRegisteredCars()
    {
        QStandardPaths::setTestModeEnabled(true);
        Test::DemoEnvironment env;
        QVERIFY(env.start());
        std::unique_ptr<Settings> settings = env.openSettings();
        CostService costs(settings.get());
        wireCosts(costs);
        const SearchPane::Dependencies deps = env.paneDependencies(settings.get());
        Sources::Source *che168 = nullptr;
        for (Sources::Source *s : std::as_const(env.sources)) {
            if (s->currency() == u"CNY")
                che168 = s;
        }
        QVERIFY(che168);
        SearchPane pane(che168, deps);
        pane.setCostEstimator(costs.estimator());
        pane.setPagesPerBatch(3);
        QSignalSpy finished(&pane, &SearchPane::searchFinished);
        pane.startSearch();
        QVERIFY(finished.wait(30000));
        const Model::ListingTableModel *model = pane.listingModel();
        const int rows = model->rowCount();
        QVERIFY(rows >= 10);
        int warned = 0, recent = 0;
        for (int row = 0; row < rows; ++row) {
            const Listing &l = model->listing(row);
            const QModelIndex cell = model->index(row, int(Column::ExportWarning));
            // Registered in 2026 from July (31.07 + 180 days > 20.01.2027) or in 2026 with the year only (counted from
            // 31 December), and not "unregistered".
            const bool registeredRecently = l.year == 2026 && (l.month == 0 || l.month >= 7)
                && !l.badges.contains(u"unregistered"_qs);
            recent += registeredRecently;
            const bool hasWarning = cell.data(Model::UnderlyingDataRole).toInt() > 0;
            warned += hasWarning;
            if (hasWarning) {
                QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"180 days"_qs));
                QVERIFY(!cell.data().toString().isEmpty());
            }
            if (registeredRecently)
                QVERIFY2(hasWarning, qPrintable(l.title));
            else if (l.year > 0 && l.year < 2026)
                QVERIFY2(!hasWarning, qPrintable(l.title));
            // Informational: every row stays in the view.
        }
        qInfo("%d Che168 rows: %d registered in 2026, %d with an export warning", rows, recent, warned);
        QVERIFY(recent > 0);
        QCOMPARE(pane.filterProxy()->rowCount(), rows);
    }
};

QTEST_MAIN(TestRowFactsColumns)
#include "tst_rowfactscolumns.moc"
