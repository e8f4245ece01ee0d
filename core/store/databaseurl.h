#pragma once

// Where the dealer's workspace lives: an embedded SQLite file by default, a shared PostgreSQL server for a team.
//   sqlite://ABSOLUTE/PATH                                   e.g. sqlite:///home/me/.local/share/CarScout/carscout.sqlite
//   postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE        (postgres:// is accepted too)

#include <QString>

#include <optional>

namespace CarScout::Store {

struct DatabaseUrl
{
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString path;        // SQLite: absolute file path
    QString host;        // PostgreSQL
    int port = 5432;
    QString user;
    QString password;    // may be empty (trust/peer auth, or given by the keychain later)
    QString database;

    QString driverName() const;             // "QSQLITE" or "QPSQL"
    // The URL without the password, for messages and settings files.
    QString displayString() const;

    friend bool operator==(const DatabaseUrl &, const DatabaseUrl &) = default;
};

// Parses a --db URL; nullopt with *error saying what is wrong with it.
std::optional<DatabaseUrl> parseDatabaseUrl(const QString &text, QString *error);

// The default workspace, shared by the GUI and the CLI: GenericDataLocation/CarScout/carscout.sqlite (the
// folder is created on open).
DatabaseUrl defaultDatabaseUrl();

} // namespace CarScout::Store
