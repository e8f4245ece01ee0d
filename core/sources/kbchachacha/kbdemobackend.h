#pragma once

// The KB ChaChaCha emulator behind `carscout --demo`, `carscout-cli serve-demo` and the end-to-end tests. It
// renders the upstream formats from the synthetic inventory of tools/demo/gen_kbchachacha.py (generated at build
// time, embedded as :/carscout/demo/kbchachacha/): the catalog JSON (carMaker/carClass/carName/carModel with
// counts), the list.empty fragment (KB스타픽 and 인증 및 진단 ad sections above the 전체 results; filters,
// sorts, 24 results a page), detail pages (JSON-LD, info table, history block, options, seller) and placeholder
// photos on img.kbchachacha.com at the URLs of the photo rule.

#include "core/demo/replayserver.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace CarScout::Sources::Kb {

inline constexpr int kDemoPageSize = 24;

// www.kbchachacha.com and img.kbchachacha.com requests; nothing for other hosts/paths.
std::optional<Demo::ReplayResponse> answerDemoRequest(const Demo::ReplayRequest &request);

// A list.empty fragment with `results` cards in 전체 (plus the ad sections), for benchmarks and tests.
QByteArray demoListPage(int results);
int demoInventorySize();
bool demoDataAvailable(QString *error = nullptr);

void installDemoBackend(Demo::ReplayServer &server);
// Demo::registerDemoBackend({"kbchachacha", {www.kbchachacha.com, img.kbchachacha.com}, installDemoBackend}).
void registerDemoBackend();

} // namespace CarScout::Sources::Kb
