#pragma once

// The /api/v11/search reply (che168-bobaedream.md §3.1, sources.md §4): result.carlist → Listing (units
// converted, photos at full size), result.filters → the filter tree's series / model-year / spec levels. The ad
// list (`otherlist`) is never read. One car that cannot be read is skipped with a warning naming it; the page
// fails only when nothing on it can be read. Pure: safe on any thread.

#include "core/model/listing.h"
#include "core/sources/che168/che168query.h"
#include "core/sources/source.h"
#include "core/sources/terms.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace CarScout::Sources::Che168 {

// FilterNode::level of the four levels, top first.
inline constexpr const char *kLevelMaker = "maker";
inline constexpr const char *kLevelSeries = "model";
inline constexpr const char *kLevelYear = "model_year";
inline constexpr const char *kLevelSpec = "spec";

struct Che168Car
{
    Listing listing;
    QString seriesId, specId, dealerId, cityId;
    QString seriesName, specName;   // carname split at "YYYY款" (or sname/syname when given)
    int modelYear = 0;              // "2024款"; 0 when the name has none
    bool newEnergy = false;         // isnewenergy
    bool unregistered = false;      // firstregyear "未上牌"
    QString emission;               // environmental: 国VI, 欧V, "-" …
};

struct Che168SearchPage
{
    int totalCount = -1;
    int pageCount = -1;
    int pageIndex = 0;
    int pageSize = 0;
    QList<Che168Car> cars;          // carlist order; unreadable cars left out (see warnings)
    QStringList warnings;           // one per skipped car: which and why
    QString brandName;              // the brand the filters belong to (brand-filtered replies)
    QList<FilterNode> series;       // filters key=seriesid
    QList<FilterNode> years;        // filters key=seriesyearid
    QList<FilterNode> specs;        // filters key=specid
    QHash<QString, QStringList> yearSpecIds;   // seriesyearid → its spec ids (subvalue)
};

struct ListContext
{
    QString brandName;   // the brand searched for, when known (fills Listing::make)
};

// On a bad envelope or page structure returns the error (signature rejected, returncode, missing result,
// wrong types, an empty carlist inside the page range); `out` is then unspecified.
JobError parseSearchPage(const QByteArray &body, const TermDictionary &terms, Che168SearchPage *out,
                         const ListContext &context = {});

// The maker of a series name: the longest maker term it starts with ("宝马X3" → 宝马), else the series
// entry's key in the dictionary (for series named without the brand, "Macan" → 保时捷); empty when unknown.
QString makerOfSeries(const QString &seriesName, const TermDictionary &terms);

// The spec level under a model year: the specs of the year's cars on this page (name = carname after the
// model year), in order of first appearance; then the year's other spec ids (from the filters) unnamed.
QList<FilterNode> specNodes(const Che168SearchPage &page, const QString &seriesYearId);

// Whether a car passes the client-side checks. `currentYear` stands in for unregistered cars' year.
bool passes(const Che168Car &car, const ClientFilter &filter, int currentYear);

// Cars already seen on earlier pages (the default order is personalised and repeats cars) are dropped.
class InfoIdFolder
{
public:
    QList<Listing> fold(const QList<Listing> &listings);
    int folded() const { return m_folded; }

private:
    QSet<QString> m_seen;
    int m_folded = 0;
};

} // namespace CarScout::Sources::Che168
