#pragma once

// The dealer's own values (issue 9, step 5): when the dealer enters the power of a listing, CarScout offers
// to remember it for the same make / model / engine and applies it to future listings. This is the
// in-memory set the resolver reads (a plain value, cheap to copy); DealerSpecsRepository keeps it on disk.

#include "core/model/listing.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace CarScout::Specs {

struct DealerSpec
{
    QString make, model;     // as the marketplace writes them
    QString engine;          // engineSignature() of the listing's words ("1.6T petrol"); may be empty
    int powerHp = 0;         // 0 = not remembered
    int engineCc = 0;        // 0 = not remembered
    QDateTime savedAt;       // UTC
    QString example;         // the listing title it was entered on (shown in "My specs")

    QString key() const;     // make|model|engine, compacted (spacing and case do not matter)
    friend bool operator==(const DealerSpec &, const DealerSpec &) = default;
};

QString dealerSpecKey(const QString &make, const QString &model, const QString &engine);

class DealerSpecs
{
public:
    void insert(const DealerSpec &spec);             // replaces the entry with the same key
    bool remove(const QString &key);
    const DealerSpec *find(const QString &make, const QString &model, const QString &engine) const;
    QList<DealerSpec> all() const;                   // sorted by make, model, engine
    int size() const { return int(m_byKey.size()); }
    bool isEmpty() const { return m_byKey.isEmpty(); }

private:
    QHash<QString, DealerSpec> m_byKey;
};

// The entry to remember when the dealer typed `powerHp` on `listing` (key from the listing's own words).
DealerSpec dealerSpecFor(const Listing &listing, int powerHp, const QDateTime &nowUtc);

} // namespace CarScout::Specs
