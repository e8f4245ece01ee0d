#pragma once

// One open connection to the dealer's workspace (SQLite or PostgreSQL), upgraded to the current schema on open.
// A Database belongs to the thread that opened it (Qt SQL connections are per thread): two watch runs at once
// use two Database objects. Every statement goes through run(), which counts them (for the figures) and turns
// a driver error into one readable sentence.

#include "core/store/databaseurl.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QHash>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

namespace CarScout::Store {

class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the workspace and upgrades it to `upToVersion` (default: the newest this build knows). A database
    // written by a newer CarScout is refused. nullptr with *error saying why.
    static std::unique_ptr<Database> open(const DatabaseUrl &url, QString *error, int upToVersion = -1);

    const DatabaseUrl &url() const { return m_url; }
    bool isPostgres() const { return m_url.kind == DatabaseUrl::Kind::Postgres; }
    int schemaVersion() const { return m_schemaVersion; }

    // Runs one statement with positional (?) values; nullptr with *error on failure. Statements are prepared
    // once per connection and kept (on PostgreSQL a fresh QSqlQuery costs a PREPARE and a DEALLOCATE). The
    // returned query's rows are valid until the same statement runs again, and outside write() until the next
    // run(): a read left open would pin an old SQLite snapshot (and block the next write).
    QSqlQuery *run(const QString &sql, const QVariantList &values, QString *error);
    // Runs one statement without values or rows, unprepared (PostgreSQL cannot prepare DDL).
    bool execute(const QString &sql, QString *error) { return plain(sql, error); }
    // Statements run since open (or since the last reset): for the figures.
    qint64 statementCount() const { return m_statements; }
    void resetStatementCount() { m_statements = 0; }

    // Runs `work` in one write transaction: committed when it returns true, rolled back (the database as it
    // was) when it returns false or a statement fails. A PostgreSQL deadlock or a busy SQLite file is retried
    // a few times, so `work` must be repeatable (it reads what it needs inside the transaction).
    bool write(const std::function<bool(QString *error)> &work, QString *error);

    // The SQL type of an auto-numbered primary key in this dialect.
    QString identityColumnType() const;

private:
    Database(const DatabaseUrl &url, QSqlDatabase connection, QString name);
    bool begin(QString *error);
    bool plain(const QString &sql, QString *error);   // a statement without values or results
    void dropPrepared();

    DatabaseUrl m_url;
    QSqlDatabase m_db;
    QString m_connectionName;
    int m_schemaVersion = 0;
    qint64 m_statements = 0;
    bool m_inTransaction = false;
    QHash<QString, QSqlQuery *> m_prepared;   // owned; by SQL text
    QSqlQuery *m_openRead = nullptr;   // the last query run outside a transaction
    QSqlError m_lastError;   // of the last failed statement: decides whether write() tries again
};

// A null value of a type the drivers can bind (a default QVariant has none in Qt 6).
QVariant nullInt();
QVariant optionalInt(const std::optional<qint64> &value);
// A text value that is never NULL (Qt binds a null QString as NULL).
QVariant text(const QString &value);

} // namespace CarScout::Store
