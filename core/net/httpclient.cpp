#include "core/net/httpclient.h"

#include "core/common/clock.h"
#include "core/net/charset.h"
#include "core/net/circuitbreaker.h"
#include "core/net/clientconfig.h"
#include "core/net/netstats.h"
#include "core/net/ratescheduler.h"
#include "core/net/retryafter.h"
#include "core/net/retrypolicy.h"
#include "core/net/sourcepolicy.h"

#include <QHash>
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <map>
#include <utility>

namespace CarScout::Net {

namespace {

bool isBlockPage(const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.isEmpty() || head.startsWith("<!doctype") || head.startsWith("<html");
}

ErrorKind errorKindOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError: return ErrorKind::None;
    case QNetworkReply::OperationCanceledError: return ErrorKind::Canceled;
    case QNetworkReply::SslHandshakeFailedError: return ErrorKind::Tls;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError: return ErrorKind::Redirect;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError: return ErrorKind::Proxy;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError: return ErrorKind::Other;
    default: break;
    }
    if (error < QNetworkReply::ProxyConnectionRefusedError || error == QNetworkReply::ProtocolFailure)
        return ErrorKind::Connection;
    return ErrorKind::HttpStatus;   // content/server errors: the status tells the rest
}

// The one cookie jar of the client, able to forget one host's cookies (QNetworkCookieJar keeps allCookies()
// protected): a block on one source must not log every other source out.
class SessionCookieJar final : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;

    // Deletes every cookie the jar would send to `host` (host-only and parent-domain ones, any path).
    int forgetHost(const QString &host)
    {
        const QString h = host.toLower();
        int removed = 0;
        for (const QNetworkCookie &cookie : allCookies()) {
            const QString domain = cookie.domain().toLower();
            const bool matches = domain == h
                || (domain.startsWith(u'.') && (h == QStringView(domain).mid(1) || h.endsWith(domain)));
            if (matches && deleteCookie(cookie))
                ++removed;
        }
        return removed;
    }
};

} // namespace

namespace detail {

class CallImpl;

// Everything the client and its calls share. (HttpClient::Private is this; calls reach it without friendship.)
struct ClientState
{
    struct Host
    {
        HostQueue queue;
        QTimer *timer = nullptr;
    };

    HttpClient *q = nullptr;
    ClientConfig config;
    Clock *clock = nullptr;
    QNetworkAccessManager *nam = nullptr;
    QHash<QString, SourcePolicy> policies;
    std::map<QString, CircuitBreaker> breakers;
    std::map<QString, Host> hosts;
    SessionCookieJar *cookies = nullptr;
    QHash<quint64, CallImpl *> calls;
    NetStats stats;
    RandomDraw draw = [] { return QRandomGenerator::global()->generateDouble(); };
    quint64 nextCallId = 1;
    bool connectionsStale = false;   // the proxy changed: drop the pooled connections once nothing runs
    bool closing = false;            // in ~HttpClient: canceling, never starting anything

    SourcePolicy policyFor(const QString &source) const
    {
        const auto it = policies.constFind(source);
        return it != policies.constEnd() ? it.value() : defaultSourcePolicy(source);
    }
    CircuitBreaker &breakerFor(const QString &source)
    {
        auto it = breakers.find(source);
        if (it == breakers.end())
            it = breakers.emplace(source, CircuitBreaker(policyFor(source).breaker)).first;
        return it->second;
    }
    Host &hostFor(const QString &key, const RateSchedule &schedule)
    {
        auto it = hosts.find(key);
        if (it == hosts.end()) {
            it = hosts.emplace(key, Host{HostQueue(schedule), new QTimer(q)}).first;
            it->second.timer->setSingleShot(true);
            it->second.timer->setTimerType(Qt::PreciseTimer);
            QObject::connect(it->second.timer, &QTimer::timeout, q, [this, key] { pump(key); });
        }
        return it->second;
    }

