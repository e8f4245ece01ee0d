#pragma once

// Synthetic listings for model and export tests (invented values, no real data).

#include "core/model/listing.h"

#include <optional>

namespace CarScout::Test {

inline Listing makeListing(const QString &id, std::optional<qint64> price, int year = 2018, int mileageKm = 50'000)
{
    Listing l;
    l.source = u"encar"_qs;
    l.id = id;
    l.url = QUrl(u"https://example.invalid/cars/"_qs + id);
    l.title = u"Car "_qs + id;
    l.make = u"현대"_qs;
    l.model = u"쏘나타"_qs;
    l.makeEn = u"Hyundai"_qs;
    l.modelEn = u"Sonata"_qs;
    l.year = year;
    l.month = 3;
    l.mileageKm = mileageKm;
    l.price = price;
    l.currency = u"KRW"_qs;
    l.fuel = Fuel::Petrol;
    l.transmission = Transmission::Automatic;
    l.engineCc = 1999;
    return l;
}

} // namespace CarScout::Test
