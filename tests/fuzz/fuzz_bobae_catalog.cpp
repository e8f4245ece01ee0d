// Bobaedream filter levels: get_cardepth.php replies for each of the four bike levels, and the car makers/models
// (the same bytes to every reader).
#include "tests/fuzz/fuzzsupport.h"

#include "core/sources/bobaedream/bobaecatalog.h"

using namespace CarScout::Sources;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    CarScout::Fuzz::initialize();
    CarScout::Fuzz::terms();   // loaded before the first input, not timed with it
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = CarScout::Fuzz::bytes(data, size);
    const TermDictionary *terms = &CarScout::Fuzz::terms();
    const int level = int(size % 4);
    const Bobae::CatalogReply bikes = Bobae::parseBikeLevel(body, {}, level, level ? QStringLiteral("1") : QString(), terms);
    Bobae::replyLevel(bikes.nodes, terms);
    Bobae::parseCarMakerModels(body, {}, {}, terms);
    Bobae::parseCarMakerModels(body, {}, QStringLiteral("3"), terms);
    return 0;
}
