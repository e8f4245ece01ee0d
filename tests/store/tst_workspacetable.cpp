// The dealer's workspace in the main table (issue 14): after a search over the demo marketplaces on loopback,
// the window stores what it saw (on the store's worker thread) and the table's workspace columns show the days
// on market, "new" and "price cut −X %" badges from the store's first sightings and price observations, and
// "vs market" for listings with at least 5 comparables, sorted by the percent.

#include "core/model/listingformat.h"
#include "core/model/listingroles.h"
#include "core/model/listingtablemodel.h"
#include "core/store/database.h"
#include "core/store/storeworker.h"
#include "core/store/workspace.h"
#include "storetestsupport.h"
#include "tests/ui/uitestenv.h"
#include "ui/appcontext.h"
#include "ui/costservice.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/searchpane.h"

#include <QAction>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace CarScout;

class TestWorkspaceTable : public QObject
{
    Q_OBJECT
private:
    Test::DemoEnvironment m_env;
    std::unique_ptr<Ui::Settings> m_settings;
    std::unique_ptr<Ui::CostService> m_costs;

    // Runs one search in the Encar pane and waits until its rows carry the store's annotations.
    static bool searchAndWaitForAnnotations(Ui::MainWindow &window, Ui::SearchPane *pane)
    {
        QSignalSpy finished(pane, &Ui::SearchPane::searchFinished);
        window.searchAction()->trigger();
        if (!finished.wait(30000))
            return false;
        Model::ListingTableModel *model = pane->listingModel();
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        for (int i = 0; i < 200 && !model->workspaceAnnotation(0); ++i)
            QTest::qWait(50);
        return model->workspaceAnnotation(0) != nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_env.start());
        m_settings = m_env.openSettings();
        m_costs = std::make_unique<Ui::CostService>(m_settings.get());
        Ui::MessageBox::setAutoAnswer(QMessageBox::Ok);
    }

    void badgesDaysAndMarketPositionInTheTable()
    {
        CARSCOUT_SCRATCH_DB(scratch, u"sqlite"_qs);
        Store::StoreWorker store(scratch.url());
        Ui::AppContext c;
        c.settings = m_settings.get();
        c.http = m_env.http.get();
        c.costs = m_costs.get();
        c.terms = &m_env.registry.terms();
        c.sources = m_env.sources;
        c.workspace = &store;
        c.userName = u"anna"_qs;
        Ui::MainWindow window(c);
        window.show();
        window.setCurrentPane(u"encar"_qs);
        Ui::SearchPane *pane = window.currentPane();
        QVERIFY(pane);
        pane->setPagesPerBatch(1);
        Model::ListingTableModel *model = pane->listingModel();

        // First search: everything is first seen now, nothing is "new" (the model was not watched before).
        QVERIFY(searchAndWaitForAnnotations(window, pane));
        const int rows = model->size();
        QVERIFY(rows >= 10);
        for (int row = 0; row < rows; ++row) {
            const Model::WorkspaceAnnotation *a = model->workspaceAnnotation(row);
            QVERIFY2(a, qPrintable(model->listing(row).id));
            QCOMPARE(a->daysOnMarket, 0);
            QVERIFY(!a->isNew);
        }

        // Three days pass (in the database); one listing was cut from a higher price, one was never seen, and
        // the subject of row 0 gets six comparables.
        QList<Listing> priced;
        for (int row = 0; row < rows; ++row) {
            if (model->listing(row).price && *model->listing(row).price > 0)
                priced << model->listing(row);
        }
        QVERIFY(priced.size() >= 3);
        // "New" needs a model seen before: the never-seen one shares its model with another row.
        qsizetype twin = -1;
        for (qsizetype i = 2; i < priced.size() && twin < 0; ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                if (Store::modelKey(priced.at(i)) == Store::modelKey(priced.at(j)))
                    twin = i;
            }
        }
        QVERIFY(twin >= 2);
        const Listing unseen = priced.takeAt(twin);
        const Listing subject = priced.at(0);
        const Listing cut = priced.at(1);
        QString error;
        {
            auto db = Store::Database::open(scratch.url(), &error);
            QVERIFY2(db, qPrintable(error));
            const qint64 threeDays = qint64(3) * 24 * 3600 * 1000;
            QVERIFY(db->run(u"UPDATE listings SET first_seen = first_seen - ?, last_seen = last_seen - ?"_qs,
                            {threeDays, threeDays}, &error));
            QVERIFY(db->run(u"UPDATE price_observations SET seen_at = seen_at - ?"_qs, {threeDays}, &error));
            QVERIFY(db->run(u"UPDATE price_observations SET price = price * 5 / 4 WHERE listing_id = ?"_qs, {cut.id}, &error));
            QVERIFY(db->run(u"DELETE FROM listings WHERE listing_id = ?"_qs, {unseen.id}, &error));
            Store::Workspace workspace(*db);
            QList<Listing> peers;
            for (int i = 0; i < 6; ++i) {
                Listing p = subject;
                p.id = u"peer-"_qs + QString::number(i);
                p.price = *subject.price + (i + 1) * *subject.price / 10;   // all dearer: the subject is the cheapest
                peers << p;
            }
            QVERIFY2(workspace.recordSeen(peers, &error), qPrintable(error));
        }

        QVERIFY(searchAndWaitForAnnotations(window, pane));
        auto cell = [&](const Listing &l, Model::Column column, int role = Qt::DisplayRole) {
            return model->index(model->rowOf(l.source, l.id), int(column)).data(role);
        };
        QCOMPARE(cell(subject, Model::Column::DaysOnMarket).toInt(), 3);
        QCOMPARE(cell(cut, Model::Column::WorkspaceBadge).toString(), u"price cut −20.0 %"_qs);
        QCOMPARE(cell(unseen, Model::Column::WorkspaceBadge).toString(), u"new"_qs);
        QCOMPARE(cell(unseen, Model::Column::DaysOnMarket).toInt(), 0);
        QVERIFY(cell(subject, Model::Column::MarketPosition, Model::UnderlyingDataRole).toDouble() < 0);

        // Every row agrees with the store: a position only with 5 comparables or more, as its own query says.
        auto db = Store::Database::open(scratch.url(), &error);
        QVERIFY2(db, qPrintable(error));
        Store::Workspace workspace(*db);
        QList<Listing> shown;
        for (int row = 0; row < model->size(); ++row)
            shown << model->listing(row);
        const auto positions = workspace.marketPositions(shown, &error);
        QVERIFY2(positions, qPrintable(error));
        QVERIFY(positions->contains(Store::listingKey(subject.source, subject.id)));
        QString cheapest;
        double lowest = 1e9;
        for (int row = 0; row < model->size(); ++row) {
            const Listing &l = model->listing(row);
            const auto p = positions->constFind(Store::listingKey(l.source, l.id));
            const QString text = model->index(row, int(Model::Column::MarketPosition)).data().toString();
            if (p == positions->cend()) {
                QCOMPARE(text, QString());
                continue;
            }
            QVERIFY(p->sampleSize >= 5);
            QCOMPARE(text, Model::marketStandingText({p->medianPrice, p->percentile, p->deltaPercent, p->sampleSize, {}},
                                                     model->locale()));
            const QString tip = model->index(row, int(Model::Column::MarketPosition)).data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(model->locale().toString(p->medianPrice)) && tip.contains(Store::marketPositionRule()),
                     qPrintable(tip));
            if (p->deltaPercent < lowest) {
                lowest = p->deltaPercent;
                cheapest = l.id;
            }
        }

        // The view sorts by the percent: the cheapest relative to its peers first.
        QTableView *view = pane->view();
        view->sortByColumn(int(Model::Column::MarketPosition), Qt::AscendingOrder);
        QCOMPARE(view->model()->index(0, int(Model::Column::Id)).data().toString(), cheapest);
    }
};

QTEST_MAIN(TestWorkspaceTable)
#include "tst_workspacetable.moc"
