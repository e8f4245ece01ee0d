#include "ui/networkapply.h"

#include "core/customs/secretstore.h"
#include "core/net/httpclient.h"
#include "core/net/networksettings.h"
#include "ui/keychainsecretstore.h"
#include "ui/networksetup.h"
#include "ui/settings.h"

#include <QPointer>
#include <QTextStream>

namespace CarScout::Ui {

namespace {

Net::SourceTuning tuningFrom(const SourceNetworkSettings &s)
{
    Net::SourceTuning t;
    t.intervalMs = s.intervalMs;
    t.jitterMs = s.jitterMs;
    t.pauseEvery = s.pauseEvery;
    t.pauseMinMs = s.pauseMinMs;
    t.pauseMaxMs = s.pauseMaxMs;
    t.retries = s.retries;
    t.timeoutMs = s.timeoutMs;
    return t;
}

} // namespace

NetworkSettingsApplier::NetworkSettingsApplier(Net::HttpClient *http, Settings *settings, Customs::SecretStore *secrets,
                                               QStringList policyIds, bool demoMode)
    : m_http(http), m_settings(settings), m_secrets(secrets), m_policyIds(std::move(policyIds)), m_demoMode(demoMode)
{
}

void NetworkSettingsApplier::apply()
{
    const ProxySettings proxy = m_settings->proxy();
    const quint64 generation = ++m_generation;
    const bool needsPassword = !m_demoMode && m_secrets && (proxy.type == ProxyType::Http || proxy.type == ProxyType::Socks5)
                               && !proxy.user.isEmpty();
    // Pacing now; the proxy too unless its password must come from the keychain first (requests before that go
    // through the proxy as it was). The demo stays on loopback.
    push(m_demoMode || needsPassword ? m_http->config().proxy : proxyConfigFrom(proxy, QString()));
    if (!needsPassword)
        return;
    QPointer<Net::HttpClient> client(m_http);
    std::weak_ptr<bool> alive = m_alive;
    m_secrets->read(SecretKeys::proxyPassword(), [this, alive, client, proxy, generation](std::optional<QString> password,
                                                                                          QString error) {
        if (alive.expired() || !client || generation != m_generation)
            return;
        if (!error.isEmpty())
            QTextStream(stderr) << "carscout: the proxy password could not be read from the keychain: " << error << Qt::endl;
        push(proxyConfigFrom(proxy, password.value_or(QString())));
    });
}

void NetworkSettingsApplier::push(const Net::ProxyConfig &proxy)
{
    Net::NetworkSettings settings;
    settings.proxy = proxy;
    for (const QString &id : std::as_const(m_policyIds)) {
        if (m_settings->hasSourceNetwork(id))
            settings.tunings.insert(id, tuningFrom(m_settings->sourceNetwork(id)));
    }
    if (!(m_http->config().proxy == proxy))
        ++m_proxyChanges;
    Net::applyNetworkSettings(*m_http, settings);   // replaces the config only when the proxy differs
}

} // namespace CarScout::Ui
