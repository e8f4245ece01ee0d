#pragma once

// The dealer's remembered specs on disk: table `dealer_specs` in the local SQLite database
// (AppDataLocation/carscout.sqlite, the file the workspace store also uses).
//
// NOTE for the store (core/store): this class owns its table and its migration step — the version lives in
// its own table `dealer_specs_schema` so it cannot collide with the store's migrations. When the store
// takes over the schema, move migrate() into the store's migration list and keep this class as the
// repository of that table.
//
// One connection per instance, used on the thread that created it (Qt SQL's rule).

#include "core/specs/dealerspecs.h"

#include <QString>

namespace CarScout::Specs {

class DealerSpecsRepository
{
public:
    // `path` of the SQLite file; empty = defaultPath(). Nothing is opened until open().
    explicit DealerSpecsRepository(const QString &path = {});
    ~DealerSpecsRepository();
    DealerSpecsRepository(const DealerSpecsRepository &) = delete;
    DealerSpecsRepository &operator=(const DealerSpecsRepository &) = delete;

    static QString defaultPath();   // QStandardPaths::AppDataLocation + /carscout.sqlite

    // Opens (creating the folder and file) and migrates. False with a message naming the file and the step.
    bool open(QString *error);
    bool isOpen() const;
    QString path() const { return m_path; }

    DealerSpecs load(QString *error) const;
    bool save(const DealerSpec &spec, QString *error);      // insert or replace by key
    bool remove(const QString &key, QString *error);

    static constexpr int kSchemaVersion = 1;

private:
    bool migrate(QString *error);

    QString m_path;
    QString m_connection;
};

} // namespace CarScout::Specs
