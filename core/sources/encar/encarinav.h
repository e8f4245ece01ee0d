#pragma once

// The Encar filter tree from the iNav facets of a list response (sources.md §1.4): car type → manufacturer →
// model group → model → badge group → badge → badge detail. Nodes are selected by Name/DisplayName and
// facets by Value/DisplayValue — never by position.

#include "core/sources/source.h"
#include "core/sources/terms.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace CarScout::Sources::Encar {

// The children of `path` (see filterFromQuery for its form: an optional car-type key, then hierarchy values).
// An empty path gives the car types. A path element that is not among the facets is a NotFound error naming it.
JobError parseINavChildren(const QByteArray &body, const QStringList &path, const TermDictionary &terms,
                           QList<FilterNode> *out);
JobError iNavChildren(const QJsonObject &response, const QStringList &path, const TermDictionary &terms,
                      QList<FilterNode> *out);

} // namespace CarScout::Sources::Encar
