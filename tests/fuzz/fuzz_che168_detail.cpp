// Che168 detail replies: getcarinfo and getparamtypeitems (the same bytes to both), then the power choice.
#include "tests/fuzz/fuzzsupport.h"

#include "core/sources/che168/che168detailparser.h"
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
    const QString id = QStringLiteral("57148745");
    Che168::Che168CarInfo info;
    const bool infoOk = !Che168::parseCarInfo(body, id, *g_terms, &info).isError();
    Che168::Che168Params params;
    const bool paramsOk = !Che168::parseParamItems(body, id, &params).isError();
    if (infoOk) {
        // What the source does with the two: the customs figures, then the detail sections.
        Che168::choosePower(info, params);
        Che168::displacementCc(info, params);
        Che168::buildDetail(info, paramsOk ? &params : nullptr, paramsOk ? QString() : QStringLiteral("unreadable"),
                            *g_terms);
    }
    return 0;
}
