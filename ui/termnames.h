#pragma once

// Korean (and Chinese) marketplace terms shown in the GUI language through the terms dictionary.

#include <QString>

namespace CarScout::Sources {
class TermDictionary;
struct FilterNode;
}

namespace CarScout::Ui {

// "en" or "ru" for the current default locale (the dictionary's languages); "en" for anything else.
QString dictionaryLanguage();

// The name of a filter-tree node in `lang`: the dictionary's translation for its level, the marketplace's
// English name, or the original. Never empty.
QString localizedNodeName(const Sources::FilterNode &node, const Sources::TermDictionary *terms, const QString &lang);

// "Hyundai (현대)" when the translation differs from the original, else the original.
QString nodeLabel(const Sources::FilterNode &node, const Sources::TermDictionary *terms, const QString &lang);

} // namespace CarScout::Ui
