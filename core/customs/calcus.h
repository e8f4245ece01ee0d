#pragma once

// calcus.ru's customs calculator (customs.md §9, sources.md §5.2): a form POST, a JSON reply of formatted
// strings ("1 234 567 ₽"). Unofficial; no CAPTCHA as of Jan 2026. The `year` field's meaning is unclear
// (customs.md §13): the declaration year is sent.

#include "core/customs/engine.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace CarScout::Net {
class HttpClient;
}

namespace CarScout::Customs {

// owner, age, engine, power, power_unit, value, price, curr, year — form-urlencoded.
QByteArray calcusFormBody(const Input &input);
QUrl calcusUrl();

struct CalcusResult
{
    bool ok = false;
    QString error;
    std::optional<qint64> clearanceFee;    // sborStr
    std::optional<qint64> duty;            // poshlinaStr
    std::optional<qint64> excise;          // akcizStr
    std::optional<qint64> vat;             // ndsStr
    std::optional<qint64> utilizationFee;  // utilStr
    std::optional<qint64> total;           // total  (which lines it sums is not documented)
    std::optional<qint64> total2;          // total2 (idem)
};

CalcusResult parseCalcusResponse(const QByteArray &json);

class CalcusClient : public QObject
{
    Q_OBJECT
public:
    explicit CalcusClient(Net::HttpClient *http, QObject *parent = nullptr);
    void calculate(const Input &input, std::function<void(const CalcusResult &result, const QString &networkError)> done);

private:
    Net::HttpClient *m_http;
};

} // namespace CarScout::Customs
