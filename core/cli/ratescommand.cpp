#include "core/cli/customscommands.h"

#include "core/customs/cbrclient.h"
#include "core/customs/customsargs.h"
#include "core/customs/resultformat.h"

namespace CarScout::Cli {

using namespace CarScout::Customs;

int runRates(CliContext &context, const QStringList &arguments)
{
    const auto parsed = parseRatesArguments(arguments, moscowToday());
    if (const auto *error = std::get_if<QString>(&parsed))
        return context.fail(BadArguments, *error);
    const RatesRequest &request = std::get<RatesRequest>(parsed);
    context.progress(u"fetching the CBR rates of " + request.date.toString(Qt::ISODate));
    const RatesReply reply = CbrClient::fetchBlocking(context.client, request.date);
    if (!reply.table)
        return context.fail(UpstreamFailure, reply.error);
    if (request.format == u"json")
        *context.out << QString::fromUtf8(ratesToJson(*reply.table));
    else
        *context.out << ratesToText(*reply.table);
    context.out->flush();
    return Success;
}

} // namespace CarScout::Cli
