#pragma once

// Parsers of KB ChaChaCha's filter-tree JSON (sources.md §3.1): carMaker → carClass → carName → carModel
// (models and their grades). Envelope {status:200, message, result{…}}; anything else is an error naming
// the endpoint and the field.

#include "core/sources/source.h"

#include <QByteArray>
#include <QList>
#include <QString>


namespace CarScout::Sources {
class TermDictionary;
}

namespace CarScout::Sources::Kb {

struct KbCatalogResult
{
    QList<FilterNode> nodes;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Levels of the tree, top first; FilterNode::level uses these names and FilterNode::key the KB codes
// (makerCode, classCode, carCode, modelCode, modelGradeCode "26892|001").
inline constexpr const char *kLevels[] = {"maker", "class", "car", "model", "grade"};

KbCatalogResult parseMakers(const QByteArray &json, const TermDictionary *terms = nullptr);
KbCatalogResult parseClasses(const QByteArray &json, const TermDictionary *terms = nullptr);   // nameEn: model names
KbCatalogResult parseCars(const QByteArray &json);
KbCatalogResult parseModels(const QByteArray &json);
KbCatalogResult parseGrades(const QByteArray &json, const QString &modelCode);

} // namespace CarScout::Sources::Kb
