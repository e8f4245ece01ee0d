#pragma once

// Che168 detail (che168-bobaedream.md §3.2–§3.3): apiuscdt getcarinfo (the car) + getparamtypeitems (the spec
// sheet of its model). The power figure customs needs depends on the powertrain: 最大马力(Ps) / 最大功率(kW)
// for a combustion engine, the motor's kW for electric cars and range extenders, the system power for hybrids.
// Pure: safe on any thread.

#include "core/sources/source.h"
#include "core/sources/terms.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CarScout::Sources::Che168 {

enum class Powertrain { Unknown, Combustion, Electric, RangeExtender, PlugInHybrid, Hybrid };
QString powertrainKey(Powertrain p);   // "", "combustion", "electric", "range_extender", "plug_in_hybrid", "hybrid"
// From an energy/fuel name: 纯电动 → Electric, 增程式 → RangeExtender, 插电式混合动力 → PlugInHybrid,
// 油电混合 / 48V轻混 / 汽油电驱 → Hybrid, 汽油 / 柴油 / 天然气 … → Combustion.
Powertrain powertrainFromName(const QString &energyName);

// getcarinfo's result, read.
struct Che168CarInfo
{
    Listing listing;                       // make, model, year/month, km, price, gearbox, fuel, colour, city, photos
    QString brandId, seriesId, specId, dealerId;
    QDate firstRegistration;               // firstregshortdate, else firstregdate (day 1)
    QString vin;                           // vincode as given (may be masked with '*')
    QString fuelName, gearbox, emission, driveMode, levelName, carUse, county;
    QString examine, insurance, publicDate, registrationAge;   // as shown
    std::optional<qint64> guidePriceCny;   // guidanceprice (new-car price)
    int transferCount = -1;                // owners changed; -1 unknown
    int seats = 0;
    double displacementLitres = 0;         // "2" → 2.0
    std::optional<double> batteryKwh;      // batterypower, when given
    QString remark;
};

// getparamtypeitems: sections of {name, content}; "-" = not applicable (left out); names repeated across sections
// keep their first value in `values`.
struct Che168Params
{
    QList<DetailSection> sections;         // id "parameters", title = the section's Chinese title
    QList<std::pair<QString, QString>> values;   // name → content, first occurrence
    QString value(const QString &name) const;
};

JobError parseCarInfo(const QByteArray &body, const QString &requestedId, const TermDictionary &terms,
                      Che168CarInfo *out);
JobError parseParamItems(const QByteArray &body, const QString &requestedId, Che168Params *out);

// The power figure chosen for customs, with where it came from.
struct PowerChoice
{
    Powertrain powertrain = Powertrain::Unknown;
    int ps = 0;            // metric hp; 0 = not given
    double kw = 0;         // the kW figure it came from (or ps / 1.35962)
    QString field;         // the spec-sheet field it was read from, e.g. 最大马力(Ps)
};
PowerChoice choosePower(const Che168CarInfo &info, const Che168Params &params);

// Displacement for customs: 排量(mL), else 排量(L) × 1000, else getcarinfo's litres; 0 for electric cars.
int displacementCc(const Che168CarInfo &info, const Che168Params &params);

// Everything together: the listing completed (engine cc, power, fuel, transmission, full photo list) and the
// detail sections. `params` may be null when the spec sheet could not be fetched (then a note says so).
ListingDetail buildDetail(const Che168CarInfo &info, const Che168Params *params, const QString &paramsProblem,
                          const TermDictionary &terms);

} // namespace CarScout::Sources::Che168
