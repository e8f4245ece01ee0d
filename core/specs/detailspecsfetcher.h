#pragma once

// Step 3 of the resolution (issue 9): the listing's detail, fetched in the background only for rows the
// offline steps left incomplete or ambiguous. One detail at a time through the Source (whose requests go
// through the network core at the marketplace's pace); cancelable; cached per listing id for the session.
// A detail that fails (404, timeout, breaker open, parse error) leaves the row unresolved and is not asked
// again; it never fails the search.

#include "core/sources/source.h"
#include "core/specs/specsresolver.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>

#include <optional>

namespace CarScout::Specs {

ExtraSpecs extraSpecsFromDetail(const Sources::ListingDetail &detail);

class DetailSpecsFetcher : public QObject
{
    Q_OBJECT
public:
    explicit DetailSpecsFetcher(Sources::Source *source, QObject *parent = nullptr);
    ~DetailSpecsFetcher() override;

    // Queues `id` unless it is cached, failed before, queued or in flight.
    void request(const QString &id);
    // Drops the queue and aborts the detail in flight; cached results stay.
    void cancel();

    std::optional<ExtraSpecs> cached(const QString &id) const;
    bool hasFailed(const QString &id) const { return m_failed.contains(id); }
    int pending() const { return int(m_queue.size()) + (m_job ? 1 : 0); }
    int requestsStarted() const { return m_started; }

signals:
    void resolved(const QString &id, const CarScout::Specs::ExtraSpecs &extras);
    void failed(const QString &id, const QString &reason);
    void idle();   // the queue ran empty (also after cancel)

private:
    void startNext();
    void onFinished(const QString &id, const Sources::ListingDetail &detail, const Sources::JobError &error);

    QPointer<Sources::Source> m_source;
    QQueue<QString> m_queue;
    QSet<QString> m_queued;
    QHash<QString, ExtraSpecs> m_cache;
    QSet<QString> m_failed;
    QPointer<Sources::DetailJob> m_job;
    QString m_current;
    int m_started = 0;
};

} // namespace CarScout::Specs
