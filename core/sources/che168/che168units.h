#pragma once

// Che168's units and value formats (che168-bobaedream.md §3): prices in 万元, mileage in 万公里, "2025年"
// registration years, "2.0T" displacements, autoimg photo size tokens, Ps/kW power. Pure functions.

#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace CarScout::Sources::Che168 {

// 万元 ("99.5", "13.88", 6.18) → whole CNY (× 10 000, rounded); empty, zero, negative or unreadable → nullopt.
std::optional<qint64> priceFromWan(QStringView wan);
std::optional<qint64> priceFromWan(double wan);

// 万公里 ("0.6", 10.5) → km (× 10 000, rounded); nullopt when unreadable or negative.
std::optional<int> kmFromWan(QStringView wan);
std::optional<int> kmFromWan(double wan);

struct RegistrationYear
{
    int year = 0;              // 0 when unregistered or unknown
    bool unregistered = false; // "未上牌": a new car that was never registered
};
// "2025年", "2025" or "未上牌"; nullopt for anything else.
std::optional<RegistrationYear> parseRegistrationYear(QStringView text);

// "2014-10", "2014-10-01", "2019/09" → year and month; false when not a plausible date.
bool parseYearMonth(QStringView text, int *year, int *month);

struct Displacement
{
    int cc = 0;            // litres × 1000 (the list rounds to 0.1 l); 0 for electric cars
    bool turbo = false;    // "T" suffix
};
// "2.0T", "2.5L", "1.5", "0.0T" (electric) → cc; nullopt when unreadable.
std::optional<Displacement> parseDisplacement(QStringView text);

// Model year from a car name: "… 2024款 …" → 2024; 0 when absent.
int modelYearFromName(QStringView carName);

// Photo URL at full size: the autoimg size token (640x480_, 400x300_, 720x540_, …) becomes 1024x768_.
// URLs without a token are returned unchanged; protocol-relative "//host/…" gets https.
QUrl fullSizePhoto(const QString &url);

// Metric horsepower (Ps = л.с.) from kW: × 1.35962, rounded.
int psFromKw(double kw);

} // namespace CarScout::Sources::Che168
