// Specs resolution figures (issue 9): the share of listings priced with zero extra requests (catalog and
// the listing's own words only) on the demo inventories and the real captures, and the resolution speed
// (must stay ≥ 100,000 listings/s so the table never waits).  Usage: bench_specs [--rounds N]

#include "core/specs/powerverdict.h"
#include "core/specs/specsresolver.h"
#include "tests/common/testsupport.h"
#include "tests/specs/specssamples.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>
#include <ctime>

using namespace CarScout;

namespace {

void report(const Test::SpecsSample &sample)
{
    if (!sample.error.isEmpty()) {
        std::printf("%-32s unavailable: %s\n", qPrintable(sample.name), qPrintable(sample.error));
        return;
    }
    const Test::SpecsCoverage c = Test::measureCoverage(sample.listings);
    std::printf("%-32s %5d listings  priced with 0 requests %5d = %5.1f %%  (one value %5.1f %%, catalog engine %5.1f %%)\n",
                qPrintable(sample.name), c.listings, c.priced, 100.0 * c.priced / c.listings,
                100.0 * c.exact / c.listings, 100.0 * c.withEngine / c.listings);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int rounds = 50;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(u"--rounds"_qs); i > 0 && i + 1 < args.size())
        rounds = std::max(1, args.at(i + 1).toInt());

    const Test::SpecsSample encarDemo = Test::encarDemoListings();
    const Test::SpecsSample kbDemo = Test::kbDemoListings();
    report(encarDemo);
    report(kbDemo);
    const QString samples = Test::samplesDir();
    if (samples.isEmpty()) {
        std::printf("../shared/samples absent: real-capture figures skipped\n");
    } else {
        report(Test::encarRealListings(samples));
        report(Test::kbRealListings(samples));
    }

    // Speed: resolve + verdict over both demo inventories, `rounds` times (catalog loaded beforehand).
    QList<Listing> all = encarDemo.listings + kbDemo.listings;
    const Specs::SpecsResolver resolver;
    qint64 checksum = 0;
    // Wall time and this process's CPU time: the machine is shared, so CPU time is the figure that does not
    // depend on what else runs.
    const auto cpuNs = [] {
        timespec t{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
    };
    QElapsedTimer timer;
    const qint64 cpuStart = cpuNs();
    timer.start();
    for (int r = 0; r < rounds; ++r) {
        for (const Listing &l : std::as_const(all)) {
            const Specs::ResolvedSpecs s = resolver.resolve(l);
            checksum += s.powerHp.max + int(Specs::preferentialUtil(s).verdict);
        }
    }
    const qint64 ns = timer.nsecsElapsed();
    const qint64 cpu = cpuNs() - cpuStart;
    const double n = double(all.size()) * rounds;
    std::printf("resolution speed: %.0f listings/s of CPU time (%.2f µs each), %.0f listings/s wall "
                "(%.0f resolutions in %.3f s; checksum %lld)\n",
                n / (cpu / 1e9), cpu / 1e3 / n, n / (ns / 1e9), n, ns / 1e9, static_cast<long long>(checksum));
    return 0;
}
