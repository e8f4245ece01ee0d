#pragma once

// Bobaedream value formats (sources.md §2, che168-bobaedream.md §6): the small pure readers the bike and car
// parsers and the request builders share. Every reader returns std::nullopt on text it does not recognise;
// callers turn that into a specific error or warning naming the field.

#include "core/model/listing.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace CarScout::Sources::Bobae {

inline constexpr auto kBikeSourceId = "bobaedream";        // motorcycles, www.bobaedream.co.kr/bike2
inline constexpr auto kCarSourceId = "bobaedream_cars";    // cars, m.bobaedream.co.kr/mycar
inline constexpr auto kWebHost = "www.bobaedream.co.kr";
inline constexpr auto kMobileHost = "m.bobaedream.co.kr";
inline constexpr auto kBikePhotoHost = "file4.bobaedream.co.kr";

struct YearMonth
{
    int year = 0;        // four digits
    int month = 0;       // 1–12; 0 when the text gives none
    int day = 0;         // 1–31; 0 when the text gives none
    int modelYear = 0;   // "(23년형)"; 0 when absent
    friend bool operator==(const YearMonth &, const YearMonth &) = default;
};

int fullYear(int twoDigitYear);   // 23 → 2023, 98 → 1998 (≥ 70 is 19xx)

// A list cell holding a year: "2022", "2022년", "2022년식", "2022/05", "2022.5", "2022년 05월". Four digits,
// 1950–2099; nothing else in the cell.
std::optional<YearMonth> parseListYear(QStringView text);
// Detail 연식 in every form the pages use: the list forms above, "24/02/13(23년형)", "23/02/10", "2024/10",
// "2024/10(25년형)", "2019년 5월식".
std::optional<YearMonth> parseYearMonth(QStringView text);
// 최초등록일 "2026/11/20" (also with - or .).
std::optional<YearMonth> parseDate(QStringView text);

// "125cc", "1,254 cc", "1254CC" → cc; withUnit = false also accepts a bare "3,982" (mobile 배기량).
std::optional<int> parseDisplacementCc(QStringView text, bool requireUnit = true);
// "12,345km", "12,345 Km", "1.2만km", "0km" → km.
std::optional<int> parseMileageKm(QStringView text, bool requireUnit = true);

enum class PriceKind { Amount, OnRequest };
struct Price
{
    PriceKind kind = PriceKind::OnRequest;
    qint64 krw = 0;      // Amount only
};
// "320만원", "1,250 만원", "1억 2,300만원", "2억원" → KRW; "가격문의", "상담", "문의", "협의" → OnRequest.
std::optional<Price> parsePrice(QStringView text);
std::optional<qint64> parseManwonNumber(QStringView text);   // "23,900" (the number beside a 만원 unit) → KRW

std::optional<int> parsePowerHp(QStringView text);   // "557마력", "557 ps", "150hp/6500rpm" → 557
std::optional<int> parseCount(QStringView text);     // "2", "2회", "2건" → 2 (insurance/repair counts)
QString normalizedVin(QStringView text);              // 17 VIN characters upper-cased; empty when not a VIN

enum class SellerKind { Unknown, Private, Business, Dealer };
SellerKind sellerKindFromText(QStringView text);   // "개인", "업체", "딜러" (alone or in parentheses)
QString sellerKindName(SellerKind kind);           // the Korean word; empty for Unknown

// The province a region cell starts with ("서울 강남구" → 서울, "경기도 수원시" → 경기); empty when none.
QString provinceOf(QStringView text);

Fuel fuelFromName(QStringView name);                   // 휘발유/가솔린, 디젤/경유, LPG, (가솔린)하이브리드, 전기, 수소 …
Transmission transmissionFromName(QStringView name);   // 자동/오토 (also the site's broken "자동 Array단"), 수동, 세미오토, CVT

bool isPriceOnRequestText(QStringView text);

// The spec cells the bike and the car detail pages share: 연식, 주행거리, 배기량, 연료, 변속기, 색상.
struct SharedDetailField
{
    bool shared = false;              // the label is one of them
    const char *expected = nullptr;   // set when the value is unreadable: what it should look like
    std::optional<YearMonth> year;    // 연식, as read
};
// Reads `value` of a shared label into `listing` (year/month, mileage, displacement, fuel, gearbox, colour).
SharedDetailField readSharedDetailField(QStringView label, const QString &value, Listing &listing);

// Bike photos (sources.md §2): https://file4.bobaedream.co.kr/direct_bike/…/cb{n}_{k}.jpg; "_s1" marks a
// thumbnail. bikePhotoBase is "cb{n}" (empty when the URL is not a bike photo); fullSizeBikePhoto strips _s1.
QString bikePhotoBase(const QUrl &url);
QUrl fullSizeBikePhoto(const QUrl &url);
// Car photos (che168-bobaedream.md §6.2): …/pds/CyberCar/{n}/{folder}/img_{folder}_{k}.jpg; the folder is what
// ties a photo to its car (other cars' photos share the page). Empty when the URL is not of that shape.
QString carPhotoFolder(const QUrl &url);

// "//host/x" → https://host/x; "/x" → https://{host}/x; relative "x" against base; invalid for empty/javascript.
QUrl absoluteUrl(QStringView src, const QUrl &base);

// The listing id of a link ("bike_view.php?no=123&…" → 123; "/mycar/mview/2254832" → 2254832); empty if none.
QString bikeIdFromHref(QStringView href);
QString carIdFromHref(QStringView href);

// Text in a page that marks a block/captcha/"too many requests" answer instead of the page asked for.
QString blockPageMarker(QStringView text);

} // namespace CarScout::Sources::Bobae
