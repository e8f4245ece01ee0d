#pragma once

// The jobs behind Che168Source (private to the source; tests drive them through it).

#include "core/common/clock.h"
#include "core/net/httptypes.h"
#include "core/sources/che168/che168listparser.h"
#include "core/sources/che168/che168query.h"
#include "core/sources/jobbase.h"
#include "core/sources/source.h"
#include "core/sources/terms.h"

#include <functional>
#include <memory>

namespace CarScout::Sources::Che168 {

class Che168Source;

// Turns a filter-tree path of ids or names ("15" or "宝马"/"BMW") into ids, fetching the levels it needs to look
// names up. Calls `done` once (not after cancel()).
class Che168PathResolver
{
public:
    using Done = std::function<void(const QStringList &ids, const QString &brandName, const JobError &error)>;
    Che168PathResolver(JobCore &core, const TermDictionary &terms, QObject *context, const Clock &clock);
    void resolve(const QStringList &path, Done done);
    void cancel() { m_canceled = true; }

private:
    void step();

    JobCore &m_core;
    const TermDictionary &m_terms;
    QObject *m_context;
    const Clock &m_clock;
    QStringList m_path, m_ids;
    QString m_brandName;
    Done m_done;
    bool m_canceled = false;
};

class Che168SearchJob final : public SearchJobBase
{
    Q_OBJECT
public:
    Che168SearchJob(Net::HttpClient &client, Che168Source &source, const TermDictionary &terms,
                    const SearchQuery &query, QObject *parent);

private:
    // Continuation: the page index, from 1.
    void prepare(std::function<void(const JobError &error)> ready) override;
    QString firstCursor() const override { return u"1"_qs; }
    std::optional<Net::HttpRequest> pageRequest(const QString &cursor, JobError *error) override;
    PageParser pageParser() const override;
    QString nextCursor(const QString &cursor, const ParsedPage &page) override;
    QString pageLabel(const QString &cursor) const override;
    QList<Listing> keep(const QList<Listing> &unseen, const ParsedPage &page) override;
    void onCanceled() override { m_resolver.cancel(); }

    Che168Source &m_source;
    TermDictionary m_terms;
    Che168PathResolver m_resolver;
    QueryPlan m_plan;
    ListContext m_context;
    int m_year = 0;
};

class Che168CatalogJob final : public CatalogJobBase
{
    Q_OBJECT
public:
    Che168CatalogJob(Net::HttpClient &client, Che168Source &source, const TermDictionary &terms,
                     const QStringList &path, QObject *parent);

private:
    void start() override;
    void onCanceled() override { m_resolver.cancel(); }

    Che168Source &m_source;
    TermDictionary m_terms;
    QStringList m_path;
    Che168PathResolver m_resolver;
};

class Che168DetailJob final : public DetailJobBase
{
    Q_OBJECT
public:
    Che168DetailJob(Net::HttpClient &client, Che168Source &source, const TermDictionary &terms, const QString &infoId,
                    QObject *parent);

    // Called by the source for a job that waited for another fetch of the same car.
    void deliver(const ListingDetail &detail, const JobError &error) { finish(detail, error); }
    void restart() { start(); }

private:
    void start() override;
    void onCanceled() override;
    void onCarInfo(const Net::HttpResponse &response);
    void onParams(const Net::HttpResponse &response);
    void done(const ListingDetail &detail, const JobError &error);
    JobError capError(const QString &what, const Net::HttpResponse &response) const;

    Che168Source &m_source;
    TermDictionary m_terms;
    QString m_id;
    QString m_host;
    bool m_leading = false;    // this job fetches; others for the same car wait for it
    int m_lastStatus = 0;
    struct Info;
    std::shared_ptr<Info> m_info;
};

} // namespace CarScout::Sources::Che168
