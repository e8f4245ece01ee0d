#pragma once

// The marketplaces the GUI offers come from the source registry (core/sources/sourceregistry.h), one search
// pane each, in registration order. A marketplace that needs a pane of its own registers a pane factory here;
// every other one gets the generic SearchPane.

#include "ui/searchpane.h"

#include <QList>

#include <functional>

class QObject;

namespace CarScout::Net {
class HttpClient;
}
namespace CarScout::Sources {
class Source;
class SourceRegistry;
}

namespace CarScout::Ui {

// Creates every registered source (parented to `parent`); the registry installs each source's network policy.
QList<Sources::Source *> createSources(const Sources::SourceRegistry &registry, Net::HttpClient &http, QObject *parent);

using PaneFactory = std::function<SearchPane *(Sources::Source *source, const SearchPane::Dependencies &deps, QWidget *parent)>;
// A special pane for one source id (replaces the generic one).
void registerPaneFactory(const QString &sourceId, PaneFactory factory);
SearchPane *createPane(Sources::Source *source, const SearchPane::Dependencies &deps, QWidget *parent);

} // namespace CarScout::Ui
