#pragma once

// The lifecycle every marketplace job shares, written once: the "done" guard, cancel (the job's request group,
// finished(Canceled) exactly once), finish + deleteLater, the marketplace's request transform, and for searches
// the page loop (limit, maxPages, progress, dedupe by id, off-thread parsing, continuation).
//
// A marketplace supplies only what is its own: the request for a page / a catalog level / a detail, and how to
// parse a body. The jobs start from the event loop, so a caller connects to their signals first.

#include "core/net/httptypes.h"
#include "core/sources/source.h"
#include "core/sources/sourcejobs.h"

#include <QSet>

#include <any>
#include <functional>
#include <optional>

namespace CarScout::Net {
class HttpClient;
}

namespace CarScout::Sources {

// A job's requests: one group per job, the source's id and transform on each, and answers delivered only while
// the job runs.
class JobCore
{
public:
    JobCore(Net::HttpClient &client, const Source &source);

    Net::HttpClient &client() const { return m_client; }
    const SourceInfo &info() const { return m_info; }
    quint64 group() const { return m_group; }
    bool isDone() const { return m_done; }

    // Marks the job done and cancels its requests still in flight; false when it was done already.
    bool close();

    // Sends `request` as one of the job's; `handler` runs on `context` unless the job is done by then.
    void send(Net::HttpRequest request, QObject *context, std::function<void(const Net::HttpResponse &)> handler);

private:
    Net::HttpClient &m_client;
    SourceInfo m_info;
    RequestTransform m_transform;
    quint64 m_group = 0;
    bool m_done = false;
};

class CatalogJobBase : public CatalogJob
{
    Q_OBJECT
public:
    CatalogJobBase(Net::HttpClient &client, const Source &source, QObject *parent);
    void cancel() final;

protected:
    virtual void start() = 0;      // once, from the event loop
    virtual void onCanceled() {}   // before finished(Canceled)

    JobCore &core() { return m_core; }
    void send(const Net::HttpRequest &request, std::function<void(const Net::HttpResponse &)> handler);
    void finish(const QList<FilterNode> &children, const JobError &error = {});
    void fail(const JobError &error) { finish({}, error); }

private:
    JobCore m_core;
};

class DetailJobBase : public DetailJob
{
    Q_OBJECT
public:
    DetailJobBase(Net::HttpClient &client, const Source &source, QObject *parent);
    void cancel() final;

protected:
    virtual void start() = 0;
    virtual void onCanceled() {}

    JobCore &core() { return m_core; }
    void send(const Net::HttpRequest &request, std::function<void(const Net::HttpResponse &)> handler);
    void finish(const ListingDetail &detail, const JobError &error = {});
    void fail(const JobError &error) { finish({}, error); }

    // Runs `work` on the thread pool (it must own copies of all it reads) and `done` here unless finished.
    template<typename Work, typename Done>
    void offThread(Work work, Done done)
    {
        runOffThread(this, std::move(work), [this, done = std::move(done)](const auto &result) {
            if (!m_core.isDone())
                done(result);
        });
    }

private:
    JobCore m_core;
};

// What a marketplace's list parser makes of one page.
struct ParsedPage
{
    QList<Listing> listings;     // in the marketplace's order, duplicates allowed
    JobError error;              // the page as a whole could not be read
    QStringList warnings;        // records skipped, each naming the record and why
    int rows = -1;               // records on the page before any folding; -1 = listings.size()
    int totalAvailable = -1;     // the marketplace's count of matching listings, -1 when not given
    bool lastPage = false;       // the page says none follows (pager, "no results" marker)
    std::any extra;              // the marketplace's own page data, for its keep()
};

class SearchJobBase : public SearchJob
{
    Q_OBJECT
public:
    SearchJobBase(Net::HttpClient &client, const Source &source, const SearchQuery &query, QObject *parent);
    void cancel() final;

protected:
    // Parses a page body; runs on the thread pool, so it holds copies of everything it reads.
    using PageParser = std::function<ParsedPage(const Net::HttpResponse &response)>;

    // Before the first page (e.g. resolving names of the filter tree to codes); calls `ready` once.
    virtual void prepare(std::function<void(const JobError &error)> ready) { ready({}); }
    virtual QString firstCursor() const = 0;   // the continuation of the first page
    // The request for the page at `cursor`; nothing (and `error` set) when the query cannot be asked.
    virtual std::optional<Net::HttpRequest> pageRequest(const QString &cursor, JobError *error) = 0;
    virtual PageParser pageParser() const = 0;
    // The page after `cursor` given what it brought; empty when none follows.
    virtual QString nextCursor(const QString &cursor, const ParsedPage &page) = 0;
    // "Encar list page at offset 40": names the page in errors.
    virtual QString pageLabel(const QString &cursor) const = 0;
    // What to show of a page: `unseen` are its listings with an id not seen before in this job; a marketplace
    // may filter them (a keyword) or fold copies of one vehicle (from page.extra).
    virtual QList<Listing> keep(const QList<Listing> &unseen, const ParsedPage &page)
    {
        Q_UNUSED(page);
        return unseen;
    }
    virtual void onCanceled() {}

    JobCore &core() { return m_core; }
    const SearchQuery &query() const { return m_query; }
    void finish(const JobError &error);

private:
    void requestPage();
    void onResponse(const Net::HttpResponse &response);
    void onParsed(const ParsedPage &page);
    bool limitReached() const;

    JobCore m_core;
    SearchQuery m_query;
    QString m_cursor;
    SearchProgress m_progress;
    QSet<QString> m_seen;
};

} // namespace CarScout::Sources
