// Bobaedream detail pages: bike_view.php (EUC-KR/CP949) and the mobile car page (UTF-8), the same bytes to both.
#include "tests/fuzz/fuzzsupport.h"

#include "core/sources/bobaedream/bikedetailparser.h"
#include "core/sources/bobaedream/cardetailparser.h"
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
    const QByteArray charset = size % 2 ? QByteArray("euc-kr") : QByteArray();
    Bobae::parseBikeDetail(body, QStringLiteral("123456"), charset, g_terms);
    Bobae::parseCarDetail(body, QStringLiteral("2345678"), charset, g_terms);
    return 0;
}
