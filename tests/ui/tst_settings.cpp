#include "ui/settings.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace CarScout::Ui;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Settings> open() const
    {
        return std::make_unique<Settings>(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("carscout.ini")),
                                                                      QSettings::IniFormat));
    }
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { QFile::remove(m_dir.filePath(QStringLiteral("carscout.ini"))); }

    void defaults()
    {
        const auto s = open();
        QCOMPARE(s->proxy(), ProxySettings());
        QCOMPARE(s->sourceNetwork(u"encar"_qs).intervalMs, 500);
        QCOMPARE(s->sourceNetwork(u"encar"_qs).pauseEvery, 20);
        QCOMPARE(s->tokens().mode, TokenMode::Off);
        QCOMPARE(s->language(), Language::System);
        QCOMPARE(s->csv(), CsvSettings());
        QCOMPARE(s->customs(), CustomsDefaults());
        QCOMPARE(s->value(Keys::currentTab), 0);
    }

    void roundTrip()
    {
        ProxySettings proxy{ProxyType::Socks5, u"proxy.example"_qs, 1080, u"dealer"_qs};
        SourceNetworkSettings encar{1200, 100, 7, 2000, 4000, 5, 15000};
        SourceNetworkSettings kb{900, 0, 0, 0, 0, 1, 60000};
        TokenSettings tokens{TokenMode::Solver, u"https://solver.example/api"_qs};
        CsvSettings csv{CsvDelimiter::Tab, false};
        CustomsDefaults customs;
        customs.importer = ImporterType::Company;
        customs.declarationDate = QDate(2026, 3, 1);
        customs.costsToBorder = 150000;
        customs.costsCurrency = u"KRW"_qs;
        customs.extraCostsRub = 80000;
        customs.defaultPowerHp = 150;
        customs.onlineCrossCheck = true;
        {
            const auto s = open();
            QSignalSpy spy(s.get(), &Settings::changed);
            s->setProxy(proxy);
            s->setSourceNetwork(u"encar"_qs, encar);
            s->setSourceNetwork(u"kbchachacha"_qs, kb);
            s->setTokens(tokens);
            s->setLanguage(Language::Russian);
            s->setCsv(csv);
            s->setCustoms(customs);
            s->setValue(Keys::currentTab, 2);
            s->setHeaderState(u"encar"_qs, QByteArray("\x00\x01state", 7));
            QCOMPARE(spy.count(), 8);
            QCOMPARE(spy.at(0).at(0).toString(), u"network/proxy"_qs);
        }
        const auto s = open();
        QCOMPARE(s->proxy(), proxy);
        QCOMPARE(s->sourceNetwork(u"encar"_qs), encar);
        QCOMPARE(s->sourceNetwork(u"kbchachacha"_qs), kb);
        QCOMPARE(s->sourceNetwork(u"che168"_qs), SourceNetworkSettings());
        QCOMPARE(s->tokens(), tokens);
        QCOMPARE(s->language(), Language::Russian);
        QCOMPARE(s->csv(), csv);
        QCOMPARE(s->customs(), customs);
        QCOMPARE(s->value(Keys::currentTab), 2);
        QCOMPARE(s->headerState(u"encar"_qs), QByteArray("\x00\x01state", 7));
    }

    // The default declaration date is today plus the lead time (45 days, the usual shipping time), so the rules
    // and the car's age of the day it will really be declared apply; a fixed date wins.
    void todayPlusLeadTimeIsTheDefaultDeclarationDate()
    {
        CustomsDefaults c;
        QCOMPARE(c.leadTimeDays, 45);
        QCOMPARE(c.effectiveDeclarationDate(QDate(2026, 5, 4)), QDate(2026, 6, 18));
        QCOMPARE(c.effectiveDeclarationDate(QDate(2026, 11, 17)), QDate(2027, 1, 1));   // into the 2027 rules
        c.leadTimeDays = 0;
        QCOMPARE(c.effectiveDeclarationDate(QDate(2026, 5, 4)), QDate(2026, 5, 4));
        c.declarationDate = QDate(2026, 1, 1);
        QCOMPARE(c.effectiveDeclarationDate(QDate(2026, 5, 4)), QDate(2026, 1, 1));
        const auto s = open();
        c = {};
        c.leadTimeDays = 60;
        s->setCustoms(c);
        QCOMPARE(s->customs().leadTimeDays, 60);
    }

    void badValuesFallBackToDefaults_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("negative interval") << u"sources/encar/intervalMs"_qs << QVariant(-5);
        QTest::newRow("text interval") << u"sources/encar/intervalMs"_qs << QVariant(u"fast"_qs);
        QTest::newRow("zero retries") << u"sources/encar/retries"_qs << QVariant(0);
        QTest::newRow("unknown proxy type") << u"network/proxy/type"_qs << QVariant(u"ftp"_qs);
        QTest::newRow("port out of range") << u"network/proxy/port"_qs << QVariant(70000);
        QTest::newRow("bad date") << u"customs/declarationDate"_qs << QVariant(u"2026-13-45"_qs);
        QTest::newRow("bad currency") << u"customs/costsCurrency"_qs << QVariant(u"roubles"_qs);
        QTest::newRow("negative lead time") << u"customs/leadTimeDays"_qs << QVariant(-3);
        QTest::newRow("lead time over a year") << u"customs/leadTimeDays"_qs << QVariant(400);
        QTest::newRow("unknown language") << u"ui/language"_qs << QVariant(u"klingon"_qs);
    }

    void badValuesFallBackToDefaults()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        const auto s = open();
        s->setRawValue(key, value);
        QCOMPARE(s->sourceNetwork(u"encar"_qs), SourceNetworkSettings());
        QCOMPARE(s->proxy(), ProxySettings());
        QCOMPARE(s->customs(), CustomsDefaults());
        QCOMPARE(s->language(), Language::System);
    }

    void csvDelimiterFollowsLocale_data()
    {
        QTest::addColumn<int>("setting");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("auto ru") << int(CsvDelimiter::Auto) << u"ru_RU"_qs << u";"_qs;
        QTest::newRow("auto en") << int(CsvDelimiter::Auto) << u"en_US"_qs << u","_qs;
        QTest::newRow("auto ko") << int(CsvDelimiter::Auto) << u"ko_KR"_qs << u","_qs;
        QTest::newRow("comma ru") << int(CsvDelimiter::Comma) << u"ru_RU"_qs << u","_qs;
        QTest::newRow("semicolon en") << int(CsvDelimiter::Semicolon) << u"en_US"_qs << u";"_qs;
        QTest::newRow("tab") << int(CsvDelimiter::Tab) << u"en_US"_qs << u"\t"_qs;
    }

    void csvDelimiterFollowsLocale()
    {
        QFETCH(int, setting);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(QString(resolveCsvDelimiter(CsvDelimiter(setting), QLocale(locale))), expected);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
