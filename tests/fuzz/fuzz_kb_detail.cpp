// KB ChaChaCha detail pages: JSON-LD, info table, history, options, seller.
#include "tests/fuzz/fuzzsupport.h"

#include "core/sources/kbchachacha/kbdetailparser.h"

using namespace CarScout::Sources;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    CarScout::Fuzz::initialize();
    CarScout::Fuzz::terms();   // loaded before the first input, not timed with it
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Kb::parseDetailPage(CarScout::Fuzz::bytes(data, size), QStringLiteral("27000001"), {}, &CarScout::Fuzz::terms());
    return 0;
}
