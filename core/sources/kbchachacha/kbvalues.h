#pragma once

// KB ChaChaCha value formats (sources.md §3): the small pure functions the parsers, the request builder and
// the demo backend share. Every parser returns std::nullopt on text it does not recognise; callers turn that
// into a specific error naming the field.

#include "core/model/listing.h"
#include "core/sources/source.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace CarScout::Sources::Kb {

inline constexpr auto kSourceId = "kbchachacha";
inline constexpr auto kWebHost = "www.kbchachacha.com";
inline constexpr auto kImageHost = "img.kbchachacha.com";

struct Registration
{
    int year = 0;        // first registration, four digits
    int month = 0;       // 1–12
    int modelYear = 0;   // 연식 "(24년형)"; 0 when absent
    friend bool operator==(const Registration &, const Registration &) = default;
};

// List cards: "23/05식(24년형)", "23/05식"; detail table: "12년06월(13년형)", "12년06월".
std::optional<Registration> parseCardRegistration(QStringView text);
std::optional<Registration> parseDetailRegistration(QStringView text);
int fullYear(int twoDigitYear);   // 23 → 2023, 98 → 1998 (window: ≥ 70 is 19xx)

std::optional<int> parseMileageKm(QStringView text);   // "53,768km", "124,413 Km", "0km"
// "2,570만원" / "2,570 만원" / "1억 2,300만원" → KRW (만원 × 10 000); nullopt for 가격문의/상담/리스 text.
std::optional<qint64> parsePriceManwon(QStringView text);
std::optional<int> parseDisplacementCc(QStringView text);   // "1,591cc" → 1591; "0cc" → 0
int displacementFromTitle(QStringView title);   // "… 1.6 터보 …" → 1600; 0 when the title names none
std::optional<int> parseOwnerChanges(QStringView text);     // "4회" → 4, "없음" → 0

Fuel fuelFromName(QStringView name);                   // 가솔린, 디젤, LPG, 가솔린+LPG, HEV(가솔린), 하이브리드, 전기, 수소, CNG …
Transmission transmissionFromName(QStringView name);   // 오토, 수동, 세미오토, CVT

// Search parameter codes (sources.md §3.2). Empty when KB has no code for the value.
QStringList gasCodes(Fuel fuel);            // Lpg → 004003 and 004010 (가솔린+LPG)
QString autoGbnCode(Transmission transmission);
QString sortParameter(SortOrder sort);      // "-orderDate", "sellAmt", "-sellAmt", "km", "-km", "-regiDay"
Fuel fuelFromGasCode(QStringView code);
Transmission transmissionFromAutoGbn(QStringView code);

// Photo URL rule (sources.md §3.2): https://img.kbchachacha.com/IMG/carimg/l/img0{d}/img{s}/{file}?width=720
// with s = the first four digits of carSeq and d = the fourth digit — folder "img10" when d is 0.
// width 0 = no query (the original size). Invalid URL when carSeq has fewer than four digits.
QUrl photoUrl(QStringView carSeq, QStringView fileName, int width = 720);
QString photoFolder(QStringView carSeq);   // "img07/img2717"; empty when carSeq is not ≥ 4 digits
// A card's img src brought to the rule's form (same file, width 720); empty for placeholders (noimage).
QUrl normalizedPhotoUrl(QStringView carSeq, const QString &src);

QUrl detailPageUrl(QStringView carSeq);    // https://www.kbchachacha.com/public/car/detail.kbc?carSeq=…

// "현대 쏘나타 디 엣지(DN8) 1.6 터보 익스클루시브" → make 현대, model 쏘나타 디 엣지(DN8), trim 1.6 터보 익스클루시브.
// With knownModel (the catalog's car name of the search path), the model is taken verbatim when the title has it.
struct TitleParts
{
    QString make, model, trim;
};
TitleParts splitTitle(QStringView title, QStringView knownModel = {});

} // namespace CarScout::Sources::Kb
