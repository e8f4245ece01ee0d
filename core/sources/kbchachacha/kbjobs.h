#pragma once

// The jobs behind KbChaChaChaSource (private to the source; tests drive them through the source).

#include "core/net/httptypes.h"
#include "core/sources/kbchachacha/kbdetailparser.h"
#include "core/sources/kbchachacha/kblistparser.h"
#include "core/sources/source.h"
#include "core/sources/terms.h"

#include <QSet>

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

class KbSearchJob final : public SearchJob
{
    Q_OBJECT
public:
    KbSearchJob(Net::HttpClient &client, const TermDictionary &terms, const SearchQuery &query, QObject *parent);
    void cancel() override;

private:
    void requestPage();
    void onResponse(const Net::HttpResponse &response);
    void onParsed(const KbListPage &page);
    void finish(const JobError &error);

    Net::HttpClient &m_client;
    TermDictionary m_terms;
    SearchQuery m_query;
    quint64 m_group = 0;
    KbPathResolver m_resolver;
    QStringList m_codes;
    KbListContext m_context;
    int m_page = 0;
    int m_largestPage = 0;
    SearchProgress m_progress;
    QSet<QString> m_seen;
    bool m_done = false;
};

class KbCatalogJob final : public CatalogJob
{
    Q_OBJECT
public:
    KbCatalogJob(Net::HttpClient &client, const TermDictionary &terms, const QStringList &path, QObject *parent);
    void cancel() override;

private:
    void finish(const QList<FilterNode> &children, const JobError &error);

    Net::HttpClient &m_client;
    TermDictionary m_terms;
    quint64 m_group = 0;
    KbPathResolver m_resolver;
    bool m_done = false;
};

class KbDetailJob final : public DetailJob
{
    Q_OBJECT
public:
    KbDetailJob(Net::HttpClient &client, const TermDictionary &terms, const QString &carSeq, QObject *parent);
    void cancel() override;

private:
    void finish(const ListingDetail &detail, const JobError &error);

    Net::HttpClient &m_client;
    TermDictionary m_terms;
    QString m_seq;
    quint64 m_group = 0;
    bool m_done = false;
};

} // namespace CarScout::Sources::Kb
