#include "core/specs/panautolookup.h"

#include "core/net/httpclient.h"
#include "core/net/sourcepolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace CarScout::Specs {

Net::SourcePolicy panAutoPolicy()
{
    Net::SourcePolicy p;
    p.rate.minIntervalMs = 1000;
    p.rate.jitterMs = 500;
    p.rate.maxConcurrent = 1;
    p.retry.maxAttempts = 2;
    p.breaker.failureThreshold = 3;
    p.breaker.coolDownMs = 120000;
    p.timeoutMs = 15000;
    p.headers = {{"Accept", "application/json"}, {"Origin", "https://pan-auto.ru"}, {"Referer", "https://pan-auto.ru/"}};
    return p;
}

QUrl panAutoUrl(const QString &encarId)
{
    return QUrl(u"https://"_qs + QLatin1String(kPanAutoHost) + u"/api/cars/"_qs + encarId + u'/');
}

bool parsePanAutoCar(const QByteArray &body, ExtraSpecs *out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = pe.error != QJsonParseError::NoError
                ? u"pan-auto.ru: JSON error at byte %1: %2"_qs.arg(pe.offset).arg(pe.errorString())
                : u"pan-auto.ru: the answer is not a JSON object"_qs;
        return false;
    }
    const QJsonObject o = doc.object();
    ExtraSpecs e;
    const QJsonValue hp = o.value(u"hp");
    if (hp.isDouble() && hp.toDouble() > 0 && hp.toDouble() < 2000)
        e.powerHp = int(hp.toDouble() + 0.5);
    const QJsonValue cc = o.value(u"displacement");
    if (cc.isDouble() && cc.toDouble() > 0 && cc.toDouble() < 10000)
        e.engineCc = int(cc.toDouble());
    else if (cc.isString() && cc.toString().toInt() > 0)
        e.engineCc = cc.toString().toInt();
    if (e.powerHp == 0 && e.engineCc == 0) {
        if (error)
            *error = u"pan-auto.ru: neither \"hp\" nor \"displacement\" in the answer"_qs;
        return false;
    }
    *out = e;
    return true;
}

PanAutoLookup::PanAutoLookup(Net::HttpClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_group(Net::HttpClient::newGroupId())
{
    if (m_client)
        m_client->setSourcePolicy(QLatin1String(kPanAutoSource), panAutoPolicy());
}

PanAutoLookup::~PanAutoLookup() { cancel(); }

void PanAutoLookup::lookup(const QString &encarId)
{
    if (!m_client || encarId.isEmpty() || m_cache.contains(encarId) || m_failed.contains(encarId) || m_inFlight.contains(encarId))
        return;
    Net::HttpRequest request;
    request.url = panAutoUrl(encarId);
    request.source = QLatin1String(kPanAutoSource);
    request.group = m_group;
    request.expectJson = true;
    request.maxBodyBytes = 1 << 20;
    m_inFlight.insert(encarId);
    ++m_sent;
    m_client->send(request, this, [this, encarId](const Net::HttpResponse &response) {
        m_inFlight.remove(encarId);
        if (response.error == Net::ErrorKind::Canceled)
            return;
        ExtraSpecs extras;
        QString reason;
        const bool parsed = response.ok() && parsePanAutoCar(response.body, &extras, &reason);
        if (!response.ok())
            reason = response.errorMessage.isEmpty() ? Net::errorKindName(response.error) : response.errorMessage;
        if (!parsed) {
            m_failed.insert(encarId);
            emit failed(encarId, reason);
            return;
        }
        m_cache.insert(encarId, extras);
        emit resolved(encarId, extras);
    });
}

void PanAutoLookup::cancel()
{
    if (m_client)
        m_client->cancelGroup(m_group);
    m_inFlight.clear();
}

std::optional<ExtraSpecs> PanAutoLookup::cached(const QString &encarId) const
{
    const auto it = m_cache.constFind(encarId);
    return it == m_cache.cend() ? std::nullopt : std::optional<ExtraSpecs>(*it);
}

} // namespace CarScout::Specs
