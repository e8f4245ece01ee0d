#include "core/demo/demobackends.h"
#include "core/sources/encar/encardemo.h"
#include "core/sources/kbchachacha/kbdemobackend.h"

// One line per source that ships synthetic demo data, e.g.
//   #include "core/sources/encar/encardemo.h"
//   ...
//   Sources::Encar::registerDemoBackend();   // calls Demo::registerDemoBackend({"encar", {"api.encar.com"}, …})
// and the source's library in core/demo/CMakeLists.txt (carscout_demo_all LIBS).

namespace CarScout::Demo {

void registerAllDemoBackends()
{
    // The bench backend is built in (demobackends.cpp). Sources add their calls below this line.
    Sources::Encar::registerDemoBackend();
    Sources::Kb::registerDemoBackend();
}

} // namespace CarScout::Demo
