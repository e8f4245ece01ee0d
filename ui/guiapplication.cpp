#include "ui/guiapplication.h"

#include "core/common/clock.h"
#include "core/customs/cbrclient.h"
#include "core/demo/demobackends.h"
#include "core/demo/replayserverthread.h"
#include "core/model/listingtablemodel.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/net/networksettings.h"
#include "core/services/crosscheckservice.h"
#include "core/services/democbr.h"
#include "core/services/photoservice.h"
#include "core/sources/sourceregistry.h"
#include "core/sources/terms.h"
#include "core/store/databaseurl.h"
#include "core/store/storeworker.h"
#include "core/specs/dealerspecsrepository.h"
#include "core/specs/specsengine.h"
#include "ui/appcontext.h"
#include "ui/costservice.h"
#include "ui/detailpanel.h"
#include "ui/i18n.h"
#include "ui/keychainsecretstore.h"
#include "ui/mainwindow.h"
#include "ui/marketplacesettings.h"
#include "ui/networkapply.h"
#include "ui/networksetup.h"
#include "ui/searchpane.h"
#include "ui/settings.h"
#include "ui/sourcesetup.h"

#include <memory>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QPointer>
#include <QTableView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace CarScout::Ui {

namespace {

void printErr(const QString &line)
{
    QTextStream(stderr) << "carscout: " << line << Qt::endl;
}

// --screenshot: when the demo search has finished, select the first row, wait for its detail and first photo
// (at most a few seconds), grab the window, write the PNG and exit.
void scheduleScreenshot(MainWindow *window, const QString &path)
{
    auto taken = std::make_shared<bool>(false);
    auto shoot = [window, path, taken] {
        if (*taken)
            return;
        *taken = true;
        window->repaint();
        const QPixmap shot = window->grab();
        const bool ok = shot.save(path, "PNG");
        if (!ok) {
            printErr(QCoreApplication::translate("GuiApplication", "could not write the screenshot to %1").arg(path));
            QCoreApplication::exit(1);
            return;
        }
        QTextStream(stdout) << path << Qt::endl;
        // The shot is for visual checks of a populated window: say so when the demo search brought nothing.
        SearchPane *current = window->currentPane();
        if (!current || current->view()->model()->rowCount() == 0) {
            printErr(QStringLiteral("the demo search shows no listings"));
            QCoreApplication::exit(4);
            return;
        }
        QCoreApplication::exit(0);
    };
    QTimer::singleShot(30000, window, shoot);   // whatever happens, the program ends
    SearchPane *pane = window->currentPane();
    if (!pane)
        return;
    auto state = std::make_shared<int>(0);   // bit 1: detail loaded, bit 2: photo shown
    auto progress = [state, shoot](int bit) {
        *state |= bit;
        if (*state == 3)
            QTimer::singleShot(200, shoot);
    };
    QObject::connect(window->detailPanel(), &DetailPanel::detailLoaded, window, [progress] { progress(1); });
    QObject::connect(window->detailPanel(), &DetailPanel::photoShown, window, [progress] { progress(2); });
    QObject::connect(pane, &SearchPane::searchFinished, window, [window, pane, shoot] {
        if (pane->view()->model()->rowCount() == 0) {
            shoot();
            return;
        }
        pane->selectRow(0);
        QTimer::singleShot(8000, window, shoot);
    });
}


// The command line of `carscout`.
struct GuiOptions
{
    bool demo = false;
    QString screenshotPath;
    QStringList remaps;
    QString language;              // "en", "ru" or empty (settings, then the system)
    QString settingsFile;
    bool firstPaint = false;
    int demoLatencyMs = 0;
};

// Parses the command line (--help and --version exit here); nullopt after printing why it is wrong.
std::optional<GuiOptions> parseArguments(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CarScout: used cars from Korea and China, with Russian customs estimates"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Run on synthetic data served by a local replay server."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("With --demo: write the main window with a search and a selected listing to FILE (PNG) and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption remap(QStringLiteral("remap"), QStringLiteral("Send requests for HOST to URL instead (repeatable)."),
                                   QStringLiteral("HOST=URL"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Interface language: en or ru (default: settings, then the system)."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption settingsFile(QStringLiteral("settings"), QStringLiteral("Use this INI file for the settings."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption firstPaint(QStringLiteral("first-paint-ms"),
                                        QStringLiteral("Print the time from start to the first painted window in ms, then exit."));
    const QCommandLineOption latency(QStringLiteral("demo-latency-ms"), QStringLiteral("With --demo: added latency per response."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    parser.addOptions({demo, screenshot, remap, language, settingsFile, firstPaint, latency});
    parser.process(app);

    GuiOptions o;
    o.demo = parser.isSet(demo);
    o.screenshotPath = parser.value(screenshot);
    o.remaps = parser.values(remap);
    o.language = parser.value(language);
    o.settingsFile = parser.isSet(settingsFile) ? parser.value(settingsFile) : QString();
    o.firstPaint = parser.isSet(firstPaint);
    o.demoLatencyMs = parser.value(latency).toInt();
    if (!o.screenshotPath.isEmpty() && !o.demo) {
        printErr(QStringLiteral("--screenshot needs --demo"));
        return std::nullopt;
    }
    return o;
}

void setUpApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CarScout"));
    QCoreApplication::setApplicationName(QStringLiteral("CarScout"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARSCOUT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("carscout"));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/carscout-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
}

// The user's settings file, or a throw-away one for screenshots and benchmarks (reproducible layout).
std::unique_ptr<Settings> openSettings(const GuiOptions &o, const QTemporaryDir &scratch)
{
    if (!o.settingsFile.isEmpty())
        return std::make_unique<Settings>(std::make_unique<QSettings>(o.settingsFile, QSettings::IniFormat));
    if (!o.screenshotPath.isEmpty() || o.firstPaint)
        return std::make_unique<Settings>(
            std::make_unique<QSettings>(scratch.filePath(QStringLiteral("carscout.ini")), QSettings::IniFormat));
    return Settings::openDefault();
}

Language languageFor(const GuiOptions &o, const Settings &settings)
{
    if (o.language == u"ru")
        return Language::Russian;
    if (o.language == u"en")
        return Language::English;
    return o.language.isEmpty() ? settings.language() : Language::System;
}

// The client's config: remaps, the HTTP cache (the demo's in its throw-away directory) and the proxy without
// its password (NetworkSettingsApplier adds that). nullopt after printing a bad --remap.
std::optional<Net::ClientConfig> clientConfigFrom(const GuiOptions &o, const Settings &settings, const QString &cacheRoot)
{
    Net::ClientConfig config;
    if (!o.demo)
        config.proxy = proxyConfigFrom(settings.proxy(), QString());   // the demo stays on loopback
    config.diskCacheDirectory = cacheRoot + QStringLiteral("/http");
    for (const QString &spec : o.remaps) {
        QString host, error;
        QUrl base;
        if (!Net::parseRemap(spec, &host, &base, &error)) {
            printErr(QStringLiteral("--remap %1: %2").arg(spec, error));
            return std::nullopt;
        }
        config.remaps.insert(host, base);
    }
    return config;
}

// The demo's loopback replay server with every demo backend (and the CBR stand-in); its hosts are remapped.
std::unique_ptr<Demo::ReplayServerThread> startDemo(const GuiOptions &o, Net::ClientConfig *config)
{
    Demo::registerAllDemoBackends();
    Services::registerDemoCbrBackend();
    auto server = std::make_unique<Demo::ReplayServer>();
    Demo::installDemoBackends(*server);
    server->setLatencyMs(o.demoLatencyMs);
    auto replay = std::make_unique<Demo::ReplayServerThread>(std::move(server));
    if (!replay->start()) {
        printErr(QStringLiteral("the demo server could not listen on 127.0.0.1: %1").arg(replay->errorString()));
        return nullptr;
    }
    const auto remaps = Demo::demoRemaps(*replay->server());
    for (auto it = remaps.cbegin(); it != remaps.cend(); ++it)
        config->remaps.insert(it.key(), it.value());
    return replay;
}

Services::TksTokenSource tksTokensFrom(const TokenSettings &tokens)
{
    Services::TksTokenSource t;
    t.mode = tokens.mode == TokenMode::Solver   ? Services::TksTokenSource::Mode::Solver
             : tokens.mode == TokenMode::Manual ? Services::TksTokenSource::Mode::Manual
                                                : Services::TksTokenSource::Mode::Off;
    t.solverEndpoint = tokens.solverEndpoint;
    t.solverKeyName = SecretKeys::solverKey();
    return t;
}

// The CBR rates of the settings' declaration date into the cost service, fetched again only when that date
// changes.
class RatesLoader
{
public:
    RatesLoader(Customs::CbrClient *cbr, CostService *costs) : m_cbr(cbr), m_costs(costs) {}
    void load()
    {
        const QDate date = m_costs->context().declarationDate;
        if (date == m_date)
            return;
        m_date = date;
        CostService *costs = m_costs;
        m_cbr->fetch(date, [costs](const Customs::RatesReply &reply) {
            if (reply.table)
                costs->setRates(*reply.table);
            else
                costs->setRatesError(reply.error);
        });
    }

private:
    Customs::CbrClient *m_cbr;
    CostService *m_costs;
    QDate m_date;
};

void scheduleDemoStart(MainWindow *window, const GuiOptions &o)
{
    if (!o.demo || o.firstPaint)
        return;
    if (!o.screenshotPath.isEmpty())
        scheduleScreenshot(window, o.screenshotPath);
    QTimer::singleShot(0, window, [window] {
        if (SearchPane *pane = window->currentPane())
            pane->startSearch();
    });
}

} // namespace

int runGui(int argc, char **argv)
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    setUpApplication();
    const std::optional<GuiOptions> options = parseArguments(app);
    if (!options)
        return 2;
    const GuiOptions &o = *options;

    QTemporaryDir scratch;
    const std::unique_ptr<Settings> settings = openSettings(o, scratch);
    installTranslations(app, localeFor(languageFor(o, *settings)));

    const Sources::SourceRegistry registry = Sources::SourceRegistry::withBuiltInSources();
    if (!registry.termsError().isEmpty())
        printErr(registry.termsError());

    // The demo's caches (rates, thumbnails, HTTP) are thrown away on exit, never mixed into the user's.
    QTemporaryDir demoCache;
    const QString cacheRoot = o.demo ? demoCache.path() : QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    std::optional<Net::ClientConfig> config = clientConfigFrom(o, *settings, cacheRoot);
    if (!config)
        return 2;
    std::unique_ptr<Demo::ReplayServerThread> replay;
    if (o.demo && !(replay = startDemo(o, &*config)))
        return 3;

    Net::HttpClient http(*config);
    KeychainSecretStore keychain;
    Customs::MemorySecretStore memorySecrets;
    Customs::SecretStore *secrets = o.demo ? static_cast<Customs::SecretStore *>(&memorySecrets) : &keychain;
    const QList<Sources::Source *> sources = createSources(registry, http, &app);
    applyMarketplaceSettings(sources, *settings);   // e.g. a signing salt from this settings file

    QStringList policyIds = Net::networkServiceSources();
    for (const Sources::Source *source : sources)
        policyIds.prepend(source->id());
    NetworkSettingsApplier network(&http, settings.get(), secrets, policyIds, o.demo);
    network.apply();

    CostService costs(settings.get());
    costs.setVehicleKinds(sources);
    // The workspace: the URL of the settings, else the SQLite file shared with carscout-cli (demo: a throw-away
    // one). Without it the app works as before, only without the watchlist.
    std::optional<Store::DatabaseUrl> workspaceUrl = Store::defaultDatabaseUrl();
    {
        QString error;
        if (o.demo)
            workspaceUrl->path = demoCache.filePath(QStringLiteral("carscout.sqlite"));
        else if (!settings->value(Keys::workspaceUrl).isEmpty())
            workspaceUrl = Store::parseDatabaseUrl(settings->value(Keys::workspaceUrl), &error);
        if (workspaceUrl && workspaceUrl->kind == Store::DatabaseUrl::Kind::Postgres && workspaceUrl->password.isEmpty())
            workspaceUrl->password = readSecretNow(*secrets, SecretKeys::workspacePassword());   // never in the file
        if (!workspaceUrl)
            qWarning("%s", qPrintable(error));
    }

    // Displacement and power from the specs catalog and the dealer's remembered values (core/specs), for every
    // cost the GUI shows; the remembered values are a table of the workspace database.
    Specs::DealerSpecsRepository dealerSpecs(workspaceUrl ? *workspaceUrl : Store::defaultDatabaseUrl());
    QString specsError;
    if (!dealerSpecs.open(&specsError))
        qWarning("remembered specs: %s", qPrintable(specsError));
    const auto applySpecs = [&costs, &dealerSpecs] {
        auto resolver = std::make_shared<Specs::SpecsResolver>();
        QString error;
        if (dealerSpecs.isOpen())
            resolver->setDealerSpecs(dealerSpecs.load(&error));
        Services::CostContext c = costs.context();
        c.engine = Specs::specsEngineResolver(std::move(resolver));
        costs.setContext(c);
    };
    applySpecs();
    Customs::CbrClient cbr(&http, o.demo ? demoCache.path() : QString());   // demo rates never reach the user's cache
    RatesLoader rates(&cbr, &costs);
    rates.load();

    // calcus.ru and tks.ru beside the offline result; both off in demo mode (nothing may leave loopback).
    SystemClock clock;
    Services::CrossCheckService::Options crossOptions;
    crossOptions.demoMode = o.demo;
    Services::CrossCheckService crossChecks(&http, secrets, &clock, crossOptions);
    crossChecks.configureTokens(tksTokensFrom(settings->tokens()));

    Services::PhotoService photos(&http, &clock);   // thumbnails and the gallery

    // Its queries run on the store's own thread (StoreWorker): a slow PostgreSQL never freezes the window.
    std::unique_ptr<Store::StoreWorker> workspace;
    if (workspaceUrl) {
        workspace = std::make_unique<Store::StoreWorker>(*workspaceUrl);
        QObject::connect(workspace.get(), &Store::StoreWorker::opened, [](const QString &error) {
            if (!error.isEmpty())
                qWarning("%s", qPrintable(error));
        });
    }

    AppContext context;
    context.workspace = workspace.get();
    context.userName = qEnvironmentVariable("USER", QStringLiteral("dealer"));
    context.settings = settings.get();
    context.http = &http;
    context.costs = &costs;
    context.crossChecks = &crossChecks;
    context.photos = &photos;
    context.secrets = secrets;
    context.terms = &registry.terms();
    context.sources = sources;
    context.thumbnailCacheDir = cacheRoot + QStringLiteral("/thumbnails");
    context.dealerSpecs = dealerSpecs.isOpen() ? &dealerSpecs : nullptr;
    context.specsChanged = applySpecs;

    MainWindow window(context);
    QObject::connect(&window, &MainWindow::settingsApplied, &window, [&] {
        rates.load();   // a new declaration date needs the rates of that date
        crossChecks.configureTokens(tksTokensFrom(settings->tokens()));
        network.apply();
        applyMarketplaceSettings(sources, *settings);
    });

    if (o.firstPaint) {
        QObject::connect(&window, &MainWindow::firstPainted, &app, [&startup] {
            QTextStream(stdout) << "first-paint-ms " << startup.elapsed() << Qt::endl;
            QCoreApplication::exit(0);
        });
    }
    if (!o.screenshotPath.isEmpty())
        window.resize(1600, 900);
    window.show();
    scheduleDemoStart(&window, o);

    const int status = app.exec();
    crossChecks.configureTokens({});   // stops the token pool before the network goes
    http.cancelAll();
    return status;
}

} // namespace CarScout::Ui
