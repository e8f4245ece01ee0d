#include "ui/tkscrosscheck.h"

#include "core/customs/solverservice.h"
#include "core/customs/tks.h"
#include "ui/keychainsecretstore.h"

#include <QDesktopServices>
#include <QPointer>
#include <QTimer>

namespace CarScout::Ui {

// Delivers the store's answers from the event loop. CaptchaTokenPool::topUp() loops until its in-flight
// count is full and does not re-check its backoff inside the loop, so a provider that fails synchronously
// (a store answering at once, like MemorySecretStore, with no key) would make it spin forever.
class QueuedSecretStore final : public QObject, public Customs::SecretStore
{
public:
    explicit QueuedSecretStore(Customs::SecretStore *inner) : m_inner(inner) {}
    void read(const QString &key, std::function<void(std::optional<QString>, QString)> done) override
    {
        QPointer<QueuedSecretStore> self(this);
        m_inner->read(key, [self, done](std::optional<QString> value, QString error) {
            if (self)
                QTimer::singleShot(0, self, [done, value, error] { done(value, error); });
        });
    }
    void write(const QString &key, const QString &value, std::function<void(QString)> done) override
    {
        m_inner->write(key, value, std::move(done));
    }
    void remove(const QString &key, std::function<void(QString)> done) override
    {
        m_inner->remove(key, std::move(done));
    }

private:
    Customs::SecretStore *m_inner;
};

TksCrossCheckService::TksCrossCheckService(Net::HttpClient *http, Customs::SecretStore *secrets, Clock *clock,
                                           Options options, QObject *parent)
    : QObject(parent), m_http(http), m_secrets(secrets), m_clock(clock), m_options(options)
{
    configure({});
}

TksCrossCheckService::~TksCrossCheckService()
{
    teardown();
}

void TksCrossCheckService::teardown()
{
    m_check.reset();
    if (m_pool)
        m_pool->shutdown();
    m_pool.reset();
    m_provider.reset();
    m_queuedSecrets.reset();
}

void TksCrossCheckService::configure(const TokenSettings &tokens)
{
    teardown();
    m_reason.clear();
    m_mode = Mode::Unavailable;
    const QUrl endpoint(tokens.solverEndpoint.trimmed());
    if (m_options.demoMode) {
        m_reason = tr("The tks.ru cross-check is not available in demo mode: the demo has no stand-in for tks.ru "
                      "and nothing leaves this computer.");
    } else if (tokens.mode == TokenMode::Manual) {
        m_mode = Mode::Manual;
    } else if (tokens.mode != TokenMode::Solver) {
        m_reason = tr("To cross-check with tks.ru, choose a CAPTCHA token source in the settings.");
    } else if (!endpoint.isValid() || !(endpoint.scheme() == u"https" || endpoint.scheme() == u"http")
               || endpoint.host().isEmpty()) {
        m_reason = tr("The CAPTCHA solver service has no valid http(s) address in the settings.");
    } else if (!m_secrets) {
        m_reason = tr("The CAPTCHA solver's key cannot be read: there is no keychain.");
    } else {
        Customs::SolverServiceConfig config;
        config.endpoint = endpoint;
        config.keyName = SecretKeys::solverKey();
        config.pollIntervalMs = m_options.solverPollIntervalMs;
        m_queuedSecrets = std::make_unique<QueuedSecretStore>(m_secrets);
        m_provider = std::make_unique<Customs::SolverServiceTokenProvider>(m_http, m_queuedSecrets.get(), config);
        m_pool = std::make_unique<Customs::CaptchaTokenPool>(m_provider.get(), m_clock, m_options.pool);
        m_check = std::make_unique<Customs::CrossCheck>(m_http, m_pool.get());
        m_pool->setEnabled(m_active > 0);
        m_mode = Mode::Solver;
    }
    emit modeChanged();
}

void TksCrossCheckService::setActive(bool active)
{
    m_active = qMax(0, m_active + (active ? 1 : -1));
    if (m_pool)
        m_pool->setEnabled(m_active > 0);
}

bool TksCrossCheckService::poolRunning() const
{
    return m_pool && m_pool->isEnabled();
}

void TksCrossCheckService::check(const Customs::Input &input, const Customs::Result &offline,
                                 std::function<void(const Customs::CrossCheckReply &)> done)
{
    if (!m_check) {
        done({std::nullopt, m_reason});
        return;
    }
    m_check->checkTks(input, offline, std::move(done), m_options.tokenWaitMs);
}

bool TksCrossCheckService::openCalculator(const Customs::Input &input)
{
    const QUrl url = Customs::tksCalculatorUrl(input);
    if (!url.isValid() || !(url.scheme() == u"https" || url.scheme() == u"http"))
        return false;
    return QDesktopServices::openUrl(url);
}

} // namespace CarScout::Ui
