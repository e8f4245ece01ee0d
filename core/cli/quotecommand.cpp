#include "core/cli/quotecommands.h"

#include "core/cli/commandsupport.h"
#include "core/common/translations.h"
#include "core/customs/cbrclient.h"
#include "core/customs/customsargs.h"
#include "core/customs/resultformat.h"
#include "core/quote/costprofile.h"
#include "core/quote/listingquote.h"
#include "core/quote/quote.h"
#include "core/quote/quotecard.h"
#include "core/quote/quotepdf.h"
#include "core/services/listingcosts.h"
#include "core/sources/sourceregistry.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace CarScout::Cli {

using namespace CarScout::Customs;
using namespace CarScout::Quote;

namespace {

// The quote's own options; everything else goes to the customs option parser (or is SOURCE ID).
const QStringList kQuoteOptions = {u"--profile"_qs, u"--format"_qs, u"--output"_qs, u"--language"_qs};

struct QuoteOptions
{
    QHash<QString, QString> values;
    QStringList rest;
    QString error;
};

QuoteOptions splitQuoteOptions(const QStringList &arguments)
{
    QuoteOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        bool taken = false;
        for (const QString &name : kQuoteOptions) {
            if (argument == name) {
                if (i + 1 >= arguments.size())
                    options.error = name + u" needs a value";
                else
                    options.values.insert(name, arguments.at(++i));
                taken = true;
            } else if (argument.startsWith(name + u'=')) {
                options.values.insert(name, argument.mid(name.size() + 1));
                taken = true;
            }
        }
        if (!taken)
            options.rest << argument;
    }
    return options;
}

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// Amounts written by hand with two decimals (as resultformat does): no binary floating point in the output.
QByteArray quoteToJson(const CostProfile &profile, const QuoteResult &quote, const RateTable &rates)
{
    QByteArray json = "{\n  \"profile\": " + jsonString(profile.name) + ",\n  \"total_rub\": "
                      + formatKopecks(quote.totalKopecks).toLatin1() + ",\n  \"lines\": [";
    for (qsizetype i = 0; i < quote.lines.size(); ++i) {
        const QuoteLine &line = quote.lines.at(i);
        json += (i ? ",\n    " : "\n    ");
        json += "{\"name\": " + jsonString(lineName(line, Language::English)) + ", \"amount\": "
                + line.amount.toString(8).toLatin1() + ", \"currency\": " + jsonString(line.currency)
                + ", \"to_border\": " + (line.toBorder ? "true" : "false") + ", \"rub_per_unit\": "
                + line.rubPerUnit.toString(10).toLatin1() + ", \"rub\": " + formatKopecks(line.rubKopecks).toLatin1() + "}";
    }
    json += "\n  ],\n  \"rates\": {\"cbr_date\": " + jsonString(rates.date.toString(Qt::ISODate)) + ", \"payment\": {";
    for (qsizetype i = 0; i < quote.rates.size(); ++i) {
        const PaymentRate &rate = quote.rates.at(i);
        json += (i ? ", " : "") + jsonString(rate.code) + ": {\"cbr\": " + rate.cbr.toString(10).toLatin1()
                + ", \"payment\": " + rate.payment.toString(10).toLatin1() + ", \"fixed\": " + (rate.fixed ? "true" : "false")
                + "}";
    }
    json += "}, \"payment_fx_margin_percent\": " + profile.paymentMarginPercent.toString(4).toLatin1() + "},\n";
    json += "  \"customs\": " + resultToJson(quote.input, quote.customs, rates).trimmed() + "\n}\n";
    return json;
}

