#include "core/common/clock.h"
#include "core/store/database.h"
#include "core/store/workspace.h"
#include "storetestsupport.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace CarScout;
using namespace CarScout::Store;

namespace {

constexpr int kRounds = 12;
constexpr int kShared = 10;   // listings both workers see
constexpr int kOwn = 5;       // listings only one worker sees

Listing car(const QString &id, qint64 price)
{
    Listing l;
    l.source = u"encar"_qs;
    l.id = id;
    l.make = u"현대"_qs;
    l.model = u"그랜저 (GN7)"_qs;
    l.year = 2023;
    l.mileageKm = 10000;
    l.price = price;
    l.currency = u"KRW"_qs;
    return l;
}

// One worker = one manager's watch runs: its own connection, its own search, and the team's shared search.
// Every run carries a price no other run uses, so each run must leave exactly one observation per listing.
struct Worker
{
    int index = 0;
    DatabaseUrl url;
    QSemaphore *start = nullptr;
    QString error;
    int sharedNew = 0;

    void operator()()
    {
        auto db = Database::open(url, &error);
        if (!db)
            return;
        Workspace store(*db);
        const auto own = store.findSearch(u"manager %1"_qs.arg(index), &error);
        const auto team = store.findSearch(u"team"_qs, &error);
        if (!own || !team) {
            error = u"searches missing: "_qs + error;
            return;
        }
        start->acquire();
        for (int round = 0; round < kRounds && error.isEmpty(); ++round) {
            QList<Listing> mine, shared;
            for (int i = 0; i < kShared; ++i) {
                mine << car(u"s%1"_qs.arg(i), 1'000'000 + round * 100 + index * 10);
                shared << car(u"s%1"_qs.arg(i), 2'000'000 + round * 100 + index * 10);
            }
            for (int i = 0; i < kOwn; ++i)
                mine << car(u"w%1-%2"_qs.arg(index).arg(i), 3'000'000 + round * 100);
            // Opposite orders in the two workers: the store must not deadlock on them.
            if (index == 1)
                std::reverse(mine.begin(), mine.end());
            if (!store.recordRun(*own, mine, true, &error))
                return;
            const auto report = store.recordRun(*team, shared, true, &error);
            if (!report)
                return;
            sharedNew += int(report->newListings.size());
        }
    }
};

qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    QString error;
    QSqlQuery *q = db.run(sql, values, &error);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

} // namespace

class TestStoreConcurrency : public QObject
{
    Q_OBJECT
private slots:
    void twoWatchRunsAtOnce_data() { Test::addBackendRows(); }
    void twoWatchRunsAtOnce()
    {
        QFETCH(QString, backend);
        CARSCOUT_SCRATCH_DB(scratch, backend);
        QString error;
        {
            auto db = Database::open(scratch.url(), &error);
            QVERIFY2(db, qPrintable(error));
            Workspace store(*db);
            for (const QString &name : {u"manager 0"_qs, u"manager 1"_qs, u"team"_qs})
                QVERIFY2(store.addSearch(name, u"encar"_qs, {}, &error), qPrintable(error));
        }
        QSemaphore start;
        Worker workers[2];
        std::unique_ptr<QThread> threads[2];
        for (int i = 0; i < 2; ++i) {
            workers[i].index = i;
            workers[i].url = scratch.url();
            workers[i].start = &start;
            threads[i].reset(QThread::create(std::ref(workers[i])));
            threads[i]->start();
        }
        start.release(2);
        for (auto &t : threads)
            QVERIFY(t->wait(240'000));
        for (const Worker &w : workers)
            QVERIFY2(w.error.isEmpty(), qPrintable(w.error));

        auto db = Database::open(scratch.url(), &error);
        QVERIFY2(db, qPrintable(error));
        // No listing twice.
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM listings"_qs), kShared + 2 * kOwn);
        // No observation lost or doubled: a shared listing was priced anew by every run of both workers.
        for (int i = 0; i < kShared; ++i) {
            QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM price_observations WHERE listing_id = ?"_qs, {u"s%1"_qs.arg(i)}),
                     2 * 2 * kRounds);
        }
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM price_observations WHERE listing_id LIKE 'w%'"_qs), 2 * kOwn * kRounds);
        // The team's search reported each listing new exactly once, whichever worker ran first.
        QCOMPARE(workers[0].sharedNew + workers[1].sharedNew, kShared);
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM search_listings"_qs), 3 * kShared + 2 * kOwn);
        // Consecutive observations of one listing never repeat a price.
        Workspace store(*db);
        const auto history = store.history(u"encar"_qs, u"s0"_qs, &error);
        QVERIFY2(history, qPrintable(error));
        for (qsizetype i = 1; i < history->size(); ++i)
            QVERIFY(history->at(i).price != history->at(i - 1).price);
    }
};

QTEST_GUILESS_MAIN(TestStoreConcurrency)
#include "tst_storeconcurrency.moc"
