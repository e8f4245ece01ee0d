// Bobaedream list pages: the motorcycle list (EUC-KR/CP949 HTML) and the mobile car list (UTF-8), the same
// bytes to both, with the charset taken from the page and, for one input in two, declared as EUC-KR.
#include "tests/fuzz/fuzzsupport.h"

#include "core/sources/bobaedream/bikelistparser.h"
#include "core/sources/bobaedream/carlistparser.h"

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
    const QByteArray charset = size % 2 ? QByteArray("euc-kr") : QByteArray();
    Bobae::parseBikeList(body, charset, &CarScout::Fuzz::terms());
    Bobae::parseCarList(body, charset, &CarScout::Fuzz::terms());
    return 0;
}
