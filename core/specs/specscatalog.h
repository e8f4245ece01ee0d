#pragma once

// The specs catalog (issue 9, step 2): per maker and model generation — Korean names as Encar and KB write
// them, with year ranges — the engines offered, each with its exact displacement, power in PS and kW and
// its powertrain, and the source the figures come from. Data, not code: resources/specs/*.json, embedded at
// :/carscout/specs/ (format: resources/specs/README.md). Load once, share read-only (thread-safe to read).

#include "core/model/listing.h"
#include "core/specs/enginetext.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace CarScout::Specs {

inline constexpr double kKwPerPs = 0.73549875;   // 1 metric horsepower (PS, л.с.) in kW

struct CatalogSource
{
    QString id;
    QString title;
    QString url;
    QString kind;          // "maker" (spec sheet, press kit), "encyclopedia", "press"
    bool verified = false; // false: the figures were not re-checked against the page (see the file's notes)
};

struct CatalogEngine
{
    QString id;            // unique within its generation; the key of the year-overlap check
    QString label;         // "1.6 T-GDi", "520d", "롱레인지 AWD"
    Fuel fuel = Fuel::Unknown;
    bool plugIn = false;
    bool turbo = false;
    int cc = 0;            // exact cm³; 0 for BEVs and fuel cells
    int ps = 0;            // ICE power (PS); 0 for BEVs
    double kw = 0;
    double motorKw = 0;    // hybrids: the e-motor's published (peak) power
    double motor30Kw = 0;  // hybrids: its 30-minute power where published
    int systemPs = 0;      // hybrids: the maker's system power
    double evPeakKw = 0;   // BEV / FCEV: motor peak power (sum of motors)
    double ev30Kw = 0;     // BEV / FCEV: 30-minute power where published
    int yearFrom = 0, yearTo = 0;   // 0 = the generation's
    QStringList match;     // upper-case words that all occur in a listing offering this engine ("520D", "HG240")
    QString sourceId;
    QString note;
    bool uncertain = false;   // a figure the file flags (not verified, or the maker published several)

    // The power Russian customs assess, in PS: ICE; ICE + e-motor (30-min when known, else the peak as the
    // upper bound, the ICE alone as the lower); BEV 30-min power, else 0.45 × peak (Feb 2026 practice).
    int customsPsMin() const;
    int customsPsMax() const;
    bool customsPowerEstimated() const;   // rests on a peak figure, not a 30-minute one
};

struct CatalogGeneration
{
    QString id;            // "grandeur-gn7"
    QString makerId;
    QStringList names;     // as the marketplaces write them (first = the main one)
    QString en, ru;        // readable names for the GUI ("Grandeur (GN7)")
    int yearFrom = 0, yearTo = 0;   // yearTo 0 = still built
    QList<CatalogEngine> engines;
};

struct CatalogMaker
{
    QString id;            // "hyundai"
    QStringList names;     // 현대, Hyundai, …
    QString en, ru;
    QList<CatalogGeneration> generations;
    QHash<QString, CatalogSource> sources;
};

class SpecsCatalog
{
public:
    // Every *.json under :/carscout/specs/, merged (sorted by name). On a bad file *error says which and why.
    static SpecsCatalog loadDefault(QString *error = nullptr);
    static SpecsCatalog loadDirectory(const QString &directory, QString *error = nullptr);
    // The shared read-only instance of loadDefault (loaded on first use, thread-safe).
    static const SpecsCatalog &builtin();

    // One maker file. Returns false with "<origin>: <where>: <what>" on malformed input (nothing is added).
    bool addJson(const QByteArray &json, const QString &origin, QString *error);

    const CatalogMaker *maker(QStringView name) const;
    // The generation a listing belongs to: its make, then the longest catalog name that the listing's model
    // (or model + trim, or title) starts with; the year picks between generations of the same name.
    const CatalogGeneration *generation(const Listing &listing) const;
    const CatalogSource *source(const CatalogGeneration &generation, const CatalogEngine &engine) const;

    // The engines of `generation` that fit: year, fuel, displacement (exact ±20 cm³ when `exactCc`, else
    // nominal ±75), turbo, then the variant words. Several = the listing does not say which (a range).
    QList<const CatalogEngine *> candidates(const CatalogGeneration &generation, int year, const EngineHints &hints,
                                            int exactCc = 0) const;

    const QList<std::shared_ptr<CatalogMaker>> &makers() const { return m_makers; }
    int engineCount() const;

private:
    void index(const std::shared_ptr<CatalogMaker> &maker);

    QList<std::shared_ptr<CatalogMaker>> m_makers;
    QHash<QString, const CatalogMaker *> m_makerByName;                          // compactKey(name)
    struct NameIndex
    {
        QHash<QString, QList<const CatalogGeneration *>> byName;   // compactKey(name)
        QList<qsizetype> lengths;                                   // the distinct key lengths, longest first
    };
    QHash<const CatalogMaker *, NameIndex> m_generationsByName;
};

} // namespace CarScout::Specs
