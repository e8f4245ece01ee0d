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
#include "core/specs/dealerspecsrepository.h"
#include "core/specs/specsengine.h"
#include "core/specs/specsjson.h"
#include "core/specs/specstracker.h"
#include "core/store/databaseurl.h"

#include <QBuffer>
#include <QDate>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
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
    QHash<QString, Customs::Rational> manualRates;   // --rate ISO=RUB
    bool fetchDetails = true;                        // off with --no-details
    int powerOverride = 0;                           // --power-hp: the power of every row
};

// The "customs" object of one listing in the JSON output: the engine's result, the price and the landed cost
// in roubles (the same figures as the GUI's table, listingcosts.h), and where the power came from.
QJsonObject customsJson(const Services::ListingCost &cost, const Customs::RateTable &rates, const QString &powerSource)
{
    QJsonObject o = QJsonDocument::fromJson(Customs::resultToJson(cost.input.input, cost.result, rates)).object();
    auto rub = [](const std::optional<qint64> &kopecks) { return kopecks ? QJsonValue(double(*kopecks) / 100) : QJsonValue(); };
    o.insert(u"price_rub"_qs, rub(cost.estimate.priceRubKopecks));
    o.insert(u"landed_rub"_qs, rub(cost.estimate.landedRubKopecks));
    if (cost.estimate.customsMaxRubKopecks) {   // several catalog engines fit: the upper end of the range
        o.insert(u"total_rub_max"_qs, rub(cost.estimate.customsMaxRubKopecks));
        o.insert(u"landed_rub_max"_qs, rub(cost.estimate.landedMaxRubKopecks));
    }
    if (cost.input.input.power)
        o.insert(u"power"_qs, cost.input.input.power->toString());
    o.insert(u"power_source"_qs, cost.input.powerFromDefault ? u"default"_qs : powerSource);
    if (!cost.estimate.problem.isEmpty())
        o.insert(u"problem"_qs, cost.estimate.problem);
    return o;
}

