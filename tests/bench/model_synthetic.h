#pragma once

// Deterministic synthetic listings for the model and CSV benchmarks (invented values; each string is built
// separately, as a parser would, so memory figures are not flattered by implicit sharing).

#include "core/model/listing.h"

#include <QRandomGenerator>

#include <array>

namespace CarScout::Bench {

inline QList<Listing> syntheticPage(int page, int pageSize, QRandomGenerator &rng)
{
    static const std::array<std::array<const char *, 3>, 8> kCars{{
        {"현대", "쏘나타", "Hyundai"}, {"현대", "그랜저", "Hyundai"}, {"기아", "K5", "Kia"},
        {"기아", "쏘렌토", "Kia"}, {"제네시스", "G80", "Genesis"}, {"BMW", "5시리즈", "BMW"},
        {"벤츠", "E-클래스", "Mercedes-Benz"}, {"쉐보레", "말리부", "Chevrolet"},
    }};
    static const std::array<const char *, 4> kTrims{"2.0 프리미엄", "2.5 시그니처", "1.6 터보 노블레스", "3.5 AWD"};
    static const std::array<const char *, 5> kColors{"흰색", "검정색", "쥐색", "은색", "진주색"};
    static const std::array<const char *, 6> kPlaces{"서울", "경기", "인천", "부산", "대구", "광주"};

    QList<Listing> listings;
    listings.reserve(pageSize);
    for (int i = 0; i < pageSize; ++i) {
        const int n = page * pageSize + i;
        const auto &car = kCars[rng.bounded(int(kCars.size()))];
        Listing l;
        l.source = QStringLiteral("encar");
        l.id = QString::number(30'000'000 + n);
        l.url = QUrl(QStringLiteral("https://fem.encar.com/cars/detail/%1").arg(l.id));
        l.make = QString::fromUtf8(car[0]);
        l.model = QString::fromUtf8(car[1]);
        l.makeEn = QString::fromUtf8(car[2]);
        l.trim = QString::fromUtf8(kTrims[rng.bounded(int(kTrims.size()))]);
        l.title = l.make + u' ' + l.model + u' ' + l.trim;
        l.year = 2010 + rng.bounded(15);
        l.month = 1 + rng.bounded(12);
        l.mileageKm = rng.bounded(250'000);
        if (rng.bounded(50) != 0)
            l.price = qint64(rng.bounded(300, 12'000)) * 10'000;   // 만원 × 10 000
        l.currency = QStringLiteral("KRW");
        l.fuel = Fuel(1 + rng.bounded(7));
        l.transmission = rng.bounded(10) == 0 ? Transmission::Manual : Transmission::Automatic;
        l.engineCc = 1'500 + rng.bounded(2'000);
        l.body = QStringLiteral("세단");
        l.color = QString::fromUtf8(kColors[rng.bounded(int(kColors.size()))]);
        l.location = QString::fromUtf8(kPlaces[rng.bounded(int(kPlaces.size()))]);
        l.seller = QStringLiteral("딜러 %1").arg(rng.bounded(5'000));
        for (int p = 1; p <= 3; ++p)
            l.photos.append(QUrl(QStringLiteral("https://ci.encar.com/carpicture/%1_%2.jpg").arg(l.id).arg(p, 3, 10, QLatin1Char('0'))));
        if (rng.bounded(3) == 0)
            l.badges.append(QStringLiteral("inspection"));
        listings.append(std::move(l));
    }
    return listings;
}

} // namespace CarScout::Bench
