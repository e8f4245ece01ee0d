#pragma once

// Step 4 of the resolution (issue 9): the online lookup at pan-auto.ru, per Encar listing id
// (GET https://zefir.pan-auto.ru/api/cars/{id}/; fields `hp`, `displacement` as lipanauto-proxy's
// schemas/customs_russia.py reads them). Opt-in: off by default and in demo mode — the caller decides.
// Through the network core with its own rate policy and circuit breaker (source "panauto"); cached per id;
// a failure leaves the value unresolved.

#include "core/specs/specsresolver.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace CarScout::Net {
class HttpClient;
struct SourcePolicy;
}

namespace CarScout::Specs {

inline constexpr auto kPanAutoSource = "panauto";
inline constexpr auto kPanAutoHost = "zefir.pan-auto.ru";

// 1 request/s with jitter, 2 attempts, breaker after 3 failures for 2 minutes: a courtesy pace for a site
// that is not ours.
Net::SourcePolicy panAutoPolicy();
QUrl panAutoUrl(const QString &encarId);
// The JSON body → hp / displacement; false with a specific reason (what, where) on a body that is not one.
bool parsePanAutoCar(const QByteArray &body, ExtraSpecs *out, QString *error);

class PanAutoLookup : public QObject
{
    Q_OBJECT
public:
    explicit PanAutoLookup(Net::HttpClient *client, QObject *parent = nullptr);
    ~PanAutoLookup() override;

    void lookup(const QString &encarId);      // no-op when cached, failed before or in flight
    void cancel();                            // aborts everything in flight
    std::optional<ExtraSpecs> cached(const QString &encarId) const;
    int requestsSent() const { return m_sent; }

signals:
    void resolved(const QString &encarId, const CarScout::Specs::ExtraSpecs &extras);
    void failed(const QString &encarId, const QString &reason);

private:
    QPointer<Net::HttpClient> m_client;
    quint64 m_group;
    QHash<QString, ExtraSpecs> m_cache;
    QSet<QString> m_failed, m_inFlight;
    int m_sent = 0;
};

} // namespace CarScout::Specs
