#pragma once

// The tks.ru cross-check of the customs calculator (customs.md §9), as the settings' CAPTCHA token source
// allows it: "solver" runs CrossCheck::checkTks with tokens from a CaptchaTokenPool fed by the solver service;
// "manual" only opens the prefilled calculator page in the user's browser; otherwise (and always in demo mode,
// which has no tks.ru stand-in) it is unavailable with a reason. The pool is idle until a dialog activates it.

#include "core/customs/captchatokenpool.h"
#include "core/customs/crosscheck.h"
#include "ui/settings.h"

#include <QObject>
#include <QUrl>

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

namespace CarScout::Ui {

class QueuedSecretStore;

class TksCrossCheckService : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Unavailable, Solver, Manual };

    struct Options
    {
        bool demoMode = false;
        Customs::TokenPoolConfig pool;
        int solverPollIntervalMs = 5000;
        int tokenWaitMs = 120000;
    };

    TksCrossCheckService(Net::HttpClient *http, Customs::SecretStore *secrets, Clock *clock, Options options,
                         QObject *parent = nullptr);
    ~TksCrossCheckService() override;

    // Rebuilds the token source for new settings (keeps the pool running when a dialog has it active).
    void configure(const TokenSettings &tokens);

    Mode mode() const { return m_mode; }
    QString unavailableReason() const { return m_reason; }

    // Dialogs with the cross-check switched on: the pool runs while at least one is active.
    void setActive(bool active);
    bool poolRunning() const;
    Customs::CaptchaTokenPool *pool() const { return m_pool.get(); }

    void check(const Customs::Input &input, const Customs::Result &offline,
               std::function<void(const Customs::CrossCheckReply &)> done);

    // The prefilled calculator page (manual mode); false when the URL is not http(s) or no browser opened it.
    static bool openCalculator(const Customs::Input &input);

signals:
    void modeChanged();

private:
    void teardown();

    Net::HttpClient *m_http;
    Customs::SecretStore *m_secrets;
    Clock *m_clock;
    Options m_options;
    Mode m_mode = Mode::Unavailable;
    QString m_reason;
    int m_active = 0;
    std::unique_ptr<QueuedSecretStore> m_queuedSecrets;
    std::unique_ptr<Customs::SolverServiceTokenProvider> m_provider;
    std::unique_ptr<Customs::CaptchaTokenPool> m_pool;
    std::unique_ptr<Customs::CrossCheck> m_check;
};

} // namespace CarScout::Ui
