#include "core/store/workspace.h"

#include "core/store/database.h"
#include "core/store/searchqueryjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace CarScout::Store {

namespace {

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

std::optional<qint64> optionalPrice(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

// An unchanged listing's row is rewritten at most this often just to move last_seen: frequent watch runs then
// neither bloat PostgreSQL with dead rows nor grow SQLite's WAL. (PostgreSQL still locks a row whose update the
// WHERE skips, so two runs still take turns on it.)
constexpr qint64 kLastSeenResolutionMs = 3600 * 1000;
// Listings per statement: 13 values each stays far below both databases' limits on bound values.
constexpr int kBatchRows = 100;

const QString kSearchColumns =
    u"id, name, source, options, created_at, last_run_at, last_new, last_changed, last_gone"_qs;

// The listings in a stable order (PostgreSQL takes row locks in this order: two runs never deadlock) and once each.
QList<Listing> uniqueSorted(const QList<Listing> &listings)
{
    QList<Listing> out;
    out.reserve(listings.size());
    QSet<QString> keys;
    for (const Listing &l : listings) {
        const QString key = listingKey(l.source, l.id);
        if (!keys.contains(key)) {
            keys.insert(key);
            out << l;
        }
    }
    std::sort(out.begin(), out.end(), [](const Listing &a, const Listing &b) {
        return std::tie(a.source, a.id) < std::tie(b.source, b.id);
    });
    return out;
}

// "row, row, …": the VALUES list of a multi-row statement.
QString valuesRows(int rows, const QString &row)
{
    QStringList out;
    out.reserve(rows);
    for (int i = 0; i < rows; ++i)
        out << row;
    return out.join(u", "_qs);
}

} // namespace

QString listingKey(const QString &source, const QString &id)
{
    return source + u'\n' + id;
}

QString modelKey(const Listing &listing)
{
    return listing.source + u'\n' + listing.make + u'\n' + listing.model;
}

std::optional<double> ListingStatus::lastChangePercent() const
{
    if (!price || !previousPrice || *previousPrice <= 0)
        return std::nullopt;
    return double(*price - *previousPrice) * 100.0 / double(*previousPrice);
}

Workspace::Workspace(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

std::optional<SavedSearch> Workspace::searchFromRow(QSqlQuery &q, QString *error)
{
    SavedSearch s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.source = q.value(2).toString();
    QJsonParseError parseError;
    const QJsonDocument options = QJsonDocument::fromJson(q.value(3).toString().toUtf8(), &parseError);
    if (!options.isObject()) {
        *error = QCoreApplication::translate("Store", "saved search \"%1\": its options are not a JSON object (%2)")
                     .arg(s.name, parseError.errorString());
        return std::nullopt;
    }
    const std::optional<Sources::SearchQuery> query = searchQueryFromJson(options.object(), error);
    if (!query) {
        *error = QCoreApplication::translate("Store", "saved search \"%1\": %2").arg(s.name, *error);
        return std::nullopt;
    }
    s.query = *query;
    s.createdAt = fromMs(q.value(4));
    s.lastRunAt = fromMs(q.value(5));
    s.lastNew = q.value(6).toInt();
    s.lastChanged = q.value(7).toInt();
    s.lastGone = q.value(8).toInt();
    return s;
}

std::optional<SavedSearch> Workspace::addSearch(const QString &name, const QString &source, const Sources::SearchQuery &query,
                                            QString *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        *error = QCoreApplication::translate("Store", "A saved search needs a name.");
        return std::nullopt;
    }
    bool exists = false;
    const QString options = QString::fromUtf8(QJsonDocument(toJson(query)).toJson(QJsonDocument::Compact));
    const bool ok = m_db.write([&](QString *why) {
        QSqlQuery *q = m_db.run(u"SELECT 1 FROM saved_searches WHERE name = ?"_qs, {trimmed}, why);
        if (!q)
            return false;
        if (q->next()) {
            exists = true;
            return false;
        }
        return m_db.run(u"INSERT INTO saved_searches (name, source, options, created_at) VALUES (?, ?, ?, ?)"_qs,
                        {trimmed, text(source), options, qlonglong(nowMs())}, why) != nullptr;
    }, error);
    if (exists) {
        *error = QCoreApplication::translate("Store", "There is already a saved search named \"%1\".").arg(trimmed);
        return std::nullopt;
    }
    if (!ok)
        return std::nullopt;
    return findSearch(trimmed, error);
}

std::optional<QList<SavedSearch>> Workspace::searches(QString *error)
{
    QSqlQuery *q = m_db.run(u"SELECT %1 FROM saved_searches ORDER BY name"_qs.arg(kSearchColumns), {}, error);
    if (!q)
        return std::nullopt;
    QList<SavedSearch> out;
    while (q->next()) {
        std::optional<SavedSearch> s = searchFromRow(*q, error);
        if (!s)
            return std::nullopt;
        out << *s;
    }
    return out;
}

std::optional<SavedSearch> Workspace::findSearch(const QString &name, QString *error)
{
    error->clear();
    QSqlQuery *q = m_db.run(u"SELECT %1 FROM saved_searches WHERE name = ?"_qs.arg(kSearchColumns), {name.trimmed()}, error);
    if (!q || !q->next())
        return std::nullopt;
    return searchFromRow(*q, error);
}

bool Workspace::removeSearch(const QString &name, QString *error)
{
    bool found = false;
    const bool ok = m_db.write([&](QString *why) {
        QSqlQuery *q = m_db.run(u"DELETE FROM saved_searches WHERE name = ?"_qs, {name.trimmed()}, why);
        if (!q)
            return false;
        found = q->numRowsAffected() > 0;
        return true;
    }, error);
    if (ok && !found)
        *error = QCoreApplication::translate("Store", "There is no saved search named \"%1\".").arg(name.trimmed());
    return ok && found;
}

bool Workspace::upsertListings(const QList<Listing> &sorted, qint64 now, QString *error)
{
    // Chunks of kBatchRows listings, one statement each for the rows and one for the observations (a round trip
    // per listing made a 1000-listing run cost 3000 statements). The rows are upserted in source/id order
    // first: on PostgreSQL that locks them until commit, always in the same order (two runs never deadlock), and
    // a second run that sees the same listings waits here and then reads the observations this run added.
    for (qsizetype start = 0; start < sorted.size(); start += kBatchRows) {
        const QList<Listing> chunk = sorted.mid(start, kBatchRows);
        const int n = int(chunk.size());
        QVariantList rows, observations;
        rows.reserve(n * 13);
        observations.reserve(n * 4);
        for (const Listing &l : chunk) {
            const QString data = QString::fromUtf8(QJsonDocument(toJson(l)).toJson(QJsonDocument::Compact));
            rows << text(l.source) << text(l.id) << text(l.make) << text(l.model) << text(l.trim) << l.year << l.month
                 << l.mileageKm << optionalInt(l.price) << text(l.currency) << data << qlonglong(now) << qlonglong(now);
            observations << text(l.source) << text(l.id) << qlonglong(now) << optionalInt(l.price);
        }
        rows << qlonglong(kLastSeenResolutionMs);
        if (!m_db.run(uR"(INSERT INTO listings (source, listing_id, make, model, trim_name, year, month, mileage_km, price,
                                                currency, data, first_seen, last_seen)
                          VALUES %1
                          ON CONFLICT (source, listing_id) DO UPDATE SET
                              make = excluded.make, model = excluded.model, trim_name = excluded.trim_name,
                              year = excluded.year, month = excluded.month, mileage_km = excluded.mileage_km,
                              price = excluded.price, currency = excluded.currency, data = excluded.data,
                              last_seen = excluded.last_seen
                          WHERE listings.data <> excluded.data OR excluded.last_seen - listings.last_seen >= ?)"_qs
                          .arg(valuesRows(n, u"(?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS BIGINT), ?, ?, ?, ?)"_qs)),
                      rows, error))
            return false;
        // A new observation only where the price differs from the listing's latest one.
        if (!m_db.run(uR"(INSERT INTO price_observations (source, listing_id, seen_at, price)
                          SELECT v.column1, v.column2, v.column3, v.column4 FROM (VALUES %1) AS v
                          WHERE NOT EXISTS (
                              SELECT 1 FROM (SELECT o.price FROM price_observations o
                                             WHERE o.source = v.column1 AND o.listing_id = v.column2
                                             ORDER BY o.seen_at DESC, o.id DESC LIMIT 1) latest
                              WHERE latest.price IS NOT DISTINCT FROM v.column4))"_qs
                          .arg(valuesRows(n, u"(CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS BIGINT), CAST(? AS BIGINT))"_qs)),
                      observations, error))
            return false;
    }
    return true;
}

