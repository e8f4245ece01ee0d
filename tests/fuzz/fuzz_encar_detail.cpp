// Encar readside answers: vehicle detail, inspection report, accident record (the same bytes to all three).
#include "tests/fuzz/fuzzsupport.h"

#include "core/sources/encar/encardetailparser.h"

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
    Encar::EncarDetail detail;
    Encar::parseVehicleDetail(body, QStringLiteral("41344448"), CarScout::Fuzz::terms(), &detail);
    InspectionSummary inspection;
    if (!Encar::parseInspection(body, &inspection).isError())
        Encar::inspectionSection(inspection);
    AccidentSummary record;
    if (!Encar::parseRecord(body, &record).isError())
        Encar::accidentSection(record);
    return 0;
}
