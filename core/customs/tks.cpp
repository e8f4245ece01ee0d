#include "core/customs/tks.h"

#include "core/net/httpclient.h"
#include "core/sources/html/htmldocument.h"

namespace CarScout::Customs {

namespace {

const QString kCalculatorUrl = QStringLiteral("https://www.tks.ru/auto/calc/");

QString ageCode(const Input &in)
{
    const QDate produced = in.produced.assumedDate();
    switch (ettAge(produced, in.declarationDate)) {
    case EttAge::Under3: return QStringLiteral("3");
    case EttAge::From3To5: return QStringLiteral("35");
    case EttAge::From5To7: return QStringLiteral("57");
    case EttAge::Over7: return QStringLiteral("7");
    }
    return {};
}

QString engineType(Powertrain p)
{
    switch (p) {
    case Powertrain::Petrol: return QStringLiteral("petrol");
    case Powertrain::Diesel: return QStringLiteral("diesel");
    case Powertrain::HybridPetrol: return QStringLiteral("petrol_electric");
    case Powertrain::HybridDiesel: return QStringLiteral("diesel_electric");
    case Powertrain::HybridSequential: return QStringLiteral("petrol_electric");
    case Powertrain::Electric: return QStringLiteral("electric");
    }
    return {};
}

} // namespace

QUrlQuery tksFormFields(const Input &in)
{
    QUrlQuery q;
    const Rational cost = in.costsToBorder.isZero() || !(in.costsCurrency.isEmpty() || in.costsCurrency == in.currency)
        ? in.price
        : in.price + in.costsToBorder;
    q.addQueryItem(QStringLiteral("cost"), cost.toString(2));
    q.addQueryItem(QStringLiteral("currency"), QString::number(isoNumericCode(in.currency)));
    q.addQueryItem(QStringLiteral("volume"), QString::number(in.engineCc));
    if (in.power) {
        q.addQueryItem(QStringLiteral("power"), in.power->value.toString(2));
        q.addQueryItem(QStringLiteral("power_edizm"), in.power->unit == PowerUnit::Hp ? QStringLiteral("ls") : QStringLiteral("kvt"));
    }
    q.addQueryItem(QStringLiteral("country"), QStringLiteral("noru"));
    q.addQueryItem(QStringLiteral("engine_type"), engineType(in.powertrain));
    q.addQueryItem(QStringLiteral("age"), ageCode(in));
    q.addQueryItem(QStringLiteral("face"), in.importer == Importer::Individual ? QStringLiteral("nat") : QStringLiteral("jur"));
    q.addQueryItem(QStringLiteral("ts_type"), in.vehicle == VehicleKind::Motorcycle ? QStringLiteral("06_8711") : QStringLiteral("00_8703"));
    q.addQueryItem(QStringLiteral("offroad"), in.offroad ? QStringLiteral("true") : QStringLiteral("false"));
    const bool hybrid = in.powertrain == Powertrain::HybridPetrol || in.powertrain == Powertrain::HybridDiesel;
    q.addQueryItem(QStringLiteral("mdvs_gt_m30ed"), hybrid && in.iceDominant ? QStringLiteral("true") : QStringLiteral("false"));
    q.addQueryItem(QStringLiteral("sequential"), in.powertrain == Powertrain::HybridSequential ? QStringLiteral("true") : QStringLiteral("false"));
    return q;
}

QUrl tksRequestUrl(const Input &input, const QString &captchaToken)
{
    QUrlQuery q = tksFormFields(input);
    q.addQueryItem(QStringLiteral("mode"), QStringLiteral("ajax"));
    q.addQueryItem(QStringLiteral("t"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("captcha"), captchaToken);
    QUrl url(kCalculatorUrl);
    url.setQuery(q);
    return url;
}

QUrl tksCalculatorUrl(const Input &input)
{
    QUrl url(kCalculatorUrl);
    url.setQuery(tksFormFields(input));
    return url;
}

TksResult parseTksResponse(const QByteArray &html)
{
    TksResult result;
    if (QString::fromUtf8(html).contains(QStringLiteral("На форму расчёта установлена CAPTCHA"))) {
        result.status = TksResult::Status::Captcha;
        result.error = QStringLiteral("tks.ru asks for a CAPTCHA: the token was missing, used or expired");
        return result;
    }
    const auto doc = Html::HtmlDocument::parse(html, "utf-8");
    if (!doc.isValid()) {
        result.error = u"tks.ru: the response is not HTML: " + doc.error().message;
        return result;
    }
    const auto table = doc.first("//table[contains(concat(' ', normalize-space(@class), ' '), ' autocalc_res ')]");
    if (!table) {
        result.error = QStringLiteral("tks.ru: no table.autocalc_res in the response");
        return result;
    }
    for (const Html::HtmlNode &row : table.select(".//tr")) {
        const QList<Html::HtmlNode> cells = row.select("./td");
        if (cells.size() < 2)
            continue;
        const QString label = cells[0].text();
        if (label.isEmpty())
            continue;
        if (label.startsWith(u"Курс")) {
            result.referenceRates.insert(label, cells[1].text());
            continue;
        }
        if (cells.size() < 3)
            continue;
        TksLine line{label, cells[1].text(), parseRoubles(cells[2].text())};
        if (!line.kopecks)
            continue;   // the header row ("платеж | ставка | сумма (руб)")
        result.lines.append(line);
        if (label == u"Таможенное оформление")
            result.clearanceFee = line.kopecks;
        else if (label == u"Пошлина" || label.startsWith(u"Единая ставка") || label.startsWith(u"Пошлина"))
            result.duty = line.kopecks;
        else if (label == u"Акциз")
            result.excise = line.kopecks;
        else if (label == u"НДС")
            result.vat = line.kopecks;
        else if (label == u"Итого")
            result.total = line.kopecks;
        else if (label == u"Утилизационный сбор")
            result.utilizationFee = line.kopecks;
        else if (label == u"Итого с утилизационным сбором")
            result.totalWithUtilization = line.kopecks;
    }
    if (!result.total) {
        result.error = QStringLiteral("tks.ru: table.autocalc_res has no «Итого» row");
        return result;
    }
    result.status = TksResult::Status::Ok;
    return result;
}

TksClient::TksClient(Net::HttpClient *http, QObject *parent) : QObject(parent), m_http(http) {}

void TksClient::calculate(const Input &input, const QString &captchaToken,
                          std::function<void(const TksResult &, const QString &)> done)
{
    Net::HttpRequest request;
    request.url = tksRequestUrl(input, captchaToken);
    request.source = QStringLiteral("tks");
    request.headers = {{"X-Requested-With", "XMLHttpRequest"}, {"Referer", kCalculatorUrl.toUtf8()}};
    m_http->send(request, this, [done](const Net::HttpResponse &response) {
        if (!response.ok()) {
            done({}, u"tks.ru: " + Net::errorKindName(response.error) + u": " + response.errorMessage);
            return;
        }
        done(parseTksResponse(response.body), {});
    });
}

} // namespace CarScout::Customs
