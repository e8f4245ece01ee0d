#pragma once

// The jobs behind KbChaChaChaSource (private to the source; tests drive them through the source).

#include "core/net/httptypes.h"
#include "core/sources/kbchachacha/kbdetailparser.h"
#include "core/sources/kbchachacha/kblistparser.h"
#include "core/sources/jobbase.h"
#include "core/sources/source.h"
#include "core/sources/terms.h"

#include <functional>

namespace CarScout::Net {
class HttpClient;
}

namespace CarScout::Sources::Kb {

JobError parseError(const QString &message);

// Turns a filter-tree path of codes or names ("101" or "현대"/"Hyundai") into codes, fetching the catalog levels
// it needs to look names up. Calls `done` once (not after cancel()).
class KbPathResolver
{
public:
    using Done = std::function<void(const QStringList &codes, const QString &carName, const JobError &error)>;
    KbPathResolver(Net::HttpClient &client, const TermDictionary &terms, QObject *context, quint64 group);
    void resolve(const QStringList &path, Done done);
    void cancel() { m_canceled = true; }

private:
    void step();

    Net::HttpClient &m_client;
    const TermDictionary &m_terms;
    QObject *m_context;
    quint64 m_group;
    QStringList m_path, m_codes;
    QString m_carName;
    Done m_done;
    bool m_canceled = false;
};

class KbSearchJob final : public SearchJobBase
{
    Q_OBJECT
public:
    KbSearchJob(Net::HttpClient &client, const Source &source, const TermDictionary &terms, const SearchQuery &query,
                QObject *parent);

private:
    // Continuation: the page number, from 1.
    void prepare(std::function<void(const JobError &error)> ready) override;
    QString firstCursor() const override { return u"1"_qs; }
    std::optional<Net::HttpRequest> pageRequest(const QString &cursor, JobError *error) override;
    PageParser pageParser() const override;
    QString nextCursor(const QString &cursor, const ParsedPage &page) override;
    QString pageLabel(const QString &cursor) const override;
    QList<Listing> keep(const QList<Listing> &unseen, const ParsedPage &page) override;
    void onCanceled() override { m_resolver.cancel(); }

    TermDictionary m_terms;
    KbPathResolver m_resolver;
    QStringList m_codes;
    KbListContext m_context;
    int m_largestPage = 0;
};

class KbCatalogJob final : public CatalogJobBase
{
    Q_OBJECT
public:
    KbCatalogJob(Net::HttpClient &client, const Source &source, const TermDictionary &terms, const QStringList &path,
                 QObject *parent);

private:
    void start() override;
    void onCanceled() override { m_resolver.cancel(); }
    void requestLevel(const QStringList &codes);

    TermDictionary m_terms;
    QStringList m_path;
    KbPathResolver m_resolver;
};

class KbDetailJob final : public DetailJobBase
{
    Q_OBJECT
public:
    KbDetailJob(Net::HttpClient &client, const Source &source, const TermDictionary &terms, const QString &carSeq,
                QObject *parent);

private:
    void start() override;

    TermDictionary m_terms;
    QString m_seq;
};

} // namespace CarScout::Sources::Kb
