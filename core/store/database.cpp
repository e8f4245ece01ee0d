#include "core/store/database.h"

#include "core/store/migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

#include <memory>

namespace CarScout::Store {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"carscout-store-%1"_qs.arg(counter.fetchAndAddRelaxed(1));
}

QString describe(const QSqlError &e)
{
    QString text = e.databaseText().trimmed();
    if (text.isEmpty())
        text = e.driverText().trimmed();
    if (!e.nativeErrorCode().isEmpty())
        text += u" [%1]"_qs.arg(e.nativeErrorCode());
    return text;
}

// Failures worth another try: PostgreSQL deadlock / serialization failure, SQLite busy or locked.
bool isTransient(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    if (code == u"40P01" || code == u"40001")
        return true;
    bool numeric = false;
    const int sqliteCode = code.toInt(&numeric) & 0xff;   // extended codes: SQLITE_BUSY_SNAPSHOT = 517, …
    return numeric && (sqliteCode == 5 || sqliteCode == 6);
}

constexpr int kWriteAttempts = 4;
constexpr int kSqliteBusyTimeoutMs = 30000;

} // namespace

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

QVariant optionalInt(const std::optional<qint64> &value)
{
    return value ? QVariant(qlonglong(*value)) : nullInt();
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

Database::Database(const DatabaseUrl &url, QSqlDatabase connection, QString name)
    : m_url(url), m_db(std::move(connection)), m_connectionName(std::move(name))
{
}

Database::~Database()
{
    dropPrepared();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const DatabaseUrl &url, QString *error, int upToVersion)
{
    if (!QSqlDatabase::isDriverAvailable(url.driverName())) {
        *error = QCoreApplication::translate("Store", "The %1 database driver is not installed (Debian package %2).")
                     .arg(url.driverName(), url.kind == DatabaseUrl::Kind::Sqlite ? u"libqt6sql6-sqlite"_qs
                                                                                  : u"libqt6sql6-psql"_qs);
        return nullptr;
    }
    const QString name = nextConnectionName();
    QSqlDatabase connection = QSqlDatabase::addDatabase(url.driverName(), name);
    if (url.kind == DatabaseUrl::Kind::Sqlite) {
        const QFileInfo file(url.path);
        if (!QDir().mkpath(file.absolutePath())) {
            *error = QCoreApplication::translate("Store", "Cannot create the folder %1 for the database.").arg(file.absolutePath());
            connection = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return nullptr;
        }
        connection.setDatabaseName(url.path);
        connection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_qs.arg(kSqliteBusyTimeoutMs));
    } else {
        connection.setHostName(url.host);
        connection.setPort(url.port);
        connection.setUserName(url.user);
        connection.setPassword(url.password);
        connection.setDatabaseName(url.database);
        connection.setConnectOptions(u"connect_timeout=10"_qs);
    }
    std::unique_ptr<Database> db(new Database(url, connection, name));
    connection = QSqlDatabase();
    if (!db->m_db.open()) {
        *error = QCoreApplication::translate("Store", "Cannot open the database %1: %2")
                     .arg(url.displayString(), describe(db->m_db.lastError()));
        return nullptr;
    }
    if (url.kind == DatabaseUrl::Kind::Postgres) {
        // Keep libpq's notices ("relation already exists, skipping") off the CLI's stderr.
        QString why;
        if (!db->plain(u"SET client_min_messages TO WARNING"_qs, &why)) {
            *error = QCoreApplication::translate("Store", "Cannot set up the database %1: %2").arg(url.displayString(), why);
            return nullptr;
        }
    }
    if (url.kind == DatabaseUrl::Kind::Sqlite) {
        // WAL: readers (the GUI) never wait for a writer (a CLI watch run), and a crash cannot corrupt the file.
        QString why;
        if (!db->plain(u"PRAGMA journal_mode=WAL"_qs, &why) || !db->plain(u"PRAGMA foreign_keys=ON"_qs, &why)
            || !db->plain(u"PRAGMA synchronous=NORMAL"_qs, &why)) {
            *error = QCoreApplication::translate("Store", "Cannot set up the database %1: %2").arg(url.displayString(), why);
            return nullptr;
        }
    }
    const std::optional<int> version = migrate(*db, upToVersion < 0 ? latestSchemaVersion() : upToVersion, error);
    if (!version)
        return nullptr;
    db->m_schemaVersion = *version;
    db->m_statements = 0;
    return db;
}

QSqlQuery *Database::run(const QString &sql, const QVariantList &values, QString *error)
{
    ++m_statements;
    QSqlQuery *query = m_prepared.value(sql);
    if (!query) {
        auto fresh = std::make_unique<QSqlQuery>(m_db);
        fresh->setForwardOnly(true);
        if (!fresh->prepare(sql)) {
            m_lastError = fresh->lastError();
            *error = describe(m_lastError);
            return nullptr;
        }
        query = fresh.release();
        m_prepared.insert(sql, query);
    }
    if (!m_inTransaction) {
        if (m_openRead && m_openRead != query)
            m_openRead->finish();
        m_openRead = query;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (!query->exec()) {
        m_lastError = query->lastError();
        *error = describe(m_lastError);
        return nullptr;
    }
    return query;
}

void Database::dropPrepared()
{
    m_openRead = nullptr;
    qDeleteAll(m_prepared);
    m_prepared.clear();
}

bool Database::plain(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    ++m_statements;
    if (!query.exec(sql)) {
        *error = describe(query.lastError());
        m_lastError = query.lastError();
        return false;
    }
    return true;
}

bool Database::begin(QString *error)
{
    if (m_openRead) {
        m_openRead->finish();
        m_openRead = nullptr;
    }
    // IMMEDIATE: take SQLite's write lock before the first read, so two writers queue instead of one failing
    // half-way with "database is locked" when it upgrades its read lock.
    return plain(isPostgres() ? u"BEGIN"_qs : u"BEGIN IMMEDIATE"_qs, error);
}

bool Database::write(const std::function<bool(QString *error)> &work, QString *error)
{
    Q_ASSERT(!m_inTransaction);
    for (int attempt = 1;; ++attempt) {
        m_lastError = QSqlError();
        QString why;
        bool ok = begin(&why);
        if (ok) {
            m_inTransaction = true;
            ok = work(&why);
            for (QSqlQuery *q : std::as_const(m_prepared))
                q->finish();   // no statement of ours still reading when the transaction ends
            ok = ok && plain(u"COMMIT"_qs, &why);
            m_inTransaction = false;
            if (!ok) {
                const QSqlError cause = m_lastError;
                QString ignored;
                plain(u"ROLLBACK"_qs, &ignored);
                if (isPostgres())
                    dropPrepared();   // statements prepared inside the failed transaction may be gone
                m_lastError = cause;
            }
        }
        if (ok)
            return true;
        if (attempt < kWriteAttempts && isTransient(m_lastError)) {
            QThread::msleep(20 * attempt);
            continue;
        }
        *error = why;
        return false;
    }
}

QString Database::identityColumnType() const
{
    return isPostgres() ? u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_qs
                        : u"INTEGER PRIMARY KEY AUTOINCREMENT"_qs;
}

} // namespace CarScout::Store
