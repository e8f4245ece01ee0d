#pragma once

// Encar (api.encar.com) as a CarScout Source: catalog from iNav facets, paged search with duplicate folding,
// detail with inspection report and accident record. All HTTP goes through Net::HttpClient (source "encar").

#include "core/net/sourcepolicy.h"
#include "core/sources/source.h"
#include "core/sources/terms.h"

namespace CarScout::Net {
class HttpClient;
}

namespace CarScout::Sources::Encar {

inline constexpr const char *kSourceId = "encar";
inline constexpr const char *kApiHost = "api.encar.com";

// The seed's pacing (0.5 s between requests, 1–3 s every 20th) plus the headers Encar's web frontend sends.
Net::SourcePolicy sourcePolicy();
// What Encar is (id, name, currency, filter-tree levels, hosts, policy).
SourceInfo sourceInfo();

QUrl vehicleUrl(const QString &id);
QUrl inspectionUrl(const QString &vehicleId);
QUrl recordUrl(const QString &vehicleId, const QString &vehicleNo);

class EncarSource : public Source
{
    Q_OBJECT
public:
    // Does not touch the client's policy for "encar": the registry installs sourcePolicy(), tests their own.
    EncarSource(Net::HttpClient &client, TermDictionary terms, QObject *parent = nullptr);

    CatalogJob *catalog(const QStringList &path) override;
    SearchJob *search(const SearchQuery &query) override;
    DetailJob *detail(const QString &id) override;

private:
    Net::HttpClient &m_client;
    TermDictionary m_terms;
};

} // namespace CarScout::Sources::Encar
