#pragma once

#include "core/cli/clicontext.h"

namespace CarScout::Cli {

// carscout-cli quote (SOURCE ID | the customs options) [--profile FILE] [--format text|json|pdf] [--output FILE]
// [--language ru|en]: what the client pays under a cost profile (default: the first example profile), as the
// text card, JSON or a one-page PDF. The PDF needs a QGuiApplication (app/cli/main.cpp makes one for `quote`).
int runQuote(CliContext &context, const QStringList &arguments);

} // namespace CarScout::Cli
