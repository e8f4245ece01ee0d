// KB ChaChaCha list-page parse throughput: CarScout's libxml2 parser vs the seed's stack (Python
// BeautifulSoup(html, "lxml"), Debian python3-bs4 + python3-lxml) on the same synthetic list.empty page from the
// demo generator, side by side in one run. Prints MB/s and listings/s of both and the ratio; never fails on timing.
//
//   bench_kb_parse [RESULTS_PER_PAGE=100] [MIN_SECONDS=2]

#include "core/sources/kbchachacha/kbdemobackend.h"
#include "core/sources/kbchachacha/kblistparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace CarScout::Sources::Kb;

namespace {

QString pythonWithBs4()
{
    QStringList candidates;
    if (const QString env = qEnvironmentVariable("CARSCOUT_PYTHON"); !env.isEmpty())
        candidates << env;
    candidates << u"/usr/bin/python3"_qs << QStandardPaths::findExecutable(u"python3"_qs);
    for (const QString &py : candidates) {
        if (py.isEmpty())
            continue;
        QProcess p;
        p.start(py, {u"-c"_qs, u"import bs4, lxml"_qs});
        if (p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return py;
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int results = argc > 1 ? std::max(1, atoi(argv[1])) : 100;
    const double minSeconds = argc > 2 ? std::max(0.2, atof(argv[2])) : 2.0;

    QString error;
    if (!demoDataAvailable(&error)) {
        std::fprintf(stderr, "demo data unavailable: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray page = demoListPage(results);
    const KbListPage check = parseListPage(page);
    if (!check.ok()) {
        std::fprintf(stderr, "synthetic page does not parse: %s\n", qPrintable(check.error));
        return 1;
    }
    const double mb = page.size() / 1e6;
    std::printf("KB ChaChaCha list page (synthetic, demo generator): %lld bytes, %lld cards (%lld in 전체, %lld in ad sections)\n",
                qlonglong(page.size()), qlonglong(check.cards.size()), qlonglong(check.results.size()),
                qlonglong(check.cards.size() - check.results.size()));

    // CarScout: HtmlDocument (libxml2 HTML parser, tag.class finders) → Listing: the full parseListPage.
    QElapsedTimer timer;
    timer.start();
    qint64 iterations = 0;
    qsizetype cards = 0;
    while (true) {
        const KbListPage p = parseListPage(page);
        cards = p.cards.size();
        ++iterations;
        if (timer.nsecsElapsed() >= qint64(minSeconds * 1e9))
            break;
    }
    const double ours = timer.nsecsElapsed() / 1e9 / double(iterations);
    const double oursMbs = mb / ours;
    const double oursCards = double(cards) / ours;
    std::printf("  CarScout (libxml2 HtmlDocument): %8.2f ms/page  %8.1f MB/s  %10.0f listings/s  (%lld runs)\n",
                ours * 1e3, oursMbs, oursCards, qlonglong(iterations));

    QTemporaryDir dir;
    const QString file = dir.path() + u"/kb-list.html"_qs;
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(page) != page.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return 1;
    }
    out.close();
    const QString python = pythonWithBs4();
    if (python.isEmpty()) {
        std::printf("  BeautifulSoup + lxml:            skipped (no python3 with bs4 and lxml; apt-get install python3-bs4 python3-lxml)\n");
        return 0;
    }
    QProcess p;
    p.start(python, {QStringLiteral(KB_BS4_SCRIPT), file, QString::number(minSeconds)});
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "python bench failed: %s\n", p.readAllStandardError().constData());
        return 1;
    }
    const QJsonObject r = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const double theirs = r.value(u"seconds"_qs).toDouble() / r.value(u"iterations"_qs).toDouble();
    const double theirsMbs = mb / theirs;
    const double theirsCards = r.value(u"cards"_qs).toDouble() / theirs;
    std::printf("  BeautifulSoup(html, \"lxml\"):     %8.2f ms/page  %8.1f MB/s  %10.0f listings/s  (%d runs, %d cards, %d results; %s)\n",
                theirs * 1e3, theirsMbs, theirsCards, r.value(u"iterations"_qs).toInt(), r.value(u"cards"_qs).toInt(),
                r.value(u"results"_qs).toInt(), qPrintable(python));
    std::printf("  ratio CarScout / seed stack:     %8.1f x\n", theirs / ours);
    return 0;
}
