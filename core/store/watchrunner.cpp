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

WatchRunner::WatchRunner(Workspace &workspace, SourceFor sources, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_sources(std::move(sources))
{
}

WatchRunner::~WatchRunner()
{
    m_queue.clear();
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
    if (m_job)
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
        if (e.isError()) {
            emit searchFinished(m_current.name, {}, e.message);
        } else {
            QString error;
            const auto report = m_workspace.recordRun(m_current, m_seen, searchWasComplete(m_current.query, m_seen.size(), m_last),
                                                      &error);
            emit searchFinished(m_current.name, report.value_or(WatchReport{}), report ? QString() : error);
        }
        m_seen.clear();
        QTimer::singleShot(0, this, &WatchRunner::startNext);
    });
}

} // namespace CarScout::Store
