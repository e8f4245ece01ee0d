#pragma once

// The rule tables of customs.md as loaded from the versioned data files in resources/customs/*.json. The
// engine interprets brackets only; every number lives in the data with its validity period and legal citation.
// Bounds are upper-inclusive and an empty optional bound means "open-ended" (customs.md §8 step 4).

#include "core/customs/money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace CarScout::Customs {

// One period of one table.
struct Validity
{
    QString id;                 // "util-2026", "fee-2025", …
    QDate from;                 // effective_from (inclusive)
    QDate to;                   // effective_to (inclusive); invalid = open-ended
    QString citation;
    bool uncertain = false;     // the whole period is not confirmed (see confidence)
    QString confidence;         // why it is flagged: one_source, disputed, derived, projected, carried
    QString source;             // where the values come from (for the rules view / tooltips)
    QString note;

    bool contains(QDate date) const { return date >= from && (!to.isValid() || date <= to); }
};

// A coefficient or rate that may be absent from the data (→ not computable) or flagged uncertain.
struct Cell
{
    std::optional<Rational> value;
    bool uncertain = false;
    QString confidence;         // as Validity::confidence; empty for an old-style flag without a reason
    QString source;
    QString note;
};

// The confidence words a flagged cell or period may carry; any of them makes it uncertain.
bool isKnownConfidence(const QString &confidence);

struct EtsTable : Validity
{
    struct ValueBracket { std::optional<Rational> maxEur; Rational percent; Rational minEurPerCc; };
    struct VolumeBracket { std::optional<int> maxCc; Rational age3to5EurPerCc; Rational over5EurPerCc; };
    QList<ValueBracket> under3;
    QList<VolumeBracket> byDisplacement;
};

// One ЕТТ duty cell: % of the value, % with a €/cm³ floor, or a flat €/cm³.
struct DutyRate
{
    std::optional<Rational> percent;
    std::optional<Rational> minEurPerCc;
    std::optional<Rational> eurPerCc;
    QString code;
    QString describe() const;   // "20 %, min 0.44 €/cm³", "2.2 €/cm³", "15 %"
};

struct EttTable : Validity
{
    struct OffroadBracket { std::optional<int> maxCc; Rational percent; };
    struct Row
    {
        std::optional<int> maxCc;
        DutyRate newCar, age3to5, age5to7, over7;
        QList<OffroadBracket> newOffroad;
    };
    struct MotorcycleRow { std::optional<int> maxCc; DutyRate rate; };
    QString edition;
    QList<Row> petrol;
    QList<Row> diesel;
    DutyRate hybridOther;
    DutyRate electric;
    QList<MotorcycleRow> motorcycle;
    DutyRate motorcycleElectric;
};

struct ExciseTable : Validity
{
    struct Bracket { std::optional<Rational> maxHp; Rational rubPerHp; };
    QList<Bracket> car;
    Rational motorcycleMinHpExclusive;
    Rational motorcycleRubPerHp;
};

struct VatTable : Validity
{
    Rational percent;
};

struct ClearanceFeeTable : Validity
{
    struct Bracket { std::optional<Rational> maxRub; qint64 feeKopecks = 0; };
    QList<Bracket> brackets;
};

struct UtilizationTable : Validity
{
    struct Band { std::optional<Rational> maxHp; Cell newCar; Cell old; };
    struct VolumeRow { std::optional<int> maxCc; QList<Band> bands; };
    struct Preference
    {
        qint64 newKopecks = 0;              // ≤ 3 years
        qint64 oldKopecks = 0;              // > 3 years
        std::optional<int> iceMaxCc;        // empty = no limit
        std::optional<Rational> iceMaxHp;   // empty = no power limit
        std::optional<Rational> evMaxHp;
        QString note;
    };
    Rational baseRub;
    Preference preference;
    QList<VolumeRow> ice;
    QList<Band> ev;
};

// The tables in force on one declaration date.
struct RuleSet
{
    QDate date;
    std::shared_ptr<const EtsTable> ets;
    std::shared_ptr<const EttTable> ett;
    std::shared_ptr<const ExciseTable> excise;
    std::shared_ptr<const VatTable> vat;
    std::shared_ptr<const ClearanceFeeTable> clearanceFee;
    std::shared_ptr<const UtilizationTable> utilization;

    // "ets-107+ett-80@2026-01-22+excise-2026+vat-22+fee-2026+util-2026"
    QString version() const;
    QStringList citations() const;
};

// All periods of all tables. Load once (Engine does) and ask for the set of a date.
class RuleBook
{
public:
    // From a directory holding ets.json, ett.json, excise.json, vat.json, clearance_fee.json, utilization.json;
    // ":/customs" is the copy embedded in carscout_customs. nullopt + a specific error (file, period, field).
    static std::optional<RuleBook> load(const QString &directory, QString *error);
    // The embedded tables (loaded once, thread-safe). Aborts only if the embedded data is broken, which the
    // tests guard against.
    static const RuleBook &builtin();

    // nullopt + "no utilization-fee rules for 2027-03-01 (covered: 2024-01-01 … 2026-12-31)" when a date
    // falls outside any table's periods.
    std::optional<RuleSet> forDate(QDate date, QString *error) const;

    // The first and last date every table covers (for messages and the GUI's date picker).
    QDate firstCoveredDate() const;
    QDate lastCoveredDate() const;
    // The first day after `date` on which any table starts a new period (a rule change), or invalid.
    QDate nextChangeAfter(QDate date) const;

    QList<std::shared_ptr<const UtilizationTable>> utilizationPeriods() const { return m_utilization; }
    QList<std::shared_ptr<const ExciseTable>> excisePeriods() const { return m_excise; }
    QList<std::shared_ptr<const ClearanceFeeTable>> clearanceFeePeriods() const { return m_fee; }

private:
    QList<std::shared_ptr<const EtsTable>> m_ets;
    QList<std::shared_ptr<const EttTable>> m_ett;
    QList<std::shared_ptr<const ExciseTable>> m_excise;
    QList<std::shared_ptr<const VatTable>> m_vat;
    QList<std::shared_ptr<const ClearanceFeeTable>> m_fee;
    QList<std::shared_ptr<const UtilizationTable>> m_utilization;
};

} // namespace CarScout::Customs
