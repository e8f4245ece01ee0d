#pragma once

// Che168 (Chinese used cars) as a CarScout Source: filter tree maker → series → model year → spec (getbrands and
// the search replies' filters), paged signed search (10 cars a page, folded by infoid, checked on the cars), and
// detail from getcarinfo + getparamtypeitems behind the detail gate (HTTP 514/403 pause the detail host for
// 300 s, then one probe; one fetch per car at a time). Requests to the signed host are signed by the request
// transform with the salt and client version from the settings (proven defaults).

#include "core/common/clock.h"
#include "core/sources/che168/che168detailgate.h"
#include "core/sources/che168/che168sign.h"
#include "core/sources/source.h"
#include "core/sources/terms.h"

#include <QHash>
#include <QPointer>

namespace CarScout::Net {
class HttpClient;
}

namespace CarScout::Sources::Che168 {

class Che168DetailJob;

// What Che168 is (id, name, currency CNY, country CN, levels, hosts, policy).
SourceInfo sourceInfo();

// Settings keys of the signing inputs (QSettings of the application; blank = the proven default).
inline constexpr const char *kSaltSettingKey = "sources/che168/signSalt";
inline constexpr const char *kVersionSettingKey = "sources/che168/clientVersion";
SigningConfig signingConfigFromSettings();

class Che168Source : public Source
{
    Q_OBJECT
public:
    // The registry's constructor: system clock, signing from the settings.
    Che168Source(Net::HttpClient &client, TermDictionary terms, QObject *parent = nullptr);
    // Tests: an injected clock and signing inputs.
    Che168Source(Net::HttpClient &client, TermDictionary terms, const Clock &clock, SigningConfig signing,
                 QObject *parent = nullptr);

    CatalogJob *catalog(const QStringList &path) override;
    SearchJob *search(const SearchQuery &query) override;
    DetailJob *detail(const QString &id) override;
    RequestTransform requestTransform() const override;
    void applySettings(const std::function<QString(const QString &key)> &value) override;   // salt and version
    std::optional<DetailPause> detailPause() const override;   // the detail gate's pause of the detail host

    const SigningConfig &signing() const { return m_signing; }
    void setSigning(const SigningConfig &signing) { m_signing = signing; }
    const Clock &clock() const { return m_clock; }
    const QString &deviceId() const { return m_deviceId; }
    DetailGate &detailGate() { return m_gate; }

    // A detail job for a car already being fetched waits for that fetch (see DetailGate::Verdict::Join).
    void waitForDetail(const QString &id, Che168DetailJob *job);
    // The fetch of `id` ended: every job waiting for it gets the same answer.
    void detailDone(const QString &id, const ListingDetail &detail, const JobError &error);
    // The fetch of `id` was canceled: the jobs waiting for it start over on their own.
    void detailAbandoned(const QString &id);

private:
    Net::HttpClient &m_client;
    TermDictionary m_terms;
    const Clock &m_clock;
    SigningConfig m_signing;
    QString m_deviceId;
    DetailGate m_gate;
    QHash<QString, QList<QPointer<Che168DetailJob>>> m_waiting;
};

} // namespace CarScout::Sources::Che168
