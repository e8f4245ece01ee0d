// KB ChaChaCha catalog JSON: the same bytes through every level's parser.
#include "tests/fuzz/fuzzsupport.h"

#include "core/sources/kbchachacha/kbcatalogparser.h"
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
    const QByteArray json = CarScout::Fuzz::bytes(data, size);
    Kb::parseMakers(json, g_terms);
    Kb::parseClasses(json, g_terms);
    Kb::parseCars(json);
    Kb::parseModels(json);
    Kb::parseGrades(json, QStringLiteral("26892"));
    return 0;
}
