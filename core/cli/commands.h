#pragma once

// carscout-cli's dispatcher: global options (DESIGN §5), the command table and the commands owned by the CLI
// itself. Commands of other areas live beside it (customscommand.cpp, ratescommand.cpp, sourcecommands.cpp) and
// are listed in the table in commands.cpp.

#include "core/cli/clicontext.h"

#include <QList>
#include <QStringList>

namespace CarScout::Cli {

struct Command
{
    const char *name;
    CommandFunction run;
    const char *help;   // one line: arguments and what it does
    const char *options = nullptr;   // `carscout-cli NAME --help`: one "  --option VALUE  meaning" line each
};

const QList<Command> &commands();

// Runs carscout-cli with QCoreApplication::arguments()-style arguments (program name first). Needs a
// QCoreApplication. Returns the exit status.
int run(const QStringList &arguments);

// serve-demo [--port N] [--latency-ms N]: the replay server with every registered demo backend, until SIGINT/SIGTERM.
int runServeDemo(CliContext &context, const QStringList &arguments);

} // namespace CarScout::Cli
