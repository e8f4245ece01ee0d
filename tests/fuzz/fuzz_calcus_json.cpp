// calcus.ru's JSON reply of formatted amounts.
#include "tests/fuzz/fuzzsupport.h"

#include "core/customs/calcus.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    CarScout::Fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    CarScout::Customs::parseCalcusResponse(CarScout::Fuzz::bytes(data, size));
    return 0;
}
