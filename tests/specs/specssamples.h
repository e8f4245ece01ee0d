#pragma once

// The listings the specs figures are measured on (tests and tests/bench): the synthetic demo inventories
// (embedded by the Encar and KB libraries) and the real captures in ../shared/samples (read at run time,
// never copied). Listings come out as the marketplaces' list parsers make them: no detail, no power.

#include "core/model/listing.h"

#include <QList>
#include <QString>

namespace CarScout::Test {

struct SpecsSample
{
    QString name;
    QList<Listing> listings;
    QString error;   // non-empty: the sample could not be read (its name and why)
};

SpecsSample encarDemoListings();      // :/carscout/demo/encar/inventory.json through the Encar list parser
SpecsSample kbDemoListings();         // :/carscout/demo/kbchachacha/inventory.json, titled as the KB list shows them
SpecsSample encarRealListings(const QString &samplesDir);   // the 40 real items
SpecsSample kbRealListings(const QString &samplesDir);      // the real KB list capture, every card

// Priced with zero extra requests (catalog/listing only) and covered by the catalog, over one sample.
struct SpecsCoverage
{
    int listings = 0;
    int withGeneration = 0;   // the catalog knows the model generation
    int withEngine = 0;       // … and at least one engine fits
    int priced = 0;           // displacement (not for BEVs) and power known, one value or a range
    int exact = 0;            // … one value each
    QStringList missed;       // "make model | trim (year)" of the rows not priced, for the report
};
SpecsCoverage measureCoverage(const QList<Listing> &listings);

} // namespace CarScout::Test
