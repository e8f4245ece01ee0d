#pragma once

// Every network setting of the dealer applied to the client through one function, at start and after
// Settings → OK: the pacing and patience of every marketplace and service (photos, cbr, tks, calcus…), and the
// proxy with its password from the keychain. The client's config is replaced only when the proxy really
// changed, because that drops every pooled connection.

#include "core/net/clientconfig.h"

#include <QStringList>

#include <memory>

namespace CarScout::Customs {
class SecretStore;
}
namespace CarScout::Net {
class HttpClient;
}

namespace CarScout::Ui {

class Settings;

bool sameProxy(const Net::ProxyConfig &a, const Net::ProxyConfig &b);

class NetworkSettingsApplier
{
public:
    // policyIds: every marketplace and service with network settings. demoMode: the proxy stays off (loopback).
    NetworkSettingsApplier(Net::HttpClient *http, Settings *settings, Customs::SecretStore *secrets,
                           QStringList policyIds, bool demoMode);

    void apply();
    int proxyChanges() const { return m_proxyChanges; }   // setConfig calls so far (tests)

private:
    void setProxy(const Net::ProxyConfig &proxy);

    Net::HttpClient *m_http;
    Settings *m_settings;
    Customs::SecretStore *m_secrets;
    QStringList m_policyIds;
    bool m_demoMode;
    quint64 m_generation = 0;   // a keychain answer for an older apply() is dropped
    int m_proxyChanges = 0;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);   // keychain answers after destruction are dropped
};

} // namespace CarScout::Ui
