#include "core/sources/bobaedream/bobaesource.h"

#include "core/sources/bobaedream/bobaecatalog.h"
#include "core/sources/bobaedream/bobaejobs.h"
#include "core/sources/bobaedream/bobaerequests.h"
#include "core/sources/bobaedream/bobaevalues.h"

#include <QCoreApplication>

#include <iterator>

namespace CarScout::Sources::Bobae {

SourceInfo bikeSourceInfo()
{
    SourceInfo info;
    info.id = QString::fromLatin1(kBikeSourceId);
    info.displayName = u"Bobaedream"_qs;
    info.vehicleKind = VehicleKind::Motorcycle;   // the motorcycle customs route
    info.currency = u"KRW"_qs;
    info.country = u"KR"_qs;
    static const char *const kTitles[] = {
        QT_TRANSLATE_NOOP("SourceLevels", "Category"), QT_TRANSLATE_NOOP("SourceLevels", "Make"),
        QT_TRANSLATE_NOOP("SourceLevels", "Model"), QT_TRANSLATE_NOOP("SourceLevels", "Version")};
    static_assert(std::size(kTitles) == std::size(kBikeLevels));
    for (size_t i = 0; i < std::size(kBikeLevels); ++i)
        info.levels.append({QString::fromLatin1(kBikeLevels[i]), kTitles[i]});
    info.upstreamHosts = {QString::fromLatin1(kWebHost), QString::fromLatin1(kBikePhotoHost)};
    info.policy = bikeSourcePolicy();
    return info;
}

SourceInfo carSourceInfo()
{
    SourceInfo info;
    info.id = QString::fromLatin1(kCarSourceId);
    info.displayName = u"Bobaedream Cars"_qs;
    info.vehicleKind = VehicleKind::Car;
    info.currency = u"KRW"_qs;
    info.country = u"KR"_qs;
    static const char *const kTitles[] = {QT_TRANSLATE_NOOP("SourceLevels", "Make"),
                                          QT_TRANSLATE_NOOP("SourceLevels", "Model")};
    static_assert(std::size(kTitles) == std::size(kCarLevels));
    for (size_t i = 0; i < std::size(kCarLevels); ++i)
        info.levels.append({QString::fromLatin1(kCarLevels[i]), kTitles[i]});
    info.upstreamHosts = {QString::fromLatin1(kMobileHost), QString::fromLatin1(kWebHost), u"file2.bobaedream.co.kr"_qs};
    info.policy = carSourcePolicy();
    return info;
}

BikeSource::BikeSource(Net::HttpClient &client, TermDictionary terms, QObject *parent)
    : Source(bikeSourceInfo(), parent), m_client(client), m_terms(std::move(terms))
{
}

CatalogJob *BikeSource::catalog(const QStringList &path)
{
    return new BobaeCatalogJob(m_client, *this, Section::Bikes, m_terms, path, this);
}

SearchJob *BikeSource::search(const SearchQuery &query)
{
    return new BobaeSearchJob(m_client, *this, Section::Bikes, m_terms, query, this);
}

DetailJob *BikeSource::detail(const QString &id)
{
    return new BobaeDetailJob(m_client, *this, Section::Bikes, m_terms, id, this);
}

CarSource::CarSource(Net::HttpClient &client, TermDictionary terms, QObject *parent)
    : Source(carSourceInfo(), parent), m_client(client), m_terms(std::move(terms))
{
}

CatalogJob *CarSource::catalog(const QStringList &path)
{
    return new BobaeCatalogJob(m_client, *this, Section::Cars, m_terms, path, this);
}

SearchJob *CarSource::search(const SearchQuery &query)
{
    return new BobaeSearchJob(m_client, *this, Section::Cars, m_terms, query, this);
}

DetailJob *CarSource::detail(const QString &id)
{
    return new BobaeDetailJob(m_client, *this, Section::Cars, m_terms, id, this);
}

} // namespace CarScout::Sources::Bobae