    // A new QNetworkDiskCache when the directory or size changed; the manager owns (and deletes) the old one.
    void applyDiskCache()
    {
        const auto *current = qobject_cast<QNetworkDiskCache *>(nam->cache());
        if (config.diskCacheDirectory.isEmpty()) {
            if (current)
                nam->setCache(nullptr);
            return;
        }
        if (current && current->cacheDirectory() == QDir(config.diskCacheDirectory).absolutePath() + u'/'
            && current->maximumCacheSize() == config.diskCacheMaxBytes)
            return;
        auto *cache = new QNetworkDiskCache;
        cache->setCacheDirectory(config.diskCacheDirectory);
        cache->setMaximumCacheSize(config.diskCacheMaxBytes);
        nam->setCache(cache);
    }

    void applyProxy()
    {
        const ProxyConfig &p = config.proxy;
        switch (p.type) {
        case ProxyType::None:
            nam->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
            break;
        case ProxyType::System:
            nam->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
            break;
        case ProxyType::Http:
            nam->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, p.host, p.port, p.user, p.password));
            break;
        case ProxyType::Socks5:
            nam->setProxy(QNetworkProxy(QNetworkProxy::Socks5Proxy, p.host, p.port, p.user, p.password));
            break;
        }
    }

    // After a 403/block page: that host's cookies go. Its connection is closed by the retry's "Connection: close";
    // other hosts, their cookies and their calls in flight are untouched.
    void resetSessionFor(const QUrl &actualUrl)
    {
        cookies->forgetHost(actualUrl.host());
        ++stats.sessionResets;
    }

    // clearConnectionCache() tears down the manager's HTTP thread and silences every reply on it, so it only runs
    // on an idle client (on the next event-loop turn, never inside a reply's signal).
    void dropStaleConnectionsWhenIdle()
    {
        if (!connectionsStale || stats.runningCalls > 0)
            return;
        QTimer::singleShot(0, q, [this] {
            if (!connectionsStale || stats.runningCalls > 0)
                return;
            connectionsStale = false;
            nam->clearConnectionCache();
        });
    }

    QByteArray userAgent() const
    {
        return config.userAgent.isEmpty() ? chromeUserAgent(clock->nowUtc().date()) : config.userAgent;
    }

    QString breakerRejection(const HttpRequest &request, const QUrl &upstream);
    void failQueuedCalls(const QString &source);
    bool mayStart(quint64 callId);
    void enqueue(CallImpl *call, bool front);
    void pump(const QString &hostKey);
    void pumpAll();
    void leaveWire(const QString &hostKey);
    void statsMoved() { emit q->statsChanged(); }
};

class CallImpl final : public HttpCall
{
public:
    CallImpl(ClientState *d, quint64 id, const HttpRequest &request)
        : HttpCall(d->q), m_d(d), m_id(id), m_request(request), m_policy(d->policyFor(request.source)),
          m_upstream(request.url), m_hostKey(request.url.host().toLower())
    {
        m_createdMs = m_d->clock->nowMs();
        m_maxBody = request.maxBodyBytes >= 0 ? request.maxBodyBytes : d->config.maxBodyBytes;
        m_timeoutMs = request.timeoutMs > 0 ? request.timeoutMs
                      : m_policy.timeoutMs > 0 ? m_policy.timeoutMs
                                               : d->config.defaultTimeoutMs;
        m_totalTimeoutMs = request.totalTimeoutMs > 0 ? request.totalTimeoutMs
                           : m_policy.totalTimeoutMs > 0 ? m_policy.totalTimeoutMs
                                                         : 4 * m_timeoutMs;
        for (QTimer **timer : {&m_idleTimer, &m_totalTimer, &m_waitTimer}) {
            *timer = new QTimer(this);
            (*timer)->setSingleShot(true);
            (*timer)->setTimerType(Qt::PreciseTimer);
        }
        connect(m_idleTimer, &QTimer::timeout, this, [this] {
            timeOut(u"no data for %1 ms"_qs.arg(m_timeoutMs));
        });
        connect(m_totalTimer, &QTimer::timeout, this, [this] {
            timeOut(u"not complete after %1 ms"_qs.arg(m_totalTimeoutMs));
        });
        connect(m_waitTimer, &QTimer::timeout, this, [this] { waitOver(); });
    }

    quint64 id() const override { return m_id; }
    const QString &hostKey() const { return m_hostKey; }
    const QUrl &upstream() const { return m_upstream; }
    bool isWaiting() const { return m_state == State::Queued || m_state == State::Waiting; }
    const HttpRequest &request() const { return m_request; }
    const RateSchedule &schedule() const { return m_policy.rate; }

