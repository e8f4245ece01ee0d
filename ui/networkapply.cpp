#include "ui/networkapply.h"

#include "core/customs/secretstore.h"
#include "core/net/httpclient.h"
#include "ui/keychainsecretstore.h"
#include "ui/networksetup.h"
#include "ui/settings.h"

#include <QPointer>
#include <QTextStream>

namespace CarScout::Ui {

bool sameProxy(const Net::ProxyConfig &a, const Net::ProxyConfig &b)
{
    return a.type == b.type && a.host == b.host && a.port == b.port && a.user == b.user && a.password == b.password;
}

NetworkSettingsApplier::NetworkSettingsApplier(Net::HttpClient *http, Settings *settings, Customs::SecretStore *secrets,
                                               QStringList policyIds, bool demoMode)
    : m_http(http), m_settings(settings), m_secrets(secrets), m_policyIds(std::move(policyIds)), m_demoMode(demoMode)
{
}

void NetworkSettingsApplier::apply()
{
    for (const QString &id : std::as_const(m_policyIds)) {
        if (m_settings->hasSourceNetwork(id))
            m_http->setSourcePolicy(id, applyNetworkSettings(m_http->sourcePolicy(id), m_settings->sourceNetwork(id)));
    }
    if (m_demoMode)
        return;   // everything stays on loopback
    const ProxySettings proxy = m_settings->proxy();
    const quint64 generation = ++m_generation;
    const bool needsPassword = (proxy.type == ProxyType::Http || proxy.type == ProxyType::Socks5) && !proxy.user.isEmpty();
    if (!needsPassword || !m_secrets) {
        setProxy(proxyConfigFrom(proxy, QString()));
        return;
    }
    // Requests before the keychain answers go through the proxy as it was.
    QPointer<Net::HttpClient> client(m_http);
    std::weak_ptr<bool> alive = m_alive;
    m_secrets->read(SecretKeys::proxyPassword(), [this, alive, client, proxy, generation](std::optional<QString> password,
                                                                                          QString error) {
        if (alive.expired() || !client || generation != m_generation)
            return;
        if (!error.isEmpty())
            QTextStream(stderr) << "carscout: the proxy password could not be read from the keychain: " << error << Qt::endl;
        setProxy(proxyConfigFrom(proxy, password.value_or(QString())));
    });
}

void NetworkSettingsApplier::setProxy(const Net::ProxyConfig &proxy)
{
    if (sameProxy(m_http->config().proxy, proxy))
        return;   // unchanged: keep the pooled connections (and the calls on them) alive
    Net::ClientConfig config = m_http->config();
    config.proxy = proxy;
    m_http->setConfig(config);
    ++m_proxyChanges;
}

} // namespace CarScout::Ui
