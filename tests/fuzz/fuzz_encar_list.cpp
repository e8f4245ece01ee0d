// Encar list pages (simdjson): any bytes give items or a Parse error, never a crash.
#include "tests/fuzz/fuzzsupport.h"

#include "core/sources/encar/encarlistparser.h"

using namespace CarScout::Sources;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    CarScout::Fuzz::initialize();
    CarScout::Fuzz::terms();   // loaded before the first input, not timed with it
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Encar::EncarListPage page;
    const JobError error = Encar::parseListPage(CarScout::Fuzz::bytes(data, size), CarScout::Fuzz::terms(), &page);
    // Folding is part of what a page goes through; it must cope with whatever the parser let through.
    if (!error.isError()) {
        Encar::DuplicateFolder folder;
        folder.fold(page.items);
        folder.fold(page.items);
    }
    return 0;
}
