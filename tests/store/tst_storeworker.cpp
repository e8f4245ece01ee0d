// The store's worker thread (core/store/storeworker.h): results come back on the GUI thread, in order, a canceled
// request is never answered (and not run when still queued), errors arrive as text, and the GUI thread's event
// loop keeps turning while a slow query runs (pg_sleep on a real PostgreSQL; an injected delay on SQLite).

#include "core/store/database.h"
#include "core/store/storeworker.h"
#include "storetestsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace CarScout;
using namespace CarScout::Store;

namespace {

Listing car(const QString &id, qint64 price)
{
    Listing l;
    l.source = u"encar"_qs;
    l.id = id;
    l.make = u"기아"_qs;
    l.model = u"K5 (DL3)"_qs;
    l.year = 2021;
    l.mileageKm = 40000;
    l.price = price;
    l.currency = u"KRW"_qs;
    return l;
}

// Waits for `request` to finish; false on a timeout.
bool waitFor(StoreRequest *request, int timeoutMs = 20000)
{
    QSignalSpy spy(request, &StoreRequest::finished);
    return spy.wait(timeoutMs);
}

// The ticks of a 10 ms timer on this thread while `request` runs, and the longest gap between two of them.
struct Ticks
{
    int count = 0;
    qint64 longestGapMs = 0;
};

Ticks ticksWhile(StoreRequest *request)
{
    Ticks ticks;
    QTimer timer;
    timer.setInterval(10);
    QElapsedTimer since;
    since.start();
    QObject::connect(&timer, &QTimer::timeout, [&] {
        ++ticks.count;
        ticks.longestGapMs = qMax(ticks.longestGapMs, since.restart());
    });
    timer.start();
    waitFor(request);
    return ticks;
}

} // namespace