// The options of `search` that make the query (shared with `watch add`).
const QStringList &searchQueryOptions()
{
    static const QStringList options{u"--maker"_qs, u"--model"_qs, u"--year-from"_qs, u"--year-to"_qs, u"--price-max"_qs,
                                     u"--mileage-max"_qs, u"--fuel"_qs, u"--sort"_qs, u"--pages"_qs, u"--limit"_qs};
    return options;
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

// Every listing of the search, with a progress line per page.
JobError collectListings(CliContext &context, Sources::Source &source, const Sources::SearchQuery &query,
                         QList<Listing> *listings)
{
    Sources::SearchJob *job = source.search(query);
    QObject::connect(job, &Sources::SearchJob::pageReady, job, [listings](const QList<Listing> &page) { *listings += page; });
    qsizetype warned = 0;
    QObject::connect(job, &Sources::SearchJob::progress, job, [&context, &source, &warned](const Sources::SearchProgress &p) {
        for (; warned < p.warnings.size(); ++warned)   // records the marketplace sent that could not be read
            context.progress(u"%1: %2"_qs.arg(source.id(), p.warnings.at(warned)));
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

} // namespace

std::optional<Sources::SearchQuery> parseSearchOptions(const QStringList &arguments, QStringList *positional,
                                                       QString *error, const Sources::SearchQuery *defaults)
{
    Arguments args(arguments, searchQueryOptions(), {});
    Sources::SearchQuery query = searchQueryFrom(args);
    if (defaults && !args.has(u"--pages"_qs) && !args.has(u"--limit"_qs)) {
        query.limit = defaults->limit;
        query.maxPages = defaults->maxPages;
        query.pageSize = defaults->pageSize;
    }
    *positional = args.positional();
    *error = args.error();
    if (!error->isEmpty())
        return std::nullopt;
    return query;
}

int runSearch(CliContext &context, const QStringList &arguments)
{
    Arguments args(arguments,
                   searchQueryOptions() + QStringList{u"--format"_qs, u"--output"_qs, u"--importer"_qs, u"--date"_qs,
                                                      u"--power-hp"_qs, u"--costs-to-border"_qs, u"--costs-currency"_qs,
                                                      u"--extra-costs-rub"_qs, u"--rate"_qs},
                   {u"--with-customs"_qs, u"--no-details"_qs});
    const Sources::SearchQuery query = searchQueryFrom(args);
    const QString format = args.has(u"--format"_qs) ? args.value(u"--format"_qs) : u"json"_qs;
    if (format != u"json" && format != u"csv")
        args.fail(u"--format: expected json or csv, got \"%1\""_qs.arg(format));

    // --with-customs: the customs engine over the CBR rates of the declaration date.
    const bool withCustoms = args.has(u"--with-customs"_qs);
    std::optional<CustomsSetup> customs;
    const QStringList customsOptions{u"--importer"_qs, u"--date"_qs, u"--power-hp"_qs, u"--costs-to-border"_qs,
                                     u"--costs-currency"_qs, u"--extra-costs-rub"_qs, u"--rate"_qs, u"--no-details"_qs};
    if (!withCustoms && std::any_of(customsOptions.cbegin(), customsOptions.cend(), [&](const QString &o) { return args.has(o); }))
        args.fail(u"--importer, --date, --power-hp, --rate, --no-details and the costs options go with --with-customs"_qs);
    if (withCustoms) {
        customs.emplace();
        const QString importer = args.value(u"--importer"_qs);
        if (importer == u"individual")
            customs->listingContext.importer = Customs::Importer::Individual;
        else if (importer == u"company")
            customs->listingContext.importer = Customs::Importer::Company;
        else
            args.fail(args.has(u"--importer"_qs) ? u"--importer: expected individual or company, got \"%1\""_qs.arg(importer)
                                                : u"--with-customs needs --importer individual|company"_qs);
        customs->listingContext.declarationDate = QDate::currentDate();
        if (args.has(u"--date"_qs)) {
            customs->listingContext.declarationDate = QDate::fromString(args.value(u"--date"_qs), Qt::ISODate);
            if (!customs->listingContext.declarationDate.isValid())
                args.fail(u"--date: expected YYYY-MM-DD, got \"%1\""_qs.arg(args.value(u"--date"_qs)));
        }
        if (const auto v = args.integer(u"--power-hp"_qs, 1, 5000))
            customs->listingContext.defaultPowerHp = int(*v);
        if (const auto v = args.integer(u"--costs-to-border"_qs, 0, Q_INT64_C(1000000000000)))
            customs->listingContext.costsToBorder = Customs::Rational(*v);
        if (args.has(u"--costs-currency"_qs)) {
            const QString currency = args.value(u"--costs-currency"_qs).trimmed().toUpper();
            if (currency.size() != 3)
                args.fail(u"--costs-currency: expected a currency code such as RUB or USD, got \"%1\""_qs.arg(currency));
            customs->listingContext.costsCurrency = currency;
        }
        if (const auto v = args.integer(u"--extra-costs-rub"_qs, 0, Q_INT64_C(1000000000000)))
            customs->listingContext.extraCostsKopecks = *v * 100;
        // --rate ISO=RUB (repeatable, like `customs`): with every needed rate given, no CBR request at all.
        for (const QString &spec : args.values(u"--rate"_qs)) {
            const qsizetype eq = spec.indexOf(u'=');
            const QString code = spec.left(eq).trimmed().toUpper();
            const auto rate = eq > 0 ? Customs::Rational::parse(QStringView(spec).mid(eq + 1).trimmed()) : std::nullopt;
            if (code.size() != 3 || !rate || !(*rate > Customs::Rational(0)))
                args.fail(u"--rate: expected ISO=RUB_PER_UNIT such as KRW=0.0569, got \"%1\""_qs.arg(spec));
            else
                customs->manualRates.insert(code, *rate);
        }
        customs->fetchDetails = !args.has(u"--no-details"_qs);
        // --power-hp is the power of every row (issue 9), not only of those the specs leave unknown.
        customs->powerOverride = customs->listingContext.defaultPowerHp;
        customs->listingContext.defaultPowerHp = 0;
    }
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
    }
    if (customs) {
        QStringList needed{source->currency()};
        if (!customs->listingContext.costsCurrency.isEmpty() && customs->listingContext.costsCurrency != u"RUB")
            needed << customs->listingContext.costsCurrency;
        needed << u"EUR"_qs;   // the ЕТС and duty rates are in euros
        const bool allManual = std::all_of(needed.cbegin(), needed.cend(),
                                           [&](const QString &c) { return customs->manualRates.contains(c); });
        if (allManual) {
            customs->rates.date = customs->rates.requestedDate = customs->listingContext.declarationDate;
            customs->rates.origin = Customs::RateOrigin::Manual;
        } else {
            context.progress(u"fetching the CBR rates of "_qs + customs->listingContext.declarationDate.toString(Qt::ISODate));
            const Customs::RatesReply reply = Customs::CbrClient::fetchBlocking(context.client, customs->listingContext.declarationDate);
            if (!reply.table)
                return context.fail(UpstreamFailure, u"CBR rates: "_qs + reply.error);
            customs->rates = *reply.table;
        }
        for (auto it = customs->manualRates.cbegin(); it != customs->manualRates.cend(); ++it)
            customs->rates.setManual(it.key(), it.value());
    }

    QList<Listing> listings;
    const JobError error = collectListings(context, *source, query, &listings);
    if (error.isError())
        return failJob(context, error);

    // Displacement and power of every listing (core/specs): list text → catalog → the dealer's remembered
    // values, offline; the marketplace's detail only for the rows still missing a value (not with --no-details).
    Specs::SpecsTracker specs;
    if (customs) {
        // The dealer's remembered values: from the workspace --db names, else from the default file when it exists.
        QString dbError;
        std::unique_ptr<Specs::DealerSpecsRepository> dealerSpecs;
        if (!context.databaseUrl.isEmpty()) {
            const std::optional<Store::DatabaseUrl> url = Store::parseDatabaseUrl(context.databaseUrl, &dbError);
            if (!url)
                return context.fail(BadArguments, u"--db: "_qs + dbError);
            dealerSpecs = std::make_unique<Specs::DealerSpecsRepository>(*url);
            if (!dealerSpecs->open(&dbError))
                return context.fail(UpstreamFailure, dbError);
        } else {
            dealerSpecs = std::make_unique<Specs::DealerSpecsRepository>();
            if (!QFileInfo::exists(dealerSpecs->path()) || !dealerSpecs->open(&dbError))
                dealerSpecs.reset();
        }
        if (dealerSpecs)
            specs.resolver().setDealerSpecs(dealerSpecs->load(&dbError));
        specs.addSource(source);
        specs.setDetailsEnabled(customs->fetchDetails);
        specs.request(listings);
        if (specs.pending() > 0) {
            context.progress(u"%1: fetching %2 details for the engine displacement and power"_qs.arg(source->id()).arg(specs.pending()));
            QEventLoop loop;
            QObject::connect(&specs, &Specs::SpecsTracker::idle, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const Services::EngineResolver resolve = Specs::trackerEngineResolver(&specs);
        const int override = customs->powerOverride;
        customs->listingContext.engine = [resolve, override](const Listing &l) {
            Services::EngineFacts f = resolve(l);
            if (override > 0) {   // --power-hp: the dealer's figure for every row
                f.power = Customs::Power::hp(override);
                f.powerMax.reset();
            }
            return f;
        };
    }

    const QString output = args.value(u"--output"_qs);
    if (format == u"csv") {
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
        QString csvError;
        if (!Export::writeListingsCsv(&buffer, listings, columns, Export::csvOptionsFor(QLocale::system()), estimator, &csvError))
            return context.fail(UpstreamFailure, u"CSV: "_qs + csvError);
        return writeResult(context, output, buffer.data());
    }

    QJsonArray array;
    for (const Listing &l : listings) {
        QJsonObject o = toJson(l);
        if (customs) {
            Specs::ResolvedSpecs resolved = specs.resolve(l);
            if (customs->powerOverride > 0)
                resolved.powerHp = Specs::ValueRange::single(customs->powerOverride, Specs::Provenance::Dealer);
            Specs::writeSpecsJson(resolved, &o);
            const Services::ListingCost cost = Services::computeListingCost(l, customs->listingContext, &customs->rates);
            const QString powerSource = customs->powerOverride > 0 ? u"override"_qs : Specs::provenanceKey(resolved.powerHp.source);
            if (cost.result.ok && cost.estimate.customsRubKopecks)
                o.insert(u"customs"_qs, customsJson(cost, customs->rates, powerSource));
            else
                o.insert(u"customs_error"_qs, cost.estimate.problem);
        }
        array.append(o);
    }
    context.progress(u"%1 listings"_qs.arg(listings.size()));
    return writeResult(context, output, QJsonDocument(array).toJson(QJsonDocument::Indented));
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
    QEventLoop loop;
    Sources::CatalogJob *job = source->catalog(path);
    QObject::connect(job, &Sources::CatalogJob::finished, &loop,
                     [&](const QList<Sources::FilterNode> &nodes, const JobError &e) {
                         children = nodes;
                         error = e;
                         loop.quit();
                     });
    loop.exec();
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
    QEventLoop loop;
    Sources::DetailJob *job = source->detail(id);
    QObject::connect(job, &Sources::DetailJob::finished, &loop, [&](const Sources::ListingDetail &d, const JobError &e) {
        detail = d;
        error = e;
        loop.quit();
    });
    loop.exec();
    if (error.isError())
        return failJob(context, error);
    return writeResult(context, {}, QJsonDocument(Sources::toJson(detail)).toJson(QJsonDocument::Indented));
}

} // namespace CarScout::Cli
