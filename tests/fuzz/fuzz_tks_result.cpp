// tks.ru's calculator result fragment (HTML).
#include "tests/fuzz/fuzzsupport.h"

#include "core/customs/tks.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    CarScout::Fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    CarScout::Customs::parseTksResponse(CarScout::Fuzz::bytes(data, size));
    return 0;
}
