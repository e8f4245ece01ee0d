#include "ui/sourcesetup.h"

#include "core/net/httpclient.h"
#include "core/sources/sourceregistry.h"

#include <QHash>

namespace CarScout::Ui {

namespace {
QHash<QString, PaneFactory> &paneFactories()
{
    static QHash<QString, PaneFactory> factories;
    return factories;
}
} // namespace

QList<Sources::Source *> createSources(const Sources::SourceRegistry &registry, Net::HttpClient &http, QObject *parent)
{
    QList<Sources::Source *> sources;
    for (const QString &id : registry.ids()) {
        if (Sources::Source *source = registry.create(id, http, parent))
            sources.append(source);
    }
    return sources;
}

void registerPaneFactory(const QString &sourceId, PaneFactory factory)
{
    paneFactories().insert(sourceId, std::move(factory));
}

SearchPane *createPane(Sources::Source *source, const SearchPane::Dependencies &deps, QWidget *parent)
{
    if (const auto it = paneFactories().constFind(source->id()); it != paneFactories().cend())
        return it.value()(source, deps, parent);
    return new SearchPane(source, deps, parent);
}

} // namespace CarScout::Ui
