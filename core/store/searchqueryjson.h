#pragma once

// A saved search's options as JSON (the saved_searches.options column), in the CLI's terms.

#include "core/sources/source.h"

#include <QJsonObject>

#include <optional>

namespace CarScout::Store {

QJsonObject toJson(const Sources::SearchQuery &query);
// nullopt with *error naming the bad key.
std::optional<Sources::SearchQuery> searchQueryFromJson(const QJsonObject &object, QString *error);

} // namespace CarScout::Store
