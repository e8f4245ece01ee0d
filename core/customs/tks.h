#pragma once

// tks.ru's public calculator (customs.md §9): the query with its field codes, the result fragment parsed by
// row label from table.autocalc_res, the CAPTCHA page recognised, and the prefilled URL for the manual path.

#include "core/customs/engine.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace CarScout::Net {
class HttpClient;
}

namespace CarScout::Customs {

// The calculator's form fields for an engine Input (cost, currency numeric, volume, power + power_edizm, age
// 3/35/57/7, face nat/jur, engine_type, ts_type, country, offroad, mdvs_gt_m30ed, sequential).
QUrlQuery tksFormFields(const Input &input);
// The ajax GET: the form fields + mode=ajax&t=1&captcha=TOKEN.
QUrl tksRequestUrl(const Input &input, const QString &captchaToken);
// The manual path: the calculator page with the form fields, to open in the user's browser. Whether the page
// pre-fills itself from these parameters is not verified (customs.md does not say); the user may have to
// press "рассчитать" and solve the CAPTCHA.
QUrl tksCalculatorUrl(const Input &input);

struct TksLine
{
    QString label;              // as printed: "Пошлина"
    QString rate;               // "14%", "нет", ""
    std::optional<qint64> kopecks;
};

struct TksResult
{
    enum class Status { Ok, Captcha, Unparsable };
    Status status = Status::Unparsable;
    QString error;                                // Unparsable: what is missing
    QList<TksLine> lines;                         // every payment row, in page order
    std::optional<qint64> clearanceFee, duty, excise, vat, total, utilizationFee, totalWithUtilization;
    QHash<QString, QString> referenceRates;       // "Курс Евро" → "89.8388 руб. за 1 ЕВРО"
};

// Parses the ajax fragment (UTF-8).
TksResult parseTksResponse(const QByteArray &html);

class TksClient : public QObject
{
    Q_OBJECT
public:
    explicit TksClient(Net::HttpClient *http, QObject *parent = nullptr);
    // One calculation with one (single-use) CAPTCHA token. done gets the parsed result or a network error.
    void calculate(const Input &input, const QString &captchaToken,
                   std::function<void(const TksResult &result, const QString &networkError)> done);

private:
    Net::HttpClient *m_http;
};

} // namespace CarScout::Customs
