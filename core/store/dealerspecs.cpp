#include "core/store/dealerspecs.h"

#include "core/common/clock.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace CarScout::Store {

namespace {

const QString kColumns = u"make, model, engine_key, engine_cc, power_hp, power_kw, created_by, created_at"_qs;

DealerSpec specFromRow(const QSqlQuery &q)
{
    DealerSpec s;
    s.make = q.value(0).toString();
    s.model = q.value(1).toString();
    s.engineKey = q.value(2).toString();
    s.engineCc = q.value(3).toInt();
    s.powerHp = q.value(4).toInt();
    s.powerKw = q.value(5).toDouble();
    s.createdBy = q.value(6).toString();
    s.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    return s;
}

std::optional<QList<DealerSpec>> readAll(QSqlQuery *q)
{
    if (!q)
        return std::nullopt;
    QList<DealerSpec> out;
    while (q->next())
        out << specFromRow(*q);
    return out;
}

} // namespace

DealerSpecRepository::DealerSpecRepository(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

bool DealerSpecRepository::remember(const DealerSpec &spec, QString *error)
{
    if (spec.make.trimmed().isEmpty() || spec.model.trimmed().isEmpty() || spec.powerHp <= 0 || spec.powerKw <= 0
        || spec.engineCc < 0) {
        *error = QCoreApplication::translate("Store", "A remembered spec needs a make, a model and a positive power.");
        return false;
    }
    return m_db.write([&](QString *why) {
        return m_db.run(uR"(INSERT INTO dealer_specs (make, model, engine_key, engine_cc, power_hp, power_kw, created_by, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (make, model, engine_key) DO UPDATE SET
                                engine_cc = excluded.engine_cc, power_hp = excluded.power_hp, power_kw = excluded.power_kw,
                                created_by = excluded.created_by, created_at = excluded.created_at)"_qs,
                        {spec.make, spec.model, text(spec.engineKey), spec.engineCc, spec.powerHp, spec.powerKw, text(spec.createdBy),
                         qlonglong(m_clock.nowUtc().toMSecsSinceEpoch())},
                        why) != nullptr;
    }, error);
}

std::optional<DealerSpec> DealerSpecRepository::find(const QString &make, const QString &model, const QString &engineKey,
                                                     QString *error)
{
    error->clear();
    QSqlQuery *q = m_db.run(u"SELECT %1 FROM dealer_specs WHERE make = ? AND model = ? AND engine_key = ?"_qs.arg(kColumns),
                            {text(make), text(model), text(engineKey)}, error);
    if (!q || !q->next())
        return std::nullopt;
    return specFromRow(*q);
}

std::optional<QList<DealerSpec>> DealerSpecRepository::forModel(const QString &make, const QString &model, QString *error)
{
    return readAll(m_db.run(u"SELECT %1 FROM dealer_specs WHERE make = ? AND model = ? ORDER BY engine_key"_qs.arg(kColumns),
                            {make, model}, error));
}

std::optional<QList<DealerSpec>> DealerSpecRepository::all(QString *error)
{
    return readAll(m_db.run(u"SELECT %1 FROM dealer_specs ORDER BY make, model, engine_key"_qs.arg(kColumns), {}, error));
}

bool DealerSpecRepository::forget(const QString &make, const QString &model, const QString &engineKey, QString *error)
{
    return m_db.write([&](QString *why) {
        return m_db.run(u"DELETE FROM dealer_specs WHERE make = ? AND model = ? AND engine_key = ?"_qs,
                        {text(make), text(model), text(engineKey)}, why) != nullptr;
    }, error);
}

} // namespace CarScout::Store
