#include "core/services/crosscheckservice.h"

#include "core/customs/secretstore.h"
#include "core/customs/solverservice.h"
#include "core/customs/tks.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrl>

namespace CarScout::Services {

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

Customs::Result calcusAsResult(const Customs::CalcusResult &r, const QString &networkError)
{
    Customs::Result result;
    if (!networkError.isEmpty() || !r.ok) {
        result.error = networkError.isEmpty() ? r.error : networkError;
        return result;
    }
    auto amount = [](const std::optional<qint64> &k) {
        return k ? Customs::Amount::of(*k)
                 : Customs::Amount::notComputable(QCoreApplication::translate("Services", "not reported by calcus.ru"));
    };
    result.ok = true;
    result.route = r.vat.value_or(0) > 0 ? Customs::Route::Stp : Customs::Route::Ets;
    result.duty = amount(r.duty);
    result.excise = amount(r.excise);
    result.vat = amount(r.vat);
    result.clearanceFee = amount(r.clearanceFee);
    result.utilizationFee = amount(r.utilizationFee);
    result.total = Customs::Amount::notComputable(
        QCoreApplication::translate("Services", "calcus.ru does not document what its total sums"));
    result.totalWithoutUtilization = result.total;
    return result;
}

CrossCheckService::CrossCheckService(Net::HttpClient *http, Customs::SecretStore *secrets, Clock *clock,
                                     Options options, QObject *parent)
    : QObject(parent), m_http(http), m_secrets(secrets), m_clock(clock), m_options(options)
{
    configureTokens({});
}

CrossCheckService::~CrossCheckService()
{
    teardown();
}

void CrossCheckService::teardown()
{
    if (m_pool)
        m_pool->shutdown();
    m_pool.reset();
    m_provider.reset();
    m_queuedSecrets.reset();
}

void CrossCheckService::configureTokens(const TksTokenSource &tokens)
{
    teardown();
    m_tksReason.clear();
    m_tksMode = TksMode::Unavailable;
    const QUrl endpoint(tokens.solverEndpoint.trimmed());
    if (m_options.demoMode) {
        m_tksReason = tr("The tks.ru cross-check is not available in demo mode: the demo has no stand-in for tks.ru "
                         "and nothing leaves this computer.");
    } else if (tokens.mode == TksTokenSource::Mode::Manual) {
        m_tksMode = TksMode::Manual;
    } else if (tokens.mode != TksTokenSource::Mode::Solver) {
        m_tksReason = tr("To cross-check with tks.ru, choose a CAPTCHA token source in the settings.");
    } else if (!endpoint.isValid() || !(endpoint.scheme() == u"https" || endpoint.scheme() == u"http")
               || endpoint.host().isEmpty()) {
        m_tksReason = tr("The CAPTCHA solver service has no valid http(s) address in the settings.");
    } else if (!m_secrets) {
        m_tksReason = tr("The CAPTCHA solver's key cannot be read: there is no keychain.");
    } else {
        Customs::SolverServiceConfig config;
        config.endpoint = endpoint;
        config.keyName = tokens.solverKeyName;
        config.pollIntervalMs = m_options.solverPollIntervalMs;
        m_queuedSecrets = std::make_unique<QueuedSecretStore>(m_secrets);
        m_provider = std::make_unique<Customs::SolverServiceTokenProvider>(m_http, m_queuedSecrets.get(), config);
        m_pool = std::make_unique<Customs::CaptchaTokenPool>(m_provider.get(), m_clock, m_options.pool);
        m_pool->setEnabled(m_active > 0);
        m_tksMode = TksMode::Solver;
    }
    emit modeChanged();
}

void CrossCheckService::setTksActive(bool active)
{
    m_active = qMax(0, m_active + (active ? 1 : -1));
    if (m_pool)
        m_pool->setEnabled(m_active > 0);
}

bool CrossCheckService::tksPoolRunning() const
{
    return m_pool && m_pool->isEnabled();
}

void CrossCheckService::askCalcus(const Customs::Input &input, QObject *context,
                                  std::function<void(const Customs::Result &)> done)
{
    if (!calcusAvailable())
        return;
    auto *client = new Customs::CalcusClient(m_http, context);   // its call dies with the context
    client->calculate(input, [client, done](const Customs::CalcusResult &r, const QString &networkError) {
        client->deleteLater();
        done(calcusAsResult(r, networkError));
    });
}

void CrossCheckService::askTks(const Customs::Input &input, const Customs::Result &offline, QObject *context,
                               std::function<void(const Customs::CrossCheckReply &)> done)
{
    if (m_tksMode != TksMode::Solver || !m_pool) {
        done({std::nullopt, m_tksReason});
        return;
    }
    auto *check = new Customs::CrossCheck(m_http, m_pool.get(), context);   // token wait and call die with it
    check->checkTks(input, offline, [check, done](const Customs::CrossCheckReply &reply) {
        check->deleteLater();
        done(reply);
    }, m_options.tokenWaitMs);
}

CrossCheckSession::CrossCheckSession(CrossCheckService *service, QObject *parent) : QObject(parent), m_service(service)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(service->debounceMs());
    connect(&m_debounce, &QTimer::timeout, this, &CrossCheckSession::fire);
}

CrossCheckSession::~CrossCheckSession()
{
    m_inFlight.reset();
    setEnabled(false);
}

void CrossCheckSession::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (m_service->tksMode() == CrossCheckService::TksMode::Solver)
        m_service->setTksActive(enabled);
    if (!enabled) {
        cancel();
        m_lastTksQuery.clear();
    }
}

void CrossCheckSession::ask(const Customs::Input &input, const Customs::Result &offline)
{
    if (!m_enabled)
        return;
    m_input = input;
    m_offline = offline;
    m_debounce.start();
}

void CrossCheckSession::cancel()
{
    m_debounce.stop();
    m_inFlight.reset();
}

void CrossCheckSession::fire()
{
    m_inFlight = std::make_unique<QObject>();   // cancels the previous question's calls
    QObject *context = m_inFlight.get();
    const QPointer<CrossCheckSession> self(this);
    if (m_service->calcusAvailable()) {
        emit calcusAsked();
        m_service->askCalcus(m_input, context, [self](const Customs::Result &result) {
            if (self)
                emit self->calcusAnswered(result);
        });
    }
    const QString tksQuery = Customs::tksFormFields(m_input).toString();
    if (m_service->tksMode() == CrossCheckService::TksMode::Solver && tksQuery != m_lastTksQuery) {
        m_lastTksQuery = tksQuery;
        emit tksAsked();
        m_service->askTks(m_input, m_offline, context, [self](const Customs::CrossCheckReply &reply) {
            if (!self)
                return;
            if (!reply.comparison)
                self->m_lastTksQuery.clear();   // a failure may be retried with the same inputs
            emit self->tksAnswered(reply);
        });
    }
}

} // namespace CarScout::Services
