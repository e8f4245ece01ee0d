#pragma once

// A pool of single-use reCAPTCHA tokens for the tks.ru cross-check (customs.md §9, qt-notes §3.2).
// A QTimer tops the pool up to targetSize while enabled; the pool is idle (no timer, no requests) otherwise.
// Expiry (≈ 110 s, under Google's ~2 min) is checked ON USE against the injected Clock, because timers skip
// suspend. A provider failure backs off exponentially (base × 2^(n−1), capped) before the next request.

#include "core/customs/tokenprovider.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace CarScout {
class Clock;
}

namespace CarScout::Customs {

struct TokenPoolConfig
{
    int targetSize = 2;              // tokens kept ready
    int maxInFlight = 1;             // concurrent provider requests
    qint64 tokenLifetimeMs = 110000;
    int refillIntervalMs = 5000;     // the QTimer's period (tests use a few ms)
    qint64 backoffBaseMs = 10000;
    qint64 backoffMaxMs = 300000;
};

class CaptchaTokenPool : public QObject
{
    Q_OBJECT
public:
    CaptchaTokenPool(TokenProvider *provider, Clock *clock, TokenPoolConfig config = {}, QObject *parent = nullptr);
    ~CaptchaTokenPool() override;

    void setEnabled(bool enabled);   // off by default
    bool isEnabled() const { return m_enabled; }

    // A fresh token, removed from the pool (single use); expired ones are dropped first. nullopt when none.
    std::optional<QString> take();
    int available() const;           // fresh tokens now (by the clock)
    int inFlight() const { return m_inFlight; }
    int consecutiveFailures() const { return m_failures; }
    qint64 nextAttemptAtMs() const { return m_nextAttemptMs; }   // backoff: no request before this
    bool timerActive() const { return m_timer.isActive(); }

    // Stops the timer, cancels the provider's requests, forgets every token. Also done by the destructor.
    void shutdown();

signals:
    void tokenAvailable();
    void providerFailed(const QString &reason);

private:
    void topUp();
    void onToken(const QString &token);
    void onFailure(const QString &reason);
    void dropExpired();

    struct Token { QString value; qint64 obtainedMs; };
    QPointer<TokenProvider> m_provider;
    Clock *m_clock;
    TokenPoolConfig m_config;
    QTimer m_timer;
    QList<Token> m_tokens;
    bool m_enabled = false;
    int m_inFlight = 0;
    int m_failures = 0;
    qint64 m_nextAttemptMs = 0;
};

} // namespace CarScout::Customs
