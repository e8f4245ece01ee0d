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
#include <QTranslator>

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
    void russianLabelsFromTheQm();
    void motorcycleMarketplaceTakesTheMotorcycleRoute();
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

// `carscout-cli serve-demo` on loopback and the --remap options that point the CLI at it.
struct DemoServer
{
    QProcess process;
    QStringList remaps{u"--remap"_qs, u"www.cbr.ru=http://127.0.0.1:9"_qs};

    bool start()
    {
        process.start(QStringLiteral(CARSCOUT_CLI), {u"--quiet"_qs, u"serve-demo"_qs});
        QByteArray banner;
        while (!banner.contains("stats ") && process.waitForReadyRead(10000))
            banner += process.readAllStandardOutput();
        for (const QByteArray &line : banner.split('\n')) {
            if (line.startsWith("--remap "))
                remaps << u"--remap"_qs << QString::fromUtf8(line.mid(8)).trimmed();
        }
        return remaps.size() > 2;
    }

    // The first listing `search SOURCE --limit 1` finds.
    QJsonObject firstListing(const QString &source)
    {
        QProcess search;
        search.start(QStringLiteral(CARSCOUT_CLI), remaps + QStringList{u"--quiet"_qs, u"search"_qs, source, u"--limit"_qs, u"1"_qs});
        if (!search.waitForFinished(60000))
            return {};
        return QJsonDocument::fromJson(search.readAllStandardOutput()).array().at(0).toObject();
    }

    ~DemoServer()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
};

// SOURCE ID through `serve-demo` (loopback): the listing's detail gives the price, year and engine.
void TstQuoteCli::fromDemoListing()
{
    DemoServer demo;
    QVERIFY(demo.start());
    const QStringList remaps = demo.remaps;
    const QJsonObject listing = demo.firstListing(u"encar"_qs);
    QVERIFY(!listing.isEmpty());
    const QString id = listing.value(u"id").toString();

    const Run run = runCli({u"encar"_qs, id, u"--power-hp"_qs, u"150"_qs, u"--date"_qs, u"2026-06-15"_qs, u"--rate"_qs,
                            u"KRW=0.0569017"_qs, u"--rate"_qs, u"USD=80.5"_qs, u"--rate"_qs, u"EUR=90.25"_qs,
                            u"--format"_qs, u"json"_qs, u"--profile"_qs, m_profile},
                           remaps);
    QVERIFY2(run.status == 0, qPrintable(run.err));
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    const QJsonObject price = root.value(u"lines").toArray().at(0).toObject();
    QCOMPARE(price.value(u"amount").toInteger(), listing.value(u"price").toInteger());
    QCOMPARE(price.value(u"currency").toString(), u"KRW"_qs);
    QVERIFY(root.value(u"total_rub").toDouble() > price.value(u"rub").toDouble());
    QCOMPARE(root.value(u"customs").toObject().value(u"declaration_date").toString(), u"2026-06-15"_qs);
}

// --language ru: the card's labels come from the .qm the build makes of translations/carscout_ru.ts (the same
// file the GUI embeds). A Che168 car's detail gives its power, so the card says where the power comes from in
// the listing's words of the "Services" context; every "Quote" label the .qm translates must be the Russian one.
void TstQuoteCli::russianLabelsFromTheQm()
{
    QTranslator qm;
    QVERIFY2(qm.load(QStringLiteral(CARSCOUT_CLI_QM)), CARSCOUT_CLI_QM);
    const QString listingRu = qm.translate("Services", "listing");
    QVERIFY2(!listingRu.isEmpty() && listingRu != u"listing", "the .qm translates the Services context");

    DemoServer demo;
    QVERIFY(demo.start());
    const QJsonObject listing = demo.firstListing(u"che168"_qs);
    QVERIFY(!listing.isEmpty());
    const QStringList args{u"che168"_qs, listing.value(u"id").toString(), u"--date"_qs, u"2026-06-15"_qs,
                           u"--rate"_qs, u"CNY=11.2"_qs, u"--rate"_qs, u"KRW=0.0569017"_qs, u"--rate"_qs,
                           u"USD=80.5"_qs, u"--rate"_qs, u"EUR=90.25"_qs, u"--profile"_qs, m_profile};
    const Run ru = runCli(args + QStringList{u"--language"_qs, u"ru"_qs}, demo.remaps);
    QVERIFY2(ru.status == 0, qPrintable(ru.err));
    const Run en = runCli(args + QStringList{u"--language"_qs, u"en"_qs}, demo.remaps);
    QVERIFY2(en.status == 0, qPrintable(en.err));
    const QString russian = QString::fromUtf8(ru.out);
    const QString english = QString::fromUtf8(en.out);
    QVERIFY2(russian.contains(u'(' + listingRu + u')'), qPrintable(russian));
    QVERIFY(english.contains(u"(listing)"));

    // Every card label: Russian where the .qm has it (the numbers are Russian either way).
    const char *labels[] = {"Year: %1", "Power: %1", "Total in Russia: %1", "CBR rates of %1", "Car price",
                            "Customs payments", "Commission",
                            "An estimate, not an offer: exchange rates and fees change daily."};
    int translated = 0;
    for (const char *label : labels) {
        const QString target = qm.translate("Quote", label);
        const QString source = QString::fromUtf8(label).section(u"%1"_qs, 0, 0);
        QVERIFY2(english.contains(source), label);
        if (target.isEmpty())
            continue;
        ++translated;
        QVERIFY2(russian.contains(target.section(u"%1"_qs, 0, 0)), label);
    }
    qInfo("%d of %d card labels translated in the .qm", translated, int(std::size(labels)));
}

// A motorcycle marketplace's SOURCE ID takes the motorcycle customs route (tariff heading 8711), not a car's.
void TstQuoteCli::motorcycleMarketplaceTakesTheMotorcycleRoute()
{
    DemoServer demo;
    QVERIFY(demo.start());
    const QString bikes = u"bobaedream"_qs;   // Bobaedream's motorcycles
    const QJsonObject listing = demo.firstListing(bikes);
    QVERIFY(!listing.isEmpty());
    const Run run = runCli({bikes, listing.value(u"id").toString(), u"--power-hp"_qs, u"100"_qs, u"--date"_qs,
                            u"2026-06-15"_qs, u"--rate"_qs, u"KRW=0.0569017"_qs, u"--rate"_qs, u"USD=80.5"_qs,
                            u"--rate"_qs, u"EUR=90.25"_qs, u"--format"_qs, u"json"_qs, u"--profile"_qs, m_profile},
                           demo.remaps);
    QVERIFY2(run.status == 0, qPrintable(run.err));
    const QJsonObject customs = QJsonDocument::fromJson(run.out).object().value(u"customs").toObject();
    const QString code = customs.value(u"tariff_code").toString();
    QVERIFY2(code.startsWith(u"8711"), qPrintable(QString::fromUtf8(run.out)));
    QVERIFY(customs.value(u"utilization_basis").toString().contains(u"8711"));
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
