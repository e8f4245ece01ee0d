// Bobaedream detail pages: bike_view.php (EUC-KR/CP949) and the mobile car page (UTF-8), the same bytes to both.
#include "tests/fuzz/fuzzsupport.h"

#include "core/sources/bobaedream/bikedetailparser.h"
#include "core/sources/bobaedream/cardetailparser.h"

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
    Bobae::parseBikeDetail(body, QStringLiteral("123456"), charset, &CarScout::Fuzz::terms());
    Bobae::parseCarDetail(body, QStringLiteral("2345678"), charset, &CarScout::Fuzz::terms());
    return 0;
}
