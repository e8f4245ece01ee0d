#include "core/cli/sourcecommands.h"

#include "core/cli/commandsupport.h"

#include "core/customs/cbrclient.h"
#include "core/customs/engine.h"
#include "core/customs/resultformat.h"
#include "core/export/listingcsvexporter.h"
#include "core/model/listingcolumns.h"
#include "core/net/httpclient.h"
#include "core/services/listingcosts.h"
#include "core/sources/sourceregistry.h"

#include <QBuffer>
#include <QDate>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <memory>
#include <variant>

namespace CarScout::Cli {

namespace {

using Sources::JobError;

QJsonObject nodeToJson(const Sources::FilterNode &n)
{
    QJsonObject o{{u"key"_qs, n.key}, {u"name"_qs, n.name}, {u"level"_qs, n.level},
                  {u"has_children"_qs, n.hasChildren}};
    if (!n.nameEn.isEmpty())
        o.insert(u"name_en"_qs, n.nameEn);
    if (n.count >= 0)
        o.insert(u"count"_qs, n.count);
    return o;
}

struct CustomsSetup
{
    Services::CostContext listingContext;
    Customs::RateTable rates;
};

// The "customs" object of one listing in the JSON output: the engine's result, the price and the landed cost
// in roubles (the same figures as the GUI's table, listingcosts.h), and where the power came from.
QJsonObject customsJson(const Services::ListingCost &cost, const Customs::RateTable &rates)
{
    QJsonObject o = QJsonDocument::fromJson(Customs::resultToJson(cost.input.input, cost.result, rates)).object();
    auto rub = [](const std::optional<qint64> &kopecks) { return kopecks ? QJsonValue(double(*kopecks) / 100) : QJsonValue(); };
    o.insert(u"price_rub"_qs, rub(cost.estimate.priceRubKopecks));
    o.insert(u"landed_rub"_qs, rub(cost.estimate.landedRubKopecks));
    if (cost.input.input.power)
        o.insert(u"power"_qs, cost.input.input.power->toString());
    o.insert(u"power_source"_qs, cost.input.powerFromDefault ? u"default"_qs : u"listing"_qs);
    if (!cost.estimate.problem.isEmpty())
        o.insert(u"problem"_qs, cost.estimate.problem);
    return o;
}

// The filter options of `search` (also those of a saved search) into a query; errors are recorded in `args`.
Sources::SearchQuery searchQueryFrom(Arguments &args)
{
    Sources::SearchQuery query;
    if (args.has(u"--model"_qs) && !args.has(u"--maker"_qs))
        args.fail(u"--model needs --maker"_qs);
    if (args.has(u"--maker"_qs))
        query.path << args.value(u"--maker"_qs);
    if (args.has(u"--model"_qs))
        query.path << args.value(u"--model"_qs);
    if (const auto v = args.integer(u"--year-from"_qs, 1950, 2100))
        query.yearFrom = int(*v);
    if (const auto v = args.integer(u"--year-to"_qs, 1950, 2100))
        query.yearTo = int(*v);
    if (query.yearFrom && query.yearTo && *query.yearFrom > *query.yearTo)
        args.fail(u"--year-from is after --year-to"_qs);
    if (const auto v = args.integer(u"--price-max"_qs, 1, Q_INT64_C(1000000000000)))
        query.priceMax = *v;
    if (const auto v = args.integer(u"--mileage-max"_qs, 0, 10000000))
        query.mileageMaxKm = int(*v);
    if (args.has(u"--fuel"_qs)) {
        for (const QString &key : args.value(u"--fuel"_qs).split(u',', Qt::SkipEmptyParts)) {
            const Fuel fuel = fuelFromKey(key.trimmed());
            if (fuel == Fuel::Unknown)
                args.fail(u"--fuel: unknown fuel \"%1\" (petrol, diesel, lpg, hybrid_petrol, hybrid_diesel, hybrid_lpg, "
                          "electric, hydrogen, cng, other)"_qs.arg(key));
            else
                query.fuels << fuel;
        }
    }
    if (args.has(u"--sort"_qs)) {
        const auto sort = Sources::sortOrderFromKey(args.value(u"--sort"_qs));
        if (!sort)
            args.fail(u"--sort: unknown order \"%1\" (newest, price_asc, price_desc, mileage_asc, mileage_desc, year_desc)"_qs
                          .arg(args.value(u"--sort"_qs)));
        else
            query.sort = *sort;
    }
    if (args.has(u"--pages"_qs) && args.has(u"--limit"_qs))
        args.fail(u"give either --pages or --limit, not both"_qs);
    query.pageSize = 50;
    query.maxPages = 1;
    if (const auto v = args.integer(u"--pages"_qs, 1, 10000))
        query.maxPages = int(*v);
    if (const auto v = args.integer(u"--limit"_qs, 1, 1000000)) {
        query.limit = int(*v);
        query.maxPages = 0;
        query.pageSize = int(qBound(qint64(20), *v, qint64(100)));
    }
    return query;
}

// --with-customs and its options; nothing without it (errors are recorded in `args`).
std::optional<CustomsSetup> customsSetupFrom(Arguments &args)
{
    const QStringList customsOptions{u"--importer"_qs, u"--date"_qs, u"--power-hp"_qs, u"--costs-to-border"_qs,
                                     u"--costs-currency"_qs, u"--extra-costs-rub"_qs};
    if (!args.has(u"--with-customs"_qs)) {
        if (std::any_of(customsOptions.cbegin(), customsOptions.cend(), [&](const QString &o) { return args.has(o); }))
            args.fail(u"--importer, --date, --power-hp and the costs options go with --with-customs"_qs);
        return std::nullopt;
    }
    CustomsSetup customs;
    Services::CostContext &c = customs.listingContext;
    const QString importer = args.value(u"--importer"_qs);
    if (importer == u"individual")
        c.importer = Customs::Importer::Individual;
    else if (importer == u"company")
        c.importer = Customs::Importer::Company;
    else
        args.fail(args.has(u"--importer"_qs) ? u"--importer: expected individual or company, got \"%1\""_qs.arg(importer)
                                            : u"--with-customs needs --importer individual|company"_qs);
    c.declarationDate = QDate::currentDate();
    if (args.has(u"--date"_qs)) {
        c.declarationDate = QDate::fromString(args.value(u"--date"_qs), Qt::ISODate);
        if (!c.declarationDate.isValid())
            args.fail(u"--date: expected YYYY-MM-DD, got \"%1\""_qs.arg(args.value(u"--date"_qs)));
    }
    if (const auto v = args.integer(u"--power-hp"_qs, 1, 5000))
        c.defaultPowerHp = int(*v);
    if (const auto v = args.integer(u"--costs-to-border"_qs, 0, Q_INT64_C(1000000000000)))
        c.costsToBorder = Customs::Rational(*v);
    if (args.has(u"--costs-currency"_qs)) {
        const QString currency = args.value(u"--costs-currency"_qs).trimmed().toUpper();
        if (currency.size() != 3)
            args.fail(u"--costs-currency: expected a currency code such as RUB or USD, got \"%1\""_qs.arg(currency));
        c.costsCurrency = currency;
    }
    if (const auto v = args.integer(u"--extra-costs-rub"_qs, 0, Q_INT64_C(1000000000000)))
        c.extraCostsKopecks = *v * 100;
    return customs;
}

// Every listing of the search, with a progress line per page.
JobError collectListings(CliContext &context, Sources::Source &source, const Sources::SearchQuery &query,
                         QList<Listing> *listings)
{
    Sources::SearchJob *job = source.search(query);
    QObject::connect(job, &Sources::SearchJob::pageReady, job, [listings](const QList<Listing> &page) { *listings += page; });
    QObject::connect(job, &Sources::SearchJob::progress, job, [&context, &source](const Sources::SearchProgress &p) {
        QString line = u"%1: page %2"_qs.arg(source.id()).arg(p.pagesFetched);
        if (p.pagesExpected > 0)
            line += u"/%1"_qs.arg(p.pagesExpected);
        line += u", %1 listings"_qs.arg(p.listingsSoFar);
        if (p.totalAvailable >= 0)
            line += u" (%1 available)"_qs.arg(p.totalAvailable);
        context.progress(line);
    });
    JobError error;
    waitFor(job, &Sources::SearchJob::finished, [&error](const JobError &e) { error = e; });
    return error;
}

// List pages carry no displacement (Encar) — customs needs it: fill it from each listing's detail.
void fillDisplacementFromDetails(CliContext &context, Sources::Source &source, QList<Listing> &listings)
{
    QList<int> missing;
    for (int i = 0; i < listings.size(); ++i) {
        if (listings.at(i).engineCc == 0 && listings.at(i).fuel != Fuel::Electric)
            missing << i;
    }
    if (missing.isEmpty())
        return;
    context.progress(u"%1: fetching %2 details for the engine displacement"_qs.arg(source.id()).arg(missing.size()));
    QEventLoop loop;
    int pending = int(missing.size());
    for (int index : missing) {
        Sources::DetailJob *job = source.detail(listings.at(index).id);
        QObject::connect(job, &Sources::DetailJob::finished, &loop,
                         [&, index](const Sources::ListingDetail &d, const JobError &e) {
                             Listing &l = listings[index];
                             if (!e.isError()) {
                                 l.engineCc = d.listing.engineCc;
                                 if (l.body.isEmpty())
                                     l.body = d.listing.body;
                                 if (l.color.isEmpty())
                                     l.color = d.listing.color;
                             } else {
                                 context.progress(u"%1: detail of %2: %3"_qs.arg(source.id(), l.id, e.message));
                             }
                             if (--pending == 0)
                                 loop.quit();
                         });
    }
    loop.exec();
}

QByteArray searchCsv(const QList<Listing> &listings, const std::optional<CustomsSetup> &customs, QString *error)
{
    QStringList columns = Model::defaultCsvColumnKeys();
    Model::CostEstimator estimator;
    if (customs) {
        estimator = Services::makeCostEstimator(customs->rates, customs->listingContext);
        for (Model::Column c : {Model::Column::PriceRub, Model::Column::CustomsRub, Model::Column::LandedRub}) {
            if (!columns.contains(Model::columnKey(c)))
                columns << Model::columnKey(c);
        }
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!Export::writeListingsCsv(&buffer, listings, columns, Export::csvOptionsFor(QLocale::system()), estimator, error))
        return {};
    return buffer.data();
}

QByteArray searchJson(const QList<Listing> &listings, const std::optional<CustomsSetup> &customs)
{
    QJsonArray array;
    for (const Listing &l : listings) {
        QJsonObject o = toJson(l);
        if (customs) {
            const Services::ListingCost cost = Services::computeListingCost(l, customs->listingContext, &customs->rates);
            if (cost.result.ok)
                o.insert(u"customs"_qs, customsJson(cost, customs->rates));
            else
                o.insert(u"customs_error"_qs, cost.estimate.problem);
        }
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace

int runSearch(CliContext &context, const QStringList &arguments)
{
    Arguments args(arguments,
                   {u"--maker"_qs, u"--model"_qs, u"--year-from"_qs, u"--year-to"_qs, u"--price-max"_qs,
                    u"--mileage-max"_qs, u"--fuel"_qs, u"--sort"_qs, u"--pages"_qs, u"--limit"_qs, u"--format"_qs,
                    u"--output"_qs, u"--importer"_qs, u"--date"_qs, u"--power-hp"_qs, u"--costs-to-border"_qs,
                    u"--costs-currency"_qs, u"--extra-costs-rub"_qs},
                   {u"--with-customs"_qs});
    const Sources::SearchQuery query = searchQueryFrom(args);
    const QString format = args.has(u"--format"_qs) ? args.value(u"--format"_qs) : u"json"_qs;
    if (format != u"json" && format != u"csv")
        args.fail(u"--format: expected json or csv, got \"%1\""_qs.arg(format));
    std::optional<CustomsSetup> customs = customsSetupFrom(args);
    if (!args.error().isEmpty())
        return context.fail(BadArguments, u"search: "_qs + args.error());
    if (args.positional().size() > 1)
        return context.fail(BadArguments, u"search: unexpected argument \"%1\""_qs.arg(args.positional().at(1)));

    const Sources::SourceRegistry registry = Sources::SourceRegistry::withBuiltInSources();
    QObject owner;
    int status = Success;
    Sources::Source *source = openSource(context, registry, args.positional().value(0), &owner, &status);
    if (!source)
        return status;

    if (customs) {
        customs->listingContext.vehicle = source->info().vehicleKind == Sources::VehicleKind::Motorcycle
            ? Customs::VehicleKind::Motorcycle : Customs::VehicleKind::Car;
        context.progress(u"fetching the CBR rates of "_qs + customs->listingContext.declarationDate.toString(Qt::ISODate));
        const Customs::RatesReply reply = Customs::CbrClient::fetchBlocking(context.client, customs->listingContext.declarationDate);
        if (!reply.table)
            return context.fail(UpstreamFailure, u"CBR rates: "_qs + reply.error);
        customs->rates = *reply.table;
    }

    QList<Listing> listings;
    if (const JobError error = collectListings(context, *source, query, &listings); error.isError())
        return failJob(context, error);
    if (customs)
        fillDisplacementFromDetails(context, *source, listings);

    const QString output = args.value(u"--output"_qs);
    if (format == u"csv") {
        QString csvError;
        const QByteArray csv = searchCsv(listings, customs, &csvError);
        if (!csvError.isEmpty())
            return context.fail(UpstreamFailure, u"CSV: "_qs + csvError);
        return writeResult(context, output, csv);
    }
    context.progress(u"%1 listings"_qs.arg(listings.size()));
    return writeResult(context, output, searchJson(listings, customs));
}

int runCatalog(CliContext &context, const QStringList &arguments)
{
    Arguments args(arguments, {u"--maker"_qs, u"--model"_qs}, {});
    if (args.has(u"--model"_qs) && !args.has(u"--maker"_qs))
        args.fail(u"--model needs --maker"_qs);
    if (!args.error().isEmpty())
        return context.fail(BadArguments, u"catalog: "_qs + args.error());
    if (args.positional().size() > 1)
        return context.fail(BadArguments, u"catalog: unexpected argument \"%1\""_qs.arg(args.positional().at(1)));
    QStringList path;
    if (args.has(u"--maker"_qs))
        path << args.value(u"--maker"_qs);
    if (args.has(u"--model"_qs))
        path << args.value(u"--model"_qs);

    const Sources::SourceRegistry registry = Sources::SourceRegistry::withBuiltInSources();
    QObject owner;
    int status = Success;
    Sources::Source *source = openSource(context, registry, args.positional().value(0), &owner, &status);
    if (!source)
        return status;
    context.progress(u"%1: filter tree below %2"_qs.arg(source->id(), path.isEmpty() ? u"the top"_qs : path.join(u" / "_qs)));

    QList<Sources::FilterNode> children;
    JobError error;
    waitFor(source->catalog(path), &Sources::CatalogJob::finished,
            [&](const QList<Sources::FilterNode> &nodes, const JobError &e) {
                children = nodes;
                error = e;
            });
    if (error.isError())
        return failJob(context, error);
    QJsonArray array;
    for (const Sources::FilterNode &n : children)
        array.append(nodeToJson(n));
    return writeResult(context, {}, QJsonDocument(array).toJson(QJsonDocument::Indented));
}

int runDetail(CliContext &context, const QStringList &arguments)
{
    Arguments args(arguments, {u"--format"_qs}, {});
    if (args.has(u"--format"_qs) && args.value(u"--format"_qs) != u"json")
        args.fail(u"--format: only json is supported, got \"%1\""_qs.arg(args.value(u"--format"_qs)));
    if (!args.error().isEmpty())
        return context.fail(BadArguments, u"detail: "_qs + args.error());
    if (args.positional().size() != 2)
        return context.fail(BadArguments, u"detail: expected SOURCE ID"_qs);
    const QString id = args.positional().at(1);

    const Sources::SourceRegistry registry = Sources::SourceRegistry::withBuiltInSources();
    QObject owner;
    int status = Success;
    Sources::Source *source = openSource(context, registry, args.positional().at(0), &owner, &status);
    if (!source)
        return status;
    context.progress(u"%1: detail of %2"_qs.arg(source->id(), id));

    Sources::ListingDetail detail;
    JobError error;
    waitFor(source->detail(id), &Sources::DetailJob::finished, [&](const Sources::ListingDetail &d, const JobError &e) {
        detail = d;
        error = e;
    });
    if (error.isError())
        return failJob(context, error);
    return writeResult(context, {}, QJsonDocument(Sources::toJson(detail)).toJson(QJsonDocument::Indented));
}

} // namespace CarScout::Cli