    void cancel() override
    {
        if (m_state == State::Done)
            return;
        HttpResponse response = m_last;
        response.error = ErrorKind::Canceled;
        response.errorMessage = u"canceled"_qs;
        finish(std::move(response));
    }

    // The breaker said no: leave the queue (or the retry wait) and finish on the next event-loop turn, never
    // inside send() or a pump.
    void rejectSoon(const QString &why)
    {
        if (m_state == State::Queued) {
            if (auto it = m_d->hosts.find(m_hostKey); it != m_d->hosts.end())
                it->second.queue.remove(m_id);
        }
        m_state = State::Waiting;
        m_rejectReason = why;
        m_waitTimer->start(0);
    }
    bool isProbe() const { return m_probe; }
    void setProbe(bool probe) { m_probe = probe; }

    void queued()
    {
        m_state = State::Queued;
        m_enqueuedMs = m_d->clock->nowMs();
    }

    // Called by the host queue when pacing lets this call go.
    void start()
    {
        const qint64 waited = m_d->clock->nowMs() - m_enqueuedMs;
        m_rateWaitMs += waited;
        m_d->stats.rateWaitMs += waited;
        m_state = State::Running;
        ++m_d->stats.runningCalls;
        startExchange();
    }

private:
    enum class State { Queued, Running, Waiting, Done };

