#pragma once

// The JSON type of a value as a parser's error message names it: "a string", "an array", "null", "missing".

#include <QJsonValue>
#include <QString>

namespace CarScout::Sources {

QString jsonTypeName(const QJsonValue &value);

} // namespace CarScout::Sources
