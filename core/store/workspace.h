#pragma once

// The dealer's workspace over one Database: saved searches and their watch runs, listings as seen with one price
// observation per change, the price history, stars and notes, and market positions. Every write is one
// transaction: two watch runs at once (two managers, or the CLI on a timer while the GUI is open) queue on the
// rows they share, so neither duplicates a listing nor loses an observation, and a failed run changes nothing.

#include "core/common/clock.h"
#include "core/model/listing.h"
#include "core/sources/source.h"
#include "core/store/marketposition.h"
#include "core/store/watchdiff.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace CarScout::Store {

class Database;

struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QString source;
    Sources::SearchQuery query;
    QDateTime createdAt;
    QDateTime lastRunAt;   // invalid until the first run
    int lastNew = 0, lastChanged = 0, lastGone = 0;   // what the last run reported
};

struct PricePoint
{
    QDateTime seenAt;
    std::optional<qint64> price;
    friend bool operator==(const PricePoint &, const PricePoint &) = default;
};

struct ListingNote
{
    QString source, listingId, userName;
    bool starred = false;
    QString note;
    QDateTime updatedAt;   // set by the store
};

// What the store knows of a listing, for the table's badges.
struct ListingStatus
{
    QDateTime firstSeen;
    std::optional<qint64> price;           // the latest observed
    std::optional<qint64> previousPrice;   // the one before it; empty when the price never changed
    // Whole days (24 hours) since first seen.
    int daysOnMarket(const QDateTime &now) const { return int(firstSeen.msecsTo(now) / (24 * 3600 * 1000)); }
    // (price − previous) / previous in percent, when both are known.
    std::optional<double> lastChangePercent() const;
};

// source + '\n' + id: the key of the hashes below.
QString listingKey(const QString &source, const QString &id);
// source + '\n' + make + '\n' + model: the comparables' group of a listing.
QString modelKey(const Listing &listing);

class Workspace
{
public:
    explicit Workspace(Database &db, const Clock &clock = Clock::system());

    Database &database() { return m_db; }
    QDateTime now() const { return m_clock.nowUtc(); }

    // Saved searches. Names are unique per workspace.
    std::optional<SavedSearch> addSearch(const QString &name, const QString &source, const Sources::SearchQuery &query,
                                         QString *error);
    std::optional<QList<SavedSearch>> searches(QString *error);             // by name
    // nullopt with an empty *error when there is no search of that name.
    std::optional<SavedSearch> findSearch(const QString &name, QString *error);
    bool removeSearch(const QString &name, QString *error);

    // Stores what one run of `search` saw and returns what changed since its previous run. `complete`: the run
    // was not cut short by its limit (only then are missing listings reported gone).
    std::optional<WatchReport> recordRun(const SavedSearch &search, const QList<Listing> &seen, bool complete,
                                         QString *error);
    // Stores listings seen outside a saved search (a search in the GUI), for history and market positions.
    bool recordSeen(const QList<Listing> &seen, QString *error);

    // Every observed price of a listing, oldest first; empty when the store never saw it.
    std::optional<QList<PricePoint>> history(const QString &source, const QString &id, QString *error);

    // Star and note of one user on one listing (an empty note without a star removes the mark).
    bool setNote(const ListingNote &note, QString *error);
    std::optional<QList<ListingNote>> notes(const QString &source, const QString &id, QString *error);
    // The marks of one user on these listings, by listingKey().
    std::optional<QHash<QString, ListingNote>> notesOf(const QString &userName, const QList<Listing> &listings,
                                                        QString *error);

    // Badge data of these listings, by listingKey(); listings the store never saw are absent.
    std::optional<QHash<QString, ListingStatus>> statuses(const QList<Listing> &listings, QString *error);
    // When the store first saw any listing of each make/model of these listings, by modelKey().
    std::optional<QHash<QString, QDateTime>> modelsFirstSeen(const QList<Listing> &listings, QString *error);
    // Market positions of these listings among comparables in the store (marketposition.h), by listingKey();
    // listings with too few comparables are absent.
    std::optional<QHash<QString, MarketPosition>> marketPositions(const QList<Listing> &listings, QString *error);

private:
    qint64 nowMs() const { return m_clock.nowUtc().toMSecsSinceEpoch(); }
    bool upsertListings(const QList<Listing> &sorted, qint64 now, QString *error);
    std::optional<SavedSearch> searchFromRow(QSqlQuery &q, QString *error);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace CarScout::Store
