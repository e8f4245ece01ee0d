#pragma once

// The dealer's network settings (Settings → Network) applied to an HttpClient in one call, for the marketplaces and
// for the services alike (photos, CBR rates, the tks.ru and calcus.ru cross-checks).
//
// How the front end uses it (start-up, Settings → OK, and when the keychain answers with the proxy password):
//
//     Net::NetworkSettings settings;
//     settings.proxy = <the proxy from the settings, with the keychain's password or an empty one>;
//     for (const QString &id : <the sources' ids> + Net::networkServiceSources())
//         if (<the dealer saved values for id>)
//             settings.tunings.insert(id, <those values as a Net::SourceTuning>);
//     Net::applyNetworkSettings(http, settings);
//
// Call it after the sources installed their own policies (SourceRegistry): a tuning replaces only the fields it
// has and keeps the rest of the source's policy (breaker, headers, block-page markers). Applying the same settings
// again changes nothing, and an unchanged proxy never touches the client's connections.

#include "core/net/clientconfig.h"
#include "core/net/sourcepolicy.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace CarScout::Net {

class HttpClient;

// The dealer's pacing and patience for one request source (HttpRequest::source). Same fields and defaults as the
// Settings dialog's per-source row.
struct SourceTuning
{
    int intervalMs = 500;        // minimum time between request starts to one host
    int jitterMs = 250;          // random extra on top of the interval
    int pauseEvery = 20;         // a longer pause every N starts (0 = never)
    int pauseMinMs = 1000;
    int pauseMaxMs = 3000;       // below pauseMinMs counts as pauseMinMs
    int retries = 3;             // attempts in total, the first one included (at least 1)
    int timeoutMs = 30000;       // no-progress transfer timeout
    friend bool operator==(const SourceTuning &, const SourceTuning &) = default;
};

// The policy with the tuning's pacing, attempts and timeout; everything else kept.
SourcePolicy tunedPolicy(SourcePolicy policy, const SourceTuning &tuning);
// What a policy's tuning is (to show the effective values of a source nobody tuned yet).
SourceTuning tuningOf(const SourcePolicy &policy);

struct NetworkSettings
{
    ProxyConfig proxy;                       // password included when the keychain has answered
    QHash<QString, SourceTuning> tunings;    // by request source; a source without an entry keeps its policy
};

// The request sources besides the marketplaces that have network settings, in the Settings dialog's order:
// "photos" (thumbnails and the detail panel's photos), "cbr", "tks", "calcus".
QStringList networkServiceSources();

// Applies the proxy (HttpClient::setConfig only when it differs, so pooled connections and calls in flight are
// untouched otherwise) and every tuning to the client's policy of that source.
void applyNetworkSettings(HttpClient &client, const NetworkSettings &settings);

} // namespace CarScout::Net
