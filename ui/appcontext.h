#pragma once

// What the main window and its panes are given (no singletons): created by the application (guiapplication.cpp)
// or by a test, owned there, outliving the window.

#include <QList>
#include <QString>

#include <functional>

namespace CarScout::Customs {
class SecretStore;
}
namespace CarScout::Net {
class HttpClient;
}
namespace CarScout::Services {
class CrossCheckService;
class PhotoService;
}
namespace CarScout::Store {
class StoreWorker;
}
namespace CarScout::Specs {
class DealerSpecsRepository;
}
namespace CarScout::Sources {
class Source;
class TermDictionary;
}

namespace CarScout::Ui {

class CostService;
class Settings;

struct AppContext
{
    Settings *settings = nullptr;
    Net::HttpClient *http = nullptr;
    CostService *costs = nullptr;
    Services::CrossCheckService *crossChecks = nullptr;      // may be null: the calculator has no online column
    Services::PhotoService *photos = nullptr;                // thumbnails and gallery; null = no gallery images
    Customs::SecretStore *secrets = nullptr;                  // may be null: secrets cannot be stored then
    const Sources::TermDictionary *terms = nullptr;  // may be null: original names are shown
    QList<Sources::Source *> sources;                // one search pane each, in this order
    QString thumbnailCacheDir;                       // empty = thumbnails kept in memory only
    Store::StoreWorker *workspace = nullptr;         // on its own thread; may be null (no database): no watchlist then
    QString userName;                                // whose stars and notes
    // The dealer's remembered specs (may be null: nothing is offered to remember) and what to call after they
    // changed (the application rebuilds the specs resolver behind the cost service).
    Specs::DealerSpecsRepository *dealerSpecs = nullptr;
    std::function<void()> specsChanged;
};

} // namespace CarScout::Ui
