#pragma once

// Export restrictions as dated data (resources/customs/export_restrictions.json): rules that stop a car leaving
// its country for Russia (Korea: price over USD 50 000, engines of 2 000 cm³ and more; China: registered less
// than 180 days before export). Informational: the evaluator returns warnings, it never hides a listing.
//
//   ExportFacts facts{…};                                 // from a listing or the calculator
//   for (const ExportWarning &w : ExportRules::builtin().evaluate(facts, rates))
//       w.text (dealer sentence), w.source, w.uncertain

#include "core/customs/money.h"
#include "core/customs/rates.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace CarScout::Customs {

// What the rules look at; empty / invalid / 0 = unknown (a rule needing it stays silent).
struct ExportFacts
{
    QString origin;             // "KR", "CN"; empty = from the currency (KRW → KR, CNY → CN)
    Rational price;             // in `currency`
    QString currency;
    int engineCc = 0;           // 0 = none or unknown
    QDate firstRegistration;
    QDate declarationDate;      // stands in for the export date when that is unknown
    QDate exportDate;
};

struct ExportRule
{
    enum class Kind { PriceAbove, EngineCcAtLeast, RegisteredLessThanDays };
    QString id;
    QString origin;
    Kind kind = Kind::PriceAbove;
    QString currency;           // PriceAbove
    Rational amount;            // PriceAbove
    int threshold = 0;          // cm³ or days
    QDate from;
    QDate to;                   // invalid = open-ended
    QString confidence;         // "two_sources" | "one_source"
    QString citation;
    QString source;
};

struct ExportWarning
{
    QString ruleId;
    QString text;               // a short dealer sentence (translated in the "Customs" context)
    QString source;             // citation and source, for a tooltip
    bool uncertain = false;     // the rule rests on one source
    QDate effectiveFrom;
};

class ExportRules
{
public:
    // From a JSON file; nullopt + a specific error (rules[i].field).
    static std::optional<ExportRules> load(const QString &path, QString *error);
    static const ExportRules &builtin();   // ":/customs/export_restrictions.json"

    QList<ExportWarning> evaluate(const ExportFacts &facts, const RateTable &rates) const;
    const QList<ExportRule> &rules() const { return m_rules; }

private:
    QList<ExportRule> m_rules;
};

} // namespace CarScout::Customs