    void startExchange()
    {
        ++m_attempt;
        ++m_d->stats.attempts;
        m_body.clear();
        m_timedOut = m_tooLarge = false;

        const QUrl actual = applyRemap(m_upstream, m_d->config.remaps);
        QNetworkRequest request(actual);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        const bool cached = m_request.cacheable && m_request.method == "GET" && m_method.isEmpty();
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             cached ? QNetworkRequest::PreferCache : QNetworkRequest::AlwaysNetwork);
        request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, cached);
        request.setRawHeader("User-Agent", m_d->userAgent());
        request.setRawHeader("Accept-Language", m_d->config.acceptLanguage);
        request.setRawHeader("Accept", m_request.expectJson
                                           ? QByteArray("application/json, text/plain, */*")
                                           : QByteArray("text/html,application/xhtml+xml,application/json;q=0.9,"
                                                        "*/*;q=0.8"));
        for (const auto &[name, value] : std::as_const(m_policy.headers))
            request.setRawHeader(name, value);
        for (const auto &[name, value] : std::as_const(m_request.headers))
            request.setRawHeader(name, value);
        if (!m_request.body.isEmpty() && !request.hasRawHeader("Content-Type"))
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        if (std::exchange(m_closeConnection, false))
            request.setRawHeader("Connection", "close");   // the retry after a block: no reuse of that connection

        const QByteArray method = m_method.isEmpty() ? m_request.method : m_method;
        const QByteArray body = m_method.isEmpty() ? m_request.body : QByteArray();
        if (method == "GET")
            m_reply = m_d->nam->get(request);
        else if (method == "HEAD")
            m_reply = m_d->nam->head(request);
        else
            m_reply = m_d->nam->sendCustomRequest(request, method, body);

        connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] { checkDeclaredLength(); });
        connect(m_reply, &QNetworkReply::readyRead, this, [this] { readAvailable(); });
        connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_idleTimer->start(m_timeoutMs); });
        connect(m_reply, &QNetworkReply::finished, this, [this] { exchangeFinished(); });
        m_idleTimer->start(m_timeoutMs);
        m_totalTimer->start(m_totalTimeoutMs);
    }

    void checkDeclaredLength()
    {
        if (!m_reply || m_maxBody < 0 || m_reply->operation() == QNetworkAccessManager::HeadOperation)
            return;
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_maxBody) {
            m_tooLarge = true;
            m_reply->abort();
        }
    }

    void readAvailable()
    {
        if (!m_reply)
            return;
        m_idleTimer->start(m_timeoutMs);
        const QByteArray chunk = m_reply->readAll();
        m_d->stats.bytesReceived += chunk.size();
        m_body += chunk;
        if (m_maxBody >= 0 && m_body.size() > m_maxBody) {
            m_tooLarge = true;
            m_reply->abort();
        }
    }

    void timeOut(const QString &what)
    {
        if (!m_reply)
            return;
        m_timedOut = true;
        m_timeoutWhat = what;
        m_reply->abort();
    }

    bool hasShortBody(QNetworkReply *reply) const
    {
        if (reply->operation() == QNetworkAccessManager::HeadOperation || !reply->hasRawHeader("Content-Length"))
            return false;
        const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
        if (!encoding.isEmpty() && encoding != "identity")
            return false;   // the body was decompressed; its size says nothing about the wire length
        bool ok = false;
        const qint64 declared = reply->rawHeader("Content-Length").trimmed().toLongLong(&ok);
        return ok && m_body.size() < declared;
    }

    QString describe() const
    {
        return QString::fromLatin1(m_method.isEmpty() ? m_request.method : m_method) + u' '
            + m_upstream.toDisplayString(QUrl::RemoveUserInfo);
    }

    void exchangeFinished()
    {
        QNetworkReply *reply = m_reply;
        if (!reply)
            return;
        m_idleTimer->stop();
        m_totalTimer->stop();
        if (!m_tooLarge && !m_timedOut)
            readAvailable();
        m_reply = nullptr;
        reply->disconnect(this);
        reply->deleteLater();

        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &pair : reply->rawHeaderPairs())
            response.headers.append(pair);
        response.url = reply->url();
        response.body = m_body;

        const QNetworkReply::NetworkError netError = reply->error();
        ErrorKind kind = errorKindOf(netError);
        if (response.status > 0 && netError >= QNetworkReply::ContentAccessDenied)
            kind = ErrorKind::HttpStatus;   // e.g. 400 arrives as ProtocolInvalidOperationError
        // Qt 6.4 reports a body cut short by the server (reset or close before Content-Length) as success.
        if (kind == ErrorKind::None && !m_tooLarge && !m_timedOut && hasShortBody(reply))
            kind = ErrorKind::Connection;
        QString message;
        if (m_tooLarge) {
            kind = ErrorKind::TooLarge;
            message = u"%1: response larger than the %2-byte limit"_qs.arg(describe(), QString::number(m_maxBody));
        } else if (m_timedOut) {
            kind = ErrorKind::Timeout;
            message = u"%1: timed out (%2)"_qs.arg(describe(), m_timeoutWhat);
        } else if (kind == ErrorKind::Canceled) {
            // An abort we did not ask for (the manager went away): report it as a connection problem.
            kind = ErrorKind::Connection;
            message = u"%1: %2"_qs.arg(describe(), reply->errorString());
        } else if (kind != ErrorKind::None && kind != ErrorKind::HttpStatus) {
            message = u"%1: %2"_qs.arg(describe(), reply->errorString());
        } else if (response.status >= 300 && response.status < 400 && response.status != 304
                   && reply->hasRawHeader("Location")) {
            if (followRedirect(reply->rawHeader("Location"), response))
                return;
            return finishAttempt(std::move(response));
        } else if (response.status == 403) {
            kind = ErrorKind::Blocked;
            message = u"%1: HTTP 403 (blocked)"_qs.arg(describe());
        } else if (response.status >= 200 && response.status < 300) {
            kind = ErrorKind::None;
            if (m_request.expectJson && m_request.method != "HEAD" && isBlockPage(m_body)) {
                kind = ErrorKind::Blocked;
                message = u"%1: a block page (%2) where JSON was expected"_qs.arg(
                    describe(), m_body.trimmed().isEmpty() ? u"empty body"_qs : u"HTML"_qs);
            }
            for (const QByteArray &marker : std::as_const(m_policy.blockPageMarkers)) {
                if (kind == ErrorKind::None && !marker.isEmpty() && m_body.contains(marker)) {
                    kind = ErrorKind::Blocked;
                    message = u"%1: a block page (contains \"%2\")"_qs.arg(describe(), QString::fromUtf8(marker));
                }
            }
        } else if (response.status > 0) {
            kind = ErrorKind::HttpStatus;
            // One multi-arg call: a URL's %-escapes must not be taken for placeholders.
            message = u"%1: HTTP %2 %3"_qs.arg(describe(), QString::number(response.status),
                                               reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        } else {
            kind = ErrorKind::Connection;
            message = u"%1: %2"_qs.arg(describe(), reply->errorString());
        }
        if (kind == ErrorKind::Connection && response.status > 0) {
            message = u"%1: connection broke after HTTP %2 (%3 of %4 body bytes received)"_qs.arg(
                describe(), QString::number(response.status), QString::number(m_body.size()),
                QString::fromLatin1(reply->rawHeader("Content-Length").trimmed()));
        }
        response.error = kind;
        response.errorMessage = message;
        finishAttempt(std::move(response));
    }

    // Follows a 3xx ourselves so that the target goes through host remapping too. True when a new exchange began.
    bool followRedirect(const QByteArray &location, HttpResponse &response)
    {
        const QUrl target = m_upstream.resolved(QUrl::fromEncoded(location));
        const QString scheme = target.scheme().toLower();
        QString problem;
        if (!target.isValid() || (scheme != u"http" && scheme != u"https"))
            problem = u"a redirect to an unsupported URL \"%1\""_qs.arg(QString::fromLatin1(location.left(200)));
        else if (m_upstream.scheme() == u"https" && scheme == u"http")
            problem = u"a redirect from https to http (%1)"_qs.arg(target.toDisplayString(QUrl::RemoveUserInfo));
        else if (m_redirects >= m_d->config.maxRedirects)
            problem = u"more than %1 redirects (last to %2)"_qs.arg(m_d->config.maxRedirects)
                          .arg(target.toDisplayString(QUrl::RemoveUserInfo));
        if (!problem.isEmpty()) {
            response.error = ErrorKind::Redirect;
            response.errorMessage = u"%1: %2"_qs.arg(describe(), problem);
            return false;
        }
        ++m_redirects;
        ++m_d->stats.redirects;
        if (response.status == 303 || ((response.status == 301 || response.status == 302) && m_request.method == "POST"))
            m_method = "GET";
        m_upstream = target;
        m_last = response;
        const QString targetHost = target.host().toLower();
        if (targetHost == m_hostKey) {
            startExchange();
            return true;
        }
        // Another host: off this host's wire and into the target's queue, like a new request there (its pacing,
        // and the breaker's admission again).
        leaveWire();
        const QString from = std::exchange(m_hostKey, targetHost);
        m_d->enqueue(this, true);
        m_d->pump(from);
        m_d->pump(m_hostKey);
        return true;
    }

    void finishAttempt(HttpResponse response)
    {
        if (!response.body.isEmpty() || response.status > 0)
            response.charset = bodyCharset(response.body, response.header("Content-Type"));
        m_last = response;

        AttemptOutcome outcome;
        outcome.attempt = m_attempt - m_redirects;
        outcome.status = response.status;
        outcome.error = response.error;
        outcome.idempotent = m_request.idempotent;
        outcome.sessionAlreadyReset = m_sessionReset;
        const QByteArray retryAfter = response.header("Retry-After");
        if (!retryAfter.isEmpty())
            outcome.retryAfterMs = parseRetryAfterMs(retryAfter, m_d->clock->nowUtc());
        const RetryDecision decision = decideRetry(m_policy.retry, outcome, m_d->draw());

        if (!decision.retries()) {
            if (!response.ok() && response.error != ErrorKind::Canceled && outcome.attempt > 1)
                response.errorMessage += u" (after %1 attempts)"_qs.arg(outcome.attempt);
            else if (outcome.retryAfterMs && response.error == ErrorKind::HttpStatus)
                response.errorMessage += u"; "_qs + decision.reason;
            return finish(std::move(response));
        }

        ++m_d->stats.retries;
        leaveWire();
        if (decision.action == RetryDecision::Action::ResetSessionAndRetry) {
            m_sessionReset = true;
            m_closeConnection = true;
            m_d->resetSessionFor(applyRemap(m_upstream, m_d->config.remaps));
        }
        m_state = State::Waiting;
        if (decision.holdHost) {
            // Hold the whole host; this call goes back to the head of its queue and starts when the hold ends.
            m_d->hostFor(m_hostKey, schedule()).queue.pacer().holdUntil(m_d->clock->nowMs() + decision.delayMs);
            m_d->enqueue(this, true);
        } else {
            m_waitTimer->start(int(std::min<qint64>(decision.delayMs, std::numeric_limits<int>::max())));
        }
        m_d->pump(m_hostKey);
        m_d->statsMoved();
    }

    void waitOver()
    {
        if (!m_rejectReason.isEmpty()) {
            HttpResponse response;
            response.error = ErrorKind::BreakerOpen;
            response.errorMessage = m_rejectReason;
            return finish(std::move(response));
        }
        m_d->enqueue(this, true);
        m_d->pump(m_hostKey);
    }

    void leaveWire()
    {
        if (m_state != State::Running)
            return;
        --m_d->stats.runningCalls;
        m_d->leaveWire(m_hostKey);
        m_d->dropStaleConnectionsWhenIdle();
    }

    void finish(HttpResponse response)
    {
        if (m_state == State::Done)
            return;
        m_idleTimer->stop();
        m_totalTimer->stop();
        m_waitTimer->stop();
        if (QNetworkReply *reply = m_reply) {
            m_reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
        const bool wasRunning = m_state == State::Running;
        const bool wasQueued = m_state == State::Queued;
        if (wasRunning) {
            --m_d->stats.runningCalls;
            m_d->hostFor(m_hostKey, schedule()).queue.callFinished();
        } else if (wasQueued) {
            m_d->hostFor(m_hostKey, schedule()).queue.remove(m_id);
        }
        m_state = State::Done;
        m_d->calls.remove(m_id);
        recordBreakerVerdict(response);

        NetStats &stats = m_d->stats;
        if (response.ok())
            ++stats.succeeded;
        else if (response.error == ErrorKind::Canceled)
            ++stats.canceled;
        else
            ++stats.failures;
        if (response.error == ErrorKind::BreakerOpen)
            ++stats.breakerRejections;

        response.attempts = m_attempt - m_redirects;
        response.elapsedMs = m_d->clock->nowMs() - m_createdMs;
        response.rateWaitMs = m_rateWaitMs;
        stats.activeCalls = int(m_d->calls.size());
        if (m_probe)
            m_d->pumpAll();   // calls held behind the probe go now, or were failed when it failed
        else if (wasRunning || wasQueued)
            m_d->pump(m_hostKey);
        if (wasRunning)
            m_d->dropStaleConnectionsWhenIdle();
        m_d->statsMoved();

        // Nothing may touch m_d or this after the emit: a receiver may delete the client (whose child this call
        // is) or the call itself.
        QPointer<CallImpl> self(this);
        emit finished(response);
        if (self)
            deleteLater();
    }

    // A server that answered (even 404) is alive; connection trouble, timeouts, 5xx, 429 and blocks count against
    // it; cancels say nothing. When this failure opens the breaker, the source's waiting calls fail at once.
    void recordBreakerVerdict(const HttpResponse &response)
    {
        if (response.error == ErrorKind::BreakerOpen)
            return;
        CircuitBreaker &breaker = m_d->breakerFor(m_request.source);
        const bool failed = response.error == ErrorKind::Connection || response.error == ErrorKind::Timeout
            || response.error == ErrorKind::Blocked
            || (response.error == ErrorKind::HttpStatus && (response.status >= 500 || response.status == 429));
        if (response.error == ErrorKind::Canceled) {
            if (m_probe)
                breaker.releaseProbe();
        } else if (failed) {
            const qint64 now = m_d->clock->nowMs();
            const bool wasOpen = breaker.state(now) == BreakerState::Open;
            breaker.recordFailure(now);
            if (!wasOpen && breaker.state(now) == BreakerState::Open)
                m_d->failQueuedCalls(m_request.source);
        } else {
            breaker.recordSuccess();
        }
    }

    ClientState *m_d;
    quint64 m_id;
    HttpRequest m_request;
    SourcePolicy m_policy;
    QUrl m_upstream;
    QString m_hostKey;
    QByteArray m_method;           // set when a redirect turns the request into a GET
    State m_state = State::Queued;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_body;
    HttpResponse m_last;
    QTimer *m_idleTimer = nullptr;
    QTimer *m_totalTimer = nullptr;
    QTimer *m_waitTimer = nullptr;
    QString m_rejectReason;
    QString m_timeoutWhat;
    qint64 m_maxBody = -1;
    int m_timeoutMs = 30000;
    int m_totalTimeoutMs = 120000;
    int m_attempt = 0;             // exchanges started, redirects included
    int m_redirects = 0;
    qint64 m_createdMs = 0;
    qint64 m_enqueuedMs = 0;
    qint64 m_rateWaitMs = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_sessionReset = false;
    bool m_closeConnection = false;   // the next exchange asks for "Connection: close"
    bool m_probe = false;             // the half-open breaker's one probe
};

