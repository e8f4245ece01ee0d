#pragma once

#include "core/model/listing.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace CarScout::Model {

// --- Row facts the estimator computes besides the amounts (issues 9, 10, 12: passable date, preferential fee,
// provenance, export warnings, readable names). Added as one block; keep further additions here too. ---

// One resolved engine value of a row (displacement in cm³ or power in hp) and where it came from. min 0 = the
// estimator knows nothing beyond the listing's own field.
struct ResolvedValue
{
    int min = 0;
    int max = 0;        // > min for a range (several catalog engines fit)
    QString source;     // "listing", "catalog", "detail", "online", "dealer"; empty = unknown
    QString note;       // the cell tooltip: value, where it came from, the engines behind a range

    bool known() const { return min > 0; }
    bool isRange() const { return max > min; }
    friend bool operator==(const ResolvedValue &, const ResolvedValue &) = default;
};

// When the car reaches the 3–5 year band (an individual's import then pays €/cm³ instead of 48–54 % of its
// value) and the landed cost if declared on that day, under that day's rules, at the same exchange rates.
struct PassableFacts
{
    enum class State { Unknown, Now, Later, Over5 };
    State state = State::Unknown;
    QDate date;                                  // Now: the declaration date; Later: the first day in the band
    int months = 0;                              // Later: whole months from the declaration date, rounded up
    std::optional<qint64> landedRubKopecks;      // Now: the landed cost; Later: the landed cost on `date`
    std::optional<qint64> landedMaxRubKopecks;   // the upper end when the engine is a range
    bool uncertain = false;                      // that amount rests on a projected or disputed rule
    QString note;   // a partial production date: which day was assumed and that the date may move; else empty

    // "Becomes passable within N months": passable now, or in at most N months.
    bool within(int maxMonths) const { return state == State::Now || (state == State::Later && months <= maxMonths); }
    friend bool operator==(const PassableFacts &, const PassableFacts &) = default;
};

// The preferential utilization fee (≤ 160 hp and ≤ 3 000 cm³; BEVs ≤ 80 hp of 30-minute power).
enum class PreferentialFee { Unknown, Yes, No, NearLimit };

struct PreferentialFacts
{
    PreferentialFee verdict = PreferentialFee::Unknown;
    int limitHp = 160;
    std::optional<int> marginHp;   // limit − power (its upper end); negative = over the limit
    QString explanation;           // dealer sentences: the verdict, the power against the limit, and why

    friend bool operator==(const PreferentialFacts &, const PreferentialFacts &) = default;
};

// The row's texts in the GUI's language (the originals stay in the Listing); empty = show the original.
struct ReadableNames
{
    QString title, make, model;
    friend bool operator==(const ReadableNames &, const ReadableNames &) = default;
};

// What the cost columns of a listing show. Amounts are exact kopecks. When an amount cannot be computed,
// `problem` says why in the user's language ("power unknown") and is shown instead of the number.
struct CostEstimate
{
    std::optional<qint64> priceRubKopecks;
    std::optional<qint64> customsRubKopecks;
    std::optional<qint64> landedRubKopecks;
    // Upper ends when the listing's engine is only known as a range (several catalog engines fit): the cells
    // then read "from customs to customsMax". Empty = one value.
    std::optional<qint64> customsMaxRubKopecks;
    std::optional<qint64> landedMaxRubKopecks;
    QString problem;

    // --- Row facts (see above); empty/Unknown when the estimator does not know them. ---
    ResolvedValue engineCc;
    ResolvedValue powerHp;
    ReadableNames readable;
    PassableFacts passable;
    PreferentialFacts preferential;
    QStringList exportWarnings;     // dealer sentences of the export restrictions that apply (informational)
    bool exportUncertain = false;   // one of them rests on a single source

    friend bool operator==(const CostEstimate &, const CostEstimate &) = default;
};

// Injected into the model by the GUI (wired to the customs engine); must be a pure function of the listing
// and of settings captured when it was set.
using CostEstimator = std::function<CostEstimate(const Listing &)>;

} // namespace CarScout::Model

Q_DECLARE_METATYPE(CarScout::Model::CostEstimate)
