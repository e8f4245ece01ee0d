#pragma once

// What every carscout-cli command receives. The dispatcher (commands.cpp) parses the global options
// (--remap, --proxy, --quiet), builds the HttpClient and calls the command with the remaining arguments.
// Exit statuses (DESIGN §5): 0 success, 2 bad arguments (one-line reason on stderr), 3 upstream/network failure.

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace CarScout::Net {
class HttpClient;
}

namespace CarScout::Cli {

enum ExitCode { Success = 0, BadArguments = 2, UpstreamFailure = 3 };

struct CliContext
{
    Net::HttpClient *client = nullptr;   // configured with the global --remap/--proxy options
    QTextStream *out = nullptr;          // results (stdout, UTF-8)
    QTextStream *err = nullptr;          // reasons and progress (stderr, UTF-8)
    bool quiet = false;                  // suppress progress (not errors)
    QString databaseUrl;                 // --db: the workspace of watch/history (empty = the default SQLite file)

    void progress(const QString &line) const;   // to err unless quiet
    int fail(ExitCode code, const QString &reason) const;   // prints "carscout-cli: <reason>", returns code
};

// A command: the arguments after the command name. Runs its own event loop as needed.
using CommandFunction = int (*)(CliContext &context, const QStringList &arguments);

} // namespace CarScout::Cli
