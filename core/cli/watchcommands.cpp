#include "core/cli/watchcommands.h"

#include "core/cli/sourcecommands.h"
#include "core/net/httpclient.h"
#include "core/sources/sourceregistry.h"
#include "core/store/database.h"
#include "core/store/searchqueryjson.h"
#include "core/store/watchrunner.h"
#include "core/store/workspace.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace CarScout::Cli {

namespace {

using Sources::JobError;

// A watch should see a search's whole result, not search's default single page: only then can it say "gone".
constexpr int kDefaultWatchLimit = 1000;

std::unique_ptr<Store::Database> openDatabase(CliContext &context, int *status)
{
    Store::DatabaseUrl url = Store::defaultDatabaseUrl();
    QString error;
    if (!context.databaseUrl.isEmpty()) {
        const std::optional<Store::DatabaseUrl> parsed = Store::parseDatabaseUrl(context.databaseUrl, &error);
        if (!parsed) {
            *status = context.fail(BadArguments, u"--db: "_qs + error);
            return nullptr;
        }
        url = *parsed;
    }
    std::unique_ptr<Store::Database> db = Store::Database::open(url, &error);
    if (!db)
        *status = context.fail(UpstreamFailure, error);
    return db;
}

// --format json|text (text by default); false after printing the reason.
bool takeFormat(CliContext &context, const QString &command, QStringList *arguments, bool *json, int *status)
{
    *json = false;
    for (qsizetype i = 0; i < arguments->size(); ++i) {
        QString value;
        if (arguments->at(i) == u"--format" && i + 1 < arguments->size()) {
            value = arguments->at(i + 1);
            arguments->remove(i, 2);
        } else if (arguments->at(i).startsWith(u"--format=")) {
            value = arguments->at(i).mid(9);
            arguments->remove(i);
        } else if (arguments->at(i) == u"--format") {
            *status = context.fail(BadArguments, command + u": --format needs a value"_qs);
            return false;
        } else {
            continue;
        }
        if (value != u"json" && value != u"text") {
            *status = context.fail(BadArguments, u"%1: --format: expected json or text, got \"%2\""_qs.arg(command, value));
            return false;
        }
        *json = value == u"json";
        --i;
    }
    return true;
}

bool rejectOptions(CliContext &context, const QString &command, const QStringList &arguments, int *status)
{
    for (const QString &a : arguments) {
        if (a.startsWith(u"--")) {
            *status = context.fail(BadArguments, u"%1: unknown option %2"_qs.arg(command, a));
            return true;
        }
    }
    return false;
}

void print(CliContext &context, const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    *context.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QJsonValue priceJson(const std::optional<qint64> &price)
{
    return price ? QJsonValue(double(*price)) : QJsonValue(QJsonValue::Null);
}

QString priceText(const std::optional<qint64> &price, const QString &currency)
{
    return price ? u"%1 %2"_qs.arg(*price).arg(currency) : u"no price"_qs;
}

struct SearchOutcome
{
    QList<Listing> listings;
    bool complete = false;   // not cut short by the query's limit or page count
    JobError error;
};

SearchOutcome runToEnd(CliContext &context, Sources::Source &source, const Sources::SearchQuery &query)
{
    SearchOutcome outcome;
    Sources::SearchProgress last;
    QEventLoop loop;
    Sources::SearchJob *job = source.search(query);
    QObject::connect(job, &Sources::SearchJob::pageReady, &loop,
                     [&outcome](const QList<Listing> &page) { outcome.listings += page; });
    QObject::connect(job, &Sources::SearchJob::progress, &loop, [&](const Sources::SearchProgress &p) {
        last = p;
        context.progress(u"%1: page %2, %3 listings"_qs.arg(source.id()).arg(p.pagesFetched).arg(p.listingsSoFar));
    });
    QObject::connect(job, &Sources::SearchJob::finished, &loop, [&](const JobError &e) {
        outcome.error = e;
        loop.quit();
    });
    loop.exec();
    outcome.complete = Store::searchWasComplete(query, outcome.listings.size(), last);
    return outcome;
}

QJsonObject reportJson(const Store::WatchReport &report)
{
    QJsonArray added, changes;
    for (const Listing &l : report.newListings)
        added.append(toJson(l));
    for (const Store::PriceChange &c : report.priceChanges)
        changes.append(QJsonObject{{u"id"_qs, c.id}, {u"old_price"_qs, priceJson(c.oldPrice)},
                                   {u"new_price"_qs, priceJson(c.newPrice)}, {u"listing"_qs, toJson(c.listing)}});
    return QJsonObject{{u"new"_qs, added}, {u"price_changes"_qs, changes},
                       {u"gone"_qs, QJsonArray::fromStringList(report.gone)}};
}

void printReportText(CliContext &context, const QString &name, const Store::WatchReport &report)
{
    QTextStream &out = *context.out;
    out << u"%1: %2 new, %3 price changes, %4 gone"_qs.arg(name).arg(report.newListings.size())
               .arg(report.priceChanges.size()).arg(report.gone.size())
        << '\n';
    for (const Listing &l : report.newListings)
        out << u"  new    %1  %2, %3, %4 km, %5  %6"_qs.arg(l.id, l.title).arg(l.year).arg(l.mileageKm)
                   .arg(priceText(l.price, l.currency), l.url.toString())
            << '\n';
    for (const Store::PriceChange &c : report.priceChanges) {
        QString line = u"  price  %1  %2 -> %3"_qs.arg(c.id, priceText(c.oldPrice, c.listing.currency),
                                                        priceText(c.newPrice, c.listing.currency));
        if (const auto percent = c.percent())
            line += u" (%1%2 %)"_qs.arg(*percent > 0 ? u"+"_qs : QString()).arg(*percent, 0, 'f', 1);
        out << line << u"  "_qs << c.listing.title << '\n';
    }
    for (const QString &id : report.gone)
        out << u"  gone   "_qs << id << '\n';
}

int watchAdd(CliContext &context, Store::Workspace &workspace, const QStringList &arguments)
{
    QStringList positional;
    QString error;
    Sources::SearchQuery defaults;
    defaults.limit = kDefaultWatchLimit;
    defaults.maxPages = 0;
    defaults.pageSize = 100;
    const std::optional<Sources::SearchQuery> query = parseSearchOptions(arguments, &positional, &error, &defaults);
    if (!query)
        return context.fail(BadArguments, u"watch add: "_qs + error);
    if (positional.size() != 2)
        return context.fail(BadArguments, u"watch add: expected NAME SOURCE [search options]"_qs);
    const Sources::SourceRegistry registry = Sources::SourceRegistry::withBuiltInSources();
    if (!registry.contains(positional.at(1)))
        return context.fail(BadArguments, u"watch add: unknown source \"%1\" (one of: %2)"_qs
                                              .arg(positional.at(1), registry.ids().join(u", "_qs)));
    if (!workspace.addSearch(positional.at(0), positional.at(1), *query, &error))
        return context.fail(error.contains(u"already") || positional.at(0).trimmed().isEmpty() ? BadArguments
                                                                                                : UpstreamFailure,
                            u"watch add: "_qs + error);
    context.progress(u"saved search \"%1\" on %2"_qs.arg(positional.at(0).trimmed(), positional.at(1)));
    return Success;
}

int watchList(CliContext &context, Store::Workspace &workspace, QStringList arguments)
{
    int status = Success;
    bool json = false;
    if (!takeFormat(context, u"watch list"_qs, &arguments, &json, &status) || rejectOptions(context, u"watch list"_qs, arguments, &status))
        return status;
    if (!arguments.isEmpty())
        return context.fail(BadArguments, u"watch list: unexpected argument \"%1\""_qs.arg(arguments.first()));
    QString error;
    const auto searches = workspace.searches(&error);
    if (!searches)
        return context.fail(UpstreamFailure, u"watch list: "_qs + error);
    QJsonArray array;
    for (const Store::SavedSearch &s : *searches) {
        if (!json) {
            *context.out << s.name << '\t' << s.source << '\t'
                         << (s.lastRunAt.isValid() ? s.lastRunAt.toString(Qt::ISODate) : u"never run"_qs) << '\t'
                         << u"%1 new, %2 price changes, %3 gone"_qs.arg(s.lastNew).arg(s.lastChanged).arg(s.lastGone)
                         << '\n';
            continue;
        }
        QJsonObject o{{u"name"_qs, s.name}, {u"source"_qs, s.source}, {u"options"_qs, Store::toJson(s.query)},
                      {u"created_at"_qs, s.createdAt.toString(Qt::ISODate)},
                      {u"last_new"_qs, s.lastNew}, {u"last_changed"_qs, s.lastChanged}, {u"last_gone"_qs, s.lastGone}};
        o.insert(u"last_run_at"_qs, s.lastRunAt.isValid() ? QJsonValue(s.lastRunAt.toString(Qt::ISODate)) : QJsonValue());
        array.append(o);
    }
    if (json)
        print(context, array);
    return Success;
}

int watchRemove(CliContext &context, Store::Workspace &workspace, const QStringList &arguments)
{
    int status = Success;
    if (rejectOptions(context, u"watch remove"_qs, arguments, &status))
        return status;
    if (arguments.size() != 1)
        return context.fail(BadArguments, u"watch remove: expected NAME"_qs);
    QString error;
    if (!workspace.removeSearch(arguments.first(), &error))
        return context.fail(error.contains(u"no saved search") ? BadArguments : UpstreamFailure, u"watch remove: "_qs + error);
    return Success;
}

int watchRun(CliContext &context, Store::Workspace &workspace, QStringList arguments)
{
    int status = Success;
    bool json = false;
    if (!takeFormat(context, u"watch run"_qs, &arguments, &json, &status) || rejectOptions(context, u"watch run"_qs, arguments, &status))
        return status;
    QString error;
    QList<Store::SavedSearch> toRun;
    if (arguments.isEmpty()) {
        const auto all = workspace.searches(&error);
        if (!all)
            return context.fail(UpstreamFailure, u"watch run: "_qs + error);
        toRun = *all;
    }
    for (const QString &name : std::as_const(arguments)) {
        const auto s = workspace.findSearch(name, &error);
        if (!s)
            return context.fail(error.isEmpty() ? BadArguments : UpstreamFailure,
                                u"watch run: "_qs + (error.isEmpty() ? u"no saved search named \"%1\""_qs.arg(name) : error));
        toRun << *s;
    }

    const Sources::SourceRegistry registry = Sources::SourceRegistry::withBuiltInSources();
    QJsonObject results;
    bool anyChange = false;
    QList<std::pair<QString, Store::WatchReport>> reports;
    for (const Store::SavedSearch &search : std::as_const(toRun)) {
        QObject owner;
        Sources::Source *source = registry.contains(search.source) ? registry.create(search.source, *context.client, &owner)
                                                                   : nullptr;
        if (!source) {
            status = context.fail(UpstreamFailure, u"watch run: \"%1\": unknown source \"%2\""_qs.arg(search.name, search.source));
            continue;
        }
        context.progress(u"watch \"%1\" on %2"_qs.arg(search.name, search.source));
        const SearchOutcome outcome = runToEnd(context, *source, search.query);
        if (outcome.error.isError()) {
            // Nothing is stored for a failed search: its next run compares with the last good one.
            status = context.fail(outcome.error.kind == JobError::Kind::BadInput ? BadArguments : UpstreamFailure,
                                  u"watch run: \"%1\": %2"_qs.arg(search.name, outcome.error.message));
            continue;
        }
        const auto report = workspace.recordRun(search, outcome.listings, outcome.complete, &error);
        if (!report) {
            status = context.fail(UpstreamFailure, u"watch run: "_qs + error);
            continue;
        }
        context.progress(u"watch \"%1\": %2 listings%3"_qs.arg(search.name).arg(outcome.listings.size())
                             .arg(outcome.complete ? QString() : u" (cut short by its limit: nothing reported gone)"_qs));
        anyChange = anyChange || !report->isEmpty();
        results.insert(search.name, reportJson(*report));
        reports.append({search.name, *report});
    }
    // Quiet when nothing changed, so cron mails only news.
    if (anyChange) {
        if (json) {
            print(context, results);
        } else {
            for (const auto &[name, report] : std::as_const(reports)) {
                if (!report.isEmpty())
                    printReportText(context, name, report);
            }
        }
    }
    return status;
}

} // namespace

int runWatch(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub != u"add" && sub != u"list" && sub != u"remove" && sub != u"run")
        return context.fail(BadArguments, sub.isEmpty() ? u"watch: expected add, list, remove or run"_qs
                                                        : u"watch: unknown subcommand \"%1\" (add, list, remove, run)"_qs.arg(sub));
    int status = Success;
    const std::unique_ptr<Store::Database> db = openDatabase(context, &status);
    if (!db)
        return status;
    Store::Workspace workspace(*db);
    const QStringList rest = arguments.mid(1);
    if (sub == u"add")
        return watchAdd(context, workspace, rest);
    if (sub == u"list")
        return watchList(context, workspace, rest);
    if (sub == u"remove")
        return watchRemove(context, workspace, rest);
    return watchRun(context, workspace, rest);
}

