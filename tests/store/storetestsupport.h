#pragma once

// Each storage test runs once per database: "sqlite" (a file in a temporary folder) and "postgresql" (a fresh
// database on the server of $CARSCOUT_TEST_PG_URL, which tools/setup.sh test starts). Without that variable the
// postgresql rows are skipped, except under CI=true, where they fail.

#include "core/store/databaseurl.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace CarScout::Store {
class Database;
}

namespace CarScout::Test {

// QTest::addColumn<QString>("backend") and one row per database.
void addBackendRows();

class ScratchDatabase
{
public:
    explicit ScratchDatabase(const QString &backend);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    const Store::DatabaseUrl &url() const { return m_url; }
    QString skipReason() const { return m_skip; }
    QString error() const { return m_error; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Store::DatabaseUrl m_url;
    Store::DatabaseUrl m_server;   // postgresql: the maintenance database it was created from
    QString m_skip, m_error;
};

// For the benchmarks: the scratch database opened, or nothing and `problem` says why (a skipped backend, a
// scratch that could not be made, or the open error).
std::unique_ptr<Store::Database> openScratchDatabase(const ScratchDatabase &scratch, QString *problem);

// The size of the workspace in bytes (SQLite: the file and its WAL; PostgreSQL: pg_database_size).
qint64 databaseSizeBytes(const Store::DatabaseUrl &url);

} // namespace CarScout::Test

#define CARSCOUT_SCRATCH_DB(var, backend)                     \
    CarScout::Test::ScratchDatabase var(backend);             \
    if (!var.skipReason().isEmpty())                          \
        QSKIP(qPrintable(var.skipReason()));                  \
    if (!var.error().isEmpty())                               \
        QFAIL(qPrintable(var.error()))
