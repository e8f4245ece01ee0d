#include "core/store/dealerspecs.h"

#include "core/common/clock.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace CarScout::Store {

namespace {

const QString kColumns = u"make, model, engine, power_hp, engine_cc, example, created_by, saved_at"_qs;

QString compact(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out += c.toUpper();
    }
    return out;
}

DealerSpec specFromRow(const QSqlQuery &q)
{
    DealerSpec s;
    s.make = q.value(0).toString();
    s.model = q.value(1).toString();
    s.engine = q.value(2).toString();
    s.powerHp = q.value(3).toInt();
    s.engineCc = q.value(4).toInt();
    s.example = q.value(5).toString();
    s.createdBy = q.value(6).toString();
    s.savedAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
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

QString dealerSpecKey(const QString &make, const QString &model, const QString &engine)
{
    return compact(make) + u'|' + compact(model) + u'|' + compact(engine);
}

DealerSpecRepository::DealerSpecRepository(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

bool DealerSpecRepository::remember(const DealerSpec &spec, QString *error)
{
    if (spec.make.trimmed().isEmpty() || spec.model.trimmed().isEmpty() || spec.powerHp < 0 || spec.engineCc < 0
        || (spec.powerHp == 0 && spec.engineCc == 0)) {
        *error = QCoreApplication::translate("Store", "A remembered spec needs a make, a model and a power or an engine size.");
        return false;
    }
    const QDateTime saved = spec.savedAt.isValid() ? spec.savedAt : m_clock.nowUtc();
    return m_db.write([&](QString *why) {
        return m_db.run(uR"(INSERT INTO dealer_specs (spec_key, make, model, engine, power_hp, engine_cc, example,
                                                      created_by, saved_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (spec_key) DO UPDATE SET
                                make = excluded.make, model = excluded.model, engine = excluded.engine,
                                power_hp = excluded.power_hp, engine_cc = excluded.engine_cc, example = excluded.example,
                                created_by = excluded.created_by, saved_at = excluded.saved_at)"_qs,
                        {spec.key(), text(spec.make), text(spec.model), text(spec.engine), spec.powerHp, spec.engineCc,
                         text(spec.example), text(spec.createdBy), qlonglong(saved.toMSecsSinceEpoch())},
                        why) != nullptr;
    }, error);
}

std::optional<DealerSpec> DealerSpecRepository::find(const QString &make, const QString &model, const QString &engine,
                                                     QString *error)
{
    error->clear();
    QSqlQuery *q = m_db.run(u"SELECT %1 FROM dealer_specs WHERE spec_key = ?"_qs.arg(kColumns),
                            {dealerSpecKey(make, model, engine)}, error);
    if (!q || !q->next())
        return std::nullopt;
    return specFromRow(*q);
}

std::optional<QList<DealerSpec>> DealerSpecRepository::forModel(const QString &make, const QString &model, QString *error)
{
    return readAll(m_db.run(u"SELECT %1 FROM dealer_specs WHERE make = ? AND model = ? ORDER BY engine"_qs.arg(kColumns),
                            {text(make), text(model)}, error));
}

std::optional<QList<DealerSpec>> DealerSpecRepository::all(QString *error)
{
    return readAll(m_db.run(u"SELECT %1 FROM dealer_specs ORDER BY make, model, engine"_qs.arg(kColumns), {}, error));
}

bool DealerSpecRepository::forget(const QString &key, QString *error)
{
    return m_db.write([&](QString *why) {
        return m_db.run(u"DELETE FROM dealer_specs WHERE spec_key = ?"_qs, {text(key)}, why) != nullptr;
    }, error);
}

} // namespace CarScout::Store
