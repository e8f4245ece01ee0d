#pragma once

// Step 3 of the resolution for a result table (issue 9): the rows the offline steps (list → catalog → the
// dealer's values) leave without displacement or power, or with a range, get their marketplace's detail in the
// background — one at a time through the Source, so at the marketplace's pace — and what the detail says goes
// into the row itself (ListingTableModel::setListing), so the cost columns fill in. Rows arrive page by page
// (rowsInserted); a reset of the model (a new search) cancels what is queued, and so does destroying this
// (closing the pane). Answers are cached per listing id for the session: a row seen again costs no request.
// A detail that fails (404, timeout, breaker open, a paused host) leaves the row as it was and is not asked
// again; it never fails the search.
//
//   auto *details = new BackgroundDetails(pane->listingModel(), pane->source(), pane);
//   details->setResolver(resolver);   // the same catalog and dealer values the cost columns use

#include "core/specs/detailspecsfetcher.h"
#include "core/specs/specsresolver.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace CarScout::Model {
class ListingTableModel;
}

namespace CarScout::Specs {

// The listing with the detail's values in the fields the listing lacks (displacement also when the listing's
// is only a nominal one read from a title); `changed` says whether anything was filled.
Listing withDetailSpecs(Listing listing, const ExtraSpecs &detail, bool *changed = nullptr);

class BackgroundDetails : public QObject
{
    Q_OBJECT
public:
    // Follows `model` (rows of `source` only); both must outlive this or be its parents.
    BackgroundDetails(Model::ListingTableModel *model, Sources::Source *source, QObject *parent = nullptr);
    ~BackgroundDetails() override;

    void setResolver(std::shared_ptr<const SpecsResolver> resolver);
    void setEnabled(bool enabled);   // off: nothing new is asked (what is running is canceled)
    bool isEnabled() const { return m_enabled; }

    void cancel();                   // drops the queue and aborts the detail in flight; the cache stays
    int pending() const;             // details queued or in flight
    int requestsStarted() const;     // details asked from the marketplace so far
    int rowsFilled() const { return m_filled; }

signals:
    void rowFilled(const QString &id);   // a row got values from its detail
    void idle();                         // nothing queued or in flight any more

private:
    void onRowsInserted(int first, int last);
    void consider(int row);
    void onResolved(const QString &id, const ExtraSpecs &extras);

    QPointer<Model::ListingTableModel> m_model;
    QPointer<Sources::Source> m_source;
    DetailSpecsFetcher *m_fetcher;
    std::shared_ptr<const SpecsResolver> m_resolver;
    bool m_enabled = true;
    int m_filled = 0;
};

} // namespace CarScout::Specs
