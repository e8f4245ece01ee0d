// KB ChaChaCha detail pages: JSON-LD, info table, history, options, seller.
#include "tests/fuzz/fuzzsupport.h"

#include "core/sources/kbchachacha/kbdetailparser.h"
#include "core/sources/terms.h"

using namespace CarScout::Sources;

namespace {
const TermDictionary *g_terms = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    CarScout::Fuzz::initialize();
    g_terms = new TermDictionary(TermDictionary::loadDefault());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Kb::parseDetailPage(CarScout::Fuzz::bytes(data, size), QStringLiteral("27000001"), {}, g_terms);
    return 0;
}
