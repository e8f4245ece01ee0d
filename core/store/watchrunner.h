#pragma once

// Runs saved searches one after another without blocking the event loop: each search's query on its Source,
// then the run is recorded in the workspace on the store's worker thread. The GUI's watchlist uses it (the CLI
// runs searches in its own loop).

#include "core/sources/source.h"
#include "core/store/storeworker.h"
#include "core/store/workspace.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace CarScout::Store {

// Whether a search that delivered `listings` listings (last progress `last`) saw its whole result, i.e. was not
// cut short by the query's limit or page count: only then may missing listings be reported gone.
bool searchWasComplete(const Sources::SearchQuery &query, qsizetype listings, const Sources::SearchProgress &last);

class WatchRunner : public QObject
{
    Q_OBJECT
public:
    // The Source of a marketplace id (not owned; nullptr when there is none).
    using SourceFor = std::function<Sources::Source *(const QString &sourceId)>;

    WatchRunner(StoreWorker &store, SourceFor sources, QObject *parent = nullptr);
    ~WatchRunner() override;

    // Queues these searches behind any still running.
    void run(const QList<SavedSearch> &searches);
    void cancel();   // the search under way is abandoned (nothing stored for it), the queue dropped
    bool isRunning() const { return m_job || m_recording || !m_queue.isEmpty(); }

signals:
    void searchStarted(const QString &name);
    // error empty = stored; otherwise nothing was stored for this search.
    void searchFinished(const QString &name, const CarScout::Store::WatchReport &report, const QString &error);
    void idle();   // the queue is empty again

private:
    void startNext();
    void record();

    StoreWorker &m_store;
    SourceFor m_sources;
    QList<SavedSearch> m_queue;
    QPointer<Sources::SearchJob> m_job;
    QPointer<StoreRequest> m_recording;
    SavedSearch m_current;
    QList<Listing> m_seen;
    Sources::SearchProgress m_last;
};

} // namespace CarScout::Store

Q_DECLARE_METATYPE(CarScout::Store::WatchReport)
