#pragma once

// Customs through time, for one car: when its age band next changes (the "passable" date: an individual's car
// past 3 years pays €/cm³ instead of 48–54 % of its value) and what it costs if declared then, and what a rule
// change coming within 60 days does to it. Pure functions over the engine, the same exchange rates throughout.
//
//   if (const auto next = nextBand(Engine::builtin(), input, rates))
//       next->date, next->ageBand, next->result.total, savingKopecks(now, next->result)
//   if (const auto change = ruleChange(Engine::builtin(), input, rates))
//       change->date, change->result.total
//
// Band changes (age.h): the ЕТС (individual, piston car) moves on the day AFTER the 3rd and the 5th anniversary
// («не более 3 лет»); the ЕТТ (company, BEV/REEV, motorcycle) on the 3rd anniversary itself ("3 years or more"),
// then the day after the 5th and the 7th. A production date known only to the year or the month is counted from
// 1 July or the 15th; the real change can fall anywhere in [earliest, latest].

#include "core/customs/engine.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace CarScout::Customs {

// The first declaration dates of the later age bands of `input`'s route, counted from `produced`, ascending.
QList<QDate> bandChangeDates(const Input &input, QDate produced);

struct Projection
{
    QDate date;                 // the declaration date projected to
    QString ageBand;            // the band on that date ("3_5", …)
    Result result;              // the estimate on that date (same rates); !ok when no rules cover it
};

struct NextBand : Projection
{
    QDate assumedProduction;    // the production date counted from
    QDate earliest;             // where the change can really fall, given a partial production date
    QDate latest;               //   (both == date when the production date is exact)
    QString assumption;         // a dealer sentence when the production date is partial, else empty
};

// The next age-band change after the declaration date and the estimate on it; nullopt when the car is already
// in its last band (or the input is not valid).
std::optional<NextBand> nextBand(const Engine &engine, const Input &input, const RateTable &rates,
                                 Engine::Detail detail = Engine::Detail::AmountsOnly);

// When any rule table changes within `windowDays` after the declaration date: the estimate on the day of the
// change (the car a little older too); nullopt otherwise.
std::optional<Projection> ruleChange(const Engine &engine, const Input &input, const RateTable &rates,
                                     int windowDays = 60, Engine::Detail detail = Engine::Detail::AmountsOnly);

// The dealer's "passable" (проходной) state for a listing table: a car 3–5 years old pays the €/cm³ rate as an
// individual's import. Under 3: passable on the next band date, in `months` (rounded up), at `total`; over 5:
// never again. For a column "passable" and "landed when passable", and a filter "within N months".
struct Passable
{
    enum class State { Now, Later, Over5 };
    State state = State::Now;
    QDate date;                        // Later: the first day in the 3–5 band
    int months = 0;                    // Later: whole months from the declaration date, rounded up
    std::optional<qint64> totalKopecks;   // Later: the payments on that date (nullopt when not computable)
    bool uncertain = false;            // Later: that total rests on a rate that is not confirmed
    qint64 customsValueKopecks = 0;    // Later: the customs value on that date (for a landed cost then)
    QString assumption;                // Later: NextBand::assumption (a partial production date), else empty

    bool within(int maxMonths) const { return state == State::Now || (state == State::Later && months <= maxMonths); }
};
std::optional<Passable> passable(const Engine &engine, const Input &input, const RateTable &rates);

// Whole months from `from` to `to`, rounded up (2027-02-01 → 2027-06-11: 5).
int monthsUntil(QDate from, QDate to);

// then − now in kopecks (negative = cheaper then); nullopt when either total is not computable.
std::optional<qint64> differenceKopecks(const Result &now, const Result &then);

} // namespace CarScout::Customs
