#pragma once

// What the widget tests share: the replay server with every demo backend on loopback, a network client remapped
// to it (no pacing, so tests stay fast), the registered sources, and settings in a temporary INI file.

#include "core/demo/demobackends.h"
#include "core/demo/replayserver.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/net/netstats.h"
#include "core/net/sourcepolicy.h"
#include "core/sources/sourceregistry.h"
#include "ui/searchpane.h"
#include "ui/settings.h"
#include "ui/sourcesetup.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace CarScout::Test {

class DemoEnvironment
{
public:
    bool start()
    {
        Demo::registerAllDemoBackends();
        Demo::installDemoBackends(server);
        if (!server.listen())
            return false;
        Net::ClientConfig config;
        config.proxy.type = Net::ProxyType::None;
        config.remaps = Demo::demoRemaps(server);
        http = std::make_unique<Net::HttpClient>(config);
        registry = Sources::SourceRegistry::withBuiltInSources();
        sources = Ui::createSources(registry, *http, &owner);
        for (Sources::Source *source : std::as_const(sources)) {
            Net::SourcePolicy policy = http->sourcePolicy(source->id());
            policy.rate = Net::RateSchedule();
            policy.retry.baseDelayMs = 10;
            http->setSourcePolicy(source->id(), policy);
        }
        return true;
    }

    Sources::Source *source(const QString &id) const
    {
        for (Sources::Source *s : sources) {
            if (s->id() == id)
                return s;
        }
        return nullptr;
    }

    std::unique_ptr<Ui::Settings> openSettings()
    {
        return std::make_unique<Ui::Settings>(
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("carscout.ini")), QSettings::IniFormat));
    }

    // What a search pane needs from this environment: its network client, `settings` and the terms dictionary.
    Ui::SearchPane::Dependencies paneDependencies(Ui::Settings *settings) const
    {
        Ui::SearchPane::Dependencies deps;
        deps.http = http.get();
        deps.settings = settings;
        deps.terms = &registry.terms();
        return deps;
    }

    Demo::ReplayServer server;
    std::unique_ptr<Net::HttpClient> http;
    Sources::SourceRegistry registry;
    QList<Sources::Source *> sources;
    QObject owner;
    QTemporaryDir dir;
};

} // namespace CarScout::Test
