// The CBR's XML_daily.asp answer (windows-1251 XML).
#include "tests/fuzz/fuzzsupport.h"

#include "core/customs/rates.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    CarScout::Fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const CarScout::Customs::CbrParseResult result = CarScout::Customs::parseCbrDaily(CarScout::Fuzz::bytes(data, size));
    if (result.table) {
        for (const QString &code : result.table->codes())
            result.table->rubPerUnit(code);
    }
    return 0;
}
