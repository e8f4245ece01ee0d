// Figure for the workspace columns: the market positions (and the whole table annotation: first sightings,
// price observations, the "new" rule) of the listings a table shows, against 10,000 stored listings, on SQLite
// and on the PostgreSQL server of $CARSCOUT_TEST_PG_URL. The stored inventory: 40 models of two makes, first
// registrations 2015–2024, mileage 5,000–200,000 km, one or two price observations each.
//   bench_marketposition [sqlite|postgresql]...

#include "core/store/database.h"
#include "core/store/workspace.h"
#include "core/store/workspaceannotations.h"
#include "storetestsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace CarScout;

namespace {

constexpr int kStored = 10000;
constexpr int kModels = 40;

QList<Listing> inventory(int priceRound)
{
    QList<Listing> out;
    out.reserve(kStored);
    for (int i = 0; i < kStored; ++i) {
        Listing l;
        l.source = u"encar"_qs;
        l.id = QString::number(38'000'000 + i);
        l.make = i % 2 ? u"현대"_qs : u"기아"_qs;
        l.model = u"모델 %1"_qs.arg(i % kModels);
        l.title = l.make + u' ' + l.model;
        l.year = 2015 + (i / kModels) % 10;
        l.month = 1 + i % 12;
        l.mileageKm = 5000 + (i * 7919) % 195000;
        // Every tenth listing changes its price in the second round: two observations.
        l.price = 12'000'000 + (i * 104'729) % 30'000'000 - (priceRound && i % 10 == 0 ? 500'000 : 0);
        l.currency = u"KRW"_qs;
        l.fuel = Fuel::Petrol;
        out << l;
    }
    return out;
}

template <typename F>
double millis(F &&work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
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
    const QList<Listing> stored = inventory(0);
    const double storeMs = millis([&] {
        if (!workspace.recordSeen(stored, &error) || !workspace.recordSeen(inventory(1), &error))
            out << error << Qt::endl;
    });
    out << backend << ": stored " << kStored << " listings twice in " << QString::number(storeMs, 'f', 0) << " ms" << Qt::endl;
    const QList<Listing> latest = inventory(1);
    for (int shown : {100, 1000, kStored}) {
        const QList<Listing> table = latest.mid(0, shown);
        qsizetype positioned = 0;
        db->resetStatementCount();
        const double positionsMs = millis([&] {
            const auto positions = workspace.marketPositions(table, &error);
            positioned = positions ? positions->size() : -1;
        });
        const qint64 positionStatements = db->statementCount();
        qsizetype annotated = 0;
        db->resetStatementCount();
        const double annotationsMs = millis([&] {
            const auto annotations = Store::workspaceAnnotations(workspace, table, &error);
            annotated = annotations ? annotations->size() : -1;
        });
        out << backend << ": " << shown << " listings in the table: market positions "
            << QString::number(positionsMs, 'f', 1) << " ms (" << positionStatements << " statements, " << positioned
            << " with 5+ comparables); whole annotation " << QString::number(annotationsMs, 'f', 1) << " ms ("
            << db->statementCount() << " statements, " << annotated << " rows)" << Qt::endl;
        if (positioned < 0 || annotated < 0)
            out << error << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList backends = app.arguments().mid(1);
    if (backends.isEmpty())
        backends = {u"sqlite"_qs, u"postgresql"_qs};
    int status = 0;
    for (const QString &backend : std::as_const(backends))
        status |= bench(backend, out);
    return status;
}
