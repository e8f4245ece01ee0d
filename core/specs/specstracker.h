#pragma once

// The resolution of a whole result list, for the GUI and the CLI alike (issue 9): every listing is resolved
// offline at once (list → catalog → the dealer's values); the rows still incomplete or ambiguous go to their
// marketplace's detail in the background, and — opt-in, for the one marketplace it serves — to the online
// lookup when the detail did not settle them. `updated` names each listing whose values changed.
//
//   SpecsTracker tracker;
//   tracker.addSource(source);                   // one detail fetcher per marketplace
//   tracker.request(listings);                   // after each page
//   connect(&tracker, &SpecsTracker::updated, …) // re-read tracker.resolve(listing)

#include "core/specs/detailspecsfetcher.h"
#include "core/specs/panautolookup.h"
#include "core/specs/specsresolver.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace CarScout::Specs {

class SpecsTracker : public QObject
{
    Q_OBJECT
public:
    explicit SpecsTracker(QObject *parent = nullptr);
    ~SpecsTracker() override;

    SpecsResolver &resolver() { return m_resolver; }
    const SpecsResolver &resolver() const { return m_resolver; }

    void addSource(Sources::Source *source);
    void setDetailsEnabled(bool enabled) { m_details = enabled; }   // CLI --no-details
    // The opt-in online lookup for listings of `sourceId` (nullptr = off, the default and demo mode).
    void setOnline(PanAutoLookup *lookup, const QString &sourceId);

    // The listing's values with every detail/online answer received so far.
    ResolvedSpecs resolve(const Listing &listing) const;
    // Starts the background steps for the listings that want them; no request for complete ones.
    void request(const QList<Listing> &listings);
    void cancel();
    int pending() const;

signals:
    void updated(const QString &source, const QString &id);
    void idle();   // nothing pending any more

private:
    QString key(const QString &source, const QString &id) const { return source + u'\x1f' + id; }
    void onDetail(const QString &source, const QString &id, const ExtraSpecs *extras);
    void checkIdle();

    SpecsResolver m_resolver;
    QHash<QString, DetailSpecsFetcher *> m_fetchers;   // by source id, children of this
    QHash<QString, Listing> m_waiting;                 // key → listing, while a detail or lookup is pending
    QPointer<PanAutoLookup> m_online;
    QString m_onlineSource;
    bool m_details = true;
};

} // namespace CarScout::Specs
