#include "storetestsupport.h"

#include "core/store/database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace CarScout::Test {

namespace {

// Runs one statement on a short-lived maintenance connection to `url`.
QString runOnServer(const Store::DatabaseUrl &url, const QString &sql, QVariant *result = nullptr)
{
    static QAtomicInteger<int> counter;
    const QString name = u"carscout-test-admin-%1"_qs.arg(counter.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, name);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.database);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.exec(u"SET client_min_messages TO WARNING"_qs);
            if (!q.exec(sql))
                error = q.lastError().text();
            else if (result && q.next())
                *result = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_qs;
    QTest::newRow("postgresql") << u"postgresql"_qs;
}

ScratchDatabase::ScratchDatabase(const QString &backend)
{
    if (backend == u"sqlite") {
        m_dir = std::make_unique<QTemporaryDir>();
        m_url.kind = Store::DatabaseUrl::Kind::Sqlite;
        m_url.path = m_dir->filePath(u"carscout.sqlite"_qs);
        return;
    }
    const QString serverUrl = qEnvironmentVariable("CARSCOUT_TEST_PG_URL");
    if (serverUrl.isEmpty()) {
        const QString why = u"CARSCOUT_TEST_PG_URL is not set: no PostgreSQL server to test against "
                            "(tools/setup.sh test starts one)"_qs;
        (qEnvironmentVariable("CI") == u"true" ? m_error : m_skip) = why;
        return;
    }
    QString error;
    const std::optional<Store::DatabaseUrl> server = Store::parseDatabaseUrl(serverUrl, &error);
    if (!server || server->kind != Store::DatabaseUrl::Kind::Postgres) {
        m_error = u"CARSCOUT_TEST_PG_URL: "_qs + (server ? u"not a postgresql:// URL"_qs : error);
        return;
    }
    m_server = *server;
    static QAtomicInteger<int> counter;
    m_url = m_server;
    m_url.database = u"carscout_test_%1_%2"_qs.arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    runOnServer(m_server, u"DROP DATABASE IF EXISTS %1"_qs.arg(m_url.database));
    error = runOnServer(m_server, u"CREATE DATABASE %1"_qs.arg(m_url.database));
    if (!error.isEmpty())
        m_error = u"cannot create the test database %1 on %2: %3"_qs.arg(m_url.database, m_server.displayString(), error);
}

ScratchDatabase::~ScratchDatabase()
{
    if (m_url.kind == Store::DatabaseUrl::Kind::Postgres && m_error.isEmpty() && m_skip.isEmpty())
        runOnServer(m_server, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_qs.arg(m_url.database));
}

std::unique_ptr<Store::Database> openScratchDatabase(const ScratchDatabase &scratch, QString *problem)
{
    *problem = scratch.skipReason() + scratch.error();
    if (!problem->isEmpty())
        return nullptr;
    return Store::Database::open(scratch.url(), problem);
}

qint64 databaseSizeBytes(const Store::DatabaseUrl &url)
{
    if (url.kind == Store::DatabaseUrl::Kind::Sqlite)
        return QFileInfo(url.path).size() + QFileInfo(url.path + u"-wal"_qs).size();
    QVariant size;
    runOnServer(url, u"SELECT pg_database_size(current_database())"_qs, &size);
    return size.toLongLong();
}

} // namespace CarScout::Test
