#include "core/store/migrations.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace CarScout::Store {

namespace {

// {id} stands for the dialect's auto-numbered primary key. Times are UTC milliseconds since the epoch (BIGINT):
// the same on both databases, compact, and ordered. Prices are whole units of the listing's currency.
const std::array<QStringList, 2> &steps()
{
    static const std::array<QStringList, 2> kSteps{{
        // 1: listings as seen, one price observation per change, saved searches and what each has seen.
        {
            uR"(CREATE TABLE listings (
                source TEXT NOT NULL,
                listing_id TEXT NOT NULL CHECK (listing_id <> ''),
                make TEXT NOT NULL,
                model TEXT NOT NULL,
                trim_name TEXT NOT NULL,
                year INTEGER NOT NULL,
                month INTEGER NOT NULL,
                mileage_km INTEGER NOT NULL,
                price BIGINT,
                currency TEXT NOT NULL,
                data TEXT NOT NULL,
                first_seen BIGINT NOT NULL,
                last_seen BIGINT NOT NULL,
                PRIMARY KEY (source, listing_id)))"_qs,
            u"CREATE INDEX listings_peers ON listings (source, make, model, year)"_qs,
            uR"(CREATE TABLE price_observations (
                id {id},
                source TEXT NOT NULL,
                listing_id TEXT NOT NULL,
                seen_at BIGINT NOT NULL,
                price BIGINT,
                FOREIGN KEY (source, listing_id) REFERENCES listings (source, listing_id) ON DELETE CASCADE))"_qs,
            u"CREATE INDEX price_observations_listing ON price_observations (source, listing_id, seen_at)"_qs,
            uR"(CREATE TABLE saved_searches (
                id {id},
                name TEXT NOT NULL UNIQUE CHECK (name <> ''),
                source TEXT NOT NULL,
                options TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                last_run_at BIGINT,
                last_new INTEGER NOT NULL DEFAULT 0,
                last_changed INTEGER NOT NULL DEFAULT 0,
                last_gone INTEGER NOT NULL DEFAULT 0))"_qs,
            uR"(CREATE TABLE search_listings (
                search_id BIGINT NOT NULL REFERENCES saved_searches (id) ON DELETE CASCADE,
                source TEXT NOT NULL,
                listing_id TEXT NOT NULL,
                last_price BIGINT,
                first_seen BIGINT NOT NULL,
                last_seen BIGINT NOT NULL,
                gone_at BIGINT,
                PRIMARY KEY (search_id, source, listing_id),
                FOREIGN KEY (source, listing_id) REFERENCES listings (source, listing_id) ON DELETE CASCADE))"_qs,
        },
        // 2: the dealer's own marks on listings, and the specs they typed in (engine power by make/model/engine).
        {
            uR"(CREATE TABLE listing_notes (
                source TEXT NOT NULL,
                listing_id TEXT NOT NULL,
                user_name TEXT NOT NULL,
                starred INTEGER NOT NULL DEFAULT 0,
                note TEXT NOT NULL DEFAULT '',
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (source, listing_id, user_name)))"_qs,
            uR"(CREATE TABLE dealer_specs (
                id {id},
                make TEXT NOT NULL,
                model TEXT NOT NULL,
                engine_key TEXT NOT NULL,
                engine_cc INTEGER NOT NULL,
                power_hp INTEGER NOT NULL,
                power_kw DOUBLE PRECISION NOT NULL,
                created_by TEXT NOT NULL DEFAULT '',
                created_at BIGINT NOT NULL,
                UNIQUE (make, model, engine_key)))"_qs,
        },
    }};
    return kSteps;
}

// Any constant: serialises migrations of two processes opening a fresh PostgreSQL database at once.
constexpr qint64 kMigrationLockKey = 0x43617253636f7574;   // "CarScout"

std::optional<int> readVersion(Database &db, QString *error)
{
    if (!db.execute(u"CREATE TABLE IF NOT EXISTS carscout_schema (version INTEGER NOT NULL)"_qs, error))
        return std::nullopt;
    QSqlQuery *q = db.run(u"SELECT version FROM carscout_schema"_qs, {}, error);
    if (!q)
        return std::nullopt;
    if (q->next())
        return q->value(0).toInt();
    if (!db.run(u"INSERT INTO carscout_schema (version) VALUES (0)"_qs, {}, error))
        return std::nullopt;
    return 0;
}

} // namespace

int latestSchemaVersion()
{
    return int(steps().size());
}

std::optional<int> migrate(Database &db, int upToVersion, QString *error)
{
    const int target = qMin(upToVersion, latestSchemaVersion());
    int version = 0;
    bool tooNew = false;
    const bool ok = db.write([&](QString *why) {
        if (db.isPostgres() && !db.run(u"SELECT pg_advisory_xact_lock(?)"_qs, {qlonglong(kMigrationLockKey)}, why))
            return false;
        const std::optional<int> current = readVersion(db, why);
        if (!current)
            return false;
        version = *current;
        if (version > latestSchemaVersion()) {
            tooNew = true;
            return false;
        }
        for (int step = version + 1; step <= target; ++step) {
            for (QString sql : steps().at(step - 1)) {
                sql.replace(u"{id}"_qs, db.identityColumnType());
                if (!db.execute(sql, why)) {
                    *why = QCoreApplication::translate("Store", "upgrade to version %1: %2").arg(step).arg(*why);
                    return false;
                }
            }
            if (!db.run(u"UPDATE carscout_schema SET version = ?"_qs, {step}, why))
                return false;
        }
        version = qMax(version, target);
        return true;
    }, error);
    if (tooNew) {
        *error = QCoreApplication::translate("Store",
                     "The database %1 was written by a newer CarScout (database version %2; this CarScout knows up to "
                     "version %3). Update CarScout, or choose another database.")
                     .arg(db.url().displayString()).arg(version).arg(latestSchemaVersion());
        return std::nullopt;
    }
    if (!ok) {
        *error = QCoreApplication::translate("Store", "Cannot prepare the database %1: %2").arg(db.url().displayString(), *error);
        return std::nullopt;
    }
    return version;
}

} // namespace CarScout::Store
