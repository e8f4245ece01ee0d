// Background details in the GUI (issue 9, step 3): a demo Encar search in a real pane, over the replay server on
// loopback; the rows the offline resolution leaves without displacement or power (or with a range) get their
// detail, each exactly once, counted at the server; what the details say lands in the model rows and the cost
// columns fill in; a failed detail leaves its row as it was and never fails the search; a new search and
// destroying the pane cancel what is left; a row seen again costs nothing.

#include "core/demo/demobackends.h"
#include "core/demo/replayserver.h"
#include "core/model/listingtablemodel.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/net/sourcepolicy.h"
#include "core/sources/sourceregistry.h"
#include "core/specs/backgrounddetails.h"
#include "core/specs/specsengine.h"
#include "ui/costservice.h"
#include "ui/searchpane.h"
#include "ui/settings.h"
#include "ui/sourcesetup.h"

#include <QHash>
#include <QMutex>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace CarScout;
using namespace CarScout::Ui;

namespace {
const QString kVehiclePath = u"/v1/readside/vehicle/"_qs;   // the Encar detail's first request, one per car
}

class TestBackgroundDetails : public QObject
{
    Q_OBJECT

private:
    Demo::ReplayServer m_server;
    std::unique_ptr<Net::HttpClient> m_http;
    Sources::SourceRegistry m_registry;
    QList<Sources::Source *> m_sources;
    QObject m_owner;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    QMutex m_lock;
    QHash<QString, int> m_detailRequests;   // listing id → vehicle requests seen by the server
    bool m_failDetails = false;             // answer every vehicle request with 404

    Sources::Source *encar() const
    {
        for (Sources::Source *s : m_sources) {
            if (s->id() == u"encar")
                return s;
        }
        return nullptr;
    }

    int detailRequestCount()
    {
        QMutexLocker lock(&m_lock);
        int n = 0;
        for (int c : std::as_const(m_detailRequests))
            n += c;
        return n;
    }

    std::unique_ptr<SearchPane> makePane(int pageSize, int pages)
    {
        SearchPane::Dependencies deps;
        deps.settings = m_settings.get();
        auto pane = std::make_unique<SearchPane>(encar(), deps);
        pane->setPageSize(pageSize);
        pane->setPagesPerBatch(pages);
        return pane;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Counts the detail requests, then lets the demo backend answer them.
        m_server.addHandler(u"api.encar.com"_qs, [this](const Demo::ReplayRequest &request) -> std::optional<Demo::ReplayResponse> {
            if (request.path.startsWith(kVehiclePath)) {
                QMutexLocker lock(&m_lock);
                ++m_detailRequests[request.path.mid(kVehiclePath.size())];
                if (m_failDetails)
                    return Demo::ReplayResponse{404, {{"Content-Type", "application/json"}}, R"({"message":"gone"})"};
            }
            return std::nullopt;
        });
        Demo::registerAllDemoBackends();
        Demo::installDemoBackends(m_server);
        QVERIFY(m_server.listen());
        Net::ClientConfig config;
        config.proxy.type = Net::ProxyType::None;
        config.remaps = Demo::demoRemaps(m_server);
        m_http = std::make_unique<Net::HttpClient>(config);
        m_registry = Sources::SourceRegistry::withBuiltInSources();
        m_sources = createSources(m_registry, *m_http, &m_owner);
        for (Sources::Source *source : std::as_const(m_sources)) {
            Net::SourcePolicy policy = m_http->sourcePolicy(source->id());
            policy.rate = Net::RateSchedule();   // no pacing: the test is about which requests, not when
            m_http->setSourcePolicy(source->id(), policy);
        }
        QVERIFY(encar());
        m_settings = std::make_unique<Settings>(
            std::make_unique<QSettings>(m_dir.filePath(u"carscout.ini"_qs), QSettings::IniFormat));
    }

    void init()
    {
        QMutexLocker lock(&m_lock);
        m_detailRequests.clear();
        m_failDetails = false;
    }

