// The quote PDF read back with poppler's pdftotext/pdfinfo: one A4 page with the total and every line name.
// Without poppler-utils the test skips, except under CI=true where it fails (tools/setup.sh installs it).

#include "core/quote/quotepdf.h"
#include "quotefixture.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Quote;
using namespace CarScout::QuoteTest;

namespace {

QuoteCard handCard()
{
    const ProfileLoad load = parseCostProfile(handProfileJson(), u"hand.json"_qs);
    QuoteCard card;
    card.subject.title = u"Hyundai Grandeur 2.5"_qs;
    card.subject.year = 2022;
    card.subject.mileageKm = 45000;
    card.subject.engineCc = 1998;
    card.subject.power = Customs::Power::hp(150);
    card.subject.url = QUrl(u"https://example.com/car/1"_qs);
    card.quote = computeQuote(handCar(), *load.profile, handRates());
    card.dealerName = u"Test Motors"_qs;
    card.dealerContacts = u"+7 000 000-00-00, test@example.com"_qs;
    return card;
}

QString popplerTool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TstQuotePdf : public QObject
{
    Q_OBJECT

private slots:
    void pdfHasEveryLine_data();
    void pdfHasEveryLine();
    void unwritablePathIsAnError();
};

void TstQuotePdf::pdfHasEveryLine_data()
{
    QTest::addColumn<bool>("withPhoto");
    QTest::newRow("no photo") << false;
    QTest::newRow("photo") << true;
}

void TstQuotePdf::pdfHasEveryLine()
{
    QFETCH(bool, withPhoto);
    const QuoteCard card = handCard();
    QVERIFY2(card.quote.ok, qPrintable(card.quote.error));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"quote.pdf"_qs);
    QImage photo;
    if (withPhoto) {
        photo = QImage(320, 200, QImage::Format_RGB32);
        photo.fill(Qt::darkCyan);
    }
    const QString error = writeQuotePdf(card, Language::English, photo, path);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    if (withPhoto)
        QVERIFY(bytes.contains("/Subtype /Image"));

    const QString pdftotext = popplerTool(u"pdftotext"_qs);
    const QString pdfinfo = popplerTool(u"pdfinfo"_qs);
    if (pdftotext.isEmpty() || pdfinfo.isEmpty()) {
        if (qgetenv("CI") == "true")
            QFAIL("pdftotext/pdfinfo (Debian poppler-utils) are required under CI=true");
        QSKIP("pdftotext/pdfinfo not installed (apt-get install poppler-utils): the PDF is not read back");
    }
    const QString info = run(pdfinfo, {path});
    QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+1\\n"_qs)), qPrintable(info));
    QVERIFY2(info.contains(u"(A4)"), qPrintable(info));

    // NFKC: the PDF's font may set "ff"/"fi" as ligatures, which pdftotext returns as such.
    const QString text = run(pdftotext, {u"-layout"_qs, path, u"-"_qs}).normalized(QString::NormalizationForm_KC);
    QVERIFY2(!text.isEmpty(), "pdftotext gave nothing");
    QVERIFY2(text.contains(moneyText(card.quote.totalKopecks, Language::English)), qPrintable(text));
    for (const QuoteLine &line : card.quote.lines) {
        QVERIFY2(text.contains(lineName(line, Language::English)), qPrintable(lineName(line, Language::English)));
        QVERIFY2(text.contains(moneyText(line.rubKopecks, Language::English)), qPrintable(text));
    }
    for (const QString &expected : {u"Hyundai Grandeur 2.5"_qs, u"Test Motors"_qs, u"test@example.com"_qs,
                                    u"CBR rates of 2026-06-15"_qs, u"An estimate, not an offer"_qs, u"Mileage: 45,000 km"_qs})
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n" + text.right(600)));
}

void TstQuotePdf::unwritablePathIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing-folder/quote.pdf"_qs);
    const QString error = writeQuotePdf(handCard(), Language::English, {}, path);
    QVERIFY(error.contains(path));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TstQuotePdf)
#include "tst_quotepdf.moc"
