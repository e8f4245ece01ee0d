#include "core/cli/commands.h"

#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

// Commands of other areas: one #include and one table line each.
#include "core/cli/customscommands.h"       // runCustoms, runRates
#include "core/cli/sourcecommands.h"         // runSearch, runCatalog, runDetail
#include "core/cli/watchcommands.h"          // runWatch, runHistory

namespace CarScout::Cli {

const QList<Command> &commands()
{
    static const QList<Command> table = {
        // Source commands go here:
        {"search", &runSearch, "SOURCE [--maker M] … [--pages N | --limit N] [--format json|csv] [--output FILE]  listings as JSON/CSV"},
        {"catalog", &runCatalog, "SOURCE [--maker M] [--model M]  the next level of the filter tree, as JSON"},
        {"detail", &runDetail, "SOURCE ID [--format json]  one listing with everything the detail endpoints give"},
        // Workspace commands go here:
        {"watch", &runWatch, "add NAME SOURCE [search options] | list | remove NAME | run [NAME]...  saved searches"},
        {"history", &runHistory, "SOURCE ID [--format json]  every observed price of a listing, oldest first"},
        // Customs commands go here:
        {"customs", &runCustoms, "--price N --currency ISO … [--format json|text]  a customs estimate"},
        {"rates", &runRates, "[--date YYYY-MM-DD] [--format json]  CBR exchange rates"},
        {"serve-demo", &runServeDemo, "[--port N] [--latency-ms N]  the loopback replay server with the demo data"},
    };
    return table;
}

namespace {

const char *const kUsage =
    "usage: carscout-cli [--remap HOST=URL]... [--proxy URL] [--db URL] [--quiet] COMMAND [ARGS...]\n"
    "       carscout-cli --version | --help\n"
    "\n"
    "global options:\n"
    "  --remap HOST=URL   send requests for HOST to URL instead (repeatable),\n"
    "                     e.g. api.encar.com=http://127.0.0.1:8080/api.encar.com\n"
    "  --proxy URL        http://user:pass@host:port or socks5://host:port (default: direct, no system proxy)\n"
    "  --quiet            no progress on stderr (errors are still printed)\n"
    "  --db URL           the workspace of watch/history: sqlite:///ABSOLUTE/PATH or\n"
    "                     postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE (default: the SQLite file shared with the GUI)\n"
    "\n"
    "exit status: 0 success, 2 bad arguments, 3 upstream or network failure\n"
    "\n"
    "commands:\n";

// Takes the value of "--name VALUE" or "--name=VALUE" at arguments[*i]; advances *i. nullopt when absent.
bool takeValue(const QStringList &arguments, qsizetype *i, const QString &name, QString *value, QString *error)
{
    const QString &argument = arguments.at(*i);
    if (argument.startsWith(name + u'=')) {
        *value = argument.mid(name.size() + 1);
        return true;
    }
    if (*i + 1 >= arguments.size()) {
        *error = u"%1 needs a value"_qs.arg(name);
        return false;
    }
    *value = arguments.at(++*i);
    return true;
}

} // namespace

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context;
    context.out = &out;
    context.err = &err;

    Net::ClientConfig config;
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(u'-'))
            break;
        QString value, error;
        if (argument == u"--version") {
            out << "carscout-cli " << CARSCOUT_VERSION << Qt::endl;
            return Success;
        }
        if (argument == u"--help" || argument == u"-h") {
            out << kUsage;
            for (const Command &command : commands())
                out << "  " << QString::fromLatin1(command.name).leftJustified(12) << ' ' << command.help << '\n';
            out.flush();
            return Success;
        }
        if (argument == u"--quiet" || argument == u"-q") {
            context.quiet = true;
        } else if (argument == u"--remap" || argument.startsWith(u"--remap=")) {
            if (!takeValue(arguments, &i, u"--remap"_qs, &value, &error))
                return context.fail(BadArguments, error);
            QString host;
            QUrl base;
            if (!Net::parseRemap(value, &host, &base, &error))
                return context.fail(BadArguments, error);
            config.remaps.insert(host, base);
        } else if (argument == u"--db" || argument.startsWith(u"--db=")) {
            if (!takeValue(arguments, &i, u"--db"_qs, &context.databaseUrl, &error))
                return context.fail(BadArguments, error);
        } else if (argument == u"--proxy" || argument.startsWith(u"--proxy=")) {
            if (!takeValue(arguments, &i, u"--proxy"_qs, &value, &error))
                return context.fail(BadArguments, error);
            const std::optional<Net::ProxyConfig> proxy = Net::parseProxyUrl(value, &error);
            if (!proxy)
                return context.fail(BadArguments, u"--proxy: "_qs + error);
            config.proxy = *proxy;
        } else {
            return context.fail(BadArguments, u"unknown option %1 (see carscout-cli --help)"_qs.arg(argument));
        }
    }
    if (i >= arguments.size())
        return context.fail(BadArguments, u"no command given (see carscout-cli --help)"_qs);

    const QString name = arguments.at(i);
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name)) {
            Net::HttpClient client(config);
            context.client = &client;
            const int status = command.run(context, arguments.mid(i + 1));
            out.flush();
            err.flush();
            return status;
        }
    }
    return context.fail(BadArguments, u"unknown command \"%1\" (see carscout-cli --help)"_qs.arg(name));
}

} // namespace CarScout::Cli