    void fillsTheMissingValuesOnce()
    {
        const auto pane = makePane(50, 2);
        Model::ListingTableModel *model = pane->listingModel();
        // What the rows look like as they arrive (connected before the service, so it sees them first).
        const Specs::SpecsResolver resolver;
        QSet<QString> wanted;
        QSet<QString> vague;   // a displacement range or a nominal one read from the title
        int missingBefore = 0;
        connect(model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row) {
                const Specs::ResolvedSpecs s = resolver.resolve(model->listing(row));
                if (Specs::SpecsResolver::wantsDetail(s))
                    wanted.insert(model->listing(row).id);
                if (s.engineCc.isRange() || s.nominalCc)
                    vague.insert(model->listing(row).id);
                if (!s.complete())
                    ++missingBefore;
            }
        });
        auto *details = new Specs::BackgroundDetails(model, encar(), pane.get());
        // The cost columns priced as the GUI prices them: through the specs resolver.
        const auto shared = std::make_shared<const Specs::SpecsResolver>();
        details->setResolver(shared);
        CostService costs(m_settings.get());
        Services::CostContext context = costs.context();
        context.engine = Specs::specsEngineResolver(shared);
        costs.setContext(context);
        Customs::RateTable rates;
        rates.date = rates.requestedDate = QDate::currentDate();
        rates.origin = Customs::RateOrigin::Manual;
        rates.setManual(u"KRW"_qs, *Customs::Rational::parse(u"0.06"_qs));
        rates.setManual(u"EUR"_qs, 95);
        costs.setRates(rates);
        pane->setCostEstimator(costs.estimator());

        QSignalSpy finished(pane.get(), &SearchPane::searchFinished);
        QSignalSpy filled(details, &Specs::BackgroundDetails::rowFilled);
        pane->startSearch();
        QVERIFY(finished.wait(30000));
        QCOMPARE(model->size(), 100);
        QVERIFY2(!wanted.isEmpty(), "the demo search has no row that needs its detail");
        QTRY_COMPARE_WITH_TIMEOUT(details->pending(), 0, 30000);

        // Exactly the rows that wanted a detail, each once.
        {
            QMutexLocker lock(&m_lock);
            QCOMPARE(QSet<QString>(m_detailRequests.keyBegin(), m_detailRequests.keyEnd()), wanted);
            for (auto it = m_detailRequests.cbegin(); it != m_detailRequests.cend(); ++it)
                QVERIFY2(it.value() == 1, qPrintable(it.key()));
        }
        QCOMPARE(details->requestsStarted(), int(wanted.size()));
        QVERIFY(filled.count() > 0);

        // The details' values are in the rows: fewer rows lack a value, and those rows got their costs.
        int missingAfter = 0;
        int pricedFilled = 0;
        int settled = 0;   // a vague displacement made exact by the detail
        for (int row = 0; row < model->size(); ++row) {
            const Listing &l = model->listing(row);
            if (!resolver.resolve(l).complete())
                ++missingAfter;
            const Model::CostEstimate *estimate = model->costEstimate(row);
            if (wanted.contains(l.id) && estimate && estimate->customsRubKopecks)
                ++pricedFilled;
            const Specs::ResolvedSpecs now = resolver.resolve(l);
            if (vague.contains(l.id) && !now.engineCc.isRange() && !now.nominalCc)
                ++settled;
        }
        qInfo("rows: %lld, wanted a detail: %lld (vague displacement: %lld, settled by the detail: %d), missing a "
              "value before: %d, after: %d, rows filled: %lld, of the wanted now priced: %d", qlonglong(model->size()),
              qlonglong(wanted.size()), qlonglong(vague.size()), settled, missingBefore, missingAfter,
              qlonglong(filled.count()), pricedFilled);
        QVERIFY(missingAfter <= missingBefore);
        QVERIFY(settled > 0);
        QVERIFY(pricedFilled > 0);

        // The same search again: the cache answers, no request reaches the server.
        const int before = detailRequestCount();
        pane->startSearch();
        QVERIFY(finished.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(details->pending(), 0, 10000);
        QCOMPARE(detailRequestCount(), before);
    }

    // Details that fail (404) leave their rows as they were, are not asked again, and the search succeeds.
    void failedDetailsLeaveTheRowsAndNeverFailTheSearch()
    {
        {
            QMutexLocker lock(&m_lock);
            m_failDetails = true;
        }
        const auto pane = makePane(50, 2);
        Model::ListingTableModel *model = pane->listingModel();
        QHash<QString, Listing> asListed;
        connect(model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row)
                asListed.insert(model->listing(row).id, model->listing(row));
        });
        auto *details = new Specs::BackgroundDetails(model, encar(), pane.get());
        QSignalSpy finished(pane.get(), &SearchPane::searchFinished);
        pane->startSearch();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.last().at(0).value<Sources::JobError>().isError());
        QTRY_COMPARE_WITH_TIMEOUT(details->pending(), 0, 30000);
        const int asked = detailRequestCount();
        QVERIFY(asked > 0);
        QCOMPARE(details->rowsFilled(), 0);
        for (int row = 0; row < model->size(); ++row)
            QCOMPARE(model->listing(row), asListed.value(model->listing(row).id));
        // The same search again: a failed detail is not asked again this session.
        pane->startSearch();
        QVERIFY(finished.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(details->pending(), 0, 10000);
        QCOMPARE(detailRequestCount(), asked);
    }

    void newSearchAndClosingCancel()
    {
        // Slow answers, so that there is a queue of details to cancel.
        m_server.setLatencyMs(40);
        const auto latency = qScopeGuard([this] { m_server.setLatencyMs(0); });

        auto pane = makePane(50, 2);
        auto *details = new Specs::BackgroundDetails(pane->listingModel(), encar(), pane.get());
        QSignalSpy finished(pane.get(), &SearchPane::searchFinished);
        pane->startSearch();
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(details->requestsStarted() >= 1, 10000);
        QVERIFY2(details->pending() > 1, "expected a queue of details to cancel");

        // A new search: the model is reset and the queue dropped at once.
        pane->startSearch();
        QCOMPARE(details->pending(), 0);
        QVERIFY(finished.wait(30000));

        // Closing the pane (destroying it) aborts the detail in flight: after it, no new detail is started.
        QTRY_VERIFY_WITH_TIMEOUT(details->pending() > 0, 10000);
        QPointer<Specs::BackgroundDetails> guard(details);
        pane.reset();
        QVERIFY(!guard);
        const int atClose = detailRequestCount();
        QTest::qWait(300);   // what was in flight may still land at the server; nothing new may start
        QVERIFY2(detailRequestCount() <= atClose + 1, qPrintable(QString::number(detailRequestCount() - atClose)));
    }
};

QTEST_MAIN(TestBackgroundDetails)
#include "tst_backgrounddetails.moc"
