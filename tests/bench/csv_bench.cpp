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
#include <ctime>

using namespace CarScout;
using namespace CarScout::Model;
using namespace CarScout::Export;

namespace {

// CPU time of this thread: on a shared, loaded machine wall time mostly measures the other processes.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

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
    const double totalCpuStart = threadCpuMs();
    QElapsedTimer step;
    step.start();
    double cpu = threadCpuMs();
    bool ok = exporter.begin(path);
    const double beginMs = double(step.nsecsElapsed()) / 1e6;
    const double beginCpuMs = threadCpuMs() - cpu;
    double worstChunkMs = 0;
    double worstChunkCpuMs = 0;
    while (ok && !exporter.atEnd()) {
        step.restart();
        cpu = threadCpuMs();
        ok = exporter.writeChunk(chunkRows);
        worstChunkMs = std::max(worstChunkMs, double(step.nsecsElapsed()) / 1e6);
        worstChunkCpuMs = std::max(worstChunkCpuMs, threadCpuMs() - cpu);
    }
    step.restart();
    cpu = threadCpuMs();
    ok = ok && exporter.finish();
    const double finishMs = double(step.nsecsElapsed()) / 1e6;
    const double finishCpuMs = threadCpuMs() - cpu;
    const double totalMs = double(total.nsecsElapsed()) / 1e6;
    const double totalCpuMs = threadCpuMs() - totalCpuStart;
    if (!ok) {
        std::printf("export failed: %s\n", qPrintable(exporter.errorString()));
        return 1;
    }
    std::printf("CSV export benchmark: %d rows x %d columns (all columns, costs included)\n\n", count,
                int(keys.size()));
    std::printf("%-52s %10.2f ms cpu %10.2f ms wall\n", "GUI path (proxy sorted by price -> QSaveFile): total",
                totalCpuMs, totalMs);
    std::printf("%-52s %10.0f rows/s (cpu) %10.0f rows/s (wall)\n", "GUI path rows per second",
                count / (totalCpuMs / 1000), count / (totalMs / 1000));
    std::printf("%-52s %10.2f ms cpu %10.2f ms wall\n", "begin() (row mapping + header)", beginCpuMs, beginMs);
    std::printf("%-52s %10.2f ms cpu %10.2f ms wall\n", "worst single chunk (CPU and wall measured apart)",
                worstChunkCpuMs, worstChunkMs);
    std::printf("%-52s %10d rows\n", "chunk size", chunkRows);
    std::printf("%-52s %10.2f ms cpu %10.2f ms wall\n", "finish() (commit: fsync + rename)", finishCpuMs, finishMs);
    std::printf("%-58s %12.1f MB\n", "file size", double(QFileInfo(path).size()) / 1e6);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    total.restart();
    cpu = threadCpuMs();
    QString error;
    ok = writeListingsCsv(&buffer, all, keys, csvOptionsFor(QLocale::c()), {}, &error);
    const double cliMs = double(total.nsecsElapsed()) / 1e6;
    const double cliCpuMs = threadCpuMs() - cpu;
    std::printf("%-52s %10.2f ms cpu %10.2f ms wall\n", "CLI path writeListingsCsv (no estimator) -> QBuffer",
                cliCpuMs, cliMs);
    std::printf("%-52s %10.0f rows/s (cpu)\n", "CLI path rows per second", count / (cliCpuMs / 1000));
    return ok ? 0 : 1;
}
