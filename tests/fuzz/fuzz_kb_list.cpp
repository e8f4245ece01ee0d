// KB ChaChaCha list.empty fragments (libxml2 HTML with recovery): cards, warnings or an error, never a crash.
#include "tests/fuzz/fuzzsupport.h"

#include "core/sources/kbchachacha/kblistparser.h"

using namespace CarScout::Sources;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    CarScout::Fuzz::initialize();
    CarScout::Fuzz::terms();   // loaded before the first input, not timed with it
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Kb::KbListContext context;
    context.knownModel = QStringLiteral("그랜저");
    context.terms = &CarScout::Fuzz::terms();
    Kb::parseListPage(CarScout::Fuzz::bytes(data, size), {}, context);
    return 0;
}
