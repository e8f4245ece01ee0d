// carscout-cli quote end to end (QProcess), offline: every rate given with --rate. The expected figures come
// from the library (tst_quotecost checks those by hand); here the command's options, formats and refusals.

#include "core/customs/resultformat.h"
#include "core/quote/quote.h"
#include "core/quote/quotecard.h"
#include "quotefixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Quote;
using namespace CarScout::QuoteTest;

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QString err;
};

Run runCli(const QStringList &arguments, const QStringList &remaps = {u"--remap"_qs, u"www.cbr.ru=http://127.0.0.1:9"_qs})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    process.setProcessEnvironment(env);
    // An unroutable remap: a CBR request would fail rather than reach the internet.
    process.start(QStringLiteral(CARSCOUT_CLI),
                  remaps + QStringList{u"quote"_qs} + arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

const QStringList kCar = {u"--price"_qs, u"20000000"_qs, u"--currency"_qs, u"KRW"_qs, u"--engine-cc"_qs, u"1998"_qs,
                          u"--produced"_qs, u"2022-01"_qs, u"--fuel"_qs, u"petrol"_qs, u"--vehicle"_qs, u"car"_qs,
                          u"--importer"_qs, u"individual"_qs, u"--power-hp"_qs, u"150"_qs, u"--date"_qs, u"2026-06-15"_qs,
                          u"--rate"_qs, u"KRW=0.0569017"_qs, u"--rate"_qs, u"USD=80.5"_qs, u"--rate"_qs, u"EUR=90.25"_qs};

} // namespace

class TstQuoteCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_profile;
    QuoteResult m_expected;

private slots:
    void initTestCase();
    void json();
    void textEnglish();
    void pdf();
    void fromDemoListing();
    void refusals_data();
    void refusals();
};

void TstQuoteCli::initTestCase()
{
    m_profile = m_dir.filePath(u"hand.json"_qs);
    QFile file(m_profile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(handProfileJson());
    file.close();
    m_expected = computeQuote(handCar(), *parseCostProfile(handProfileJson(), m_profile).profile, handRates());
    QVERIFY(m_expected.ok);
}

void TstQuoteCli::json()
{
    const Run run = runCli(kCar + QStringList{u"--profile"_qs, m_profile, u"--format"_qs, u"json"_qs});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u"\n" + QString::fromUtf8(run.out)));
    QVERIFY(run.out.contains(QByteArray("\"total_rub\": " + Customs::formatKopecks(m_expected.totalKopecks).toLatin1() + ",")));
    QCOMPARE(root.value(u"profile").toString(), u"Hand"_qs);
    const QJsonArray lines = root.value(u"lines").toArray();
    QCOMPARE(lines.size(), m_expected.lines.size());
    QCOMPARE(lines.at(0).toObject().value(u"name").toString(), u"Car price"_qs);
    QCOMPARE(lines.at(1).toObject().value(u"name").toString(), u"Lot fee"_qs);
    QCOMPARE(lines.at(1).toObject().value(u"currency").toString(), u"KRW"_qs);
    QCOMPARE(lines.at(1).toObject().value(u"amount").toInteger(), 440000);
    QVERIFY(lines.at(1).toObject().value(u"to_border").toBool());
    QVERIFY(run.out.contains("\"rub\": 25662.67}"));
    QVERIFY(run.out.contains("\"rub\": 165.02}"));
    const QJsonObject customs = root.value(u"customs").toObject();
    QVERIFY(run.out.contains("\"customs_value_rub\": 1211370.75"));
    QCOMPARE(customs.value(u"age_band").toString(), u"3_5"_qs);
    const QJsonObject rates = root.value(u"rates").toObject();
    QCOMPARE(rates.value(u"cbr_date").toString(), u"2026-06-15"_qs);
    QVERIFY(run.out.contains("\"KRW\": {\"cbr\": 0.0569017, \"payment\": 0.0583242425, \"fixed\": false}"));
}

void TstQuoteCli::textEnglish()
{
    const QString output = m_dir.filePath(u"card.txt"_qs);
    const Run run = runCli(kCar + QStringList{u"--profile"_qs, m_profile, u"--language"_qs, u"en"_qs, u"--output"_qs, output});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(u"Total in Russia: "_qs + moneyText(m_expected.totalKopecks, Language::English)), qPrintable(text));
    QVERIFY(text.contains(u"• Lot fee: 440,000 KRW = 25,662.67 RUB"_qs));
    QVERIFY(text.contains(u"Year: 2022"_qs));
    QVERIFY(text.contains(u"CBR rates of 2026-06-15"_qs));
}

