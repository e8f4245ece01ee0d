// Encar iNav facets: the children of the root, then one level deeper along each of the first children found.
#include "tests/fuzz/fuzzsupport.h"

#include "core/sources/encar/encarinav.h"

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
    QStringList path;
    // Up to four levels down, always into the first child: bounded work per input.
    for (int depth = 0; depth < 4; ++depth) {
        QList<FilterNode> children;
        if (Encar::parseINavChildren(body, path, CarScout::Fuzz::terms(), &children).isError() || children.isEmpty())
            break;
        path.append(children.first().key);
    }
    QList<FilterNode> none;   // a path element that is not among the facets: a NotFound error
    Encar::parseINavChildren(body, {QStringLiteral("nonexistent")}, CarScout::Fuzz::terms(), &none);
    return 0;
}
