#pragma once

// Data-driven demo backends: a marketplace's demo generator writes a route table — a JSON array of exchanges in
// ReplayServer::addRecording's format (host, path, the query parameters that matter, status, headers, body /
// bodyBase64 / bodyFile) — embedded as :/carscout/demo/<name>/routes.json. Each such table is a DemoBackend named
// <name>, answering for the hosts it names, with no code of the marketplace's own.

#include "core/demo/demobackends.h"

#include <QString>
#include <QStringList>

namespace CarScout::Demo {

// The hosts a route table answers for, in first-seen order; empty (and `error` set) when it is not one.
QStringList routeTableHosts(const QByteArray &json, QString *error = nullptr);

// Registers a backend for every :/carscout/demo/*/routes.json (idempotent). Returns the names registered; a table
// that cannot be read is reported in `errors` ("<name>: <reason>") and skipped.
QStringList registerRouteTableDemos(QStringList *errors = nullptr);

} // namespace CarScout::Demo