bool Workspace::recordSeen(const QList<Listing> &seen, QString *error)
{
    const QList<Listing> listings = uniqueSorted(seen);
    return m_db.write([&](QString *why) {
        return upsertListings(listings, nowMs(), why);
    }, error);
}

std::optional<WatchReport> Workspace::recordRun(const SavedSearch &search, const QList<Listing> &seen, bool complete,
                                            QString *error)
{
    const QList<Listing> listings = uniqueSorted(seen);
    WatchReport report;
    const bool ok = m_db.write([&](QString *why) {
        const qint64 now = nowMs();
        // Lock the search's row first: two runs of one search take turns, the second comparing with the first.
        QSqlQuery *q = m_db.run(u"UPDATE saved_searches SET last_run_at = ? WHERE id = ?"_qs,
                                {qlonglong(now), qlonglong(search.id)}, why);
        if (!q)
            return false;
        if (q->numRowsAffected() != 1) {
            *why = QCoreApplication::translate("Store", "the saved search \"%1\" was removed meanwhile").arg(search.name);
            return false;
        }
        q = m_db.run(u"SELECT listing_id, last_price, gone_at FROM search_listings WHERE search_id = ? AND source = ?"_qs,
                     {qlonglong(search.id), search.source}, why);
        if (!q)
            return false;
        QHash<QString, PreviousSighting> previous;
        while (q->next())
            previous.insert(q->value(0).toString(), {optionalPrice(q->value(1)), !q->value(2).isNull()});
        report = diffWatchRun(previous, listings, complete);

        if (!upsertListings(listings, now, why))
            return false;
        for (qsizetype start = 0; start < listings.size(); start += kBatchRows) {
            const QList<Listing> chunk = listings.mid(start, kBatchRows);
            QVariantList rows;
            for (const Listing &l : chunk)
                rows << qlonglong(search.id) << text(l.source) << text(l.id) << optionalInt(l.price) << qlonglong(now)
                     << qlonglong(now);
            rows << qlonglong(kLastSeenResolutionMs);
            if (!m_db.run(uR"(INSERT INTO search_listings (search_id, source, listing_id, last_price, first_seen, last_seen)
                              VALUES %1
                              ON CONFLICT (search_id, source, listing_id) DO UPDATE SET
                                  last_price = excluded.last_price, last_seen = excluded.last_seen, gone_at = NULL
                              WHERE search_listings.last_price IS DISTINCT FROM excluded.last_price
                                 OR search_listings.gone_at IS NOT NULL
                                 OR excluded.last_seen - search_listings.last_seen >= ?)"_qs
                              .arg(valuesRows(int(chunk.size()), u"(?, ?, ?, CAST(? AS BIGINT), ?, ?)"_qs)),
                          rows, why))
                return false;
        }
        for (const QString &id : std::as_const(report.gone)) {
            if (!m_db.run(u"UPDATE search_listings SET gone_at = ? WHERE search_id = ? AND source = ? AND listing_id = ?"_qs,
                          {qlonglong(now), qlonglong(search.id), search.source, id}, why))
                return false;
        }
        return m_db.run(u"UPDATE saved_searches SET last_new = ?, last_changed = ?, last_gone = ? WHERE id = ?"_qs,
                        {int(report.newListings.size()), int(report.priceChanges.size()), int(report.gone.size()),
                         qlonglong(search.id)},
                        why) != nullptr;
    }, error);
    if (!ok) {
        *error = QCoreApplication::translate("Store", "Storing the run of \"%1\" failed, nothing was changed: %2")
                     .arg(search.name, *error);
        return std::nullopt;
    }
    return report;
}

