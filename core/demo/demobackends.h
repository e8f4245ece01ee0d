#pragma once

// Where the synthetic upstreams of `carscout --demo` and `carscout-cli serve-demo` come from.
//
// Each source (and the customs/rates clients) registers one DemoBackend: the upstream hosts it answers for and a
// function that adds its handlers to a ReplayServer. Registration is explicit (static libraries drop unreferenced
// self-registering objects): add one call to core/demo/alldemobackends.cpp. Then both front ends do:
//
//   Demo::registerAllDemoBackends();                       // idempotent
//   auto server = std::make_unique<Demo::ReplayServer>();
//   Demo::installDemoBackends(*server);                    // every registered backend + the bench backend
//   server->listen(port);                                  // or ReplayServerThread for the GUI
//   config.remaps = Demo::demoRemaps(*server);             // HOST=http://127.0.0.1:PORT/HOST for every host

#include "core/demo/replayserver.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace CarScout::Demo {

struct DemoBackend
{
    QString name;                                     // "encar", "bench", …
    QStringList hosts;                                // upstream hosts it answers for (lower case)
    std::function<void(ReplayServer &server)> install;
};

// Adds (or replaces, by name) a backend. Thread-safe; call before creating servers.
void registerDemoBackend(const DemoBackend &backend);
QList<DemoBackend> demoBackends();                    // in registration order

// Installs every registered backend into the server.
void installDemoBackends(ReplayServer &server);

// HOST → http://127.0.0.1:PORT/HOST for every host of every registered backend (use after listen()).
QHash<QString, QUrl> demoRemaps(const ReplayServer &server);
// The same as "--remap HOST=URL" lines, sorted by host.
QStringList demoRemapArguments(const ReplayServer &server);

// The trivial backend used by the network benchmark: host "bench.local", GET /item?id=N →
// {"id": N, "title": "…", "price": …} (a few hundred bytes of JSON). Always registered.
inline constexpr const char *benchHost = "bench.local";
void installBenchBackend(ReplayServer &server);

// Calls every source's registration function (defined in alldemobackends.cpp, library carscout_demo_all).
void registerAllDemoBackends();

} // namespace CarScout::Demo
