#include "core/sources/che168/che168requests.h"

#include "core/sources/che168/che168brands.h"
#include "core/sources/che168/che168listparser.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace CarScout::Sources::Che168 {

namespace {

Net::HttpRequest makeRequest(const QUrl &url)
{
    Net::HttpRequest r;
    r.url = url;
    r.source = QString::fromLatin1(kSourceId);
    r.expectJson = true;
    return r;
}

QUrl unsignedUrl(const QUrl &endpoint, const QueryParams &params)
{
    QUrl url = endpoint;
    url.setQuery(QString::fromLatin1(encodeQuery(params)), QUrl::StrictMode);
    return url;
}

} // namespace

Net::SourcePolicy sourcePolicy()
{
    Net::SourcePolicy policy;
    policy.rate = {200, 0, 20, 500, 1500, 6};
    policy.retry.maxAttempts = 4;
    policy.retry.baseDelayMs = 500;
    policy.retry.resetSessionOnBlock = false;
    policy.headers = {
        {"Accept", "application/json, text/plain, */*"},
        {"Accept-Language", "zh-CN,zh;q=0.9"},
        {"Origin", "https://m.che168.com"},
        {"Referer", "https://m.che168.com/"},
        {"Sec-Fetch-Site", "same-site"},
        {"Sec-Fetch-Mode", "cors"},
        {"Sec-Fetch-Dest", "empty"},
    };
    return policy;
}

QString newDeviceId()
{
    QString id;
    id.reserve(32);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < 4; ++i)
        id += QString::number(rng->generate(), 16).rightJustified(8, u'0');
    return id;
}

Net::HttpRequest brandsRequest()
{
    return makeRequest(unsignedUrl(brandsEndpoint(), brandsParams()));
}

Net::HttpRequest searchRequest(const Che168Filter &filter, int pageIndex, const QString &pageId)
{
    return makeRequest(unsignedUrl(searchEndpoint(), searchParams(filter, pageIndex, kPageSize, pageId)));
}

Net::HttpRequest carInfoRequest(const QString &infoId, const QString &deviceId)
{
    Net::HttpRequest r = makeRequest(carInfoUrl(infoId, deviceId));
    r.headers = {{"Referer", publicPageUrl(infoId).toEncoded()}};
    return r;
}

Net::HttpRequest paramItemsRequest(const QString &infoId, const QString &deviceId)
{
    Net::HttpRequest r = makeRequest(paramItemsUrl(infoId, deviceId));
    r.headers = {{"Referer", publicPageUrl(infoId).toEncoded()}};
    return r;
}

bool needsSignature(const QUrl &url)
{
    return url.host().compare(QLatin1StringView(kSearchHost), Qt::CaseInsensitive) == 0;
}

Net::HttpRequest signRequest(Net::HttpRequest request, const SigningConfig &config)
{
    if (!needsSignature(request.url))
        return request;
    const QueryParams params = decodeQuery(request.url.query(QUrl::FullyEncoded).toLatin1());
    QUrl endpoint = request.url;
    endpoint.setQuery(QString());
    request.url = signedUrl(endpoint, params, config);
    return request;
}

QStringList catalogLevels()
{
    return {QString::fromLatin1(kLevelMaker), QString::fromLatin1(kLevelSeries), QString::fromLatin1(kLevelYear),
            QString::fromLatin1(kLevelSpec)};
}

JobError catalogRequest(const QStringList &path, const QString &pageId, Net::HttpRequest *out)
{
    JobError e;
    e.kind = JobError::Kind::BadInput;
    if (path.size() >= 4) {
        e.message = QCoreApplication::translate("Sources", "Che168 filter tree: a spec (%1) has no further level")
                        .arg(path.at(3));
        return e;
    }
    for (const QString &key : path) {
        if (key.trimmed().isEmpty()) {
            e.message = QCoreApplication::translate("Sources", "Che168 filter tree: empty key in the path");
            return e;
        }
    }
    if (path.isEmpty()) {
        *out = brandsRequest();
        return {};
    }
    Che168Filter filter;
    filter.brandId = path.value(0).trimmed();
    filter.seriesId = path.value(1).trimmed();
    filter.seriesYearId = path.value(2).trimmed();
    *out = searchRequest(filter, 1, pageId);
    return {};
}

JobError catalogChildren(const QStringList &path, const QByteArray &body, const TermDictionary &terms,
                         QList<FilterNode> *out)
{
    out->clear();
    if (path.isEmpty()) {
        QList<Che168Brand> brands;
        if (JobError e = parseBrands(body, &brands); e.isError())
            return e;
        *out = brandNodes(brands, terms);
        return {};
    }
    Che168SearchPage page;
    if (JobError e = parseSearchPage(body, terms, &page); e.isError())
        return e;
    switch (path.size()) {
    case 1: *out = page.series; break;
    case 2: *out = page.years; break;
    default: *out = specNodes(page, path.at(2)); break;
    }
    return {};
}

} // namespace CarScout::Sources::Che168