class TestStoreWorker : public QObject
{
    Q_OBJECT
private slots:
    void resultOnTheGuiThreadInOrder_data() { Test::addBackendRows(); }
    void resultOnTheGuiThreadInOrder()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        StoreWorker worker(scratch.url());
        QSignalSpy opened(&worker, &StoreWorker::opened);
        QThread *workThread = nullptr;
        QThread *deliveredOn = nullptr;
        // A write and then a read: the read sees the write (one thread, requests in order).
        StoreRequest *write = worker.call<bool>([&](Workspace &w, QString *error) -> std::optional<bool> {
            workThread = QThread::currentThread();
            if (!w.recordSeen({car(u"1"_qs, 100), car(u"2"_qs, 200)}, error))
                return std::nullopt;
            return true;
        });
        StoreRequest *read = worker.call<QList<PricePoint>>([](Workspace &w, QString *error) {
            return w.history(u"encar"_qs, u"2"_qs, error);
        });
        QSignalSpy written(write, &StoreRequest::finished);
        QList<PricePoint> history;
        connect(read, &StoreRequest::finished, this, [&, read] {
            deliveredOn = QThread::currentThread();
            history = read->result<QList<PricePoint>>();
        });
        QPointer<StoreRequest> readGuard(read);
        QVERIFY(waitFor(read));
        QVERIFY2(opened.count() == 1 && opened.at(0).at(0).toString().isEmpty(), qPrintable(worker.openError()));
        QCOMPARE(worker.isOpen(), std::optional<bool>(true));
        QCOMPARE(written.count(), 1);
        QVERIFY(workThread && workThread != QThread::currentThread());
        QCOMPARE(deliveredOn, QThread::currentThread());
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).price, std::optional<qint64>(200));
        QTRY_VERIFY(!readGuard);   // it deleted itself
        QCOMPARE(worker.pendingCount(), 0);
    }

    void errorsArriveAsText_data() { Test::addBackendRows(); }
    void errorsArriveAsText()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        StoreWorker worker(scratch.url());
        StoreRequest *bad = worker.call<int>([](Workspace &w, QString *error) -> std::optional<int> {
            if (!w.database().run(u"SELECT no_such_column FROM listings"_qs, {}, error))
                return std::nullopt;
            return 1;
        });
        QString error;
        connect(bad, &StoreRequest::finished, this, [&, bad] { error = bad->error(); });
        QVERIFY(waitFor(bad));
        QVERIFY2(error.contains(u"no_such_column"), qPrintable(error));
        // The worker goes on after a failed request.
        StoreRequest *good = worker.call<int>([](Workspace &, QString *) { return std::optional<int>(7); });
        int value = 0;
        connect(good, &StoreRequest::finished, this, [&, good] { value = good->result<int>(); error = good->error(); });
        QVERIFY(waitFor(good));
        QCOMPARE(value, 7);
        QVERIFY(error.isEmpty());
    }

    void aDatabaseThatDoesNotOpenFailsEveryRequest()
    {
        DatabaseUrl url;
        url.kind = DatabaseUrl::Kind::Sqlite;
        url.path = u"/proc/carscout-cannot-be-here/carscout.sqlite"_qs;
        StoreWorker worker(url);
        QSignalSpy opened(&worker, &StoreWorker::opened);
        bool ran = false;
        StoreRequest *request = worker.call<int>([&](Workspace &, QString *) {
            ran = true;
            return std::optional<int>(1);
        });
        QString error;
        connect(request, &StoreRequest::finished, this, [&, request] { error = request->error(); });
        QVERIFY(waitFor(request));
        QCOMPARE(opened.count(), 1);
        QVERIFY(!opened.at(0).at(0).toString().isEmpty());
        QCOMPARE(worker.isOpen(), std::optional<bool>(false));
        QCOMPARE(error, worker.openError());
        QVERIFY2(error.contains(u"carscout-cannot-be-here"), qPrintable(error));
        QVERIFY(!ran);
    }

    void canceledRequestsAreNeverAnswered()
    {
        CARSCOUT_SCRATCH_DB(scratch, u"sqlite"_qs);
        StoreWorker worker(scratch.url());
        worker.setDelayForTesting(300);
        std::atomic_int ran{0};
        auto count = [&ran](Workspace &, QString *) { ++ran; return std::optional<int>(1); };
        StoreRequest *running = worker.call<int>(count);
        StoreRequest *queued = worker.call<int>(count);
        StoreRequest *last = worker.call<int>(count);
        QSignalSpy runningDone(running, &StoreRequest::finished);
        QSignalSpy queuedDone(queued, &StoreRequest::finished);
        QPointer<StoreRequest> queuedGuard(queued);
        QTest::qWait(100);   // `running` is on the worker now, the others wait
        running->cancel();
        queued->cancel();
        QVERIFY(queued->isCanceled());
        QVERIFY(waitFor(last));
        QCOMPARE(runningDone.count(), 0);
        QCOMPARE(queuedDone.count(), 0);
        QCOMPARE(ran.load(), 1);   // only `last`: `running` was still in its delay, `queued` never started
        QTRY_VERIFY(!queuedGuard);
        QTRY_COMPARE(worker.pendingCount(), 0);
    }

    void destroyingTheWorkerDropsWhatIsQueued()
    {
        CARSCOUT_SCRATCH_DB(scratch, u"sqlite"_qs);
        std::atomic_int ran{0};
        {
            StoreWorker worker(scratch.url());
            worker.setDelayForTesting(200);
            for (int i = 0; i < 5; ++i)
                worker.call<int>([&ran](Workspace &, QString *) { ++ran; return std::optional<int>(1); });
            QTest::qWait(50);
        }   // waits for the one in its delay, runs none of them
        QCOMPARE(ran.load(), 0);
    }

    void theEventLoopTurnsDuringASlowQuery_data() { Test::addBackendRows(); }
    void theEventLoopTurnsDuringASlowQuery()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        StoreWorker worker(scratch.url());
        QSignalSpy opened(&worker, &StoreWorker::opened);
        QVERIFY(opened.wait(20000));
        QElapsedTimer elapsed;
        elapsed.start();
        StoreRequest *slow = nullptr;
        if (backend == u"postgresql") {
            // A real slow server: the statement itself takes a second.
            slow = worker.call<bool>([](Workspace &w, QString *error) -> std::optional<bool> {
                if (!w.database().run(u"SELECT pg_sleep(1)"_qs, {}, error))
                    return std::nullopt;
                return true;
            });
        } else {
            worker.setDelayForTesting(1000);
            slow = worker.call<QList<SavedSearch>>([](Workspace &w, QString *error) { return w.searches(error); });
        }
        QString error = u"not finished"_qs;
        connect(slow, &StoreRequest::finished, this, [&, slow] { error = slow->error(); });
        const Ticks ticks = ticksWhile(slow);
        const qint64 ms = elapsed.elapsed();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(ms >= 950, qPrintable(QString::number(ms)));
        qInfo("%s: %lld ms query, %d timer ticks of 10 ms, longest gap %lld ms", qPrintable(backend), ms, ticks.count,
              ticks.longestGapMs);
        QVERIFY2(ticks.count >= 30, qPrintable(QString::number(ticks.count)));
        QVERIFY2(ticks.longestGapMs < 250, qPrintable(QString::number(ticks.longestGapMs)));
    }
};

QTEST_GUILESS_MAIN(TestStoreWorker)
#include "tst_storeworker.moc"
