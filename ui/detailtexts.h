#pragma once

// The detail panel's sentences, as plain functions of values (context "DetailPanel"): the inspection and
// insurance-record lines with the marketplace's Korean values in the GUI language (terms dictionary,
// categories "inspection" and "inspection_part"; a value it does not know stays as written), the provenance of
// displacement and power, and the "passable" line of the customs estimate.

#include "core/customs/timing.h"
#include "core/sources/source.h"
#include "core/specs/resolvedspecs.h"

#include <QLocale>
#include <QString>

namespace CarScout::Sources {
class TermDictionary;
}

namespace CarScout::Ui {

// "tuning: 없음" → "tuning: none" / "тюнинг: нет"; a note of another shape is translated as a whole value.
QString inspectionNoteText(const QString &note, const Sources::TermDictionary *terms, const QString &lang);
// The report's summary line; `report` empty = "no report".
QString inspectionText(const std::optional<Sources::InspectionSummary> &report, const Sources::TermDictionary *terms,
                       const QString &lang, const QLocale &locale = QLocale());
QString accidentText(const std::optional<Sources::AccidentSummary> &record, const QLocale &locale = QLocale());

// "Displacement 1 598 cm³ from the specs catalog · power 150 hp from the listing's detail page".
QString provenanceLine(const Specs::ResolvedSpecs &specs);

// When the car's age band changes to the cheaper one: "Passable from 01.07.2027 (in 7 months): payments then
// 1 234 567,00 ₽, saving 515 000,00 ₽ against now"; "Passable now" / "Over 5 years" otherwise. `nowKopecks`
// is today's total (nullopt when not computable). Empty for no verdict.
QString passableText(const std::optional<Customs::Passable> &passable, std::optional<qint64> nowKopecks,
                     const QLocale &locale = QLocale());

} // namespace CarScout::Ui
