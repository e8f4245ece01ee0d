#pragma once

// A TokenProvider speaking the createTask / getTaskResult JSON protocol of captcha-solving services
// (customs.md §9, sources.md §5.1) at an endpoint and key the user configures. Off until configured; the
// user is responsible for complying with tks.ru's terms.
//
//   POST {endpoint}/createTask    {"clientKey": K, "task": {"type": "ReCaptchaV2TaskProxyLess",
//                                   "websiteURL": "https://www.tks.ru/auto/calc/", "websiteKey": SITEKEY}}
//                              →  {"errorId": 0, "taskId": "…"}
//   POST {endpoint}/getTaskResult {"clientKey": K, "taskId": "…"}   every pollIntervalMs, at most maxPolls times
//                              →  {"errorId": 0, "status": "processing"} | {"errorId": 0, "status": "ready",
//                                   "solution": {"gRecaptchaResponse": "TOKEN"}} | {"errorId": 1, "errorCode": …}

#include "core/customs/tokenprovider.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace CarScout::Net {
class HttpClient;
struct HttpResponse;
}

namespace CarScout::Customs {

class SecretStore;

struct SolverServiceConfig
{
    QUrl endpoint;                                  // e.g. https://api.solver.example (no trailing path)
    QString keyName = QStringLiteral("captcha-solver/api-key");   // the SecretStore entry holding the key
    QString websiteUrl = QStringLiteral("https://www.tks.ru/auto/calc/");
    QString websiteKey = QStringLiteral("6Lel2XIgAAAAAHk1OOPbgNBw7VGRt3Y_0YTXMfJZ");   // sources.md §5.1
    int pollIntervalMs = 5000;
    int maxPolls = 24;
};

class SolverServiceTokenProvider final : public TokenProvider
{
    Q_OBJECT
public:
    SolverServiceTokenProvider(Net::HttpClient *http, SecretStore *secrets, SolverServiceConfig config,
                               QObject *parent = nullptr);
    ~SolverServiceTokenProvider() override;

    void requestToken() override;
    void cancelAll() override;

private:
    void post(const QString &method, const QJsonObject &body, std::function<void(const QJsonObject &, const QString &)> done);
    void poll(const QString &key, const QString &taskId, int pollsLeft, quint64 generation);

    Net::HttpClient *m_http;
    SecretStore *m_secrets;
    SolverServiceConfig m_config;
    quint64 m_group;
    quint64 m_generation = 0;
};

} // namespace CarScout::Customs
