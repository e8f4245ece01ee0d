#include "core/export/csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace CarScout::Export;

class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void field_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("comma");       // delimiter ','
        QTest::addColumn<QString>("semicolon");   // delimiter ';'

        QTest::newRow("plain") << u"Sonata"_qs << u"Sonata"_qs << u"Sonata"_qs;
        QTest::newRow("empty") << QString() << QString() << QString();
        QTest::newRow("number") << u"12900000"_qs << u"12900000"_qs << u"12900000"_qs;
        QTest::newRow("comma inside") << u"2.0, turbo"_qs << u"\"2.0, turbo\""_qs << u"2.0, turbo"_qs;
        QTest::newRow("semicolon inside") << u"a;b"_qs << u"a;b"_qs << u"\"a;b\""_qs;
        QTest::newRow("quotes doubled") << u"the \"best\" car"_qs << u"\"the \"\"best\"\" car\""_qs
                                        << u"\"the \"\"best\"\" car\""_qs;
        QTest::newRow("LF") << u"line1\nline2"_qs << u"\"line1\nline2\""_qs << u"\"line1\nline2\""_qs;
        QTest::newRow("CR inside") << u"a\rb"_qs << u"\"a\rb\""_qs << u"\"a\rb\""_qs;
        QTest::newRow("leading =") << u"=HYPERLINK(\"x\")"_qs << u"\"'=HYPERLINK(\"\"x\"\")\""_qs
                                   << u"\"'=HYPERLINK(\"\"x\"\")\""_qs;
        QTest::newRow("leading +") << u"+7 900"_qs << u"'+7 900"_qs << u"'+7 900"_qs;
        QTest::newRow("leading -") << u"-5"_qs << u"'-5"_qs << u"'-5"_qs;
        QTest::newRow("leading @") << u"@SUM(A1)"_qs << u"'@SUM(A1)"_qs << u"'@SUM(A1)"_qs;
        QTest::newRow("leading tab") << u"\t=1"_qs << u"'\t=1"_qs << u"'\t=1"_qs;
        QTest::newRow("leading CR") << u"\r=1"_qs << u"\"'\r=1\""_qs << u"\"'\r=1\""_qs;
        QTest::newRow("= later is fine") << u"a=b"_qs << u"a=b"_qs << u"a=b"_qs;
        QTest::newRow("Hangul") << u"현대 쏘나타 (DN8)"_qs << u"현대 쏘나타 (DN8)"_qs << u"현대 쏘나타 (DN8)"_qs;
        QTest::newRow("Hanzi") << u"大众 帕萨特，2.0T"_qs << u"大众 帕萨特，2.0T"_qs << u"大众 帕萨特，2.0T"_qs;
    }
    void field()
    {
        QFETCH(QString, cell);
        QFETCH(QString, comma);
        QFETCH(QString, semicolon);
        CsvOptions options;
        options.delimiter = u',';
        QCOMPARE(csvField(cell, options), comma);
        options.delimiter = u';';
        QCOMPARE(csvField(cell, options), semicolon);
    }

    void guardCanBeTurnedOff()
    {
        CsvOptions options;
        options.neutraliseFormulas = false;
        QCOMPARE(csvField(u"=1+1"_qs, options), u"=1+1"_qs);
        QCOMPARE(csvField(u"-5"_qs, options), u"-5"_qs);
    }

    void recordBytes()
    {
        CsvOptions options;
        QCOMPARE(csvRecord({u"a"_qs, QString(), u"b,c"_qs, u"현대"_qs}, options),
                 QByteArray("a,,\"b,c\",\xED\x98\x84\xEB\x8C\x80\r\n"));
        QCOMPARE(csvRecord({}, options), QByteArray("\r\n"));
    }

    void byteOrderMark_data()
    {
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("with BOM") << true << QByteArray("\xEF\xBB\xBFh1,h2\r\n1,2\r\n");
        QTest::newRow("without BOM") << false << QByteArray("h1,h2\r\n1,2\r\n");
    }
    void byteOrderMark()
    {
        QFETCH(bool, bom);
        QFETCH(QByteArray, expected);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvOptions options;
        options.byteOrderMark = bom;
        CsvWriter writer(&buffer, options);
        QVERIFY(writer.writeRow({u"h1"_qs, u"h2"_qs}));
        QVERIFY(writer.writeRow({u"1"_qs, u"2"_qs}));
        QCOMPARE(writer.rowsWritten(), 2);
        QCOMPARE(buffer.data(), expected);
    }

    void delimiterByLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("ru_RU") << QLocale(QLocale::Russian, QLocale::Russia) << QChar(u';');
        QTest::newRow("ru_KZ") << QLocale(QLocale::Russian, QLocale::Kazakhstan) << QChar(u';');
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QChar(u',');
        QTest::newRow("ko_KR") << QLocale(QLocale::Korean, QLocale::SouthKorea) << QChar(u',');
        QTest::newRow("C") << QLocale::c() << QChar(u',');
    }
    void delimiterByLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QChar, delimiter);
        QCOMPARE(defaultDelimiterFor(locale), delimiter);
        QCOMPARE(csvOptionsFor(locale).delimiter, delimiter);
        QVERIFY(csvOptionsFor(locale).byteOrderMark);
    }

    void deviceErrorsAreReported()
    {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        CsvWriter writer(&readOnly);
        QVERIFY(!writer.writeRow({u"a"_qs}));
        QVERIFY(writer.hasError());
        QVERIFY(!writer.errorString().isEmpty());
        QVERIFY(!writer.writeRow({u"b"_qs}));   // stays failed
        QCOMPARE(writer.rowsWritten(), 0);

        CsvWriter noDevice(nullptr);
        QVERIFY(!noDevice.writeRow({u"a"_qs}));
    }
};

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