void TstQuoteCli::pdf()
{
    const QString output = m_dir.filePath(u"quote.pdf"_qs);
    const Run run = runCli(kCar + QStringList{u"--profile"_qs, m_profile, u"--format"_qs, u"pdf"_qs, u"--output"_qs, output});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));
}

// SOURCE ID through `serve-demo` (loopback): the listing's detail gives the price, year and engine.
void TstQuoteCli::fromDemoListing()
{
    QProcess server;
    server.start(QStringLiteral(CARSCOUT_CLI), {u"--quiet"_qs, u"serve-demo"_qs});
    QByteArray banner;
    while (!banner.contains("stats ") && server.waitForReadyRead(10000))
        banner += server.readAllStandardOutput();
    QStringList remaps{u"--remap"_qs, u"www.cbr.ru=http://127.0.0.1:9"_qs};
    for (const QByteArray &line : banner.split('\n')) {
        if (line.startsWith("--remap "))
            remaps << u"--remap"_qs << QString::fromUtf8(line.mid(8)).trimmed();
    }
    QVERIFY2(remaps.size() > 2, banner.constData());

    QProcess search;
    search.start(QStringLiteral(CARSCOUT_CLI), remaps + QStringList{u"--quiet"_qs, u"search"_qs, u"encar"_qs, u"--limit"_qs, u"1"_qs});
    QVERIFY(search.waitForFinished(60000));
    const QJsonArray found = QJsonDocument::fromJson(search.readAllStandardOutput()).array();
    QCOMPARE(found.size(), 1);
    const QJsonObject listing = found.at(0).toObject();
    const QString id = listing.value(u"id").toString();

    const Run run = runCli({u"encar"_qs, id, u"--power-hp"_qs, u"150"_qs, u"--date"_qs, u"2026-06-15"_qs, u"--rate"_qs,
                            u"KRW=0.0569017"_qs, u"--rate"_qs, u"USD=80.5"_qs, u"--rate"_qs, u"EUR=90.25"_qs,
                            u"--format"_qs, u"json"_qs, u"--profile"_qs, m_profile},
                           remaps);
    server.terminate();
    server.waitForFinished(5000);
    QVERIFY2(run.status == 0, qPrintable(run.err));
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    const QJsonObject price = root.value(u"lines").toArray().at(0).toObject();
    QCOMPARE(price.value(u"amount").toInteger(), listing.value(u"price").toInteger());
    QCOMPARE(price.value(u"currency").toString(), u"KRW"_qs);
    QVERIFY(root.value(u"total_rub").toDouble() > price.value(u"rub").toDouble());
    QCOMPARE(root.value(u"customs").toObject().value(u"declaration_date").toString(), u"2026-06-15"_qs);
}

void TstQuoteCli::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("profile");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad profile line") << kCar << QByteArray("{\"name\": \"A\",\n\"lines\": [\n{\"name\": \"x\", \"amount\": -1}]}")
                                      << u"bad.json:3: \"x\": negative amount"_qs;
    QTest::newRow("profile not JSON") << kCar << QByteArray("{\"name\": \n") << u"bad.json:2: not valid JSON"_qs;
    QTest::newRow("pdf without output") << (kCar + QStringList{u"--format"_qs, u"pdf"_qs}) << QByteArray() << u"needs --output"_qs;
    QTest::newRow("bad language") << (kCar + QStringList{u"--language"_qs, u"de"_qs}) << QByteArray() << u"--language"_qs;
    QTest::newRow("bad format") << (kCar + QStringList{u"--format"_qs, u"csv"_qs}) << QByteArray() << u"--format"_qs;
    QTest::newRow("customs option wrong") << QStringList{u"--price"_qs, u"x"_qs} << QByteArray() << u"quote: "_qs;
}

void TstQuoteCli::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, profile);
    QFETCH(QString, message);
    if (!profile.isEmpty()) {
        const QString path = m_dir.filePath(u"bad.json"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(profile);
        file.close();
        arguments << u"--profile"_qs << path;
    }
    const Run run = runCli(arguments);
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TstQuoteCli)
#include "tst_quotecli.moc"
