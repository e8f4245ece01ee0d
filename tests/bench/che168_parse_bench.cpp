// Che168 search-reply parse throughput: listings/s for a 10-car page (envelope, carlist → Listing with unit
// conversions, filters, photos), on the real capture when ../shared/samples is there and on a synthetic demo page,
// next to what the rate limit allows (one search call per 200 ms = 50 listings/s). Never fails on timing.
//
//   bench_che168_parse [MIN_SECONDS=2]

#include "core/sources/che168/che168requests.h"
#include "core/sources/che168/che168listparser.h"
#include "core/sources/terms.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Che168;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The demo route table's first page of the whole market (query: pageindex only).
QByteArray demoFirstPage()
{
    const QJsonArray routes = QJsonDocument::fromJson(readFile(u":/carscout/demo/che168/routes.json"_qs)).array();
    for (const QJsonValue &v : routes) {
        const QJsonObject r = v.toObject();
        const QJsonObject q = r.value(u"query").toObject();
        if (r.value(u"path").toString() == u"/api/v11/search" && q.size() == 1 && q.value(u"pageindex").toString() == u"1")
            return r.value(u"body").toString().toUtf8();
    }
    return {};
}

void run(const char *label, const QByteArray &page, const TermDictionary &terms, double minSeconds)
{
    Che168SearchPage check;
    if (page.isEmpty()) {
        std::printf("%s: not available, skipped\n", label);
        return;
    }
    if (const JobError e = parseSearchPage(page, terms, &check); e.isError()) {
        std::printf("%s: does not parse: %s\n", label, qPrintable(e.message));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 iterations = 0;
    qsizetype cars = 0;
    while (true) {
        Che168SearchPage p;
        parseSearchPage(page, terms, &p);
        cars = p.cars.size();
        ++iterations;
        if (timer.nsecsElapsed() >= qint64(minSeconds * 1e9))
            break;
    }
    const double perPage = timer.nsecsElapsed() / 1e9 / double(iterations);
    std::printf("%s: %lld bytes, %lld cars: %.1f us/page, %.0f pages/s, %.0f listings/s, %.1f MB/s (%lld iterations)\n",
                label, qlonglong(page.size()), qlonglong(cars), perPage * 1e6, 1.0 / perPage, double(cars) / perPage,
                page.size() / 1e6 / perPage, qlonglong(iterations));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double minSeconds = argc > 1 ? std::max(0.2, atof(argv[1])) : 2.0;
    QString error;
    const TermDictionary terms = TermDictionary::loadDefault(&error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "terms: %s\n", qPrintable(error));
        return 1;
    }
    QString samples = qEnvironmentVariable("CARSCOUT_SAMPLES");
    if (samples.isEmpty())
        samples = QStringLiteral(CARSCOUT_SAMPLES_DIR);
    run("real capture che168/cars.json", readFile(samples + u"/che168/cars.json"_qs), terms, minSeconds);
    run("real capture che168/brandsearch.json", readFile(samples + u"/che168/brandsearch.json"_qs), terms, minSeconds);
    run("demo page 1 (gen_che168.py)", demoFirstPage(), terms, minSeconds);
    const Net::RateSchedule rate = sourcePolicy().rate;
    std::printf("rate limit: one call per %d ms (+%d-%d ms every %dth) = at most %.0f listings/s at %d per page\n",
                rate.minIntervalMs, rate.pauseMinMs, rate.pauseMaxMs, rate.pauseEvery,
                1000.0 / rate.minIntervalMs * kPageSize, kPageSize);
    return 0;
}
