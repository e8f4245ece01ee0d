#include "core/store/migrations.h"

#include "core/store/database.h"
#include "core/store/dealerspecs.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>

#include <array>

namespace CarScout::Store {

namespace {

// A step is statements, or code for what SQL alone cannot say portably (moving rows between table shapes).
struct Step
{
    QStringList sql;
    bool (*code)(Database &db, QString *error) = nullptr;
};

bool unifyDealerSpecs(Database &db, QString *error);

// {id} stands for the dialect's auto-numbered primary key. Times are UTC milliseconds since the epoch (BIGINT):
// the same on both databases, compact, and ordered. Prices are whole units of the listing's currency.
const std::array<Step, 3> &steps()
{
    static const std::array<Step, 3> kSteps{{
        // 1: listings as seen, one price observation per change, saved searches and what each has seen.
        {{
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
        }},
        // 2: the dealer's own marks on listings, and the specs they typed in (engine power by make/model/engine).
        {{
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
        }},
        // 3: one table of remembered specs, the one the specs resolver reads (it used to keep its own table and
        // migrations in the same file), keyed as it looks them up.
        {{}, &unifyDealerSpecs},
    }};
    return kSteps;
}

// The columns of `table` (empty when there is no such table).
std::optional<QStringList> tableColumns(Database &db, const QString &table, QString *error)
{
    QSqlQuery *q = db.isPostgres()
        ? db.run(u"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                 "AND table_name = ?"_qs, {table}, error)
        : db.run(u"SELECT name FROM pragma_table_info(?)"_qs, {table}, error);
    if (!q)
        return std::nullopt;
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    q->finish();   // SQLite cannot rename or drop a table a statement still reads
    return out;
}

// The remembered specs of a CarScout before version 3 kept their own table, also named dealer_specs, in the same
// SQLite file (with their version in dealer_specs_schema). Step 2 would collide with it: move it aside, step 3
// takes its rows.
bool setAsideOldSpecsTable(Database &db, QString *error)
{
    const std::optional<QStringList> columns = tableColumns(db, u"dealer_specs"_qs, error);
    if (!columns)
        return false;
    if (!columns->contains(u"key"_qs))
        return true;
    return db.execute(u"ALTER TABLE dealer_specs RENAME TO old_dealer_specs"_qs, error);
}

bool unifyDealerSpecs(Database &db, QString *error)
{
    if (!db.execute(uR"(CREATE TABLE dealer_specs_unified (
                            spec_key TEXT PRIMARY KEY,
                            make TEXT NOT NULL,
                            model TEXT NOT NULL,
                            engine TEXT NOT NULL DEFAULT '',
                            power_hp INTEGER NOT NULL DEFAULT 0,
                            engine_cc INTEGER NOT NULL DEFAULT 0,
                            example TEXT NOT NULL DEFAULT '',
                            created_by TEXT NOT NULL DEFAULT '',
                            saved_at BIGINT NOT NULL))"_qs,
                    error))
        return false;
    // The rows of both earlier shapes (read first: a statement's rows are gone when the next one runs).
    QList<DealerSpec> rows;
    QSqlQuery *q = db.run(u"SELECT make, model, engine_key, power_hp, engine_cc, created_by, created_at FROM dealer_specs"_qs,
                          {}, error);
    if (!q)
        return false;
    while (q->next())
        rows << DealerSpec{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt(),
                           q->value(4).toInt(), QString(), q->value(5).toString(),
                           QDateTime::fromMSecsSinceEpoch(q->value(6).toLongLong(), Qt::UTC)};
    q->finish();   // SQLite cannot drop a table a statement still reads
    const std::optional<QStringList> oldColumns = tableColumns(db, u"old_dealer_specs"_qs, error);
    if (!oldColumns)
        return false;
    if (!oldColumns->isEmpty()) {
        q = db.run(u"SELECT make, model, engine, power_hp, engine_cc, saved_at, example FROM old_dealer_specs"_qs, {}, error);
        if (!q)
            return false;
        while (q->next()) {
            QDateTime saved = QDateTime::fromString(q->value(5).toString(), Qt::ISODate);
            rows << DealerSpec{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt(),
                               q->value(4).toInt(), q->value(6).toString(), QString(),
                               saved.isValid() ? saved.toUTC() : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)};
        }
        q->finish();
    }
    for (const DealerSpec &spec : std::as_const(rows)) {
        // Two rows with one key (spacing or case apart): the later one wins.
        if (!db.run(uR"(INSERT INTO dealer_specs_unified (spec_key, make, model, engine, power_hp, engine_cc, example,
                                                          created_by, saved_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (spec_key) DO UPDATE SET
                            make = excluded.make, model = excluded.model, engine = excluded.engine,
                            power_hp = excluded.power_hp, engine_cc = excluded.engine_cc, example = excluded.example,
                            created_by = excluded.created_by, saved_at = excluded.saved_at
                        WHERE excluded.saved_at >= dealer_specs_unified.saved_at)"_qs,
                    {spec.key(), text(spec.make), text(spec.model), text(spec.engine), spec.powerHp, spec.engineCc,
                     text(spec.example), text(spec.createdBy), qlonglong(spec.savedAt.toMSecsSinceEpoch())},
                    error))
            return false;
    }
    return db.execute(u"DROP TABLE dealer_specs"_qs, error)
        && db.execute(u"ALTER TABLE dealer_specs_unified RENAME TO dealer_specs"_qs, error)
        && db.execute(u"DROP TABLE IF EXISTS old_dealer_specs"_qs, error)
        && db.execute(u"DROP TABLE IF EXISTS dealer_specs_schema"_qs, error);
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
    if (q->next()) {
        const int version = q->value(0).toInt();
        q->finish();   // an active read would keep SQLite from dropping tables in the steps
        return version;
    }
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
        if (version < 3 && target >= 2 && !setAsideOldSpecsTable(db, why))
            return false;
        for (int step = version + 1; step <= target; ++step) {
            const Step &s = steps().at(step - 1);
            bool done = true;
            for (QString sql : s.sql) {
                sql.replace(u"{id}"_qs, db.identityColumnType());
                if (!(done = db.execute(sql, why)))
                    break;
            }
            if (done && s.code)
                done = s.code(db, why);
            if (!done) {
                *why = QCoreApplication::translate("Store", "upgrade to version %1: %2").arg(step).arg(*why);
                return false;
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