std::optional<QList<PricePoint>> Workspace::history(const QString &source, const QString &id, QString *error)
{
    QSqlQuery *q = m_db.run(u"SELECT seen_at, price FROM price_observations WHERE source = ? AND listing_id = ? "
                            "ORDER BY seen_at, id"_qs,
                            {source, id}, error);
    if (!q)
        return std::nullopt;
    QList<PricePoint> out;
    while (q->next())
        out << PricePoint{fromMs(q->value(0)), optionalPrice(q->value(1))};
    return out;
}

bool Workspace::setNote(const ListingNote &note, QString *error)
{
    return m_db.write([&](QString *why) {
        if (!note.starred && note.note.trimmed().isEmpty())
            return m_db.run(u"DELETE FROM listing_notes WHERE source = ? AND listing_id = ? AND user_name = ?"_qs,
                            {note.source, note.listingId, note.userName}, why) != nullptr;
        return m_db.run(uR"(INSERT INTO listing_notes (source, listing_id, user_name, starred, note, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?)
                            ON CONFLICT (source, listing_id, user_name) DO UPDATE SET
                                starred = excluded.starred, note = excluded.note, updated_at = excluded.updated_at)"_qs,
                        {text(note.source), text(note.listingId), text(note.userName), note.starred ? 1 : 0, text(note.note),
                         qlonglong(nowMs())},
                        why) != nullptr;
    }, error);
}

