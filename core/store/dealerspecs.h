#pragma once

// The specs a dealer typed in once (engine power is missing from Encar lists) and asked to remember: table
// dealer_specs of the workspace (migrations.cpp, the only schema), keyed by make, model and engine signature as
// the specs resolver looks them up (dealerSpecKey). Shared by the whole team when the workspace is on
// PostgreSQL. core/specs/dealerspecsrepository.h maps these rows to the resolver's values.

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace CarScout {
class Clock;
}

namespace CarScout::Store {

class Database;

// make|model|engine, each without white space and in upper case: spacing and case do not matter.
QString dealerSpecKey(const QString &make, const QString &model, const QString &engine);

struct DealerSpec
{
    QString make, model;   // as the marketplace writes them
    QString engine;        // the engine signature ("1.6T petrol"); may be empty
    int powerHp = 0;       // 0 = not remembered
    int engineCc = 0;      // 0 = not remembered
    QString example;       // the listing title it was entered on
    QString createdBy;     // who entered it (a team on PostgreSQL)
    QDateTime savedAt;     // UTC; the repository's clock when left invalid

    QString key() const { return dealerSpecKey(make, model, engine); }
    friend bool operator==(const DealerSpec &, const DealerSpec &) = default;
};

class DealerSpecRepository
{
public:
    DealerSpecRepository(Database &db, const Clock &clock);

    // Adds the spec, or replaces the one with the same key.
    bool remember(const DealerSpec &spec, QString *error);
    // nullopt with an empty *error when none is remembered.
    std::optional<DealerSpec> find(const QString &make, const QString &model, const QString &engine, QString *error);
    // Every remembered spec of a make/model (any engine), by engine.
    std::optional<QList<DealerSpec>> forModel(const QString &make, const QString &model, QString *error);
    // All of them, by make, model and engine.
    std::optional<QList<DealerSpec>> all(QString *error);
    bool forget(const QString &key, QString *error);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace CarScout::Store
