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
#include "core/cli/quotecommands.h"          // runQuote

namespace CarScout::Cli {

namespace {

// Per-command options for `carscout-cli COMMAND --help`.
const char *const kSearchOptions =
    "  SOURCE               marketplace id (see carscout-cli catalog)\n"
    "  --maker M            maker as the catalog names it\n"
    "  --model M            model under --maker\n"
    "  --year-from Y        first registration from year Y\n"
    "  --year-to Y          first registration up to year Y\n"
    "  --price-max N        at most N in the marketplace's currency\n"
    "  --mileage-max KM     at most KM kilometres\n"
    "  --fuel F[,F...]      petrol, diesel, lpg, hybrid_petrol, hybrid_diesel, hybrid_lpg, electric, hydrogen, cng, other\n"
    "  --sort ORDER         newest, price_asc, price_desc, mileage_asc, mileage_desc, year_desc\n"
    "  --pages N            fetch N pages (default 1)\n"
    "  --limit N            stop after N listings (instead of --pages)\n"
    "  --format json|csv    output format (default json)\n"
    "  --output FILE        write to FILE instead of stdout\n"
    "  --with-customs       add the customs estimate to each listing; needs --importer\n"
    "  --importer individual|company\n"
    "                       who imports (with --with-customs)\n"
    "  --date YYYY-MM-DD    declaration date for the customs estimate (default today)\n"
    "  --power-hp N         engine power for listings that lack it (with --with-customs)\n";
const char *const kCatalogOptions =
    "  SOURCE               marketplace id\n"
    "  --maker M            the models of maker M (without: the makers)\n"
    "  --model M            the next level under --maker M --model M\n";
const char *const kDetailOptions =
    "  SOURCE ID            marketplace id and listing id (as search prints them)\n"
    "  --format json        output format (only json)\n";
const char *const kCustomsOptions =
    "  --price N            price of the vehicle (required)\n"
    "  --currency ISO       currency of --price, e.g. KRW, CNY (required)\n"
    "  --engine-cc N        displacement in cm³; 0 for an electric vehicle (required)\n"
    "  --produced YYYY-MM[-DD]\n"
    "                       production date (required)\n"
    "  --fuel F             petrol, diesel, hybrid, hybrid_sequential or electric (required)\n"
    "  --vehicle V          car or motorcycle (required)\n"
    "  --importer I         individual or company (required)\n"
    "  --power-hp N | --power-kw N\n"
    "                       engine power (needed where the fees depend on it)\n"
    "  --hybrid-base petrol|diesel\n"
    "                       the engine of a --fuel hybrid\n"
    "  --electric-kw N      electric motor power of a hybrid\n"
    "  --ice-dominant yes|no\n"
    "                       whether the combustion engine dominates a hybrid\n"
    "  --offroad            an off-road vehicle\n"
    "  --date YYYY-MM-DD    declaration date (default today, Moscow)\n"
    "  --rate ISO=RUB       use this rate instead of the CBR's (repeatable), e.g. KRW=0.0569\n"
    "  --costs N            costs up to the border, added to the customs value\n"
    "  --costs-currency ISO currency of --costs (default: that of --price)\n"
    "  --format json|text   output format (default text)\n";
const char *const kWatchOptions =
    "  watch add NAME SOURCE [the filter options of search]   save a search\n"
    "  watch list [--format json]                             the saved searches\n"
    "  watch remove NAME                                      forget a saved search\n"
    "  watch run [NAME]... [--format json]                    run saved searches (all without NAME): new listings,\n"
    "                                                         price changes and listings gone; quiet when nothing changed\n";

const char *const kHistoryOptions =
    "  --format json   (the only format) one entry per observed price, oldest first\n";

const char *const kQuoteOptions =
    "  SOURCE ID            a listing (its detail: price, year, engine); with --importer, --date, --power-hp,\n"
    "                       --rate ISO=RUB\n"
    "  or the customs options (see carscout-cli customs --help), --rate included\n"
    "  --profile FILE       the cost profile (JSON; default: the shipped example profile)\n"
    "  --format text|json|pdf\n"
    "                       the text card (default), JSON, or a one-page PDF (needs --output)\n"
    "  --output FILE        write to FILE instead of stdout\n"
    "  --language ru|en     the language of the card and the PDF (default ru)\n";
const char *const kRatesOptions =
    "  --date YYYY-MM-DD    the rates of this day (default today)\n"
    "  --format json|text   output format (default text)\n";
const char *const kServeDemoOptions =
    "  --port N             listen on port N (default: any free port, printed on start)\n"
    "  --latency-ms N       delay every answer by N milliseconds\n";

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> table = {
        // Source commands go here:
        {"search", &runSearch, "SOURCE [--maker M] … [--pages N | --limit N] [--format json|csv] [--output FILE]  listings as JSON/CSV",
         kSearchOptions},
        {"catalog", &runCatalog, "SOURCE [--maker M] [--model M]  the next level of the filter tree, as JSON",
         kCatalogOptions},
        {"detail", &runDetail, "SOURCE ID [--format json]  one listing with everything the detail endpoints give",
         kDetailOptions},
        // Workspace commands go here:
        {"watch", &runWatch, "add NAME SOURCE [search options] | list | remove NAME | run [NAME]...  saved searches",
         kWatchOptions},
        {"history", &runHistory, "SOURCE ID [--format json]  every observed price of a listing, oldest first",
         kHistoryOptions},
        // Customs commands go here:
        {"customs", &runCustoms, "--price N --currency ISO … [--format json|text]  a customs estimate", kCustomsOptions},
        {"quote", &runQuote, "(SOURCE ID | --price N …) [--profile FILE] [--format text|json|pdf]  the client quote",
         kQuoteOptions},
        {"rates", &runRates, "[--date YYYY-MM-DD] [--format json]  CBR exchange rates", kRatesOptions},
        {"serve-demo", &runServeDemo, "[--port N] [--latency-ms N]  the loopback replay server with the demo data",
         kServeDemoOptions},
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
            const QStringList rest = arguments.mid(i + 1);
            if (rest.contains(u"--help"_qs) || rest.contains(u"-h"_qs)) {
                out << "usage: carscout-cli [global options] " << command.name << ' ' << command.help << "\n\n";
                if (command.options)
                    out << "options:\n" << command.options;
                out << "\nglobal options and exit status: carscout-cli --help\n";
                out.flush();
                return Success;
            }
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
