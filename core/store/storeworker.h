#pragma once

// The workspace off the GUI thread. A StoreWorker owns one QThread with its own connection (Qt SQL connections
// belong to the thread that opened them) and a Workspace on it. Each request runs there, in the order it was
// made, and its result comes back on the thread that owns the StoreWorker (the GUI's) as
// StoreRequest::finished. A slow PostgreSQL therefore delays an answer, never the window.
//
//     StoreRequest *r = worker.call<QList<SavedSearch>>([](Workspace &w, QString *e) { return w.searches(e); });
//     connect(r, &StoreRequest::finished, this, [r] { if (r->error().isEmpty()) use(r->result<QList<SavedSearch>>()); });

#include "core/common/clock.h"
#include "core/store/databaseurl.h"
#include "core/store/workspace.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <any>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace CarScout::Store {

class StoreRequest : public QObject
{
    Q_OBJECT
public:
    ~StoreRequest() override;

    quint64 id() const { return m_id; }
    bool isFinished() const { return m_finished; }
    bool isCanceled() const;
    // Empty when the request succeeded.
    QString error() const { return m_error; }
    // The value the work returned; a default T when it failed or returned another type.
    template <typename T>
    T result() const
    {
        const T *value = std::any_cast<T>(&m_result);
        return value ? *value : T{};
    }

    // The result is not wanted any more: finished() is never emitted and the request deletes itself. A request
    // still queued is not run; one already running completes on the worker (a statement cannot be interrupted
    // portably) and its result is dropped.
    void cancel();

signals:
    // Once, on the StoreWorker's thread; the request deletes itself afterwards (deleteLater).
    void finished();

private:
    friend class StoreWorker;
    StoreRequest(quint64 id, std::shared_ptr<std::atomic_bool> canceled);

    quint64 m_id;
    std::shared_ptr<std::atomic_bool> m_canceled;
    std::any m_result;
    QString m_error;
    bool m_finished = false;
};

class StoreWorker : public QObject
{
    Q_OBJECT
public:
    // The work of one request, run on the worker thread: returns the result, or an empty std::any with *error.
    using Work = std::function<std::any(Workspace &workspace, QString *error)>;

    // Starts the thread and opens (and upgrades) `url` there; opened() tells how that went. Requests made
    // meanwhile wait behind the opening. `clock` must outlive the worker and be safe to read from its thread.
    explicit StoreWorker(const DatabaseUrl &url, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    // Drops every queued request and waits for the one running (if any) to end, then closes the connection.
    ~StoreWorker() override;

    const DatabaseUrl &url() const { return m_url; }
    // Whether the database opened; nullopt while it is still opening. The error of a failed opening.
    std::optional<bool> isOpen() const { return m_open; }
    QString openError() const { return m_openError; }

    // Queues `work`. The request belongs to the worker until it has finished (then it deletes itself) or is
    // canceled. When the database did not open, the request finishes with that error.
    StoreRequest *submit(Work work);
    // submit() for work that returns std::optional<R> with *error on failure, as Workspace's methods do.
    template <typename R, typename F>
    StoreRequest *call(F &&work)
    {
        return submit([work = std::forward<F>(work)](Workspace &w, QString *error) -> std::any {
            std::optional<R> value = work(w, error);
            return value ? std::any(std::move(*value)) : std::any();
        });
    }

    // For tests: every request waits this long on the worker thread before it runs (a slow server).
    void setDelayForTesting(int milliseconds) { m_delayMs->store(milliseconds); }
    // Requests queued or running.
    int pendingCount() const { return int(m_pending.size()); }

signals:
    // Once, after the opening: error empty = the workspace is ready.
    void opened(const QString &error);

private:
    class Core;
    void deliver(quint64 id, std::any result, const QString &error);
    void onOpened(const QString &error);

    DatabaseUrl m_url;
    QThread *m_thread;
    Core *m_core;   // lives on m_thread
    std::shared_ptr<std::atomic_int> m_delayMs;
    QHash<quint64, QPointer<StoreRequest>> m_pending;
    quint64 m_nextId = 1;
    std::optional<bool> m_open;
    QString m_openError;
};

} // namespace CarScout::Store
