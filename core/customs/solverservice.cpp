#include "core/customs/solverservice.h"

#include "core/customs/secretstore.h"
#include "core/net/httpclient.h"

#include <QJsonDocument>
#include <QTimer>

namespace CarScout::Customs {

SolverServiceTokenProvider::SolverServiceTokenProvider(Net::HttpClient *http, SecretStore *secrets,
                                                       SolverServiceConfig config, QObject *parent)
    : TokenProvider(parent)
    , m_http(http)
    , m_secrets(secrets)
    , m_config(std::move(config))
    , m_group(Net::HttpClient::newGroupId())
{
}

SolverServiceTokenProvider::~SolverServiceTokenProvider()
{
    cancelAll();
}

void SolverServiceTokenProvider::cancelAll()
{
    ++m_generation;   // late callbacks of older requests are ignored
    if (m_http)
        m_http->cancelGroup(m_group);
}

void SolverServiceTokenProvider::post(const QString &method, const QJsonObject &body,
                                      std::function<void(const QJsonObject &, const QString &)> done)
{
    Net::HttpRequest request;
    QUrl url = m_config.endpoint;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + method);
    request.url = url;
    request.method = "POST";
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.headers = {{"Content-Type", "application/json"}};
    request.source = QStringLiteral("captcha-solver");
    request.group = m_group;
    request.idempotent = false;
    m_http->send(request, this, [done, method](const Net::HttpResponse &response) {
        if (!response.ok()) {
            done({}, u"solver service " + method + u": " + Net::errorKindName(response.error) + u": " + response.errorMessage);
            return;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
        if (!doc.isObject()) {
            done({}, u"solver service " + method + u": not a JSON object (" + error.errorString() + u" at byte "
                     + QString::number(error.offset) + u')');
            return;
        }
        const QJsonObject o = doc.object();
        if (o.value(u"errorId").toInt() != 0) {
            done({}, u"solver service " + method + u": " + o.value(u"errorCode").toString() + u": "
                     + o.value(u"errorDescription").toString());
            return;
        }
        done(o, {});
    });
}

void SolverServiceTokenProvider::requestToken()
{
    const quint64 generation = m_generation;
    if (!m_config.endpoint.isValid() || m_config.endpoint.isEmpty() || !m_secrets) {
        QTimer::singleShot(0, this, [this] { emit failed(QStringLiteral("the solver service is not configured")); });
        return;
    }
    m_secrets->read(m_config.keyName, [this, generation](std::optional<QString> key, QString error) {
        if (generation != m_generation)
            return;
        if (!key || key->isEmpty()) {
            emit failed(error.isEmpty() ? QStringLiteral("no API key for the solver service in the keychain") : error);
            return;
        }
        QJsonObject task{{QStringLiteral("type"), QStringLiteral("ReCaptchaV2TaskProxyLess")},
                         {QStringLiteral("websiteURL"), m_config.websiteUrl},
                         {QStringLiteral("websiteKey"), m_config.websiteKey}};
        const QString k = *key;
        post(QStringLiteral("createTask"), {{QStringLiteral("clientKey"), k}, {QStringLiteral("task"), task}},
             [this, k, generation](const QJsonObject &reply, const QString &problem) {
                 if (generation != m_generation)
                     return;
                 if (!problem.isEmpty()) {
                     emit failed(problem);
                     return;
                 }
                 const QJsonValue id = reply.value(u"taskId");
                 const QString taskId = id.isString() ? id.toString() : QString::number(id.toInteger());
                 if (taskId.isEmpty() || taskId == u"0") {
                     emit failed(QStringLiteral("solver service createTask: no taskId in the reply"));
                     return;
                 }
                 poll(k, taskId, m_config.maxPolls, generation);
             });
    });
}

void SolverServiceTokenProvider::poll(const QString &key, const QString &taskId, int pollsLeft, quint64 generation)
{
    if (pollsLeft <= 0) {
        emit failed(u"solver service: task " + taskId + u" not ready after " + QString::number(m_config.maxPolls) + u" polls");
        return;
    }
    QTimer::singleShot(m_config.pollIntervalMs, this, [=, this] {
        if (generation != m_generation)
            return;
        post(QStringLiteral("getTaskResult"), {{QStringLiteral("clientKey"), key}, {QStringLiteral("taskId"), taskId}},
             [=, this](const QJsonObject &reply, const QString &problem) {
                 if (generation != m_generation)
                     return;
                 if (!problem.isEmpty()) {
                     emit failed(problem);
                     return;
                 }
                 const QString status = reply.value(u"status").toString();
                 if (status == u"ready") {
                     const QString token = reply.value(u"solution").toObject().value(u"gRecaptchaResponse").toString();
                     if (token.isEmpty())
                         emit failed(QStringLiteral("solver service: ready without solution.gRecaptchaResponse"));
                     else
                         emit tokenReady(token);
                     return;
                 }
                 if (status != u"processing" && status != u"idle") {
                     emit failed(u"solver service getTaskResult: unexpected status \"" + status + u'"');
                     return;
                 }
                 poll(key, taskId, pollsLeft - 1, generation);
             });
    });
}

} // namespace CarScout::Customs