int runHistory(CliContext &context, const QStringList &arguments)
{
    QStringList rest = arguments;
    int status = Success;
    bool json = false;
    if (!takeFormat(context, u"history"_qs, &rest, &json, &status) || rejectOptions(context, u"history"_qs, rest, &status))
        return status;
    if (rest.size() != 2)
        return context.fail(BadArguments, u"history: expected SOURCE ID"_qs);
    const std::unique_ptr<Store::Database> db = openDatabase(context, &status);
    if (!db)
        return status;
    Store::Workspace workspace(*db);
    QString error;
    const auto history = workspace.history(rest.at(0), rest.at(1), &error);
    if (!history)
        return context.fail(UpstreamFailure, u"history: "_qs + error);
    if (history->isEmpty())
        context.progress(u"history: the workspace never saw %1 %2"_qs.arg(rest.at(0), rest.at(1)));
    if (json) {
        QJsonArray array;
        for (const Store::PricePoint &p : *history)
            array.append(QJsonObject{{u"seen_at"_qs, p.seenAt.toString(Qt::ISODate)}, {u"price"_qs, priceJson(p.price)}});
        print(context, array);
    } else {
        for (const Store::PricePoint &p : *history)
            *context.out << p.seenAt.toString(Qt::ISODate) << '\t'
                         << (p.price ? QString::number(*p.price) : u"no price"_qs) << '\n';
    }
    return Success;
}

} // namespace CarScout::Cli
