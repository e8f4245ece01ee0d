#pragma once

// The calculator's online cross-checks, for any front end: calcus.ru (no CAPTCHA; its own payment lines) and
// tks.ru (a line-by-line comparison; CAPTCHA tokens from a solver service through a CaptchaTokenPool, or the
// dealer's browser for manual tokens). In demo mode both are off: nothing may leave loopback.
//
//   CrossCheckService service(&http, secrets, &clock, options);     // one per application
//   service.configureTokens(tokens);                                // from the settings, again on every change
//   CrossCheckSession session(&service);                            // one per calculator window
//   session.setEnabled(true);                                       // runs the token pool while on
//   session.ask(input, offlineResult);   // per edit: one shared debounce, the previous question canceled
//
// Typing "25000000" into the price field is eight edits; the session sends one calcus.ru POST and one tks.ru
// GET for the settled input, not eight.

#include "core/customs/calcus.h"
#include "core/customs/captchatokenpool.h"
#include "core/customs/crosscheck.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace CarScout {
class Clock;
}

namespace CarScout::Customs {
class SecretStore;
class SolverServiceTokenProvider;
}

namespace CarScout::Net {
class HttpClient;
}

namespace CarScout::Services {

class QueuedSecretStore;

// Where tks.ru's CAPTCHA tokens come from (the settings' choice).
struct TksTokenSource
{
    enum class Mode { Off, Solver, Manual };
    Mode mode = Mode::Off;
    QString solverEndpoint;                  // http(s) address of the solver service
    QString solverKeyName;                   // the SecretStore key holding the solver's API key
};

// calcus.ru's figures as an engine Result (for the same breakdown view); its total is not documented, so it
// is not computable.
Customs::Result calcusAsResult(const Customs::CalcusResult &result, const QString &networkError);

class CrossCheckService : public QObject
{
    Q_OBJECT
public:
    enum class TksMode { Unavailable, Solver, Manual };

    struct Options
    {
        bool demoMode = false;               // both off (no stand-ins for calcus.ru and tks.ru)
        bool calcus = true;
        int debounceMs = 600;                // one question per settled input (tks tokens cost money)
        Customs::TokenPoolConfig pool;
        int solverPollIntervalMs = 5000;
        int tokenWaitMs = 120000;
    };

    CrossCheckService(Net::HttpClient *http, Customs::SecretStore *secrets, Clock *clock, Options options,
                      QObject *parent = nullptr);
    ~CrossCheckService() override;

    // Rebuilds the tks.ru token source (keeps the pool running when a session has it active).
    void configureTokens(const TksTokenSource &tokens);

    bool calcusAvailable() const { return m_options.calcus && !m_options.demoMode; }
    TksMode tksMode() const { return m_tksMode; }
    QString tksUnavailableReason() const { return m_tksReason; }
    bool anyOnline() const { return calcusAvailable() || m_tksMode == TksMode::Solver; }
    int debounceMs() const { return m_options.debounceMs; }

    // Sessions with the cross-check switched on: the token pool runs while at least one is active.
    void setTksActive(bool active);
    bool tksPoolRunning() const;
    Customs::CaptchaTokenPool *pool() const { return m_pool.get(); }

    // One question each; `context` owns the request: deleting it cancels the call and drops the answer.
    void askCalcus(const Customs::Input &input, QObject *context, std::function<void(const Customs::Result &)> done);
    void askTks(const Customs::Input &input, const Customs::Result &offline, QObject *context,
                std::function<void(const Customs::CrossCheckReply &)> done);

signals:
    void modeChanged();

private:
    void teardown();

    Net::HttpClient *m_http;
    Customs::SecretStore *m_secrets;
    Clock *m_clock;
    Options m_options;
    TksMode m_tksMode = TksMode::Unavailable;
    QString m_tksReason;
    int m_active = 0;
    std::unique_ptr<QueuedSecretStore> m_queuedSecrets;
    std::unique_ptr<Customs::SolverServiceTokenProvider> m_provider;
    std::unique_ptr<Customs::CaptchaTokenPool> m_pool;
};

// One calculator's questions: every ask() restarts one debounce; when it fires, what the previous question
// still has in flight is canceled and calcus.ru and tks.ru get the settled input. tks.ru is not asked again
// for the same form fields (a failure may be retried).
class CrossCheckSession : public QObject
{
    Q_OBJECT
public:
    explicit CrossCheckSession(CrossCheckService *service, QObject *parent = nullptr);
    ~CrossCheckSession() override;

    CrossCheckService *service() const { return m_service; }

    // Switched on: the token pool runs for this session. Off: anything pending is canceled.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    void ask(const Customs::Input &input, const Customs::Result &offline);
    void cancel();
    bool pending() const { return m_debounce.isActive(); }

signals:
    void calcusAsked();
    void calcusAnswered(const Customs::Result &result);
    void tksAsked();
    void tksAnswered(const Customs::CrossCheckReply &reply);

private:
    void fire();

    CrossCheckService *m_service;
    QTimer m_debounce;
    bool m_enabled = false;
    Customs::Input m_input;
    Customs::Result m_offline;
    QString m_lastTksQuery;
    std::unique_ptr<QObject> m_inFlight;   // owns the calls of the current question
};

} // namespace CarScout::Services