std::optional<QList<ListingNote>> Workspace::notes(const QString &source, const QString &id, QString *error)
{
    QSqlQuery *q = m_db.run(u"SELECT user_name, starred, note, updated_at FROM listing_notes "
                            "WHERE source = ? AND listing_id = ? ORDER BY user_name"_qs,
                            {source, id}, error);
    if (!q)
        return std::nullopt;
    QList<ListingNote> out;
    while (q->next())
        out << ListingNote{source, id, q->value(0).toString(), q->value(1).toInt() != 0, q->value(2).toString(),
                           fromMs(q->value(3))};
    return out;
}

std::optional<QHash<QString, ListingNote>> Workspace::notesOf(const QString &userName, const QList<Listing> &listings,
                                                           QString *error)
{
    QSet<QString> wanted;
    QSet<QString> sources;
    for (const Listing &l : listings) {
        wanted.insert(listingKey(l.source, l.id));
        sources.insert(l.source);
    }
    QHash<QString, ListingNote> out;
    for (const QString &source : std::as_const(sources)) {
        QSqlQuery *q = m_db.run(u"SELECT listing_id, starred, note, updated_at FROM listing_notes "
                                "WHERE source = ? AND user_name = ?"_qs,
                                {source, userName}, error);
        if (!q)
            return std::nullopt;
        while (q->next()) {
            const QString key = listingKey(source, q->value(0).toString());
            if (wanted.contains(key))
                out.insert(key, ListingNote{source, q->value(0).toString(), userName, q->value(1).toInt() != 0,
                                            q->value(2).toString(), fromMs(q->value(3))});
        }
    }
    return out;
}