QString ClientState::breakerRejection(const HttpRequest &request, const QUrl &upstream)
{
    const CircuitBreaker &breaker = breakerFor(request.source);
    const qint64 retryIn = std::max<qint64>(0, breaker.retryAtMs() - clock->nowMs());
    return u"%1: the \"%2\" circuit breaker is open after %3 consecutive failures; next try in %4 s"_qs
        .arg(upstream.host(), request.source)
        .arg(breaker.consecutiveFailures())
        .arg((retryIn + 999) / 1000);
}

// The breaker of `source` just opened: its queued calls and those waiting to retry would only meet a dead
// upstream later; they fail now (on the next event-loop turn) with the breaker's reason. Running ones finish.
void ClientState::failQueuedCalls(const QString &source)
{
    QList<CallImpl *> waiting;
    for (CallImpl *call : std::as_const(calls)) {
        if (call->request().source == source && call->isWaiting())
            waiting.append(call);
    }
    for (CallImpl *call : std::as_const(waiting))
        call->rejectSoon(breakerRejection(call->request(), call->upstream()));
}

// The breaker admits a call when it is about to go on the wire. While half-open, the first call to get here is
// the probe and the others wait in their queue until it reports (pumpAll then).
bool ClientState::mayStart(quint64 callId)
{
    CallImpl *call = calls.value(callId);
    if (!call || call->isProbe())
        return true;
    CircuitBreaker &breaker = breakerFor(call->request().source);
    switch (breaker.admit(clock->nowMs())) {
    case CircuitBreaker::Admission::Allowed:
        return true;
    case CircuitBreaker::Admission::Probe:
        call->setProbe(true);
        return true;
    case CircuitBreaker::Admission::Rejected:
        break;
    }
    return false;
}

