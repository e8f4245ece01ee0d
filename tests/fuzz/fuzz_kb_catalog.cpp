// KB ChaChaCha catalog JSON: the same bytes through every level's parser.
#include "tests/fuzz/fuzzsupport.h"

#include "core/sources/kbchachacha/kbcatalogparser.h"

using namespace CarScout::Sources;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    CarScout::Fuzz::initialize();
    CarScout::Fuzz::terms();   // loaded before the first input, not timed with it
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = CarScout::Fuzz::bytes(data, size);
    Kb::parseMakers(json, &CarScout::Fuzz::terms());
    Kb::parseClasses(json, &CarScout::Fuzz::terms());
    Kb::parseCars(json);
    Kb::parseModels(json);
    Kb::parseGrades(json, QStringLiteral("26892"));
    return 0;
}
