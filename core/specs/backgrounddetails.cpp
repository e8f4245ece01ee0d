#include "core/specs/backgrounddetails.h"

#include "core/model/listingtablemodel.h"

namespace CarScout::Specs {

Listing withDetailSpecs(Listing listing, const ExtraSpecs &detail, bool *changed)
{
    bool any = false;
    if (detail.engineCc > 0 && listing.engineCc != detail.engineCc && (listing.engineCc <= 0 || !isExactCc(listing.engineCc))) {
        listing.engineCc = detail.engineCc;
        any = true;
    }
    if (detail.powerHp > 0 && listing.powerHp <= 0) {
        listing.powerHp = detail.powerHp;
        any = true;
    }
    if (detail.fuel != Fuel::Unknown && listing.fuel == Fuel::Unknown) {
        listing.fuel = detail.fuel;
        any = true;
    }
    if (changed)
        *changed = any;
    return listing;
}

BackgroundDetails::BackgroundDetails(Model::ListingTableModel *model, Sources::Source *source, QObject *parent)
    : QObject(parent),
      m_model(model),
      m_source(source),
      m_fetcher(new DetailSpecsFetcher(source, this)),
      m_resolver(std::make_shared<SpecsResolver>())
{
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    onRowsInserted(first, last);
            });
    // A new search clears the model: what was asked for the old rows is no longer wanted.
    connect(model, &QAbstractItemModel::modelReset, this, &BackgroundDetails::cancel);
    connect(m_fetcher, &DetailSpecsFetcher::resolved, this, &BackgroundDetails::onResolved);
    connect(m_fetcher, &DetailSpecsFetcher::idle, this, &BackgroundDetails::idle);
}

BackgroundDetails::~BackgroundDetails() = default;   // the fetcher (a child) aborts its detail in flight

void BackgroundDetails::setResolver(std::shared_ptr<const SpecsResolver> resolver)
{
    if (resolver)
        m_resolver = std::move(resolver);
}

void BackgroundDetails::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        cancel();
}

void BackgroundDetails::cancel()
{
    m_fetcher->cancel();
}

int BackgroundDetails::pending() const
{
    return m_fetcher->pending();
}

int BackgroundDetails::requestsStarted() const
{
    return m_fetcher->requestsStarted();
}

void BackgroundDetails::onRowsInserted(int first, int last)
{
    for (int row = first; row <= last; ++row)
        consider(row);
}

void BackgroundDetails::consider(int row)
{
    if (!m_model || !m_source || row < 0 || row >= m_model->size())
        return;
    const Listing &listing = m_model->listing(row);
    if (listing.source != m_source->id())
        return;
    if (const std::optional<ExtraSpecs> known = m_fetcher->cached(listing.id)) {
        onResolved(listing.id, *known);   // seen in an earlier search: no request
        return;
    }
    if (!m_enabled || m_fetcher->hasFailed(listing.id))
        return;
    if (SpecsResolver::wantsDetail(m_resolver->resolve(listing)))
        m_fetcher->request(listing.id);
}

void BackgroundDetails::onResolved(const QString &id, const ExtraSpecs &extras)
{
    if (!m_model || !m_source)
        return;
    const int row = m_model->rowOf(m_source->id(), id);
    if (row < 0)
        return;   // the row went away (a new search) while its detail was on the way
    bool changed = false;
    const Listing filled = withDetailSpecs(m_model->listing(row), extras, &changed);
    if (!changed || !m_model->setListing(row, filled))
        return;
    ++m_filled;
    emit rowFilled(id);
}

} // namespace CarScout::Specs
