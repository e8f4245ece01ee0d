#include "core/sources/kbchachacha/kbsource.h"

#include "core/sources/kbchachacha/kbcatalogparser.h"
#include "core/sources/kbchachacha/kbjobs.h"
#include "core/sources/kbchachacha/kbvalues.h"

namespace CarScout::Sources::Kb {

KbChaChaChaSource::KbChaChaChaSource(Net::HttpClient &client, TermDictionary terms, QObject *parent)
    : Source(parent), m_client(client), m_terms(std::move(terms))
{
}

QString KbChaChaChaSource::id() const { return QString::fromLatin1(kSourceId); }
QString KbChaChaChaSource::displayName() const { return u"KB ChaChaCha"_qs; }
QString KbChaChaChaSource::currency() const { return u"KRW"_qs; }

QStringList KbChaChaChaSource::catalogLevels() const
{
    QStringList levels;
    for (const char *l : kLevels)
        levels << QString::fromLatin1(l);
    return levels;
}

QStringList KbChaChaChaSource::upstreamHosts() const
{
    return {QString::fromLatin1(kWebHost), QString::fromLatin1(kImageHost)};
}

CatalogJob *KbChaChaChaSource::catalog(const QStringList &path)
{
    return new KbCatalogJob(m_client, m_terms, path, this);
}

SearchJob *KbChaChaChaSource::search(const SearchQuery &query)
{
    return new KbSearchJob(m_client, m_terms, query, this);
}

DetailJob *KbChaChaChaSource::detail(const QString &id)
{
    return new KbDetailJob(m_client, m_terms, id, this);
}

} // namespace CarScout::Sources::Kb
