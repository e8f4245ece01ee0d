// Bobaedream filter levels: get_cardepth.php replies for each of the four bike levels, and the car makers/models
// (the same bytes to every reader).
#include "tests/fuzz/fuzzsupport.h"

#include "core/sources/bobaedream/bobaecatalog.h"
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
    const QByteArray body = CarScout::Fuzz::bytes(data, size);
    const int level = int(size % 4);
    const Bobae::CatalogReply bikes = Bobae::parseBikeLevel(body, {}, level, level ? QStringLiteral("1") : QString(), g_terms);
    Bobae::replyLevel(bikes.nodes, g_terms);
    Bobae::parseCarMakerModels(body, {}, {}, g_terms);
    Bobae::parseCarMakerModels(body, {}, QStringLiteral("3"), g_terms);
    return 0;
}
