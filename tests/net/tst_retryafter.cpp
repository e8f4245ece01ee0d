#include "core/net/retryafter.h"

#include <QTest>
#include <QTimeZone>

using namespace CarScout::Net;

class TstRetryAfter : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void formatRoundTrip();
};

void TstRetryAfter::parse_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs");   // -1 = not a valid value
    // "now" is Sun, 06 Nov 1994 08:49:30 GMT
    QTest::newRow("seconds") << QByteArray("120") << 120000LL;
    QTest::newRow("zero") << QByteArray("0") << 0LL;
    QTest::newRow("whitespace") << QByteArray("  5 ") << 5000LL;
    QTest::newRow("IMF-fixdate +7 s") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 7000LL;
    QTest::newRow("IMF-fixdate next day") << QByteArray("Mon, 07 Nov 1994 08:49:30 GMT") << 86400000LL;
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << 7000LL;
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << 7000LL;
    QTest::newRow("date in the past = 0") << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT") << 0LL;
    QTest::newRow("negative") << QByteArray("-5") << -1LL;
    QTest::newRow("fraction") << QByteArray("1.5") << -1LL;
    QTest::newRow("empty") << QByteArray("") << -1LL;
    QTest::newRow("garbage") << QByteArray("soon") << -1LL;
    QTest::newRow("bad month") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT") << -1LL;
    QTest::newRow("bad day") << QByteArray("Sun, 32 Nov 1994 08:49:37 GMT") << -1LL;
    QTest::newRow("bad time") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT") << -1LL;
    QTest::newRow("not GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 PST") << -1LL;
}

void TstRetryAfter::parse()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 30), QTimeZone::utc());
    const std::optional<qint64> parsed = parseRetryAfterMs(value, now);
    if (expectedMs < 0) {
        QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
    } else {
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expectedMs);
    }
}

void TstRetryAfter::formatRoundTrip()
{
    const QDateTime when(QDate(2026, 1, 15), QTime(12, 0, 5), QTimeZone::utc());
    QCOMPARE(formatHttpDate(when), QByteArray("Thu, 15 Jan 2026 12:00:05 GMT"));
    QCOMPARE(parseRetryAfterMs(formatHttpDate(when), when.addSecs(-5)), std::optional<qint64>(5000));
}

QTEST_APPLESS_MAIN(TstRetryAfter)
#include "tst_retryafter.moc"
