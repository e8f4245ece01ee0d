#pragma once

// The specs a dealer typed in once (engine power is missing from Encar lists) and wants remembered, keyed by
// make, model and an engine key (the resolver's normalised engine description, e.g. "2.0 T-GDI"). Shared by the
// whole team when the workspace is on PostgreSQL.

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace CarScout {
class Clock;
}

namespace CarScout::Store {

class Database;

struct DealerSpec
{
    QString make, model, engineKey;
    int engineCc = 0;
    int powerHp = 0;
    double powerKw = 0;
    QString createdBy;
    QDateTime createdAt;   // set by the repository

    friend bool operator==(const DealerSpec &, const DealerSpec &) = default;
};

class DealerSpecRepository
{
public:
    explicit DealerSpecRepository(Database &db, const Clock &clock);

    // Adds or replaces the spec of (make, model, engineKey).
    bool remember(const DealerSpec &spec, QString *error);
    // nullopt with an empty *error when none is remembered.
    std::optional<DealerSpec> find(const QString &make, const QString &model, const QString &engineKey, QString *error);
    // Every remembered spec of a make/model (any engine), by engine key.
    std::optional<QList<DealerSpec>> forModel(const QString &make, const QString &model, QString *error);
    std::optional<QList<DealerSpec>> all(QString *error);
    bool forget(const QString &make, const QString &model, const QString &engineKey, QString *error);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace CarScout::Store