void ClientState::enqueue(CallImpl *call, bool front)
{
    call->queued();
    HostQueue &queue = hostFor(call->hostKey(), call->schedule()).queue;
    queue.pacer().setSchedule(call->schedule());
    queue.enqueue(call->id(), front);
}

void ClientState::leaveWire(const QString &hostKey)
{
    auto it = hosts.find(hostKey);
    if (it != hosts.end())
        it->second.queue.callFinished();
}

void ClientState::pump(const QString &hostKey)
{
    auto it = hosts.find(hostKey);
    if (it == hosts.end() || closing)
        return;
    Host &host = it->second;
    // A call whose breaker is open (a retry or redirect that came back to the queue after it opened) fails
    // instead of starting.
    QList<CallImpl *> rejected;
    for (quint64 id : host.queue.queue()) {
        CallImpl *call = calls.value(id);
        if (call && breakerFor(call->request().source).state(clock->nowMs()) == BreakerState::Open)
            rejected.append(call);
    }
    for (CallImpl *call : std::as_const(rejected))
        call->rejectSoon(breakerRejection(call->request(), call->upstream()));

    const HostQueue::Decision decision =
        host.queue.pump(clock->nowMs(), draw, [this](quint64 id) { return mayStart(id); });
    if (decision.waitMs >= 0)
        host.timer->start(int(std::min<qint64>(decision.waitMs, std::numeric_limits<int>::max())));
    else
        host.timer->stop();
    for (quint64 id : decision.start) {
        if (CallImpl *call = calls.value(id))
            call->start();
        else
            host.queue.callFinished();
    }
}

