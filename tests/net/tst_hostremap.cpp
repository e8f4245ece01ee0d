// --remap / --proxy parsing and URL rewriting.

#include "core/net/clientconfig.h"

#include <QTest>

using namespace CarScout::Net;

Q_DECLARE_METATYPE(ProxyType)

class TstHostRemap : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void apply_data();
    void apply();
    void proxy_data();
    void proxy();
    void chromeVersionFollowsTheDate_data();
    void chromeVersionFollowsTheDate();
};

void TstHostRemap::parse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("base");
    QTest::newRow("with base path") << u"api.encar.com=http://127.0.0.1:8080/api.encar.com"_qs << true
                                    << u"api.encar.com"_qs << u"http://127.0.0.1:8080/api.encar.com"_qs;
    QTest::newRow("host lower-cased") << u"API.Encar.COM=http://127.0.0.1:8080"_qs << true << u"api.encar.com"_qs
                                      << u"http://127.0.0.1:8080"_qs;
    QTest::newRow("https target") << u"a.b=https://mirror.example:8443/x/"_qs << true << u"a.b"_qs
                                  << u"https://mirror.example:8443/x/"_qs;
    QTest::newRow("no =") << u"api.encar.com"_qs << false << QString() << QString();
    QTest::newRow("empty host") << u"=http://127.0.0.1"_qs << false << QString() << QString();
    QTest::newRow("host with port") << u"a.b:80=http://127.0.0.1"_qs << false << QString() << QString();
    QTest::newRow("relative target") << u"a.b=127.0.0.1:8080"_qs << false << QString() << QString();
    QTest::newRow("ftp target") << u"a.b=ftp://127.0.0.1/"_qs << false << QString() << QString();
    QTest::newRow("target with query") << u"a.b=http://127.0.0.1/?x=1"_qs << false << QString() << QString();
}

void TstHostRemap::parse()
{
    QFETCH(QString, spec);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(QString, base);
    QString gotHost, error;
    QUrl gotBase;
    QCOMPARE(parseRemap(spec, &gotHost, &gotBase, &error), ok);
    if (ok) {
        QCOMPARE(gotHost, host);
        QCOMPARE(gotBase.toString(), base);
    } else {
        QVERIFY2(error.contains(u"--remap"_qs) && error.contains(spec), qPrintable(error));
    }
}

void TstHostRemap::apply_data()
{
    QTest::addColumn<QString>("upstream");
    QTest::addColumn<QString>("expected");
    QTest::newRow("prefix and port") << u"https://api.encar.com/search/car/list/premium?count=true&q=(And.Hidden.N._.)"_qs
                                     << u"http://127.0.0.1:8080/api.encar.com/search/car/list/premium?count=true&q=(And.Hidden.N._.)"_qs;
    QTest::newRow("root path") << u"http://api.encar.com"_qs << u"http://127.0.0.1:8080/api.encar.com/"_qs;
    QTest::newRow("case-insensitive host") << u"http://API.ENCAR.COM/x"_qs << u"http://127.0.0.1:8080/api.encar.com/x"_qs;
    QTest::newRow("encoded path kept") << u"https://api.encar.com/a%20b/%ED%95%9C"_qs
                                       << u"http://127.0.0.1:8080/api.encar.com/a%20b/%ED%95%9C"_qs;
    QTest::newRow("base without path") << u"https://www.kbchachacha.com/public/search/list.empty?page=2"_qs
                                       << u"http://127.0.0.1:9000/public/search/list.empty?page=2"_qs;
    QTest::newRow("unmapped host untouched") << u"https://example.org/x?y=1"_qs << u"https://example.org/x?y=1"_qs;
}

void TstHostRemap::apply()
{
    QFETCH(QString, upstream);
    QFETCH(QString, expected);
    HostRemaps remaps;
    remaps.insert(u"api.encar.com"_qs, QUrl(u"http://127.0.0.1:8080/api.encar.com/"_qs));
    remaps.insert(u"www.kbchachacha.com"_qs, QUrl(u"http://127.0.0.1:9000"_qs));
    QCOMPARE(applyRemap(QUrl(upstream), remaps).toString(QUrl::FullyEncoded), expected);
}

void TstHostRemap::proxy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<ProxyType>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("http with credentials") << u"http://bob:s%40cret@proxy.local:3128"_qs << true << ProxyType::Http
                                           << u"proxy.local"_qs << 3128 << u"bob"_qs << u"s@cret"_qs;
    QTest::newRow("socks5 default port") << u"socks5://10.0.0.1"_qs << true << ProxyType::Socks5 << u"10.0.0.1"_qs
                                         << 1080 << QString() << QString();
    QTest::newRow("none") << u"none"_qs << true << ProxyType::None << QString() << 0 << QString() << QString();
    QTest::newRow("system") << u"system"_qs << true << ProxyType::System << QString() << 0 << QString() << QString();
    QTest::newRow("unsupported scheme") << u"ftp://proxy:21"_qs << false << ProxyType::None << QString() << 0
                                        << QString() << QString();
    QTest::newRow("no host") << u"http://:3128"_qs << false << ProxyType::None << QString() << 0 << QString()
                             << QString();
}

void TstHostRemap::proxy()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(ProxyType, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QString error;
    const std::optional<ProxyConfig> proxy = parseProxyUrl(text, &error);
    QCOMPARE(proxy.has_value(), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(u"s@cret"_qs), "a password leaked into an error");
        return;
    }
    QCOMPARE(proxy->type, type);
    QCOMPARE(proxy->host, host);
    QCOMPARE(int(proxy->port), port);
    QCOMPARE(proxy->user, user);
    QCOMPARE(proxy->password, password);
}

void TstHostRemap::chromeVersionFollowsTheDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("version");
    QTest::newRow("the base date") << QDate(2025, 6, 24) << 138;
    QTest::newRow("31 days later") << QDate(2025, 7, 25) << 138;
    QTest::newRow("32 days later") << QDate(2025, 7, 26) << 139;
    QTest::newRow("mid-January 2026") << QDate(2026, 1, 15) << 144;
    QTest::newRow("December 2026") << QDate(2026, 12, 1) << 154;
    QTest::newRow("before the base") << QDate(2024, 1, 1) << 138;
    QTest::newRow("invalid date") << QDate() << 138;
}

void TstHostRemap::chromeVersionFollowsTheDate()
{
    QFETCH(QDate, date);
    QFETCH(int, version);
    const QByteArray ua = chromeUserAgent(date);
    QCOMPARE(ua, "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/"
                     + QByteArray::number(version) + ".0.0.0 Safari/537.36");
}

QTEST_APPLESS_MAIN(TstHostRemap)
#include "tst_hostremap.moc"
