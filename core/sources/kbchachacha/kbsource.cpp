#include "core/sources/kbchachacha/kbsource.h"

#include "core/sources/kbchachacha/kbcatalogparser.h"
#include "core/sources/kbchachacha/kbrequests.h"
#include "core/sources/kbchachacha/kbjobs.h"
#include "core/sources/kbchachacha/kbvalues.h"

#include <QCoreApplication>

#include <iterator>

namespace CarScout::Sources::Kb {

SourceInfo sourceInfo()
{
    SourceInfo info;
    info.id = QString::fromLatin1(kSourceId);
    info.displayName = u"KB ChaChaCha"_qs;
    info.currency = u"KRW"_qs;
    info.country = u"KR"_qs;
    static const char *const kTitles[] = {
        QT_TRANSLATE_NOOP("SourceLevels", "Make"), QT_TRANSLATE_NOOP("SourceLevels", "Model"),
        QT_TRANSLATE_NOOP("SourceLevels", "Car"), QT_TRANSLATE_NOOP("SourceLevels", "Generation"),
        QT_TRANSLATE_NOOP("SourceLevels", "Trim")};
    static_assert(std::size(kTitles) == std::size(kLevels));
    for (size_t i = 0; i < std::size(kLevels); ++i)
        info.levels.append({QString::fromLatin1(kLevels[i]), kTitles[i]});
    info.upstreamHosts = {QString::fromLatin1(kWebHost), QString::fromLatin1(kImageHost)};
    info.policy = sourcePolicy();
    return info;
}

KbChaChaChaSource::KbChaChaChaSource(Net::HttpClient &client, TermDictionary terms, QObject *parent)
    : Source(sourceInfo(), parent), m_client(client), m_terms(std::move(terms))
{
}

CatalogJob *KbChaChaChaSource::catalog(const QStringList &path)
{
    return new KbCatalogJob(m_client, *this, m_terms, path, this);
}

SearchJob *KbChaChaChaSource::search(const SearchQuery &query)
{
    return new KbSearchJob(m_client, *this, m_terms, query, this);
}

DetailJob *KbChaChaChaSource::detail(const QString &id)
{
    return new KbDetailJob(m_client, *this, m_terms, id, this);
}

} // namespace CarScout::Sources::Kb
