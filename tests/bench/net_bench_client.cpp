// CarScout's HttpClient as a benchmark client: N GET requests to bench.local/item?id=i through the remap given on
// the command line, `concurrency` in flight (closed loop), optional per-host pacing. Prints one JSON line.
//
//   bench_net_client --remap bench.local=http://127.0.0.1:PORT/bench.local --requests 2000 --concurrency 6
//                    [--min-interval-ms 500]

#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/net/netstats.h"
#include "core/net/sourcepolicy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace CarScout::Net;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    ClientConfig config;
    int requests = 2000;
    int concurrency = 6;
    int minIntervalMs = 0;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString &name = args.at(i);
        const QString &value = args.at(i + 1);
        if (name == u"--remap") {
            QString host, error;
            QUrl base;
            if (!parseRemap(value, &host, &base, &error)) {
                err << error << Qt::endl;
                return 2;
            }
            config.remaps.insert(host, base);
        } else if (name == u"--requests") {
            requests = value.toInt();
        } else if (name == u"--concurrency") {
            concurrency = value.toInt();
        } else if (name == u"--min-interval-ms") {
            minIntervalMs = value.toInt();
        } else {
            err << "unknown option " << name << Qt::endl;
            return 2;
        }
    }
    if (requests <= 0 || concurrency <= 0) {
        err << "--requests and --concurrency must be positive" << Qt::endl;
        return 2;
    }

    HttpClient client(config);
    SourcePolicy policy;
    policy.rate = RateSchedule{minIntervalMs, 0, 0, 0, 0, std::max(6, concurrency)};
    client.setSourcePolicy(u"bench"_qs, policy);

    int sent = 0;
    int finished = 0;
    int failures = 0;
    QString firstError;
    QElapsedTimer timer;
    std::function<void()> sendNext = [&] {
        HttpRequest request;
        request.url = QUrl(u"http://bench.local/item?id=%1"_qs.arg(sent++));
        request.source = u"bench"_qs;
        request.expectJson = true;
        client.send(request, &app, [&](const HttpResponse &response) {
            ++finished;
            if (!response.ok()) {
                ++failures;
                if (firstError.isEmpty())
                    firstError = response.errorMessage;
            }
            if (sent < requests)
                sendNext();
            else if (finished == requests)
                QCoreApplication::quit();
        });
    };
    timer.start();
    for (int i = 0; i < std::min(concurrency, requests); ++i)
        sendNext();
    QCoreApplication::exec();
    const double seconds = timer.nsecsElapsed() / 1e9;

    const NetStats stats = client.stats();
    const QJsonObject result{
        {u"client"_qs, u"carscout"_qs},
        {u"requests"_qs, requests},
        {u"ok"_qs, requests - failures},
        {u"failures"_qs, failures},
        {u"first_error"_qs, firstError},
        {u"seconds"_qs, seconds},
        {u"rps"_qs, requests / seconds},
        {u"attempts"_qs, stats.attempts},
        {u"rate_wait_ms"_qs, stats.rateWaitMs},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return failures == 0 ? 0 : 3;
}
