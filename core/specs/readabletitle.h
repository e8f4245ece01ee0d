#pragma once

// Readable titles in the GUI's language (issue 9, "Readable rows"): make and model from the catalog (or the
// terms dictionary), the engine as "2.5 бензин" / "1.6T petrol", the trim's grade words translated —
// "Hyundai Grandeur (GN7) 2.5 бензин Premium" for "현대 디 올 뉴 그랜저 가솔린 2.5 프리미엄". The original
// title stays in Listing::title (tooltip, detail panel). Words: resources/specs/words/trims.json.

#include "core/model/listing.h"
#include "core/specs/resolvedspecs.h"

#include <QHash>
#include <QString>

namespace CarScout::Specs {

class SpecsCatalog;

class TitleWords
{
public:
    static const TitleWords &builtin();   // :/carscout/specswords/trims.json, loaded once
    // Returns false with "<origin>: <what>" on malformed input.
    bool addJson(const QByteArray &json, const QString &origin, QString *error);

    QString word(const QString &korean, QStringView lang) const;   // empty when unknown
    QString fuel(Fuel fuel, QStringView lang) const;               // empty when unknown
    QString seats(int seats, QStringView lang) const;              // "9-seat", "9 мест"
    bool isEmpty() const { return m_words.isEmpty(); }

private:
    struct Pair { QString en, ru; };
    static QString pick(const Pair &p, QStringView lang) { return lang == u"ru" ? p.ru : p.en; }
    QHash<QString, Pair> m_words;
    QHash<QString, Pair> m_fuel;
    Pair m_seats;
};

// lang: "en" or "ru"; any other language gets the English words.
QString readableTitle(const Listing &listing, const ResolvedSpecs &specs, QStringView lang,
                      const SpecsCatalog &catalog, const TitleWords &words = TitleWords::builtin());

} // namespace CarScout::Specs
