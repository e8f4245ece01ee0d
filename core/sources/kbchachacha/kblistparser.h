#pragma once

// Parser of KB ChaChaCha's search list fragment (GET /public/search/list.empty, sources.md §3.2).
// The fragment has three sections under <h2> headings — "KB스타픽" (paid ads), "인증 및 진단" (certified
// cars, also ads) and "전체" (the real result list). Only "전체" counts as results; the others are parsed
// too (for tests and diagnostics) but never returned as results — except when the page has no "전체" section
// at all (an unfiltered list can come back so): then its cards are the results, each marked "promoted".
// A card that cannot be read is skipped with a warning naming it (carSeq, what, where); the rest is kept.

#include "core/model/listing.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>


namespace CarScout::Sources {
class TermDictionary;
}

namespace CarScout::Sources::Kb {

inline constexpr auto kResultSection = u"전체";
inline constexpr auto kStarPickSection = u"KB스타픽";
inline constexpr auto kCertifiedSection = u"인증 및 진단";
inline constexpr auto kPromotedBadge = "promoted";            // a paid ad taken as a result
inline constexpr auto kPriceReducedBadge = "price reduced";   // the card shows an old, higher price struck through

struct KbCard
{
    Listing listing;
    QString section;       // heading of the section the card sits in ("KB스타픽", "인증 및 진단", "전체")
    int index = 0;         // position among all cards of the page, 0-based
    int modelYear = 0;     // "(24년형)"
    QStringList tags;      // span.tag (실차주, 헛걸음보상, KB보증 …)
    QString badge;         // span.check-bedge span.txt (인증, 진단)
    QString note;          // div.thumbnail-bottom p.txt ("제조사보증 · 무사고 · 1인소유")
    QString priceText;     // as shown: "2,570만원", "리스승계 월68만원"
    bool lease = false;    // a lease takeover: the shown amount is monthly, not a price
};

struct KbListContext
{
    QString knownModel;                     // catalog car name of the search path, for splitting titles
    Fuel fuel = Fuel::Unknown;              // when the search filtered on exactly one fuel
    Transmission transmission = Transmission::Unknown;
    const TermDictionary *terms = nullptr;  // make_en / model_en; may be null
};

struct KbListPage
{
    QList<KbCard> cards;          // every card of every section, document order
    QList<Listing> results;       // the "전체" section (or every card, see promotedOnly), deduplicated by carSeq
    QStringList sections;         // section headings in order
    QStringList warnings;         // cards that could not be read and were skipped, each named (never fatal alone)
    bool noResultsMarker = false; // the fragment says there is nothing (past the last page)
    bool promotedOnly = false;    // no "전체" section: the results are the ad cards
    QString error;                // non-empty: the page is unusable (no card of it readable); says what and where

    bool ok() const { return error.isEmpty(); }
};

// charset: the response's declared charset (empty = detect; KB serves UTF-8).
KbListPage parseListPage(const QByteArray &body, const QByteArray &charset = {}, const KbListContext &context = {});

} // namespace CarScout::Sources::Kb
