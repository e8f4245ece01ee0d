#pragma once

#include "core/cli/clicontext.h"

namespace CarScout::Cli {

// carscout-cli customs … (DESIGN §5): one estimate; rates from --rate for every needed currency, else the CBR
// (cached per date under the cache location; offline → the latest cached rates, labelled).
int runCustoms(CliContext &context, const QStringList &arguments);
// carscout-cli rates [--date YYYY-MM-DD] [--format json]
int runRates(CliContext &context, const QStringList &arguments);

} // namespace CarScout::Cli