void ClientState::pumpAll()
{
    QStringList keys;
    for (const auto &entry : hosts)
        keys.append(entry.first);
    for (const QString &key : std::as_const(keys))
        pump(key);
}

} // namespace detail

class HttpClient::Private : public detail::ClientState
{
};

HttpClient::HttpClient(const ClientConfig &config, QObject *parent, Clock *clock)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->config = config;
    d->clock = clock ? clock : &Clock::system();
    d->nam = new QNetworkAccessManager(this);
    d->nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    d->cookies = new SessionCookieJar(d->nam);
    d->nam->setCookieJar(d->cookies);
    d->applyProxy();
    d->applyDiskCache();
}

HttpClient::~HttpClient()
{
    d->closing = true;   // a canceled call's slot must not start the next queued one
    cancelAll();
}

HttpCall *HttpClient::send(const HttpRequest &request)
{
    Q_ASSERT_X(thread() == QThread::currentThread(), "HttpClient::send", "used from another thread");
    const quint64 id = d->nextCallId++;
    auto *call = new detail::CallImpl(d.get(), id, request);
    d->calls.insert(id, call);
    ++d->stats.requests;
    d->stats.activeCalls = int(d->calls.size());

    // An open breaker rejects at once; otherwise it admits the call when the call is about to go on the wire.
    if (d->breakerFor(request.source).state(d->clock->nowMs()) == BreakerState::Open) {
        call->rejectSoon(d->breakerRejection(request, request.url));
    } else {
        d->enqueue(call, false);
        // Start on the next event-loop turn so that the caller connects to finished first.
        QTimer::singleShot(0, call, [this, host = call->hostKey()] { d->pump(host); });
    }
    emit statsChanged();
    return call;
}

