#pragma once

// KB ChaChaCha (www.kbchachacha.com) as a CarScout Source: filter tree from the catalog JSON endpoints
// (maker → class → car → model → grade, keys = KB codes; names are accepted too and looked up), search over the
// list.empty HTML fragment (only the "전체" section; deduplicated by carSeq; paged until an empty/short page, the
// limit or maxPages), and detail pages. All HTTP goes through Net::HttpClient with source id "kbchachacha".

#include "core/net/sourcepolicy.h"
#include "core/sources/source.h"
#include "core/sources/terms.h"

namespace CarScout::Net {
class HttpClient;
}

namespace CarScout::Sources::Kb {

// What KB ChaChaCha is (id, name, currency, filter-tree levels, hosts, policy).
SourceInfo sourceInfo();

class KbChaChaChaSource : public Source
{
    Q_OBJECT
public:
    // Does not touch the client's policy for "kbchachacha": the registry installs Kb::sourcePolicy()
    // (kbrequests.h), tests their own.
    KbChaChaChaSource(Net::HttpClient &client, TermDictionary terms, QObject *parent = nullptr);

    CatalogJob *catalog(const QStringList &path) override;
    SearchJob *search(const SearchQuery &query) override;
    DetailJob *detail(const QString &id) override;

private:
    Net::HttpClient &m_client;
    TermDictionary m_terms;
};

} // namespace CarScout::Sources::Kb
