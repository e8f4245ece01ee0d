#include "core/specs/detailspecsfetcher.h"

#include "core/sources/source.h"

namespace CarScout::Specs {

ExtraSpecs extraSpecsFromDetail(const Sources::ListingDetail &detail)
{
    ExtraSpecs e;
    e.engineCc = detail.listing.engineCc;
    e.powerHp = detail.listing.powerHp;
    e.fuel = detail.listing.fuel;
    return e;
}

DetailSpecsFetcher::DetailSpecsFetcher(Sources::Source *source, QObject *parent) : QObject(parent), m_source(source) {}

DetailSpecsFetcher::~DetailSpecsFetcher()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void DetailSpecsFetcher::request(const QString &id)
{
    if (id.isEmpty() || m_cache.contains(id) || m_failed.contains(id) || m_queued.contains(id) || id == m_current)
        return;
    m_queue.enqueue(id);
    m_queued.insert(id);
    if (!m_job)
        startNext();
}

void DetailSpecsFetcher::cancel()
{
    m_queue.clear();
    m_queued.clear();
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();   // finishes (Canceled) and deletes itself
        m_job = nullptr;
    }
    m_current.clear();
    emit idle();
}

std::optional<ExtraSpecs> DetailSpecsFetcher::cached(const QString &id) const
{
    const auto it = m_cache.constFind(id);
    return it == m_cache.cend() ? std::nullopt : std::optional<ExtraSpecs>(*it);
}

void DetailSpecsFetcher::startNext()
{
    if (m_queue.isEmpty() || !m_source) {
        m_current.clear();
        emit idle();
        return;
    }
    m_current = m_queue.dequeue();
    m_queued.remove(m_current);
    Sources::DetailJob *job = m_source->detail(m_current);
    ++m_started;
    m_job = job;
    const QString id = m_current;
    connect(job, &Sources::DetailJob::finished, this,
            [this, id](const Sources::ListingDetail &detail, const Sources::JobError &error) { onFinished(id, detail, error); });
}

void DetailSpecsFetcher::onFinished(const QString &id, const Sources::ListingDetail &detail, const Sources::JobError &error)
{
    m_job = nullptr;
    m_current.clear();
    if (error.isError()) {
        m_failed.insert(id);
        emit failed(id, error.message);
    } else {
        const ExtraSpecs extras = extraSpecsFromDetail(detail);
        m_cache.insert(id, extras);
        emit resolved(id, extras);
    }
    startNext();
}

} // namespace CarScout::Specs
