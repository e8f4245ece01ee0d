#include "ui/networksetup.h"

namespace CarScout::Ui {

Net::ProxyConfig proxyConfigFrom(const ProxySettings &proxy, const QString &password)
{
    Net::ProxyConfig config;
    switch (proxy.type) {
    case ProxyType::None:
        config.type = Net::ProxyType::None;
        break;
    case ProxyType::System:
        config.type = Net::ProxyType::System;
        break;
    case ProxyType::Http:
        config.type = Net::ProxyType::Http;
        break;
    case ProxyType::Socks5:
        config.type = Net::ProxyType::Socks5;
        break;
    }
    if (proxy.type == ProxyType::Http || proxy.type == ProxyType::Socks5) {
        config.host = proxy.host;
        config.port = quint16(proxy.port);
        config.user = proxy.user;
        config.password = password;
    }
    return config;
}

SourceNetworkSettings networkSettingsFrom(const Net::SourcePolicy &policy)
{
    SourceNetworkSettings s;
    s.intervalMs = policy.rate.minIntervalMs;
    s.jitterMs = policy.rate.jitterMs;
    s.pauseEvery = policy.rate.pauseEvery;
    s.pauseMinMs = policy.rate.pauseMinMs;
    s.pauseMaxMs = policy.rate.pauseMaxMs;
    s.retries = qMax(1, policy.retry.maxAttempts);
    s.timeoutMs = policy.timeoutMs > 0 ? policy.timeoutMs : SourceNetworkSettings().timeoutMs;
    return s;
}

Net::SourcePolicy applyNetworkSettings(Net::SourcePolicy policy, const SourceNetworkSettings &s)
{
    policy.rate.minIntervalMs = s.intervalMs;
    policy.rate.jitterMs = s.jitterMs;
    policy.rate.pauseEvery = s.pauseEvery;
    policy.rate.pauseMinMs = s.pauseMinMs;
    policy.rate.pauseMaxMs = qMax(s.pauseMinMs, s.pauseMaxMs);
    policy.retry.maxAttempts = s.retries;
    policy.timeoutMs = s.timeoutMs;
    return policy;
}

} // namespace CarScout::Ui
