#pragma once

// Settings → network core: the proxy and the per-source pacing/patience the dealer configured, on top of the
// policies the sources install.

#include "core/net/clientconfig.h"
#include "core/net/sourcepolicy.h"
#include "ui/settings.h"

namespace CarScout::Ui {

Net::ProxyConfig proxyConfigFrom(const ProxySettings &proxy, const QString &password);
SourceNetworkSettings networkSettingsFrom(const Net::SourcePolicy &policy);
// The policy with the dealer's pacing, attempts and timeout applied.
Net::SourcePolicy applyNetworkSettings(Net::SourcePolicy policy, const SourceNetworkSettings &settings);

} // namespace CarScout::Ui
