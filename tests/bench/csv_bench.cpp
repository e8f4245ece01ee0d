// CSV export of 100,000 synthetic listings: through ListingCsvExporter from the sorted proxy (GUI path,
// chunked, to a QSaveFile) and through writeListingsCsv (CLI path). Figures only.
// Usage: bench_csv [count=100000] [chunkRows=1000]

#include "core/export/listingcsvexporter.h"
#include "core/model/listingcolumns.h"
#include "core/model/listingfilterproxy.h"
#include "core/model/listingtablemodel.h"
#include "tests/bench/model_synthetic.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace CarScout;
using namespace CarScout::Model;
using namespace CarScout::Export;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 100'000;
    const int chunkRows = argc > 2 ? std::atoi(argv[2]) : 1'000;

    QRandomGenerator rng(20'261'127);
    ListingTableModel model;
    QList<Listing> all;
    for (int page = 0; page * 1000 < count; ++page) {
        const QList<Listing> listings = Bench::syntheticPage(page, std::min(1000, count - page * 1000), rng);
        model.appendListings(listings);
        all += listings;
    }
    model.setCostEstimator([](const Listing &l) {
        CostEstimate e;
        if (l.price) {
            e.priceRubKopecks = *l.price * 7;
            e.customsRubKopecks = *e.priceRubKopecks / 2;
            e.landedRubKopecks = *e.priceRubKopecks + *e.customsRubKopecks;
        } else {
            e.problem = QStringLiteral("price unknown");
        }
        return e;
    });
    ListingFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(int(Column::Price), Qt::DescendingOrder);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.csv"));
    const QStringList keys = allColumnKeys();
    ListingCsvExporter exporter(&proxy, keys, csvOptionsFor(QLocale(QLocale::Russian)));
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    bool ok = exporter.begin(path);
    double beginMs = double(step.nsecsElapsed()) / 1e6;
    double worstChunkMs = 0;
    while (ok && !exporter.atEnd()) {
        step.restart();
        ok = exporter.writeChunk(chunkRows);
        worstChunkMs = std::max(worstChunkMs, double(step.nsecsElapsed()) / 1e6);
    }
    step.restart();
    ok = ok && exporter.finish();
    const double finishMs = double(step.nsecsElapsed()) / 1e6;
    const double totalMs = double(total.nsecsElapsed()) / 1e6;
    if (!ok) {
        std::printf("export failed: %s\n", qPrintable(exporter.errorString()));
        return 1;
    }
    std::printf("CSV export benchmark: %d rows x %d columns (all columns, costs included)\n\n", count,
                int(keys.size()));
    std::printf("%-58s %12.2f ms\n", "GUI path (proxy sorted by price -> QSaveFile): total", totalMs);
    std::printf("%-58s %12.0f rows/s\n", "GUI path rows per second", count / (totalMs / 1000));
    std::printf("%-58s %12.2f ms\n", "begin() (row mapping + header)", beginMs);
    std::printf("%-58s %12.2f ms\n", "worst single chunk", worstChunkMs);
    std::printf("%-58s %12d rows\n", "chunk size", chunkRows);
    std::printf("%-58s %12.2f ms\n", "finish() (commit/rename)", finishMs);
    std::printf("%-58s %12.1f MB\n", "file size", double(QFileInfo(path).size()) / 1e6);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    total.restart();
    QString error;
    ok = writeListingsCsv(&buffer, all, keys, csvOptionsFor(QLocale::c()), {}, &error);
    const double cliMs = double(total.nsecsElapsed()) / 1e6;
    std::printf("%-58s %12.2f ms\n", "CLI path writeListingsCsv (no estimator) -> QBuffer", cliMs);
    std::printf("%-58s %12.0f rows/s\n", "CLI path rows per second", count / (cliMs / 1000));
    return ok ? 0 : 1;
}
