#include "core/specs/specstracker.h"

namespace CarScout::Specs {

SpecsTracker::SpecsTracker(QObject *parent) : QObject(parent) {}

SpecsTracker::~SpecsTracker() = default;

void SpecsTracker::addSource(Sources::Source *source)
{
    if (!source || m_fetchers.contains(source->id()))
        return;
    const QString sourceId = source->id();
    auto *fetcher = new DetailSpecsFetcher(source, this);
    m_fetchers.insert(sourceId, fetcher);
    connect(fetcher, &DetailSpecsFetcher::resolved, this,
            [this, sourceId](const QString &id, const ExtraSpecs &extras) { onDetail(sourceId, id, &extras); });
    connect(fetcher, &DetailSpecsFetcher::failed, this,
            [this, sourceId](const QString &id, const QString &) { onDetail(sourceId, id, nullptr); });
    connect(fetcher, &DetailSpecsFetcher::idle, this, &SpecsTracker::checkIdle);
}

void SpecsTracker::setOnline(PanAutoLookup *lookup, const QString &sourceId)
{
    if (m_online)
        disconnect(m_online, nullptr, this, nullptr);
    m_online = lookup;
    m_onlineSource = sourceId;
    if (!lookup)
        return;
    const auto done = [this](const QString &id) {
        const QString k = key(m_onlineSource, id);
        if (m_waiting.remove(k))
            emit updated(m_onlineSource, id);
        checkIdle();
    };
    connect(lookup, &PanAutoLookup::resolved, this, [done](const QString &id, const ExtraSpecs &) { done(id); });
    connect(lookup, &PanAutoLookup::failed, this, [done](const QString &id, const QString &) { done(id); });
}

ResolvedSpecs SpecsTracker::resolve(const Listing &listing) const
{
    std::optional<ExtraSpecs> detail, online;
    if (const DetailSpecsFetcher *f = m_fetchers.value(listing.source))
        detail = f->cached(listing.id);
    if (m_online && listing.source == m_onlineSource)
        online = m_online->cached(listing.id);
    return m_resolver.resolve(listing, detail ? &*detail : nullptr, online ? &*online : nullptr);
}

void SpecsTracker::request(const QList<Listing> &listings)
{
    for (const Listing &l : listings) {
        const ResolvedSpecs s = resolve(l);
        if (!SpecsResolver::wantsDetail(s))
            continue;
        DetailSpecsFetcher *fetcher = m_details ? m_fetchers.value(l.source) : nullptr;
        const bool detailTried = fetcher && (fetcher->cached(l.id) || fetcher->hasFailed(l.id));
        if (fetcher && !detailTried) {
            m_waiting.insert(key(l.source, l.id), l);
            fetcher->request(l.id);
        } else if (!s.complete() && m_online && l.source == m_onlineSource && !m_online->cached(l.id)) {
            m_waiting.insert(key(l.source, l.id), l);
            m_online->lookup(l.id);
        }
    }
    checkIdle();
}

void SpecsTracker::onDetail(const QString &source, const QString &id, const ExtraSpecs *)
{
    const QString k = key(source, id);
    const auto it = m_waiting.constFind(k);
    if (it == m_waiting.cend())
        return;
    const Listing listing = *it;
    // Still missing a value after the detail: the online lookup, where it is switched on.
    if (!resolve(listing).complete() && m_online && source == m_onlineSource && !m_online->cached(id)) {
        m_online->lookup(id);
    } else {
        m_waiting.remove(k);
    }
    emit updated(source, id);
    checkIdle();
}

void SpecsTracker::cancel()
{
    for (DetailSpecsFetcher *f : std::as_const(m_fetchers))
        f->cancel();
    if (m_online)
        m_online->cancel();
    m_waiting.clear();
    checkIdle();
}

int SpecsTracker::pending() const
{
    return int(m_waiting.size());
}

void SpecsTracker::checkIdle()
{
    if (m_waiting.isEmpty())
        emit idle();
}

} // namespace CarScout::Specs
