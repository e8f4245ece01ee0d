// Che168 units: 万元 prices, 万公里 mileage, registration years, displacements, photo size tokens, kW → PS.

#include "core/sources/che168/che168units.h"

#include <QTest>

using namespace CarScout::Sources::Che168;

class TestChe168Units : public QObject
{
    Q_OBJECT

private slots:
    void price_data()
    {
        QTest::addColumn<QString>("wan");
        QTest::addColumn<qint64>("cny");   // -1 = none
        QTest::newRow("string") << u"99.5"_qs << qint64(995000);
        QTest::newRow("two decimals") << u"13.88"_qs << qint64(138800);
        QTest::newRow("float noise") << u"16.98"_qs << qint64(169800);
        QTest::newRow("with 万") << u"0.78万"_qs << qint64(7800);
        QTest::newRow("spaces") << u" 7.88 "_qs << qint64(78800);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("zero") << u"0"_qs << qint64(-1);
        QTest::newRow("negative") << u"-3"_qs << qint64(-1);
        QTest::newRow("text") << u"面议"_qs << qint64(-1);
    }
    void price()
    {
        QFETCH(QString, wan);
        QFETCH(qint64, cny);
        const std::optional<qint64> got = priceFromWan(wan);
        QCOMPARE(got.value_or(-1), cny);
    }
    void priceNumber()
    {
        QCOMPARE(priceFromWan(6.18).value_or(-1), qint64(61800));
        QCOMPARE(priceFromWan(33.29).value_or(-1), qint64(332900));
        QVERIFY(!priceFromWan(0.0));
        QVERIFY(!priceFromWan(qQNaN()));
    }

    void mileage_data()
    {
        QTest::addColumn<QString>("wan");
        QTest::addColumn<int>("km");
        QTest::newRow("0.6") << u"0.6"_qs << 6000;
        QTest::newRow("0.93") << u"0.93"_qs << 9300;
        QTest::newRow("9.59") << u"9.59"_qs << 95900;
        QTest::newRow("10.2") << u"10.2"_qs << 102000;
        QTest::newRow("zero") << u"0"_qs << 0;
        QTest::newRow("with unit") << u"4.98万公里"_qs << 49800;
        QTest::newRow("bad") << u"abc"_qs << -1;
        QTest::newRow("negative") << u"-1"_qs << -1;
    }
    void mileage()
    {
        QFETCH(QString, wan);
        QFETCH(int, km);
        QCOMPARE(kmFromWan(wan).value_or(-1), km);
    }

    void registration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("unregistered");
        QTest::newRow("2025年") << u"2025年"_qs << true << 2025 << false;
        QTest::newRow("bare") << u"2019"_qs << true << 2019 << false;
        QTest::newRow("未上牌") << u"未上牌"_qs << true << 0 << true;
        QTest::newRow("empty") << QString() << false << 0 << false;
        QTest::newRow("month") << u"2025年3月"_qs << false << 0 << false;
        QTest::newRow("implausible") << u"1025年"_qs << false << 0 << false;
    }
    void registration()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, year);
        QFETCH(bool, unregistered);
        const std::optional<RegistrationYear> r = parseRegistrationYear(text);
        QCOMPARE(r.has_value(), valid);
        if (r) {
            QCOMPARE(r->year, year);
            QCOMPARE(r->unregistered, unregistered);
        }
    }

    void yearMonth()
    {
        int y = 0, m = 0;
        QVERIFY(parseYearMonth(u"2014-10", &y, &m));
        QCOMPARE(y, 2014);
        QCOMPARE(m, 10);
        QVERIFY(parseYearMonth(u"2014-10-01", &y, &m));
        QVERIFY(parseYearMonth(u"2019/09", &y, &m));
        QCOMPARE(m, 9);
        QVERIFY(!parseYearMonth(u"2019-13", &y, &m));
        QVERIFY(!parseYearMonth(u"10年3个月", &y, &m));
    }

    void displacement_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cc");   // -1 = unreadable
        QTest::addColumn<bool>("turbo");
        QTest::newRow("2.0T") << u"2.0T"_qs << 2000 << true;
        QTest::newRow("2.5L") << u"2.5L"_qs << 2500 << false;
        QTest::newRow("EV 0.0T") << u"0.0T"_qs << 0 << true;
        QTest::newRow("litres") << u"2"_qs << 2000 << false;
        QTest::newRow("1.5T") << u"1.5T"_qs << 1500 << true;
        QTest::newRow("garbage") << u"T"_qs << -1 << false;
        QTest::newRow("dash") << u"-"_qs << -1 << false;
    }
    void displacement()
    {
        QFETCH(QString, text);
        QFETCH(int, cc);
        QFETCH(bool, turbo);
        const std::optional<Displacement> d = parseDisplacement(text);
        QCOMPARE(d ? d->cc : -1, cc);
        if (d)
            QCOMPARE(d->turbo, turbo);
    }

    void modelYear()
    {
        QCOMPARE(modelYearFromName(u"奔驰C级 2025款 C 260 L 运动版"), 2025);
        QCOMPARE(modelYearFromName(u"Panamera 2024款 Panamera 2.9T"), 2024);
        QCOMPARE(modelYearFromName(u"某车 改款"), 0);
    }

    void photos_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("list 640x480")
            << u"https://2sc2.autoimg.cn/escimg/auto/g1/M0/00/00/640x480_c42_autohomecar__AbC.jpg.webp"_qs
            << u"https://2sc2.autoimg.cn/escimg/auto/g1/M0/00/00/1024x768_c42_autohomecar__AbC.jpg.webp"_qs;
        QTest::newRow("detail 400x300")
            << u"https://2sc2.autoimg.cn/escimg/x/400x300_c42_autohomecar__Q.jpg"_qs
            << u"https://2sc2.autoimg.cn/escimg/x/1024x768_c42_autohomecar__Q.jpg"_qs;
        QTest::newRow("already full") << u"https://h/p/1024x768_c42_a.jpg"_qs << u"https://h/p/1024x768_c42_a.jpg"_qs;
        QTest::newRow("protocol-relative") << u"//h/p/720x540_0_q87_c42_a.jpg"_qs << u"https://h/p/1024x768_0_q87_c42_a.jpg"_qs;
        QTest::newRow("no token") << u"https://h/p/a.png"_qs << u"https://h/p/a.png"_qs;
        QTest::newRow("token in a folder only") << u"https://h/640x480_x/a.png"_qs << u"https://h/640x480_x/a.png"_qs;
    }
    void photos()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(fullSizePhoto(in).toString(), out);
    }

    void power()
    {
        QCOMPARE(psFromKw(100), 136);
        QCOMPARE(psFromKw(180), 245);
        QCOMPARE(psFromKw(0), 0);
        QCOMPARE(psFromKw(-5), 0);
    }
};

QTEST_APPLESS_MAIN(TestChe168Units)
#include "tst_che168units.moc"
