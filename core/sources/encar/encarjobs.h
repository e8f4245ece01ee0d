#pragma once

// The jobs behind EncarSource (private to the source; tests drive them through EncarSource).

#include "core/net/httptypes.h"
#include "core/sources/encar/encardetailparser.h"
#include "core/sources/encar/encarlistparser.h"
#include "core/sources/jobbase.h"
#include "core/sources/source.h"
#include "core/sources/terms.h"


namespace CarScout::Net {
class HttpClient;
}

namespace CarScout::Sources::Encar {

class EncarSearchJob final : public SearchJobBase
{
    Q_OBJECT
public:
    EncarSearchJob(Net::HttpClient &client, const Source &source, const TermDictionary &terms,
                   const SearchQuery &query, QObject *parent);

private:
    // Continuation: the row offset of the page.
    QString firstCursor() const override { return u"0"_qs; }
    std::optional<Net::HttpRequest> pageRequest(const QString &cursor, JobError *error) override;
    PageParser pageParser() const override;
    QString nextCursor(const QString &cursor, const ParsedPage &page) override;
    QString pageLabel(const QString &cursor) const override;
    QList<Listing> keep(const QList<Listing> &unseen, const ParsedPage &page) override;

    TermDictionary m_terms;
    QString m_q;
    QString m_sort;
    int m_pageSize = 50;
    DuplicateFolder m_folder;
};

class EncarCatalogJob final : public CatalogJobBase
{
    Q_OBJECT
public:
    EncarCatalogJob(Net::HttpClient &client, const Source &source, const TermDictionary &terms,
                    const QStringList &path, QObject *parent);

private:
    void start() override;

    TermDictionary m_terms;
    QList<QStringList> m_paths;   // the path as given; without a car type also under Y and under N
    qsizetype m_attempt = 0;
};

class EncarDetailJob final : public DetailJobBase
{
    Q_OBJECT
public:
    EncarDetailJob(Net::HttpClient &client, const Source &source, const TermDictionary &terms, const QString &id,
                   QObject *parent);

private:
    void start() override;
    void onDetail(const Net::HttpResponse &response);
    void onInspection(const Net::HttpResponse &response);
    void onRecord(const Net::HttpResponse &response);
    void maybeFinish();

    TermDictionary m_terms;
    QString m_id;
    EncarDetail m_detail;
    int m_pending = 0;
    QList<DetailField> m_notes;
};

} // namespace CarScout::Sources::Encar
