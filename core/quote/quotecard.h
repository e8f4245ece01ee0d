#pragma once

// The quote the dealer sends: a plain-text card for Telegram/WhatsApp (Russian by default) and the same facts
// as HTML for the one-page PDF. Strings are translatable in the "Quote" context; English is the source text,
// so Language::English never goes through a translator and Language::Russian does (the lead's .ts).

#include "core/customs/timing.h"
#include "core/quote/quote.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace CarScout::Quote {

enum class Language { Russian, English };
std::optional<Language> languageFromKey(const QString &key);   // "ru", "en"

// The car as the client sees it; what is unknown stays empty/0 and is left out of the card.
struct QuoteSubject
{
    QString title;                         // "Hyundai Grandeur 2.5 Calligraphy"
    int year = 0;
    int mileageKm = -1;                    // -1 = unknown
    int engineCc = 0;
    std::optional<Customs::Power> power;
    QString powerSource;                   // in the dealer's language: "listing", "specs catalog", "entered"
    QUrl url;
};

struct QuoteCard
{
    QuoteSubject subject;
    QuoteResult quote;                     // ok
    std::optional<Customs::NextBand> nextBand;
    QString dealerName;                    // the card's last lines and the PDF's header; empty = left out
    QString dealerContacts;                // "+7 …, Telegram @…, mail@…"
};

QString quoteText(const QuoteCard &card, Language language = Language::Russian);
// The PDF's HTML; with `withPhoto` an <img> of the resource "carscout:photo" (the PDF writer adds the image).
QString quoteHtml(const QuoteCard &card, Language language = Language::Russian, bool withPhoto = false);

// Pieces the card and the PDF share (exposed for tests).
QString lineName(const QuoteLine &line, Language language);
QString moneyText(qint64 kopecks, Language language);          // "1 166 484,85 ₽" / "1,166,484.85 RUB"
QString ageBandText(const QString &band, Language language);  // "3_5" → "3–5 years"

} // namespace CarScout::Quote
