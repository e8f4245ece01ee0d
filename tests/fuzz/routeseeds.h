#pragma once

// Fuzz seeds from the route-table demos (:/carscout/demo/<name>/routes.json, the generators' upstream replies):
// the bodies of the exchanges whose path matches a pattern, spread over the table, written as seed files.

#include <QRegularExpression>
#include <QString>

#include <functional>

namespace CarScout::Fuzz {

struct RouteSeedRule
{
    QString target;               // fuzz target name: the seed folder
    QString demo;                 // route table :/carscout/demo/<demo>/routes.json
    QRegularExpression path;      // exchanges whose path matches
    int maxSeeds = 12;            // spread evenly over the matching exchanges
};

// Writes each rule's seeds through `write(target, fileName, body)`. Returns false (with a message on stderr) when
// a table cannot be read or a rule matches no exchange.
bool writeRouteSeeds(const QList<RouteSeedRule> &rules,
                     const std::function<void(const QString &, const QString &, const QByteArray &)> &write);

} // namespace CarScout::Fuzz
