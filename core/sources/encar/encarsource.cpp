#include "core/sources/encar/encarsource.h"

#include "core/net/httpclient.h"
#include "core/sources/encar/encarjobs.h"
#include "core/sources/encar/encarquery.h"

namespace CarScout::Sources::Encar {

Net::SourcePolicy sourcePolicy()
{
    Net::SourcePolicy policy = Net::defaultSourcePolicy(QString::fromLatin1(kSourceId));
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

EncarSource::EncarSource(Net::HttpClient &client, TermDictionary terms, QObject *parent)
    : Source(parent), m_client(client), m_terms(std::move(terms))
{
}

QString EncarSource::id() const { return QString::fromLatin1(kSourceId); }
QString EncarSource::displayName() const { return u"Encar"_qs; }
QString EncarSource::currency() const { return u"KRW"_qs; }

QStringList EncarSource::catalogLevels() const
{
    QStringList levels;
    for (int i = 0; i < kLevelCount; ++i)
        levels << levelKey(i);
    return levels;
}

QStringList EncarSource::upstreamHosts() const
{
    return {QString::fromLatin1(kApiHost), u"ci.encar.com"_qs};
}

CatalogJob *EncarSource::catalog(const QStringList &path)
{
    return new EncarCatalogJob(m_client, m_terms, path, this);
}

SearchJob *EncarSource::search(const SearchQuery &query)
{
    return new EncarSearchJob(m_client, m_terms, query, this);
}

DetailJob *EncarSource::detail(const QString &id)
{
    return new EncarDetailJob(m_client, m_terms, id, this);
}

} // namespace CarScout::Sources::Encar
