#include "core/specs/dealerspecsrepository.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace CarScout::Specs {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"carscout-dealer-specs-%1"_qs.arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlQuery &q, const QString &what, const QString &path, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = path + u": "_qs + what + u": "_qs + q.lastError().text();
    return false;
}

} // namespace

DealerSpecsRepository::DealerSpecsRepository(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path), m_connection(nextConnectionName())
{
}

DealerSpecsRepository::~DealerSpecsRepository()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString DealerSpecsRepository::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/carscout.sqlite"_qs;
}

bool DealerSpecsRepository::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

bool DealerSpecsRepository::open(QString *error)
{
    if (isOpen())
        return true;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        if (error)
            *error = m_path + u": cannot create its folder"_qs;
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                           : QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        if (error)
            *error = m_path + u": cannot open: "_qs + db.lastError().text();
        return false;
    }
    return migrate(error);
}

bool DealerSpecsRepository::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(u"CREATE TABLE IF NOT EXISTS dealer_specs_schema (version INTEGER NOT NULL)"_qs);
    if (!exec(q, u"creating dealer_specs_schema"_qs, m_path, error))
        return false;
    q.prepare(u"SELECT MAX(version) FROM dealer_specs_schema"_qs);
    if (!exec(q, u"reading the dealer_specs schema version"_qs, m_path, error))
        return false;
    const int version = q.next() ? q.value(0).toInt() : 0;
    if (version > kSchemaVersion) {
        if (error)
            *error = m_path + u": dealer_specs schema version %1 is newer than this CarScout (%2)"_qs.arg(version).arg(kSchemaVersion);
        return false;
    }
    if (version == kSchemaVersion)
        return true;
    // Version 1: the table itself.
    db.transaction();
    q.prepare(u"CREATE TABLE IF NOT EXISTS dealer_specs ("
              "key TEXT PRIMARY KEY, make TEXT NOT NULL, model TEXT NOT NULL, engine TEXT NOT NULL, "
              "power_hp INTEGER NOT NULL DEFAULT 0, engine_cc INTEGER NOT NULL DEFAULT 0, "
              "saved_at TEXT NOT NULL, example TEXT NOT NULL DEFAULT '')"_qs);
    bool ok = exec(q, u"creating dealer_specs"_qs, m_path, error);
    if (ok) {
        q.prepare(u"INSERT INTO dealer_specs_schema (version) VALUES (?)"_qs);
        q.addBindValue(kSchemaVersion);
        ok = exec(q, u"recording the dealer_specs schema version"_qs, m_path, error);
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

DealerSpecs DealerSpecsRepository::load(QString *error) const
{
    DealerSpecs specs;
    if (!isOpen()) {
        if (error)
            *error = m_path + u": not open"_qs;
        return specs;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT make, model, engine, power_hp, engine_cc, saved_at, example FROM dealer_specs"_qs);
    if (!exec(q, u"reading dealer_specs"_qs, m_path, error))
        return specs;
    while (q.next()) {
        DealerSpec s;
        s.make = q.value(0).toString();
        s.model = q.value(1).toString();
        s.engine = q.value(2).toString();
        s.powerHp = q.value(3).toInt();
        s.engineCc = q.value(4).toInt();
        s.savedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        s.example = q.value(6).toString();
        specs.insert(s);
    }
    return specs;
}

bool DealerSpecsRepository::save(const DealerSpec &spec, QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = m_path + u": not open"_qs;
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT OR REPLACE INTO dealer_specs (key, make, model, engine, power_hp, engine_cc, saved_at, example) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_qs);
    q.addBindValue(spec.key());
    q.addBindValue(spec.make);
    q.addBindValue(spec.model);
    q.addBindValue(spec.engine);
    q.addBindValue(spec.powerHp);
    q.addBindValue(spec.engineCc);
    q.addBindValue(spec.savedAt.toUTC().toString(Qt::ISODate));
    q.addBindValue(spec.example);
    return exec(q, u"saving a dealer spec"_qs, m_path, error);
}

bool DealerSpecsRepository::remove(const QString &key, QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = m_path + u": not open"_qs;
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"DELETE FROM dealer_specs WHERE key = ?"_qs);
    q.addBindValue(key);
    return exec(q, u"removing a dealer spec"_qs, m_path, error);
}

} // namespace CarScout::Specs