// The CBR table for the declaration date, unless --rate covers every currency needed (then offline).
std::optional<RateTable> ratesFor(CliContext &context, const QDate &date, const QStringList &needed,
                                  const QHash<QString, Rational> &manual, int *status)
{
    bool allManual = true;
    for (const QString &code : needed)
        allManual = allManual && manual.contains(code);
    RateTable rates;
    if (allManual) {
        rates.date = rates.requestedDate = date;
        rates.origin = RateOrigin::Manual;
    } else {
        context.progress(u"fetching the CBR rates of " + date.toString(Qt::ISODate));
        const RatesReply reply = CbrClient::fetchBlocking(context.client, date);
        if (!reply.table) {
            *status = context.fail(UpstreamFailure, reply.error);
            return std::nullopt;
        }
        rates = *reply.table;
    }
    for (auto it = manual.cbegin(); it != manual.cend(); ++it)
        rates.setManual(it.key(), it.value());
    for (const QString &code : needed) {
        if (!rates.rubPerUnit(code)) {
            *status = context.fail(BadArguments, u"quote: no " + code + u" rate in the CBR table of "
                                                     + rates.date.toString(Qt::ISODate) + u"; give --rate " + code
                                                     + u"=RUB_PER_UNIT");
            return std::nullopt;
        }
    }
    return rates;
}

// SOURCE ID: the listing's detail, and the engine input it implies (importer, date and power from options).
struct ListingCar
{
    Input input;
    QuoteSubject subject;
    QHash<QString, Rational> manualRates;
};

std::optional<ListingCar> carFromListing(CliContext &context, const QStringList &arguments, int *status)
{
    // --rate repeats (one per currency); Arguments keeps one value per option, so the rates are taken first.
    ListingCar car;
    QStringList rest;
    QString rateError;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString value;
        if (arguments.at(i) == u"--rate" && i + 1 < arguments.size())
            value = arguments.at(++i);
        else if (arguments.at(i).startsWith(u"--rate="))
            value = arguments.at(i).mid(7);
        else {
            rest << arguments.at(i);
            continue;
        }
        const QStringList parts = value.split(u'=');
        const auto rate = parts.size() == 2 ? Rational::parse(parts.at(1)) : std::nullopt;
        if (!rate || rate->isNegative() || rate->isZero())
            rateError = u"--rate: expected ISO=RUB_PER_UNIT, got \"%1\""_qs.arg(value);
        else
            car.manualRates.insert(parts.at(0).toUpper(), *rate);
    }
    Arguments args(rest, {u"--importer"_qs, u"--date"_qs, u"--power-hp"_qs}, {});
    if (!rateError.isEmpty())
        args.fail(rateError);
    if (!args.error().isEmpty()) {
        *status = context.fail(BadArguments, u"quote: "_qs + args.error());
        return std::nullopt;
    }
    Services::CostContext costs;
    costs.importer = args.value(u"--importer"_qs) == u"company" ? Importer::Company : Importer::Individual;
    if (args.has(u"--importer"_qs) && args.value(u"--importer"_qs) != u"company" && args.value(u"--importer"_qs) != u"individual")
        args.fail(u"--importer: individual or company"_qs);
    costs.declarationDate = args.has(u"--date"_qs) ? QDate::fromString(args.value(u"--date"_qs), Qt::ISODate) : moscowToday();
    if (!costs.declarationDate.isValid())
        args.fail(u"--date: expected YYYY-MM-DD"_qs);
    if (args.has(u"--power-hp"_qs))
        costs.defaultPowerHp = int(args.integer(u"--power-hp"_qs, 1, 2000).value_or(0));
    if (!args.error().isEmpty() || args.positional().size() != 2) {
        *status = context.fail(BadArguments, u"quote: "_qs + (args.error().isEmpty() ? u"expected SOURCE ID or the customs options"_qs : args.error()));
        return std::nullopt;
    }

    const Sources::SourceRegistry registry = Sources::SourceRegistry::withBuiltInSources();
    QObject owner;
    Sources::Source *source = openSource(context, registry, args.positional().at(0), &owner, status);
    if (!source)
        return std::nullopt;
    // What the marketplace lists decides the customs route (a motorcycle marketplace: the motorcycle one).
    if (source->info().vehicleKind == Sources::VehicleKind::Motorcycle)
        costs.vehicle = VehicleKind::Motorcycle;
    Sources::ListingDetail detail;
    Sources::JobError error;
    waitFor(source->detail(args.positional().at(1)), &Sources::DetailJob::finished,
            [&](const Sources::ListingDetail &d, const Sources::JobError &e) {
                detail = d;
                error = e;
            });
    if (error.isError()) {
        *status = failJob(context, error);
        return std::nullopt;
    }
    const Listing &listing = detail.listing;
    const Services::CostInput input = Services::costInputFor(listing, costs);
    if (input.problem != Services::CostProblem::None) {
        *status = context.fail(BadArguments, u"quote: "_qs + Services::costProblemText(input.problem, listing.currency));
        return std::nullopt;
    }
    car.input = input.input;
    car.subject = subjectFromListing(listing, input);
    if (input.powerFromDefault)
        car.subject.powerSource = u"--power-hp"_qs;
    return car;
}

