#include "core/sources/che168/che168source.h"

#include "core/sources/che168/che168jobs.h"
#include "core/sources/che168/che168listparser.h"
#include "core/sources/che168/che168query.h"
#include "core/sources/che168/che168requests.h"

#include <QSettings>

namespace CarScout::Sources::Che168 {

SourceInfo sourceInfo()
{
    SourceInfo info;
    info.id = QString::fromLatin1(kSourceId);
    info.displayName = u"Che168"_qs;
    info.vehicleKind = VehicleKind::Car;
    info.currency = u"CNY"_qs;
    info.country = u"CN"_qs;
    info.levels = {
        {QString::fromLatin1(kLevelMaker), QT_TRANSLATE_NOOP("SourceLevels", "Make")},
        {QString::fromLatin1(kLevelSeries), QT_TRANSLATE_NOOP("SourceLevels", "Series")},
        {QString::fromLatin1(kLevelYear), QT_TRANSLATE_NOOP("SourceLevels", "Model year")},
        {QString::fromLatin1(kLevelSpec), QT_TRANSLATE_NOOP("SourceLevels", "Version")},
    };
    // The API hosts and the photo hosts the replies point to (autoimg.cn CDN names).
    info.upstreamHosts = {QString::fromLatin1(kSearchHost), QString::fromLatin1(kDetailHost), u"2sc2.autoimg.cn"_qs,
                          u"2sc3.autoimg.cn"_qs, u"x.autoimg.cn"_qs};
    info.policy = sourcePolicy();
    info.settings = {
        {QString::fromLatin1(kSaltSettingKey), QT_TRANSLATE_NOOP("SourceSettings", "Signing salt"),
         QT_TRANSLATE_NOOP("SourceSettings", "The secret the Che168 app signs its requests with. Change it only when "
                                             "Che168 answers \"signature rejected\" after an app update; blank = the "
                                             "proven default."),
         QString::fromLatin1(kDefaultSalt)},
        {QString::fromLatin1(kVersionSettingKey), QT_TRANSLATE_NOOP("SourceSettings", "Client version"),
         QT_TRANSLATE_NOOP("SourceSettings", "The app version sent with every request; blank = the proven default."),
         QString::fromLatin1(kDefaultVersion)},
    };
    return info;
}

SigningConfig signingConfigFromSettings()
{
    const QSettings settings;
    return signingConfig(settings.value(QLatin1StringView(kSaltSettingKey)).toString(),
                         settings.value(QLatin1StringView(kVersionSettingKey)).toString());
}

Che168Source::Che168Source(Net::HttpClient &client, TermDictionary terms, QObject *parent)
    : Che168Source(client, std::move(terms), Clock::system(), signingConfigFromSettings(), parent)
{
}

Che168Source::Che168Source(Net::HttpClient &client, TermDictionary terms, const Clock &clock, SigningConfig signing,
                           QObject *parent)
    : Source(sourceInfo(), parent), m_client(client), m_terms(std::move(terms)), m_clock(clock),
      m_signing(std::move(signing)), m_deviceId(newDeviceId()), m_gate(clock)
{
}

CatalogJob *Che168Source::catalog(const QStringList &path)
{
    return new Che168CatalogJob(m_client, *this, m_terms, path, this);
}

SearchJob *Che168Source::search(const SearchQuery &query)
{
    return new Che168SearchJob(m_client, *this, m_terms, query, this);
}

DetailJob *Che168Source::detail(const QString &id)
{
    return new Che168DetailJob(m_client, *this, m_terms, id, this);
}

RequestTransform Che168Source::requestTransform() const
{
    return [signing = m_signing](Net::HttpRequest &request) { request = signRequest(std::move(request), signing); };
}

void Che168Source::applySettings(const std::function<QString(const QString &key)> &value)
{
    m_signing = signingConfig(value(QString::fromLatin1(kSaltSettingKey)), value(QString::fromLatin1(kVersionSettingKey)));
}

std::optional<DetailPause> Che168Source::detailPause() const
{
    const QString host = QString::fromLatin1(kDetailHost);
    switch (m_gate.state(host)) {
    case Net::BreakerState::Open:
        return DetailPause{m_gate.retryInMs(host), false};
    case Net::BreakerState::HalfOpen:
        return DetailPause{0, true};
    case Net::BreakerState::Closed:
        break;
    }
    return std::nullopt;
}

void Che168Source::waitForDetail(const QString &id, Che168DetailJob *job)
{
    m_waiting[id].append(job);
}

void Che168Source::detailDone(const QString &id, const ListingDetail &detail, const JobError &error)
{
    const QList<QPointer<Che168DetailJob>> waiting = m_waiting.take(id);
    for (const QPointer<Che168DetailJob> &job : waiting) {
        if (job)
            job->deliver(detail, error);
    }
}

void Che168Source::detailAbandoned(const QString &id)
{
    const QList<QPointer<Che168DetailJob>> waiting = m_waiting.take(id);
    for (const QPointer<Che168DetailJob> &job : waiting) {
        if (job)
            job->restart();
    }
}

} // namespace CarScout::Sources::Che168
