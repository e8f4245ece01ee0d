#pragma once

// The `carscout` program: command line, settings, translations, network client, sources, rates, main window,
// and the demo/screenshot/benchmark modes. app/gui/main.cpp only calls runGui().
//
//   carscout [--remap HOST=URL]... [--language en|ru] [--settings FILE.ini]
//   carscout --demo [--screenshot FILE.png] [--demo-latency-ms N]
//   carscout --first-paint-ms        print the milliseconds from start to the first painted window, then exit

namespace CarScout::Ui {

int runGui(int argc, char **argv);

} // namespace CarScout::Ui
