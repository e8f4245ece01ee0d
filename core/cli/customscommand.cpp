#include "core/cli/customscommands.h"

#include "core/customs/cbrclient.h"
#include "core/customs/customsargs.h"
#include "core/customs/engine.h"
#include "core/customs/resultformat.h"

namespace CarScout::Cli {

using namespace CarScout::Customs;

int runCustoms(CliContext &context, const QStringList &arguments)
{
    const auto parsed = parseCustomsArguments(arguments, moscowToday());
    if (const auto *error = std::get_if<QString>(&parsed))
        return context.fail(BadArguments, *error);
    const CustomsRequest &request = std::get<CustomsRequest>(parsed);
    const Input &input = request.input;

    const QStringList needed = Engine::neededCurrencies(input);
    bool allManual = true;
    for (const QString &code : needed)
        allManual = allManual && request.manualRates.contains(code);

    RateTable rates;
    if (allManual) {
        rates.date = rates.requestedDate = input.declarationDate;
        rates.origin = RateOrigin::Manual;
    } else {
        context.progress(u"fetching the CBR rates of " + input.declarationDate.toString(Qt::ISODate));
        const RatesReply reply = CbrClient::fetchBlocking(context.client, input.declarationDate);
        if (!reply.table)
            return context.fail(UpstreamFailure, reply.error);
        rates = *reply.table;
    }
    for (auto it = request.manualRates.cbegin(); it != request.manualRates.cend(); ++it)
        rates.setManual(it.key(), it.value());
    for (const QString &code : needed) {
        if (!rates.rubPerUnit(code))
            return context.fail(BadArguments, u"unknown currency " + code + u": the CBR table of "
                                + rates.date.toString(Qt::ISODate) + u" has no rate for it; give --rate " + code + u"=RUB_PER_UNIT");
    }

    const Result result = Engine::builtin().estimate(input, rates);
    if (!result.ok)
        return context.fail(BadArguments, result.error);
    if (!result.total.computable() && !input.power)
        return context.fail(BadArguments, u"--power-hp or --power-kw is required here: " + result.total.reason);

    Timing timing = timingFor(Engine::builtin(), input, rates);
    ExportFacts facts;
    facts.origin = request.origin;
    facts.price = input.price;
    facts.currency = input.currency;
    facts.engineCc = input.engineCc;
    facts.firstRegistration = request.firstRegistration;
    facts.declarationDate = input.declarationDate;
    timing.exportWarnings = ExportRules::builtin().evaluate(facts, rates);
    if (request.format == u"json")
        *context.out << QString::fromUtf8(resultToJson(input, result, rates, &timing));
    else
        *context.out << resultToText(input, result, rates, &timing);
    context.out->flush();
    return Success;
}

} // namespace CarScout::Cli
