// Figures for the workspace: a watch run over 1,000 listings (time, statements) and the database size per
// 10,000 price observations, on SQLite and on the PostgreSQL server of $CARSCOUT_TEST_PG_URL.
//   bench_watchrun [sqlite|postgresql]...

#include "core/store/database.h"
#include "core/store/workspace.h"
#include "storetestsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace CarScout;

namespace {

constexpr int kListings = 1000;

QList<Listing> inventory(int round, int changedPerMille)
{
    QList<Listing> out;
    for (int i = 0; i < kListings; ++i) {
        Listing l;
        l.source = u"encar"_qs;
        l.id = QString::number(40'000'000 + i);
        l.title = u"현대 그랜저 (GN7) 3.5 가솔린 %1"_qs.arg(i);
        l.make = u"현대"_qs;
        l.model = u"그랜저 (GN7)"_qs;
        l.trim = u"3.5 가솔린 캘리그래피"_qs;
        l.year = 2020 + i % 5;
        l.month = 1 + i % 12;
        l.mileageKm = 5000 + i * 97 % 150000;
        const bool changed = (i * 1000 / kListings) < changedPerMille;
        l.price = 30'000'000 + i * 10'000 + (changed ? round * 50'000 : 0);
        l.currency = u"KRW"_qs;
        l.fuel = Fuel::Petrol;
        l.location = u"경기"_qs;
        l.url = QUrl(u"https://fem.encar.com/cars/detail/"_qs + l.id);
        for (int p = 1; p <= 20; ++p)
            l.photos << QUrl(u"https://ci.encar.com/carpicture/carpicture%1/pic%2/%3_%4.jpg"_qs.arg(i % 10).arg(i).arg(l.id).arg(p, 3, 10, QChar(u'0')));
        out << l;
    }
    return out;
}

int bench(const QString &backend, QTextStream &out)
{
    Test::ScratchDatabase scratch(backend);
    QString error;
    const auto db = Test::openScratchDatabase(scratch, &error);
    if (!db) {
        out << backend << ": " << error << Qt::endl;
        return 1;
    }
    Store::Workspace workspace(*db);
    const auto search = workspace.addSearch(u"grandeur"_qs, u"encar"_qs, {}, &error);
    if (!search) {
        out << error << Qt::endl;
        return 1;
    }
    auto timed = [&](const QString &what, const QList<Listing> &listings) {
        db->resetStatementCount();
        QElapsedTimer t;
        t.start();
        const auto report = workspace.recordRun(*search, listings, true, &error);
        const qint64 ms = t.elapsed();
        if (!report) {
            out << error << Qt::endl;
            return false;
        }
        out << u"%1: %2: %3 ms, %4 statements (%5 new, %6 price changes)"_qs.arg(backend, what).arg(ms)
                   .arg(db->statementCount()).arg(report->newListings.size()).arg(report->priceChanges.size())
            << Qt::endl;
        return true;
    };
    if (!timed(u"first run, 1000 new listings"_qs, inventory(0, 0)) || !timed(u"same 1000, unchanged"_qs, inventory(0, 0))
        || !timed(u"same 1000, 10 % repriced"_qs, inventory(1, 100)))
        return 1;

    // Live data only: dead row versions (PostgreSQL) and free pages (SQLite) are compacted before measuring.
    auto checkpoint = [&] {
        if (db->isPostgres()) {
            db->execute(u"VACUUM FULL"_qs, &error);
        } else {
            db->execute(u"VACUUM"_qs, &error);
            db->execute(u"PRAGMA wal_checkpoint(TRUNCATE)"_qs, &error);
        }
    };
    checkpoint();
    const qint64 before = Test::databaseSizeBytes(scratch.url());
    // Ten runs that reprice every listing: 10,000 more observations.
    for (int round = 2; round < 12; ++round) {
        if (!workspace.recordRun(*search, inventory(round, 1000), true, &error)) {
            out << error << Qt::endl;
            return 1;
        }
    }
    checkpoint();
    const qint64 after = Test::databaseSizeBytes(scratch.url());
    out << u"%1: database %2 KiB with 1000 listings and 1100 observations; %3 KiB after 10,000 more observations "
           "(+%4 KiB per 10,000 observations, after VACUUM)"_qs
               .arg(backend).arg(before / 1024).arg(after / 1024).arg((after - before) / 1024)
        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList backends = app.arguments().mid(1);
    if (backends.isEmpty())
        backends = {u"sqlite"_qs, u"postgresql"_qs};
    int status = 0;
    for (const QString &b : backends)
        status |= bench(b, out);
    return status;
}
