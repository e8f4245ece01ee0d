#pragma once

// The contract every marketplace implements. The GUI's search pane and carscout-cli drive any Source through
// it, so adding a marketplace is adding one Source subclass and registering it (sourceregistry.h).

#include "core/model/listing.h"
#include "core/net/httptypes.h"
#include "core/net/sourcepolicy.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace CarScout::Net {
class HttpClient;
}

namespace CarScout::Sources {

enum class SortOrder { Newest, PriceAsc, PriceDesc, MileageAsc, MileageDesc, YearDesc };
QString sortOrderKey(SortOrder sort);                     // "newest", "price_asc", … (CLI --sort values)
std::optional<SortOrder> sortOrderFromKey(QStringView key);

// A search in marketplace-neutral terms. Hierarchy selections are by the node keys of the filter tree.
struct SearchQuery
{
    QStringList path;                    // filter-tree keys from the top: maker, model (group), … ; may be empty
    std::optional<int> yearFrom, yearTo; // first registration year, inclusive
    std::optional<qint64> priceMin, priceMax;   // whole units of the source's currency
    std::optional<int> mileageMaxKm;
    QList<Fuel> fuels;                   // empty = any
    QList<Transmission> transmissions;   // empty = any
    QString keyword;
    SortOrder sort = SortOrder::Newest;
    int pageSize = 50;
    int limit = 0;                       // stop after this many listings; 0 = no limit
    int maxPages = 0;                    // stop after this many pages; 0 = no limit
    // Where to go on: SearchProgress::continuation of an earlier run of the same query (the marketplace
    // defines it: Encar's row offset, KB's page, …); empty = from the first page.
    QString continuation;
};

// One node of a marketplace's filter tree (maker → model → … ), with its listing count.
struct FilterNode
{
    QString key;        // the value that goes into SearchQuery::path (Korean name or code, per source)
    QString name;       // display name in the original language
    QString nameEn;     // from the terms dictionary or the marketplace, when known
    QString level;      // "car_type", "maker", "model_group", "model", "badge", "grade", …
    int count = -1;     // -1 when the marketplace gives none
    bool hasChildren = true;
};

struct SearchProgress
{
    int pagesFetched = 0;
    int pagesExpected = 0;     // 0 while unknown
    int listingsSoFar = 0;
    int totalAvailable = -1;   // the marketplace's count, -1 when it gives none
    qint64 rateWaitMs = 0;     // time spent waiting on the rate limit so far
    QString continuation;      // SearchQuery::continuation that fetches the next page; empty once exhausted
    QStringList warnings;      // records skipped so far, each naming the record and why
};

// Why a job failed: what and where, readable by a dealer; kind decides the CLI exit status.
struct JobError
{
    enum class Kind { None, Network, Parse, Canceled, BadInput, NotFound };
    Kind kind = Kind::None;
    QString message;
    Net::ErrorKind netError = Net::ErrorKind::None;
    bool isError() const { return kind != Kind::None; }
};

struct DetailField
{
    QString label;
    QString value;
};

struct DetailSection
{
    QString id;          // "spec", "inspection", "accident", "options", "seller", "price", …
    QString title;       // English; the GUI translates known ids
    QList<DetailField> fields;
};

struct AccidentSummary
{
    int accidentCount = 0;        // insurance accidents of any kind
    qint64 ownDamageKrw = 0;
    qint64 otherDamageKrw = 0;
    int ownerChanges = 0;
    int plateChanges = 0;
    bool totalLoss = false;
    bool flood = false;
    bool theft = false;
    bool commercialUse = false;   // rental/business use
};

struct InspectionSummary
{
    int mileageKm = 0;
    bool accident = false;        // the report's accident-history mark
    bool simpleRepair = false;
    QStringList replacedPanels;   // outer panels marked replaced (교환)
    QStringList weldedPanels;     // outer panels marked welded/sheet-metal (판금/용접)
    QStringList notes;
};

struct ListingDetail
{
    Listing listing;                   // full photo list, engine_cc etc. filled from the detail
    QString requestedId;               // may differ from listing.id (Encar answers re-listed cars with the old record)
    QString description;               // the seller's text, plain
    QStringList options;
    QList<DetailSection> sections;
    std::optional<InspectionSummary> inspection;   // empty = no report
    std::optional<AccidentSummary> accidents;      // empty = no record
};

QJsonObject toJson(const ListingDetail &detail);

class SearchJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void cancel() = 0;   // stops at once: in-flight requests are aborted, finished(Canceled) follows

signals:
    void pageReady(const QList<CarScout::Listing> &listings);   // new, deduplicated listings
    void progress(const CarScout::Sources::SearchProgress &progress);
    void finished(const CarScout::Sources::JobError &error);    // exactly once; deletes itself afterwards
};

class CatalogJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void cancel() = 0;

signals:
    void finished(const QList<CarScout::Sources::FilterNode> &children, const CarScout::Sources::JobError &error);
};

class DetailJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void cancel() = 0;

signals:
    void finished(const CarScout::Sources::ListingDetail &detail, const CarScout::Sources::JobError &error);
};

enum class VehicleKind { Car, Motorcycle };

// One level of a marketplace's filter tree: the key FilterNode::level carries and a title for the GUI, marked
// with QT_TRANSLATE_NOOP("SourceLevels", …) and translated where it is shown.
struct CatalogLevel
{
    QString key;             // "maker", "model_group", …
    const char *title = "";  // "Make", "Model", …
};

// A text setting the dealer may change for a marketplace (the GUI's settings dialog lists them under its name,
// so nobody outside core/sources spells them); the marketplace reads it from the application's settings.
struct SourceSetting
{
    QString key;              // the settings key: "sources/<id>/…"
    const char *label = "";   // QT_TRANSLATE_NOOP("SourceSettings", …)
    const char *help = "";    // QT_TRANSLATE_NOOP("SourceSettings", …): what it is and when to change it
    QString defaultValue;     // what a blank value means (shown as the placeholder)
};

// What a marketplace is, as everything outside core/sources needs to know it: nobody else keeps tables of
// marketplace ids.
struct SourceInfo
{
    QString id;                    // "encar": the source key of listings and requests
    QString displayName;           // "Encar" (a brand: not translated)
    VehicleKind vehicleKind = VehicleKind::Car;
    QString currency;              // ISO code of its prices: "KRW"
    QString country;               // ISO 3166 code of where its vehicles are: "KR"
    QList<CatalogLevel> levels;    // the filter tree, top first
    QStringList upstreamHosts;     // every host it talks to (demo and test remapping)
    Net::SourcePolicy policy;      // its network defaults (pacing, retries, headers); settings may override
    QList<SourceSetting> settings; // its own settings (Source::applySettings hands it their values)
};

// A pause a marketplace imposes on its own detail requests (its detail server refused for frequency): the
// status bar shows it with the time left.
struct DetailPause
{
    qint64 remainingMs = 0;   // time left of the pause; 0 while the one trial request after it decides
    bool probing = false;     // the pause is over and one trial request decides whether details resume
};

// Applied to each of a source's requests just before it is sent (headers, cookies, a signature).
using RequestTransform = std::function<void(Net::HttpRequest &request)>;

class Source : public QObject
{
    Q_OBJECT
public:
    explicit Source(SourceInfo info, QObject *parent = nullptr) : QObject(parent), m_info(std::move(info)) {}

    const SourceInfo &info() const { return m_info; }
    QString id() const { return m_info.id; }
    QString displayName() const { return m_info.displayName; }
    QString currency() const { return m_info.currency; }
    QStringList catalogLevels() const;               // level keys, top first
    QStringList upstreamHosts() const { return m_info.upstreamHosts; }

    // Children of the node at `path` (keys from the top; empty = the top level).
    virtual CatalogJob *catalog(const QStringList &path) = 0;
    virtual SearchJob *search(const SearchQuery &query) = 0;
    virtual DetailJob *detail(const QString &id) = 0;

    // The marketplace's hook on every outgoing request (jobs built on jobbase.h apply it); none by default.
    virtual RequestTransform requestTransform() const { return {}; }
    // Whether its detail requests are paused just now; none by default.
    virtual std::optional<DetailPause> detailPause() const { return std::nullopt; }

    // The dealer's values of info().settings, at start and after each change: value(key), blank = the default.
    // Nothing to do by default.
    virtual void applySettings(const std::function<QString(const QString &key)> &value) { Q_UNUSED(value); }

private:
    SourceInfo m_info;
};

// The translated title of a level key of `info` (the key itself, capitalised, when the source names none).
QString levelTitle(const SourceInfo &info, const QString &levelKey);

} // namespace CarScout::Sources

Q_DECLARE_METATYPE(CarScout::Sources::SearchProgress)
Q_DECLARE_METATYPE(CarScout::Sources::JobError)
Q_DECLARE_METATYPE(CarScout::Sources::FilterNode)
Q_DECLARE_METATYPE(CarScout::Sources::ListingDetail)
