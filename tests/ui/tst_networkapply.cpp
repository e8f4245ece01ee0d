// Settings → network in one function (NetworkSettingsApplier): every marketplace's and service's pacing is
// applied (photos, cbr, tks, calcus too, not only the marketplaces), the proxy password comes from the keychain,
// and the client's config (which drops pooled connections) is replaced only when the proxy really changed.

#include "core/customs/secretstore.h"
#include "core/net/httpclient.h"
#include "core/net/sourcepolicy.h"
#include "ui/keychainsecretstore.h"
#include "ui/networkapply.h"
#include "ui/settings.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace CarScout;
using namespace CarScout::Ui;

class TestNetworkApply : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Settings> freshSettings(const QString &name)
    {
        return std::make_unique<Settings>(std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat));
    }

private slots:
    void everyServiceGetsItsPacing()
    {
        auto settings = freshSettings(u"pacing.ini"_qs);
        Net::HttpClient http(Net::ClientConfig{});
        const QStringList ids{u"market"_qs, u"photos"_qs, u"cbr"_qs, u"tks"_qs, u"calcus"_qs};
        for (int i = 0; i < ids.size(); ++i) {
            SourceNetworkSettings s;
            s.intervalMs = 1000 + i;
            s.retries = 2;
            settings->setSourceNetwork(ids.at(i), s);
        }
        Customs::MemorySecretStore secrets;
        NetworkSettingsApplier applier(&http, settings.get(), &secrets, ids, false);
        applier.apply();
        QCOMPARE(applier.proxyChanges(), 1);   // the default "system proxy" replaces the client's direct one
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE(http.sourcePolicy(ids.at(i)).rate.minIntervalMs, 1000 + i);
            QCOMPARE(http.sourcePolicy(ids.at(i)).retry.maxAttempts, 2);
        }
        // Settings → OK with a new value for one service: applied again.
        SourceNetworkSettings photos = settings->sourceNetwork(u"photos"_qs);
        photos.intervalMs = 50;
        settings->setSourceNetwork(u"photos"_qs, photos);
        applier.apply();
        QCOMPARE(http.sourcePolicy(u"photos"_qs).rate.minIntervalMs, 50);
        QCOMPARE(applier.proxyChanges(), 1);   // the proxy did not change again: the config was not replaced
    }

    void configReplacedOnlyWhenTheProxyChanged()
    {
        auto settings = freshSettings(u"proxy.ini"_qs);
        ProxySettings direct;
        direct.type = ProxyType::None;
        settings->setProxy(direct);
        Net::HttpClient http(Net::ClientConfig{});
        Customs::MemorySecretStore secrets;
        NetworkSettingsApplier applier(&http, settings.get(), &secrets, {}, false);
        applier.apply();
        applier.apply();
        QCOMPARE(applier.proxyChanges(), 0);   // the same as the client's: nothing dropped

        ProxySettings proxy;
        proxy.type = ProxyType::Http;
        proxy.host = u"proxy.test"_qs;
        proxy.port = 3128;
        proxy.user = u"dealer"_qs;
        settings->setProxy(proxy);
        secrets.write(SecretKeys::proxyPassword(), u"s3cret"_qs, [](const QString &) {});
        applier.apply();
        QCOMPARE(applier.proxyChanges(), 1);
        QCOMPARE(http.config().proxy.type, Net::ProxyType::Http);
        QCOMPARE(http.config().proxy.host, u"proxy.test"_qs);
        QCOMPARE(http.config().proxy.password, u"s3cret"_qs);   // from the keychain
        applier.apply();                                          // OK again, nothing changed
        QCOMPARE(applier.proxyChanges(), 1);

        secrets.write(SecretKeys::proxyPassword(), u"new"_qs, [](const QString &) {});
        applier.apply();                                          // only the password changed
        QCOMPARE(applier.proxyChanges(), 2);
        QCOMPARE(http.config().proxy.password, u"new"_qs);
    }

    void demoModeKeepsTheProxyOff()
    {
        auto settings = freshSettings(u"demo.ini"_qs);
        ProxySettings proxy;
        proxy.type = ProxyType::Socks5;
        proxy.host = u"proxy.test"_qs;
        proxy.port = 1080;
        settings->setProxy(proxy);
        Net::HttpClient http(Net::ClientConfig{});
        NetworkSettingsApplier applier(&http, settings.get(), nullptr, {}, true);
        applier.apply();
        QCOMPARE(applier.proxyChanges(), 0);
        QCOMPARE(http.config().proxy.type, Net::ProxyType::None);
    }
};

QTEST_GUILESS_MAIN(TestNetworkApply)
#include "tst_networkapply.moc"
