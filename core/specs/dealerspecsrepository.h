#pragma once

// The dealer's remembered specs on disk: the workspace's table dealer_specs (core/store/dealerspecs.h), in the
// workspace database itself (SQLite by default, AppDataLocation/carscout.sqlite, the file carscout-cli uses
// too; or the team's PostgreSQL). The store's migrations are the only schema: opening an older file upgrades
// it, including one whose specs were kept in a table of their own.
//
// One connection per instance, used on the thread that opened it (Qt SQL's rule).

#include "core/specs/dealerspecs.h"
#include "core/store/databaseurl.h"
#include "core/store/dealerspecs.h"

#include <QString>

#include <memory>

namespace CarScout::Store {
class Database;
}

namespace CarScout::Specs {

class DealerSpecsRepository
{
public:
    // The SQLite file at `path`; empty = defaultPath(). Nothing is opened until open().
    explicit DealerSpecsRepository(const QString &path = {});
    // Any workspace database (a team's PostgreSQL).
    explicit DealerSpecsRepository(const Store::DatabaseUrl &url);
    ~DealerSpecsRepository();
    DealerSpecsRepository(const DealerSpecsRepository &) = delete;
    DealerSpecsRepository &operator=(const DealerSpecsRepository &) = delete;

    static QString defaultPath();   // QStandardPaths::AppDataLocation + /carscout.sqlite

    // Opens (creating the folder and file) and upgrades the workspace. False with a message naming the database.
    bool open(QString *error);
    bool isOpen() const { return bool(m_db); }
    QString path() const { return m_url.path; }
    const Store::DatabaseUrl &url() const { return m_url; }

    DealerSpecs load(QString *error) const;
    bool save(const DealerSpec &spec, QString *error);      // insert or replace by key
    bool remove(const QString &key, QString *error);

private:
    bool checkOpen(QString *error) const;

    Store::DatabaseUrl m_url;
    std::unique_ptr<Store::Database> m_db;
};

// The store's row of a remembered value and back.
Store::DealerSpec toStoreRow(const DealerSpec &spec);
DealerSpec fromStoreRow(const Store::DealerSpec &row);

} // namespace CarScout::Specs
