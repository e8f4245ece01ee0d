#pragma once

// The jobs behind the two Bobaedream sources (private to them; tests drive them through the sources). Each only
// sequences the steps of bobaesteps.h on the job base.

#include "core/sources/jobbase.h"
#include "core/sources/terms.h"

namespace CarScout::Sources::Bobae {

enum class Section { Bikes, Cars };

class BobaeSearchJob final : public SearchJobBase
{
    Q_OBJECT
public:
    BobaeSearchJob(Net::HttpClient &client, const Source &source, Section section, const TermDictionary &terms,
                   const SearchQuery &query, QObject *parent);

private:
    // Continuation: the page number, from 1.
    QString firstCursor() const override { return u"1"_qs; }
    std::optional<Net::HttpRequest> pageRequest(const QString &cursor, JobError *error) override;
    PageParser pageParser() const override;
    QString nextCursor(const QString &cursor, const ParsedPage &page) override;
    QString pageLabel(const QString &cursor) const override;
    QList<Listing> keep(const QList<Listing> &unseen, const ParsedPage &page) override;

    Section m_section;
    TermDictionary m_terms;
};

class BobaeCatalogJob final : public CatalogJobBase
{
    Q_OBJECT
public:
    BobaeCatalogJob(Net::HttpClient &client, const Source &source, Section section, const TermDictionary &terms,
                    const QStringList &path, QObject *parent);

private:
    void start() override;
    void requestBikeLevel(bool parentDepth);

    Section m_section;
    TermDictionary m_terms;
    QStringList m_path;
};

class BobaeDetailJob final : public DetailJobBase
{
    Q_OBJECT
public:
    BobaeDetailJob(Net::HttpClient &client, const Source &source, Section section, const TermDictionary &terms,
                   const QString &id, QObject *parent);

private:
    void start() override;

    Section m_section;
    TermDictionary m_terms;
    QString m_id;
};

} // namespace CarScout::Sources::Bobae
