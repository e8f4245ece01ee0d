#include "ui/marketplacesettings.h"

#include "core/sources/source.h"
#include "ui/settings.h"

namespace CarScout::Ui {

void applyMarketplaceSettings(const QList<Sources::Source *> &sources, const Settings &settings)
{
    for (Sources::Source *source : sources) {
        if (!source->info().settings.isEmpty())
            source->applySettings([&settings](const QString &key) { return settings.rawValue(key).toString().trimmed(); });
    }
}

} // namespace CarScout::Ui
