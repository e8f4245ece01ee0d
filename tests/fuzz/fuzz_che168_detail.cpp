// Che168 detail replies: getcarinfo and getparamtypeitems (the same bytes to both), then the power choice.
#include "tests/fuzz/fuzzsupport.h"

#include "core/sources/che168/che168detailparser.h"

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
    const QString id = QStringLiteral("57148745");
    Che168::Che168CarInfo info;
    const bool infoOk = !Che168::parseCarInfo(body, id, CarScout::Fuzz::terms(), &info).isError();
    Che168::Che168Params params;
    const bool paramsOk = !Che168::parseParamItems(body, id, &params).isError();
    if (infoOk) {
        // What the source does with the two: the customs figures, then the detail sections.
        Che168::choosePower(info, params);
        Che168::displacementCc(info, params);
        Che168::buildDetail(info, paramsOk ? &params : nullptr, paramsOk ? QString() : QStringLiteral("unreadable"),
                            CarScout::Fuzz::terms());
    }
    return 0;
}
