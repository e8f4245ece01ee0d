#pragma once

// Hands each marketplace the dealer's values of its own settings (SourceInfo::settings, e.g. a signing salt),
// from the GUI's settings file: at start and after Settings → OK, so a changed value applies at once.

#include <QList>

namespace CarScout::Sources {
class Source;
}

namespace CarScout::Ui {

class Settings;

void applyMarketplaceSettings(const QList<Sources::Source *> &sources, const Settings &settings);

} // namespace CarScout::Ui