std::optional<QHash<QString, ListingStatus>> Workspace::statuses(const QList<Listing> &listings, QString *error)
{
    // One statement per marketplace and kBatchRows listings: the first sighting and the two latest observations.
    QHash<QString, QStringList> idsBySource;
    for (const Listing &l : uniqueSorted(listings))
        idsBySource[l.source] << l.id;
    QHash<QString, ListingStatus> out;
    for (auto it = idsBySource.cbegin(); it != idsBySource.cend(); ++it) {
        for (qsizetype start = 0; start < it->size(); start += kBatchRows) {
            const QStringList chunk = it->mid(start, kBatchRows);
            QVariantList values{it.key()};
            for (const QString &id : chunk)
                values << id;
            const QString latest = u"SELECT o.price FROM price_observations o WHERE o.source = l.source "
                                   "AND o.listing_id = l.listing_id ORDER BY o.seen_at DESC, o.id DESC LIMIT 1"_qs;
            QSqlQuery *q = m_db.run(u"SELECT l.listing_id, l.first_seen, (%1), (%1 OFFSET 1) FROM listings l "
                                    "WHERE l.source = ? AND l.listing_id IN (%2)"_qs
                                        .arg(latest, valuesRows(int(chunk.size()), u"?"_qs)),
                                    values, error);
            if (!q)
                return std::nullopt;
            while (q->next()) {
                ListingStatus status;
                status.firstSeen = fromMs(q->value(1));
                status.price = optionalPrice(q->value(2));
                status.previousPrice = optionalPrice(q->value(3));
                out.insert(listingKey(it.key(), q->value(0).toString()), status);
            }
        }
    }
    return out;
}

std::optional<QHash<QString, QDateTime>> Workspace::modelsFirstSeen(const QList<Listing> &listings, QString *error)
{
    QHash<QString, QDateTime> out;
    for (const Listing &l : listings) {
        const QString group = modelKey(l);
        if (out.contains(group))
            continue;
        QSqlQuery *q = m_db.run(u"SELECT MIN(first_seen) FROM listings WHERE source = ? AND make = ? AND model = ?"_qs,
                                {text(l.source), text(l.make), text(l.model)}, error);
        if (!q)
            return std::nullopt;
        out.insert(group, q->next() ? fromMs(q->value(0)) : QDateTime());
    }
    return out;
}

std::optional<QHash<QString, MarketPosition>> Workspace::marketPositions(const QList<Listing> &listings, QString *error)
{
    // One query per make/model: every recent priced listing of it, then the rule of marketposition.h in memory.
    QHash<QString, QList<Listing>> peersByModel;
    QHash<QString, MarketPosition> out;
    const qint64 since = nowMs() - qint64(kComparableMaxAgeDays) * 24 * 3600 * 1000;
    for (const Listing &l : listings) {
        if (!l.price)
            continue;
        const QString group = modelKey(l);
        if (!peersByModel.contains(group)) {
            QSqlQuery *q = m_db.run(u"SELECT listing_id, year, mileage_km, price, currency FROM listings "
                                    "WHERE source = ? AND make = ? AND model = ? AND last_seen >= ? AND price IS NOT NULL"_qs,
                                    {l.source, l.make, l.model, qlonglong(since)}, error);
            if (!q)
                return std::nullopt;
            QList<Listing> peers;
            while (q->next()) {
                Listing p;
                p.source = l.source;
                p.make = l.make;
                p.model = l.model;
                p.id = q->value(0).toString();
                p.year = q->value(1).toInt();
                p.mileageKm = q->value(2).toInt();
                p.price = q->value(3).toLongLong();
                p.currency = q->value(4).toString();
                peers << p;
            }
            peersByModel.insert(group, peers);
        }
        QList<qint64> prices;
        for (const Listing &p : peersByModel.value(group)) {
            if (isComparable(l, p))
                prices << *p.price;
        }
        if (const std::optional<MarketPosition> position = marketPosition(*l.price, prices))
            out.insert(listingKey(l.source, l.id), *position);
    }
    return out;
}

} // namespace CarScout::Store
