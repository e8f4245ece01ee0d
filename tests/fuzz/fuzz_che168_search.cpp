// Che168 /api/v11/search replies (JSON envelope, carlist, filters): a page, an error, never a crash.
#include "tests/fuzz/fuzzsupport.h"

#include "core/sources/che168/che168listparser.h"

using namespace CarScout::Sources;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    CarScout::Fuzz::initialize();
    CarScout::Fuzz::terms();   // loaded before the first input, not timed with it
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Che168::Che168SearchPage page;
    if (!Che168::parseSearchPage(CarScout::Fuzz::bytes(data, size), CarScout::Fuzz::terms(), &page).isError()) {
        // The spec level is built from the page's cars and filters: walk it for every model year.
        for (const FilterNode &year : page.years)
            Che168::specNodes(page, year.key);
        for (const FilterNode &series : page.series)
            Che168::makerOfSeries(series.name, CarScout::Fuzz::terms());
    }
    return 0;
}