void HttpClient::send(const HttpRequest &request, QObject *context, std::function<void(const HttpResponse &)> done)
{
    HttpCall *call = send(request);
    const QMetaObject::Connection delivery =
        connect(call, &HttpCall::finished, context, [done = std::move(done)](const HttpResponse &r) { done(r); });
    // destroyed() comes before QObject drops the context's connections: cut the delivery first, then cancel.
    connect(context, &QObject::destroyed, call, [call, delivery] {
        QObject::disconnect(delivery);
        call->cancel();
    });
}

void HttpClient::cancelGroup(quint64 group)
{
    if (group == 0)
        return;
    QList<quint64> victims;
    for (detail::CallImpl *call : std::as_const(d->calls)) {
        if (call->request().group == group)
            victims.append(call->id());
    }
    // A finished receiver may delete this client (then the rest were canceled by its destructor).
    QPointer<HttpClient> self(this);
    for (quint64 id : std::as_const(victims)) {
        if (!self)
            return;
        if (detail::CallImpl *call = d->calls.value(id))
            call->cancel();
    }
}

void HttpClient::cancelAll()
{
    const QList<quint64> ids = d->calls.keys();
    QPointer<HttpClient> self(this);
    for (quint64 id : ids) {
        if (!self)
            return;
        if (detail::CallImpl *call = d->calls.value(id))
            call->cancel();
    }
}

quint64 HttpClient::newGroupId()
{
    static std::atomic<quint64> next{1};
    return next++;
}

void HttpClient::setSourcePolicy(const QString &source, const SourcePolicy &policy)
{
    d->policies.insert(source, policy);
    auto it = d->breakers.find(source);
    if (it != d->breakers.end())
        it->second.setConfig(policy.breaker);
}

SourcePolicy HttpClient::sourcePolicy(const QString &source) const
{
    return d->policyFor(source);
}

void HttpClient::setConfig(const ClientConfig &config)
{
    const bool proxyChanged = !(config.proxy == d->config.proxy);
    d->config = config;
    d->applyDiskCache();
    if (!proxyChanged)
        return;
    // New calls take the new route at once (Qt keys pooled connections by proxy); the connections pooled for the
    // old one are dropped once no call runs, so nothing in flight is cut.
    d->applyProxy();
    d->connectionsStale = true;
    d->dropStaleConnectionsWhenIdle();
}

const ClientConfig &HttpClient::config() const
{
    return d->config;
}

NetStats HttpClient::stats() const
{
    return d->stats;
}

QString HttpClient::breakerState(const QString &source) const
{
    const auto it = d->breakers.find(source);
    return breakerStateName(it == d->breakers.end() ? BreakerState::Closed : it->second.state(d->clock->nowMs()));
}

} // namespace CarScout::Net
