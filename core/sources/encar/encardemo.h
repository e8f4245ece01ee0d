#pragma once

// The Encar emulator behind `carscout --demo`, `carscout-cli serve-demo` and the end-to-end tests. It serves the
// synthetic inventory written by tools/demo/gen_encar.py (generated at build time, embedded as
// :/carscout/demo/encar/): list pages for any q/sr (filters, sorts, paging, iNav facets with counts), vehicle
// details (re-adverts answer with the original's vehicleId, like Encar), inspection reports and accident
// records (404 when the car has none) and placeholder photos on ci.encar.com.

#include "core/demo/replayserver.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace CarScout::Sources::Encar {

// api.encar.com and ci.encar.com requests; nothing for other hosts/paths.
std::optional<Demo::ReplayResponse> answerDemoRequest(const Demo::ReplayRequest &request);

// The generated inventory as one list page body ({"Count", "SearchResults"}), for benchmarks and tests:
// the first `items` ads (all when <= 0).
QByteArray demoListPage(int items);
int demoInventorySize();
bool demoDataAvailable(QString *error = nullptr);

void installDemoBackend(Demo::ReplayServer &server);
// Demo::registerDemoBackend({"encar", {api.encar.com, ci.encar.com}, installDemoBackend}); idempotent.
void registerDemoBackend();

} // namespace CarScout::Sources::Encar