QuoteSubject subjectOf(const Input &input)
{
    QuoteSubject subject;
    subject.year = input.produced.year;
    subject.engineCc = input.engineCc;
    subject.power = input.power;
    return subject;
}

} // namespace

int runQuote(CliContext &context, const QStringList &arguments)
{
    const QuoteOptions options = splitQuoteOptions(arguments);
    if (!options.error.isEmpty())
        return context.fail(BadArguments, u"quote: "_qs + options.error);
    const QString format = options.values.value(u"--format"_qs, u"text"_qs);
    if (format != u"text" && format != u"json" && format != u"pdf")
        return context.fail(BadArguments, u"quote: --format: text, json or pdf, got \"%1\""_qs.arg(format));
    const auto language = languageFromKey(options.values.value(u"--language"_qs, u"ru"_qs));
    if (!language)
        return context.fail(BadArguments, u"quote: --language: ru or en"_qs);
    const QString output = options.values.value(u"--output"_qs);
    if (format == u"pdf" && output.isEmpty())
        return context.fail(BadArguments, u"quote: --format pdf needs --output FILE"_qs);

    const QString profilePath = options.values.value(u"--profile"_qs, exampleProfilePaths().constFirst());
    const ProfileLoad load = loadCostProfile(profilePath);
    if (!load.profile)
        return context.fail(BadArguments, load.error.toString());
    const CostProfile &profile = *load.profile;
    if (profile.example && !options.values.contains(u"--profile"_qs))
        context.progress(u"quote: no --profile given: using the example profile \"" + profile.name + u'"');

    // The card's labels (and the listing's facts, such as where its power comes from) in Russian from the
    // embedded .qm, loaded as the GUI loads it; the profile's errors above and the JSON stay in the CLI's English.
    if (*language == Language::Russian && format != u"json" && QCoreApplication::instance())
        installTranslators(*QCoreApplication::instance(), QLocale(QLocale::Russian, QLocale::Russia));

    int status = Success;
    Input car;
    QuoteSubject subject;
    QHash<QString, Rational> manualRates;
    const bool fromListing = !options.rest.isEmpty() && !options.rest.constFirst().startsWith(u'-');
    if (fromListing) {
        const auto listingCar = carFromListing(context, options.rest, &status);
        if (!listingCar)
            return status;
        car = listingCar->input;
        subject = listingCar->subject;
        manualRates = listingCar->manualRates;
    } else {
        const auto parsed = parseCustomsArguments(options.rest, moscowToday());
        if (const auto *error = std::get_if<QString>(&parsed))
            return context.fail(BadArguments, u"quote: "_qs + *error);
        const CustomsRequest &request = std::get<CustomsRequest>(parsed);
        car = request.input;
        manualRates = request.manualRates;
        subject = subjectOf(car);
    }

    const auto rates = ratesFor(context, car.declarationDate, neededCurrencies(car, profile), manualRates, &status);
    if (!rates)
        return status;
    const QuoteResult quote = computeQuote(car, profile, *rates);
    if (!quote.ok)
        return context.fail(BadArguments, u"quote: "_qs + quote.error);

    QuoteCard card;
    card.subject = subject;
    card.quote = quote;
    card.nextBand = nextBand(Engine::builtin(), quote.input, *rates);

    if (format == u"json")
        return writeResult(context, output, quoteToJson(profile, quote, *rates));
    if (format == u"text")
        return writeResult(context, output, quoteText(card, *language).toUtf8());
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return context.fail(BadArguments, u"quote: the PDF needs Qt Gui (run carscout-cli itself, not embedded)"_qs);
    const QString error = writeQuotePdf(card, *language, {}, output);
    if (!error.isEmpty())
        return context.fail(BadArguments, u"quote: "_qs + error);
    return Success;
}

} // namespace CarScout::Cli
