#pragma once

// The jobs behind EncarSource (private to the source; tests drive them through EncarSource).

#include "core/net/httptypes.h"
#include "core/sources/encar/encardetailparser.h"
#include "core/sources/encar/encarlistparser.h"
#include "core/sources/source.h"
#include "core/sources/terms.h"

#include <QPointer>

namespace CarScout::Net {
class HttpClient;
}

namespace CarScout::Sources::Encar {

class EncarSearchJob final : public SearchJob
{
    Q_OBJECT
public:
    EncarSearchJob(Net::HttpClient &client, const TermDictionary &terms, const SearchQuery &query, QObject *parent);
    void cancel() override;

private:
    struct Parsed
    {
        EncarListPage page;
        JobError error;
    };

    void requestPage();
    void onResponse(const Net::HttpResponse &response);
    void onParsed(const Parsed &parsed);
    void finish(const JobError &error);

    Net::HttpClient &m_client;
    TermDictionary m_terms;
    SearchQuery m_query;
    QString m_q;
    QString m_sort;
    quint64 m_group = 0;
    int m_offset = 0;
    int m_requested = 0;
    SearchProgress m_progress;
    DuplicateFolder m_folder;
    bool m_done = false;
};

class EncarCatalogJob final : public CatalogJob
{
    Q_OBJECT
public:
    EncarCatalogJob(Net::HttpClient &client, const TermDictionary &terms, const QStringList &path, QObject *parent);
    void cancel() override;

private:
    void requestNext();
    void finish(const QList<FilterNode> &children, const JobError &error);

    Net::HttpClient &m_client;
    TermDictionary m_terms;
    QList<QStringList> m_paths;   // the path as given; without a car type also under Y and under N
    qsizetype m_attempt = 0;
    quint64 m_group = 0;
    bool m_done = false;
};

class EncarDetailJob final : public DetailJob
{
    Q_OBJECT
public:
    EncarDetailJob(Net::HttpClient &client, const TermDictionary &terms, const QString &id, QObject *parent);
    void cancel() override;

private:
    void onDetail(const Net::HttpResponse &response);
    void onInspection(const Net::HttpResponse &response);
    void onRecord(const Net::HttpResponse &response);
    void maybeFinish();
    void finish(const JobError &error);

    Net::HttpClient &m_client;
    TermDictionary m_terms;
    QString m_id;
    quint64 m_group = 0;
    EncarDetail m_detail;
    int m_pending = 0;
    QList<DetailField> m_notes;
    bool m_done = false;
};

} // namespace CarScout::Sources::Encar
