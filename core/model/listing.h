#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace CarScout {

enum class Fuel { Unknown, Petrol, Diesel, Lpg, HybridPetrol, HybridDiesel, HybridLpg, Electric, Hydrogen, Cng, Other };
enum class Transmission { Unknown, Automatic, Manual, Cvt, SemiAutomatic, Other };

// The canonical keys of DESIGN §3 ("petrol", "hybrid_petrol", …); Unknown is the empty string.
QString fuelKey(Fuel fuel);
Fuel fuelFromKey(QStringView key);
QString transmissionKey(Transmission transmission);
Transmission transmissionFromKey(QStringView key);

// One listing of any marketplace: a plain value, cheap to copy. Field meanings and units: DESIGN §3.
struct Listing
{
    QString source;     // encar, kbchachacha, bobaedream, che168
    QString id;         // the marketplace's listing id
    QUrl url;           // public page
    QString title;
    QString make, model, trim;        // original language
    QString makeEn, modelEn;          // from the terms dictionary where known
    int year = 0;
    int month = 0;                    // 0 when unknown
    int mileageKm = 0;
    std::optional<qint64> price;      // whole units of currency; empty = "call for price"
    std::optional<qint64> pricePrev;  // the earlier, struck-through price of a reduced one; same currency
    QString currency;                 // KRW, CNY
    Fuel fuel = Fuel::Unknown;
    Transmission transmission = Transmission::Unknown;
    int engineCc = 0;                 // 0 = unknown
    int powerHp = 0;                  // 0 = unknown (Encar lists carry none)
    QString body, color, location, seller;
    QList<QUrl> photos;               // full size, ordered, deduplicated
    QStringList badges;

    friend bool operator==(const Listing &, const Listing &) = default;
};

// JSON with the DESIGN §3 keys (the carscout-cli output format). Absent price → key omitted.
QJsonObject toJson(const Listing &listing);
// Inverse of toJson; unknown keys are ignored, wrong types leave the field at its default.
Listing listingFromJson(const QJsonObject &object);

} // namespace CarScout

Q_DECLARE_METATYPE(CarScout::Listing)
