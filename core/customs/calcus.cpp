#include "core/customs/calcus.h"

#include "core/net/httpclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace CarScout::Customs {

QUrl calcusUrl()
{
    return QUrl(QStringLiteral("https://calcus.ru/calculate/Customs"));
}

QByteArray calcusFormBody(const Input &in)
{
    QString age;
    switch (ettAge(in.produced.assumedDate(), in.declarationDate)) {
    case EttAge::Under3: age = QStringLiteral("0-3"); break;
    case EttAge::From3To5: age = QStringLiteral("3-5"); break;
    case EttAge::From5To7: age = QStringLiteral("5-7"); break;
    case EttAge::Over7: age = QStringLiteral("7-0"); break;
    }
    QString engine;
    switch (in.powertrain) {
    case Powertrain::Petrol: engine = QStringLiteral("1"); break;
    case Powertrain::Diesel: engine = QStringLiteral("2"); break;
    case Powertrain::HybridPetrol:
    case Powertrain::HybridDiesel:
    case Powertrain::HybridSequential: engine = QStringLiteral("3"); break;
    case Powertrain::Electric: engine = QStringLiteral("4"); break;
    }
    const bool sameCurrencyCosts = in.costsCurrency.isEmpty() || in.costsCurrency == in.currency;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("owner"), in.importer == Importer::Individual ? QStringLiteral("1") : QStringLiteral("2"));
    q.addQueryItem(QStringLiteral("age"), age);
    q.addQueryItem(QStringLiteral("engine"), engine);
    q.addQueryItem(QStringLiteral("power"), in.power ? in.power->value.toString(2) : QString());
    q.addQueryItem(QStringLiteral("power_unit"), in.power && in.power->unit == PowerUnit::Kw ? QStringLiteral("2") : QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("value"), QString::number(in.engineCc));
    q.addQueryItem(QStringLiteral("price"), (sameCurrencyCosts ? in.price + in.costsToBorder : in.price).toString(2));
    q.addQueryItem(QStringLiteral("curr"), in.currency);
    q.addQueryItem(QStringLiteral("year"), QString::number(in.declarationDate.year()));
    return q.query(QUrl::FullyEncoded).toUtf8();
}

CalcusResult parseCalcusResponse(const QByteArray &json)
{
    CalcusResult r;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        r.error = u"calcus.ru: not a JSON object (" + error.errorString() + u" at byte " + QString::number(error.offset) + u')';
        return r;
    }
    const QJsonObject o = doc.object();
    const auto field = [&o, &r](const char *key, std::optional<qint64> *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (v.isDouble()) {
            // A number: take its decimal text, never its binary value.
            *out = parseRoubles(QString::number(v.toDouble(), 'f', 2));
        } else {
            *out = parseRoubles(v.toString());
        }
        if (!*out && r.error.isEmpty())
            r.error = u"calcus.ru: \"" + QLatin1String(key) + u"\" is not an amount: " + v.toVariant().toString();
    };
    field("sborStr", &r.clearanceFee);
    field("poshlinaStr", &r.duty);
    field("akcizStr", &r.excise);
    field("ndsStr", &r.vat);
    field("utilStr", &r.utilizationFee);
    field("total", &r.total);
    field("total2", &r.total2);
    if (r.error.isEmpty() && !r.total && !r.duty)
        r.error = QStringLiteral("calcus.ru: the reply has neither \"total\" nor \"poshlinaStr\"");
    r.ok = r.error.isEmpty();
    return r;
}

CalcusClient::CalcusClient(Net::HttpClient *http, QObject *parent) : QObject(parent), m_http(http) {}

void CalcusClient::calculate(const Input &input, std::function<void(const CalcusResult &, const QString &)> done)
{
    Net::HttpRequest request;
    request.url = calcusUrl();
    request.method = "POST";
    request.body = calcusFormBody(input);
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"},
                       {"X-Requested-With", "XMLHttpRequest"},
                       {"Referer", "https://calcus.ru/rastamozhka-avto/"}};
    request.source = QStringLiteral("calcus");
    m_http->send(request, this, [done](const Net::HttpResponse &response) {
        if (!response.ok()) {
            done({}, u"calcus.ru: " + Net::errorKindName(response.error) + u": " + response.errorMessage);
            return;
        }
        done(parseCalcusResponse(response.body), {});
    });
}

} // namespace CarScout::Customs
