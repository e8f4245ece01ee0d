// Che168 /api/v2/getbrands replies (brands grouped by letter): brands, warnings or an error, never a crash.
#include "tests/fuzz/fuzzsupport.h"

#include "core/sources/che168/che168brands.h"

using namespace CarScout::Sources;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    CarScout::Fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<Che168::Che168Brand> brands;
    QStringList warnings;
    Che168::parseBrands(CarScout::Fuzz::bytes(data, size), &brands, &warnings);
    return 0;
}
