#include "core/demo/demobackends.h"
#include "core/demo/routetabledemos.h"
#include "core/sources/encar/encardemo.h"
#include "core/sources/kbchachacha/kbdemobackend.h"

// A marketplace's demo is data: its generator's route table (carscout_add_marketplace_demo), found in the
// resources by registerRouteTableDemos(). Encar and KB ChaChaCha still answer through emulators that filter and
// sort their inventories on any query; they are the two lines below.

namespace CarScout::Demo {

void registerAllDemoBackends()
{
    // The bench backend is built in (demobackends.cpp).
    registerRouteTableDemos();
    Sources::Encar::registerDemoBackend();
    Sources::Kb::registerDemoBackend();
}

} // namespace CarScout::Demo
