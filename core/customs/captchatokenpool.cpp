#include "core/customs/captchatokenpool.h"

#include "core/common/clock.h"

#include <algorithm>

namespace CarScout::Customs {

CaptchaTokenPool::CaptchaTokenPool(TokenProvider *provider, Clock *clock, TokenPoolConfig config, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_clock(clock ? clock : &Clock::system())
    , m_config(config)
{
    m_timer.setInterval(m_config.refillIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &CaptchaTokenPool::topUp);
    if (m_provider) {
        connect(m_provider, &TokenProvider::tokenReady, this, &CaptchaTokenPool::onToken);
        connect(m_provider, &TokenProvider::failed, this, &CaptchaTokenPool::onFailure);
    }
}

CaptchaTokenPool::~CaptchaTokenPool()
{
    shutdown();
}

void CaptchaTokenPool::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    if (!enabled) {
        shutdown();
        return;
    }
    m_enabled = true;
    m_timer.start();
    topUp();
}

void CaptchaTokenPool::shutdown()
{
    m_enabled = false;
    m_timer.stop();
    if (m_provider && m_inFlight > 0)
        m_provider->cancelAll();
    m_inFlight = 0;
    m_tokens.clear();
}

void CaptchaTokenPool::dropExpired()
{
    const qint64 now = m_clock->nowMs();
    m_tokens.removeIf([&](const Token &t) { return now - t.obtainedMs >= m_config.tokenLifetimeMs; });
}

int CaptchaTokenPool::available() const
{
    const qint64 now = m_clock->nowMs();
    return int(std::count_if(m_tokens.cbegin(), m_tokens.cend(),
                             [&](const Token &t) { return now - t.obtainedMs < m_config.tokenLifetimeMs; }));
}

std::optional<QString> CaptchaTokenPool::take()
{
    dropExpired();
    if (m_tokens.isEmpty())
        return std::nullopt;
    const QString token = m_tokens.takeFirst().value;   // oldest first: it expires soonest
    if (m_enabled)
        QMetaObject::invokeMethod(this, &CaptchaTokenPool::topUp, Qt::QueuedConnection);
    return token;
}

void CaptchaTokenPool::topUp()
{
    if (!m_enabled || !m_provider)
        return;
    dropExpired();
    // A provider may fail synchronously (no key stored): the backoff it sets must end this loop too.
    while (m_enabled && m_clock->nowMs() >= m_nextAttemptMs && m_inFlight < m_config.maxInFlight
           && int(m_tokens.size()) + m_inFlight < m_config.targetSize) {
        ++m_inFlight;
        m_provider->requestToken();   // may answer synchronously (tests) – the counters are already updated
    }
}

void CaptchaTokenPool::onToken(const QString &token)
{
    if (!m_enabled || m_inFlight == 0)
        return;   // a late answer after shutdown
    --m_inFlight;
    m_failures = 0;
    m_nextAttemptMs = 0;
    m_tokens.append({token, m_clock->nowMs()});
    emit tokenAvailable();
    QMetaObject::invokeMethod(this, &CaptchaTokenPool::topUp, Qt::QueuedConnection);
}

void CaptchaTokenPool::onFailure(const QString &reason)
{
    if (!m_enabled || m_inFlight == 0)
        return;
    --m_inFlight;
    ++m_failures;
    qint64 delay = m_config.backoffBaseMs;
    for (int i = 1; i < m_failures && delay < m_config.backoffMaxMs; ++i)
        delay *= 2;
    m_nextAttemptMs = m_clock->nowMs() + std::min(delay, m_config.backoffMaxMs);
    emit providerFailed(reason);
}

} // namespace CarScout::Customs
