#include "core/net/networksettings.h"

#include "core/net/httpclient.h"

#include <algorithm>

namespace CarScout::Net {

SourcePolicy tunedPolicy(SourcePolicy policy, const SourceTuning &tuning)
{
    policy.rate.minIntervalMs = std::max(0, tuning.intervalMs);
    policy.rate.jitterMs = std::max(0, tuning.jitterMs);
    policy.rate.pauseEvery = std::max(0, tuning.pauseEvery);
    policy.rate.pauseMinMs = std::max(0, tuning.pauseMinMs);
    policy.rate.pauseMaxMs = std::max(policy.rate.pauseMinMs, tuning.pauseMaxMs);
    policy.retry.maxAttempts = std::max(1, tuning.retries);
    policy.timeoutMs = std::max(0, tuning.timeoutMs);
    return policy;
}

SourceTuning tuningOf(const SourcePolicy &policy)
{
    SourceTuning tuning;
    tuning.intervalMs = policy.rate.minIntervalMs;
    tuning.jitterMs = policy.rate.jitterMs;
    tuning.pauseEvery = policy.rate.pauseEvery;
    tuning.pauseMinMs = policy.rate.pauseMinMs;
    tuning.pauseMaxMs = policy.rate.pauseMaxMs;
    tuning.retries = std::max(1, policy.retry.maxAttempts);
    if (policy.timeoutMs > 0)
        tuning.timeoutMs = policy.timeoutMs;   // else the default stays (the client's default timeout applies)
    return tuning;
}

QStringList networkServiceSources()
{
    return {u"photos"_qs, u"cbr"_qs, u"tks"_qs, u"calcus"_qs};
}

void applyNetworkSettings(HttpClient &client, const NetworkSettings &settings)
{
    if (!(client.config().proxy == settings.proxy)) {
        ClientConfig config = client.config();
        config.proxy = settings.proxy;
        client.setConfig(config);
    }
    for (auto it = settings.tunings.cbegin(); it != settings.tunings.cend(); ++it)
        client.setSourcePolicy(it.key(), tunedPolicy(client.sourcePolicy(it.key()), it.value()));
}

} // namespace CarScout::Net
