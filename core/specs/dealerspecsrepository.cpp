#include "core/specs/dealerspecsrepository.h"

#include "core/common/clock.h"
#include "core/store/database.h"
#include "core/store/dealerspecs.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace CarScout::Specs {

namespace {

Store::DatabaseUrl sqliteAt(const QString &path)
{
    Store::DatabaseUrl url;
    url.kind = Store::DatabaseUrl::Kind::Sqlite;
    url.path = path;
    return url;
}

} // namespace

Store::DealerSpec toStoreRow(const DealerSpec &spec)
{
    Store::DealerSpec row;
    row.make = spec.make;
    row.model = spec.model;
    row.engine = spec.engine;
    row.powerHp = spec.powerHp;
    row.engineCc = spec.engineCc;
    row.example = spec.example;
    row.savedAt = spec.savedAt.toUTC();
    return row;
}

DealerSpec fromStoreRow(const Store::DealerSpec &row)
{
    return DealerSpec{row.make, row.model, row.engine, row.powerHp, row.engineCc, row.savedAt, row.example};
}

DealerSpecsRepository::DealerSpecsRepository(const QString &path)
    : m_url(sqliteAt(path.isEmpty() ? defaultPath() : path))
{
}

DealerSpecsRepository::DealerSpecsRepository(const Store::DatabaseUrl &url) : m_url(url) {}

DealerSpecsRepository::~DealerSpecsRepository() = default;

QString DealerSpecsRepository::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/carscout.sqlite"_qs;
}

bool DealerSpecsRepository::open(QString *error)
{
    if (m_db)
        return true;
    QString why;
    m_db = Store::Database::open(m_url, &why);
    if (!m_db && error)
        *error = why;
    return bool(m_db);
}

bool DealerSpecsRepository::checkOpen(QString *error) const
{
    if (m_db)
        return true;
    if (error)
        *error = QCoreApplication::translate("Store", "The remembered specs in %1 are not open.").arg(m_url.displayString());
    return false;
}

DealerSpecs DealerSpecsRepository::load(QString *error) const
{
    DealerSpecs specs;
    if (!checkOpen(error))
        return specs;
    QString why;
    const auto rows = Store::DealerSpecRepository(*m_db, Clock::system()).all(&why);
    if (!rows) {
        if (error)
            *error = why;
        return specs;
    }
    for (const Store::DealerSpec &row : *rows)
        specs.insert(fromStoreRow(row));
    return specs;
}

bool DealerSpecsRepository::save(const DealerSpec &spec, QString *error)
{
    if (!checkOpen(error))
        return false;
    QString why;
    if (Store::DealerSpecRepository(*m_db, Clock::system()).remember(toStoreRow(spec), &why))
        return true;
    if (error)
        *error = why;
    return false;
}

bool DealerSpecsRepository::remove(const QString &key, QString *error)
{
    if (!checkOpen(error))
        return false;
    QString why;
    if (Store::DealerSpecRepository(*m_db, Clock::system()).forget(key, &why))
        return true;
    if (error)
        *error = why;
    return false;
}

} // namespace CarScout::Specs
