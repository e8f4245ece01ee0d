#pragma once

#include "core/net/httptypes.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace CarScout {
class Clock;
}

namespace CarScout::Net {

struct SourcePolicy;   // rate schedule, retry policy, breaker settings, default headers: sourcepolicy.h
struct ClientConfig;   // proxy, remaps, default timeout/max size, user agent: clientconfig.h
struct NetStats;       // counters for the status bar and benchmarks: netstats.h

// One request in flight (queued, waiting, running or retrying). Emits finished exactly once, also when
// canceled; deletes itself after finished has been delivered. A finished receiver may delete the call or the
// whole client (the client's other calls then finish as canceled).
class HttpCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void cancel() = 0;
    virtual quint64 id() const = 0;

signals:
    void finished(const CarScout::Net::HttpResponse &response);
};

// The network service: one QNetworkAccessManager per client session, used on the thread that owns it.
//
// Per upstream host a queue paces request starts (the source's RateSchedule); a redirect to another host is
// queued on that host. Per source a circuit breaker admits a call when it is about to go on the wire: while it is
// open, new and queued calls fail at once (ErrorKind::BreakerOpen); half-open, one probe goes and the rest wait for
// its verdict. A 403/block page resets only that host's session: its cookies, and "Connection: close" on the one
// retry; other sources' cookies, connections and calls in flight are untouched.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(const ClientConfig &config, QObject *parent = nullptr, Clock *clock = nullptr);
    ~HttpClient() override;

    HttpCall *send(const HttpRequest &request);

    // Convenience: calls `done` in `context`'s thread when the call finishes (not at all if context died).
    void send(const HttpRequest &request, QObject *context, std::function<void(const HttpResponse &)> done);

    void cancelGroup(quint64 group);
    void cancelAll();
    static quint64 newGroupId();

    void setSourcePolicy(const QString &source, const SourcePolicy &policy);
    SourcePolicy sourcePolicy(const QString &source) const;
    // Remaps, timeouts, caps and the disk cache apply to calls started from now on. A changed proxy also drops the
    // pooled connections, once no call is running (never under calls in flight); an unchanged one keeps them.
    // Applying the dealer's settings: applyNetworkSettings() in networksettings.h.
    void setConfig(const ClientConfig &config);
    const ClientConfig &config() const;

    NetStats stats() const;
    QString breakerState(const QString &source) const;   // "closed", "open", "half-open"

signals:
    void statsChanged();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace CarScout::Net
