// carscout-cli as a process: global options, exit statuses, serve-demo answering through the real client.

#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace CarScout;

class TstCli : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void help();
    void commandHelp_data();
    void commandHelp();
    void badArguments_data();
    void badArguments();
    void serveDemoAnswers();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result runCli(const QStringList &arguments);
};

TstCli::Result TstCli::runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CARSCOUT_CLI_PATH), arguments);
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void TstCli::version()
{
    const Result r = runCli({u"--version"_qs});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("carscout-cli " CARSCOUT_VERSION "\n"));
    QVERIFY(r.err.isEmpty());
}

void TstCli::help()
{
    const Result r = runCli({u"--help"_qs});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--remap HOST=URL"));
    QVERIFY(r.out.contains("serve-demo"));
}

void TstCli::commandHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("usage");
    QTest::addColumn<QByteArray>("option");   // one option only that command has
    QTest::newRow("search") << QStringList{u"search"_qs, u"--help"_qs} << QByteArray("search SOURCE") << QByteArray("  --mileage-max KM");
    QTest::newRow("search encar -h") << QStringList{u"search"_qs, u"encar"_qs, u"-h"_qs} << QByteArray("search SOURCE")
                                     << QByteArray("  --with-customs");
    QTest::newRow("catalog") << QStringList{u"catalog"_qs, u"--help"_qs} << QByteArray("catalog SOURCE") << QByteArray("  --model M");
    QTest::newRow("detail") << QStringList{u"detail"_qs, u"--help"_qs} << QByteArray("detail SOURCE ID") << QByteArray("  SOURCE ID");
    QTest::newRow("customs") << QStringList{u"customs"_qs, u"--help"_qs} << QByteArray("customs --price") << QByteArray("  --engine-cc N");
    QTest::newRow("rates") << QStringList{u"rates"_qs, u"--help"_qs} << QByteArray("rates [--date") << QByteArray("  --date YYYY-MM-DD");
    QTest::newRow("serve-demo") << QStringList{u"serve-demo"_qs, u"--help"_qs} << QByteArray("serve-demo [--port")
                                << QByteArray("  --latency-ms N");
}

void TstCli::commandHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, usage);
    QFETCH(QByteArray, option);
    const Result r = runCli(arguments);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QByteArray expectedStart = "usage: carscout-cli [global options] " + usage;
    QVERIFY2(r.out.startsWith(expectedStart), r.out.constData());
    QVERIFY2(r.out.contains("\noptions:\n") && r.out.contains(option), r.out.constData());
    QVERIFY(r.out.endsWith('\n'));
    QVERIFY(!r.out.contains("--remap HOST=URL"));   // the command's options, not the global help
}

void TstCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("unknown global option") << QStringList{u"--frobnicate"_qs, u"serve-demo"_qs} << QByteArray("unknown option --frobnicate");
    QTest::newRow("no command") << QStringList{u"--quiet"_qs} << QByteArray("no command");
    QTest::newRow("unknown command") << QStringList{u"fly"_qs} << QByteArray("unknown command \"fly\"");
    QTest::newRow("bad remap") << QStringList{u"--remap"_qs, u"api.encar.com"_qs, u"serve-demo"_qs} << QByteArray("expected HOST=URL");
    QTest::newRow("remap without value") << QStringList{u"--remap"_qs} << QByteArray("--remap needs a value");
    QTest::newRow("bad proxy") << QStringList{u"--proxy"_qs, u"ftp://x:1"_qs, u"serve-demo"_qs} << QByteArray("--proxy");
    QTest::newRow("serve-demo bad port") << QStringList{u"serve-demo"_qs, u"--port"_qs, u"99999"_qs} << QByteArray("not a port number");
    QTest::newRow("serve-demo unknown argument") << QStringList{u"serve-demo"_qs, u"--fast"_qs} << QByteArray("unknown argument --fast");
    QTest::newRow("search unknown option") << QStringList{u"search"_qs, u"encar"_qs, u"--frob"_qs} << QByteArray("unknown option --frob");
    QTest::newRow("search no source") << QStringList{u"search"_qs} << QByteArray("no SOURCE given");
    QTest::newRow("customs without price") << QStringList{u"customs"_qs, u"--currency"_qs, u"KRW"_qs} << QByteArray("--price is required");
    QTest::newRow("rates bad date") << QStringList{u"rates"_qs, u"--date"_qs, u"soon"_qs} << QByteArray("--date: not a YYYY-MM-DD date");
}

void TstCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, reason);
    const Result r = runCli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith("carscout-cli: ") && r.err.contains(reason), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);   // one line, ending in a newline
    QVERIFY(r.err.endsWith('\n'));
}

void TstCli::serveDemoAnswers()
{
    QProcess process;
    process.start(QStringLiteral(CARSCOUT_CLI_PATH), {u"--quiet"_qs, u"serve-demo"_qs, u"--latency-ms"_qs, u"1"_qs});
    QByteArray out;
    while (!out.contains("stats ") && process.waitForReadyRead(10000))
        out += process.readAllStandardOutput();
    const QList<QByteArray> lines = out.split('\n');
    QVERIFY2(lines.value(0).startsWith("listening 127.0.0.1:"), out.constData());

    // Configure a client exactly with the printed remap lines.
    Net::ClientConfig config;
    for (const QByteArray &line : lines) {
        if (!line.startsWith("--remap "))
            continue;
        QString host, error;
        QUrl base;
        QVERIFY2(Net::parseRemap(QString::fromUtf8(line.mid(8)), &host, &base, &error), qPrintable(error));
        config.remaps.insert(host, base);
    }
    QVERIFY(config.remaps.contains(u"bench.local"_qs));
    Net::HttpClient client(config);
    Net::HttpRequest request;
    request.url = QUrl(u"https://bench.local/item?id=42"_qs);
    request.expectJson = true;
    QSignalSpy spy(client.send(request), &Net::HttpCall::finished);
    QVERIFY(spy.wait(5000));
    const Net::HttpResponse response = spy.at(0).at(0).value<Net::HttpResponse>();
    QVERIFY2(response.ok(), qPrintable(response.errorMessage));
    QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"id").toInt(), 42);

    process.terminate();   // SIGTERM: a clean exit with the stats on stderr
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("served 1 requests over 1 connections"), err.constData());
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
