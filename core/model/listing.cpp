#include "core/model/listing.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace CarScout {

namespace {

constexpr std::array<std::pair<Fuel, const char *>, 10> kFuelKeys{{
    {Fuel::Petrol, "petrol"}, {Fuel::Diesel, "diesel"}, {Fuel::Lpg, "lpg"},
    {Fuel::HybridPetrol, "hybrid_petrol"}, {Fuel::HybridDiesel, "hybrid_diesel"}, {Fuel::HybridLpg, "hybrid_lpg"},
    {Fuel::Electric, "electric"}, {Fuel::Hydrogen, "hydrogen"}, {Fuel::Cng, "cng"}, {Fuel::Other, "other"},
}};

constexpr std::array<std::pair<Transmission, const char *>, 5> kTransmissionKeys{{
    {Transmission::Automatic, "automatic"}, {Transmission::Manual, "manual"}, {Transmission::Cvt, "cvt"},
    {Transmission::SemiAutomatic, "semi_automatic"}, {Transmission::Other, "other"},
}};

template<typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char *>, N> &table, QStringView key)
{
    for (const auto &[e, k] : table) {
        if (key == QLatin1StringView(k))
            return e;
    }
    return Enum::Unknown;
}

void putIfNotEmpty(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1StringView(key), value);
}

} // namespace

QString fuelKey(Fuel fuel) { return keyOf(kFuelKeys, fuel); }
Fuel fuelFromKey(QStringView key) { return valueOf(kFuelKeys, key); }
QString transmissionKey(Transmission t) { return keyOf(kTransmissionKeys, t); }
Transmission transmissionFromKey(QStringView key) { return valueOf(kTransmissionKeys, key); }

QJsonObject toJson(const Listing &l)
{
    QJsonObject o;
    o.insert(u"source"_qs, l.source);
    o.insert(u"id"_qs, l.id);
    o.insert(u"url"_qs, l.url.toString());
    o.insert(u"title"_qs, l.title);
    o.insert(u"make"_qs, l.make);
    o.insert(u"model"_qs, l.model);
    o.insert(u"trim"_qs, l.trim);
    putIfNotEmpty(o, "make_en", l.makeEn);
    putIfNotEmpty(o, "model_en", l.modelEn);
    o.insert(u"year"_qs, l.year);
    o.insert(u"month"_qs, l.month);
    o.insert(u"mileage_km"_qs, l.mileageKm);
    if (l.price)
        o.insert(u"price"_qs, double(*l.price));
    if (l.pricePrev)
        o.insert(u"price_prev"_qs, double(*l.pricePrev));
    o.insert(u"currency"_qs, l.currency);
    o.insert(u"fuel"_qs, fuelKey(l.fuel));
    o.insert(u"transmission"_qs, transmissionKey(l.transmission));
    o.insert(u"engine_cc"_qs, l.engineCc);
    o.insert(u"power_hp"_qs, l.powerHp);
    o.insert(u"body"_qs, l.body);
    o.insert(u"color"_qs, l.color);
    o.insert(u"location"_qs, l.location);
    o.insert(u"seller"_qs, l.seller);
    QJsonArray photos;
    for (const QUrl &u : l.photos)
        photos.append(u.toString());
    o.insert(u"photos"_qs, photos);
    o.insert(u"badges"_qs, QJsonArray::fromStringList(l.badges));
    return o;
}

Listing listingFromJson(const QJsonObject &o)
{
    Listing l;
    l.source = o.value(u"source").toString();
    l.id = o.value(u"id").toString();
    l.url = QUrl(o.value(u"url").toString());
    l.title = o.value(u"title").toString();
    l.make = o.value(u"make").toString();
    l.model = o.value(u"model").toString();
    l.trim = o.value(u"trim").toString();
    l.makeEn = o.value(u"make_en").toString();
    l.modelEn = o.value(u"model_en").toString();
    l.year = o.value(u"year").toInt();
    l.month = o.value(u"month").toInt();
    l.mileageKm = o.value(u"mileage_km").toInt();
    if (o.value(u"price").isDouble())
        l.price = qint64(o.value(u"price").toDouble());
    if (o.value(u"price_prev").isDouble())
        l.pricePrev = qint64(o.value(u"price_prev").toDouble());
    l.currency = o.value(u"currency").toString();
    l.fuel = fuelFromKey(o.value(u"fuel").toString());
    l.transmission = transmissionFromKey(o.value(u"transmission").toString());
    l.engineCc = o.value(u"engine_cc").toInt();
    l.powerHp = o.value(u"power_hp").toInt();
    l.body = o.value(u"body").toString();
    l.color = o.value(u"color").toString();
    l.location = o.value(u"location").toString();
    l.seller = o.value(u"seller").toString();
    for (const QJsonValue &v : o.value(u"photos").toArray())
        l.photos.append(QUrl(v.toString()));
    for (const QJsonValue &v : o.value(u"badges").toArray())
        l.badges.append(v.toString());
    return l;
}

} // namespace CarScout
