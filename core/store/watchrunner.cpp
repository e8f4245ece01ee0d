#include "core/store/watchrunner.h"

#include <QCoreApplication>
#include <QTimer>

namespace CarScout::Store {

bool searchWasComplete(const Sources::SearchQuery &query, qsizetype listings, const Sources::SearchProgress &last)
{
    const bool allAvailable = last.totalAvailable >= 0 && listings >= last.totalAvailable;
    return (query.limit == 0 || listings < query.limit || allAvailable)
        && (query.maxPages == 0 || last.pagesFetched < query.maxPages || allAvailable);
}

WatchRunner::WatchRunner(StoreWorker &store, SourceFor sources, QObject *parent)
    : QObject(parent), m_store(store), m_sources(std::move(sources))
{
}

WatchRunner::~WatchRunner()
{
    m_queue.clear();
    if (m_recording)
        m_recording->cancel();   // a run being stored completes on the worker; nobody is told
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void WatchRunner::run(const QList<SavedSearch> &searches)
{
    const bool wasIdle = !isRunning();
    m_queue += searches;
    if (wasIdle)
        QTimer::singleShot(0, this, &WatchRunner::startNext);
}

void WatchRunner::cancel()
{
    m_queue.clear();
    if (m_job)
        m_job->cancel();   // finished(Canceled) follows: reported as an error, nothing stored
}

void WatchRunner::startNext()
{
    if (m_job || m_recording)
        return;
    if (m_queue.isEmpty()) {
        emit idle();
        return;
    }
    m_current = m_queue.takeFirst();
    m_seen.clear();
    m_last = {};
    Sources::Source *source = m_sources(m_current.source);
    emit searchStarted(m_current.name);
    if (!source) {
        emit searchFinished(m_current.name, {},
                            QCoreApplication::translate("Store", "The marketplace of \"%1\" is not available.").arg(m_current.name));
        QTimer::singleShot(0, this, &WatchRunner::startNext);
        return;
    }
    m_job = source->search(m_current.query);
    connect(m_job, &Sources::SearchJob::pageReady, this, [this](const QList<Listing> &page) { m_seen += page; });
    connect(m_job, &Sources::SearchJob::progress, this, [this](const Sources::SearchProgress &p) { m_last = p; });
    connect(m_job, &Sources::SearchJob::finished, this, [this](const Sources::JobError &e) {
        m_job = nullptr;
        if (!e.isError()) {
            record();
            return;
        }
        emit searchFinished(m_current.name, {}, e.message);
        m_seen.clear();
        QTimer::singleShot(0, this, &WatchRunner::startNext);
    });
}

void WatchRunner::record()
{
    const bool complete = searchWasComplete(m_current.query, m_seen.size(), m_last);
    m_recording = m_store.call<WatchReport>([search = m_current, seen = std::move(m_seen), complete](Workspace &w, QString *error) {
        return w.recordRun(search, seen, complete, error);
    });
    m_seen.clear();
    connect(m_recording, &StoreRequest::finished, this, [this, request = m_recording] {
        m_recording = nullptr;
        emit searchFinished(m_current.name, request->result<WatchReport>(), request->error());
        QTimer::singleShot(0, this, &WatchRunner::startNext);
    });
}

} // namespace CarScout::Store
