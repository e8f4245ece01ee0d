#include "core/sources/encar/encarsource.h"

#include "core/net/httpclient.h"
#include "core/sources/encar/encarjobs.h"
#include "core/sources/encar/encarquery.h"

#include <QCoreApplication>

namespace CarScout::Sources::Encar {

Net::SourcePolicy sourcePolicy()
{
    Net::SourcePolicy policy;
    policy.rate = {500, 0, 20, 1000, 3000, 6};
    policy.headers = {
        {"Accept", "application/json, text/javascript, */*; q=0.01"},
        {"Origin", "http://www.encar.com"},
        {"Referer", "http://www.encar.com/"},
        {"Sec-Fetch-Dest", "empty"},
        {"Sec-Fetch-Mode", "cors"},
        {"Sec-Fetch-Site", "same-site"},
    };
    return policy;
}

QUrl vehicleUrl(const QString &id)
{
    return QUrl(u"https://api.encar.com/v1/readside/vehicle/"_qs + QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

QUrl inspectionUrl(const QString &vehicleId)
{
    return QUrl(u"https://api.encar.com/v1/readside/inspection/vehicle/"_qs
                + QString::fromLatin1(QUrl::toPercentEncoding(vehicleId)));
}

QUrl recordUrl(const QString &vehicleId, const QString &vehicleNo)
{
    const QByteArray url = "https://api.encar.com/v1/readside/record/vehicle/" + QUrl::toPercentEncoding(vehicleId)
        + "/open?vehicleNo=" + QUrl::toPercentEncoding(vehicleNo);
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

SourceInfo sourceInfo()
{
    SourceInfo info;
    info.id = QString::fromLatin1(kSourceId);
    info.displayName = u"Encar"_qs;
    info.currency = u"KRW"_qs;
    info.country = u"KR"_qs;
    info.levels = {
        {levelKey(0), QT_TRANSLATE_NOOP("SourceLevels", "Type")},
        {levelKey(1), QT_TRANSLATE_NOOP("SourceLevels", "Make")},
        {levelKey(2), QT_TRANSLATE_NOOP("SourceLevels", "Model")},
        {levelKey(3), QT_TRANSLATE_NOOP("SourceLevels", "Generation")},
        {levelKey(4), QT_TRANSLATE_NOOP("SourceLevels", "Engine")},
        {levelKey(5), QT_TRANSLATE_NOOP("SourceLevels", "Trim")},
        {levelKey(6), QT_TRANSLATE_NOOP("SourceLevels", "Variant")},
    };
    static_assert(kLevelCount == 7);
    info.upstreamHosts = {QString::fromLatin1(kApiHost), u"ci.encar.com"_qs};
    info.policy = sourcePolicy();
    return info;
}

EncarSource::EncarSource(Net::HttpClient &client, TermDictionary terms, QObject *parent)
    : Source(sourceInfo(), parent), m_client(client), m_terms(std::move(terms))
{
}

CatalogJob *EncarSource::catalog(const QStringList &path)
{
    return new EncarCatalogJob(m_client, *this, m_terms, path, this);
}

SearchJob *EncarSource::search(const SearchQuery &query)
{
    return new EncarSearchJob(m_client, *this, m_terms, query, this);
}

DetailJob *EncarSource::detail(const QString &id)
{
    return new EncarDetailJob(m_client, *this, m_terms, id, this);
}

} // namespace CarScout::Sources::Encar
