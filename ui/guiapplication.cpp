#include "ui/guiapplication.h"

#include "core/common/clock.h"
#include "core/customs/calcus.h"
#include "core/customs/cbrclient.h"
#include "core/demo/demobackends.h"
#include "core/demo/replayserverthread.h"
#include "core/model/listingtablemodel.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/sources/sourceregistry.h"
#include "core/sources/terms.h"
#include "core/store/database.h"
#include "core/store/workspace.h"
#include "ui/appcontext.h"
#include "ui/costservice.h"
#include "ui/customsdialog.h"
#include "ui/democbr.h"
#include "ui/detailpanel.h"
#include "ui/i18n.h"
#include "ui/keychainsecretstore.h"
#include "ui/mainwindow.h"
#include "ui/networksetup.h"
#include "ui/searchpane.h"
#include "ui/settings.h"
#include "ui/sourcesetup.h"
#include "ui/tkscrosscheck.h"

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

} // namespace

int runGui(int argc, char **argv)
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CarScout"));
    QCoreApplication::setApplicationName(QStringLiteral("CarScout"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARSCOUT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("carscout"));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/carscout-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

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

    const bool demoMode = parser.isSet(demo);
    const QString screenshotPath = parser.value(screenshot);
    if (!screenshotPath.isEmpty() && !demoMode) {
        printErr(QStringLiteral("--screenshot needs --demo"));
        return 2;
    }

    // Settings: the user's file, or a throw-away one for screenshots and benchmarks (reproducible layout).
    QTemporaryDir scratch;
    std::unique_ptr<Settings> settings;
    if (parser.isSet(settingsFile))
        settings = std::make_unique<Settings>(std::make_unique<QSettings>(parser.value(settingsFile), QSettings::IniFormat));
    else if (!screenshotPath.isEmpty() || parser.isSet(firstPaint))
        settings = std::make_unique<Settings>(
            std::make_unique<QSettings>(scratch.filePath(QStringLiteral("carscout.ini")), QSettings::IniFormat));
    else
        settings = Settings::openDefault();

    Language lang = settings->language();
    if (parser.isSet(language)) {
        const QString value = parser.value(language);
        lang = value == u"ru" ? Language::Russian : value == u"en" ? Language::English : Language::System;
    }
    installTranslations(app, localeFor(lang));

    const Sources::SourceRegistry registry = Sources::SourceRegistry::withBuiltInSources();
    if (!registry.termsError().isEmpty())
        printErr(registry.termsError());
    const Sources::TermDictionary &terms = registry.terms();

    // The demo's caches (rates, thumbnails, HTTP) are thrown away on exit, never mixed into the user's.
    QTemporaryDir demoCache;
    Net::ClientConfig config;
    config.proxy = proxyConfigFrom(settings->proxy(), QString());
    config.diskCacheDirectory = demoMode ? demoCache.filePath(QStringLiteral("http"))
                                         : QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                               + QStringLiteral("/http");
    if (demoMode)
        config.proxy.type = Net::ProxyType::None;   // everything stays on loopback
    for (const QString &spec : parser.values(remap)) {
        QString host, error;
        QUrl base;
        if (!Net::parseRemap(spec, &host, &base, &error)) {
            printErr(QStringLiteral("--remap %1: %2").arg(spec, error));
            return 2;
        }
        config.remaps.insert(host, base);
    }

    std::unique_ptr<Demo::ReplayServerThread> replay;
    if (demoMode) {
        Demo::registerAllDemoBackends();
        registerDemoCbrBackend();
        auto server = std::make_unique<Demo::ReplayServer>();
        Demo::installDemoBackends(*server);
        server->setLatencyMs(parser.value(latency).toInt());
        replay = std::make_unique<Demo::ReplayServerThread>(std::move(server));
        if (!replay->start()) {
            printErr(QStringLiteral("the demo server could not listen on 127.0.0.1: %1").arg(replay->errorString()));
            return 3;
        }
        const auto remaps = Demo::demoRemaps(*replay->server());
        for (auto it = remaps.cbegin(); it != remaps.cend(); ++it)
            config.remaps.insert(it.key(), it.value());
    }

    Net::HttpClient http(config);
    KeychainSecretStore keychain;
    Customs::MemorySecretStore memorySecrets;
    Customs::SecretStore *secrets = demoMode ? static_cast<Customs::SecretStore *>(&memorySecrets) : &keychain;

    const QList<Sources::Source *> sources = createSources(registry, http, &app);
    for (Sources::Source *source : sources) {
        if (settings->hasSourceNetwork(source->id()))
            http.setSourcePolicy(source->id(), applyNetworkSettings(http.sourcePolicy(source->id()),
                                                                    settings->sourceNetwork(source->id())));
    }
    for (const QString &service : {u"photos"_qs, u"cbr"_qs, u"tks"_qs, u"calcus"_qs}) {
        if (settings->hasSourceNetwork(service))
            http.setSourcePolicy(service, applyNetworkSettings(http.sourcePolicy(service), settings->sourceNetwork(service)));
    }

    // The proxy password comes from the keychain when it answers; requests before that go without it.
    const ProxySettings proxy = settings->proxy();
    if (!demoMode && (proxy.type == ProxyType::Http || proxy.type == ProxyType::Socks5) && !proxy.user.isEmpty()) {
        QPointer<Net::HttpClient> client(&http);
        secrets->read(SecretKeys::proxyPassword(), [client, proxy](std::optional<QString> password, QString error) {
            if (!client)
                return;
            if (!error.isEmpty())
                printErr(QStringLiteral("the proxy password could not be read from the keychain: %1").arg(error));
            Net::ClientConfig c = client->config();
            c.proxy = proxyConfigFrom(proxy, password.value_or(QString()));
            client->setConfig(c);
        });
    }

    CostService costs(settings.get());
    // The demo's rates never go into the user's rates cache.
    Customs::CbrClient cbr(&http, demoMode ? demoCache.path() : QString());
    QDate ratesDate;
    auto loadRates = [&] {
        const QDate date = settings->customs().effectiveDeclarationDate(QDate::currentDate());
        if (date == ratesDate)
            return;
        ratesDate = date;
        cbr.fetch(date, [&costs](const Customs::RatesReply &reply) {
            if (reply.table)
                costs.setRates(*reply.table);
            else
                costs.setRatesError(reply.error);
        });
    };
    loadRates();

    // The calculator's online cross-check: calcus.ru (no CAPTCHA). Not in demo mode: nothing may leave loopback.
    if (!demoMode) {
        CustomsDialog::setCrossCheck([&http](const Customs::Input &input, const Customs::RateTable &, QObject *context,
                                             std::function<void(const Customs::Result &, const QString &)> done) {
            auto *client = new Customs::CalcusClient(&http, context);
            client->calculate(input, [client, done](const Customs::CalcusResult &r, const QString &networkError) {
                client->deleteLater();
                Customs::Result result;
                if (!networkError.isEmpty() || !r.ok) {
                    result.error = networkError.isEmpty() ? r.error : networkError;
                    done(result, QStringLiteral("calcus.ru"));
                    return;
                }
                auto amount = [](const std::optional<qint64> &k) {
                    return k ? Customs::Amount::of(*k) : Customs::Amount::notComputable(QCoreApplication::translate("GuiApplication", "not reported by calcus.ru"));
                };
                result.ok = true;
                result.route = r.vat.value_or(0) > 0 ? Customs::Route::Stp : Customs::Route::Ets;
                result.duty = amount(r.duty);
                result.excise = amount(r.excise);
                result.vat = amount(r.vat);
                result.clearanceFee = amount(r.clearanceFee);
                result.utilizationFee = amount(r.utilizationFee);
                result.total = Customs::Amount::notComputable(QCoreApplication::translate("GuiApplication", "calcus.ru does not document what its total sums"));
                result.totalWithoutUtilization = result.total;
                done(result, QStringLiteral("calcus.ru"));
            });
        });
    }

    // tks.ru: tokens from the solver service (pool idle until a calculator switches the cross-check on), the
    // browser for manual tokens, and never in demo mode (no stand-in for tks.ru).
    SystemClock clock;
    TksCrossCheckService::Options tksOptions;
    tksOptions.demoMode = demoMode;
    TksCrossCheckService tks(&http, secrets, &clock, tksOptions);
    tks.configure(settings->tokens());
    CustomsDialog::setTksCrossCheck(&tks);

    // The workspace: the URL of the settings, else the SQLite file shared with carscout-cli (demo: a throw-away
    // one). Without it the app works as before, only without the watchlist.
    std::unique_ptr<Store::Database> workspaceDb;
    std::unique_ptr<Store::Workspace> workspace;
    {
        QString error;
        std::optional<Store::DatabaseUrl> url = Store::defaultDatabaseUrl();
        if (demoMode)
            url->path = demoCache.filePath(QStringLiteral("carscout.sqlite"));
        else if (!settings->value(Keys::workspaceUrl).isEmpty())
            url = Store::parseDatabaseUrl(settings->value(Keys::workspaceUrl), &error);
        if (url)
            workspaceDb = Store::Database::open(*url, &error);
        if (workspaceDb)
            workspace = std::make_unique<Store::Workspace>(*workspaceDb);
        else
            qWarning("%s", qPrintable(error));
    }

    AppContext context;
    context.workspace = workspace.get();
    context.userName = qEnvironmentVariable("USER", QStringLiteral("dealer"));
    context.settings = settings.get();
    context.http = &http;
    context.costs = &costs;
    context.secrets = secrets;
    context.terms = &terms;
    context.sources = sources;
    context.thumbnailCacheDir = demoMode ? demoCache.filePath(QStringLiteral("thumbnails"))
                                         : QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                               + QStringLiteral("/thumbnails");

    MainWindow window(context);
    QObject::connect(&window, &MainWindow::settingsApplied, &window, [&] {
        loadRates();   // a new declaration date needs the rates of that date
        tks.configure(settings->tokens());
        Net::ClientConfig c = http.config();
        if (!demoMode)
            c.proxy = proxyConfigFrom(settings->proxy(), QString());
        http.setConfig(c);
        for (Sources::Source *source : sources) {
            if (settings->hasSourceNetwork(source->id()))
                http.setSourcePolicy(source->id(), applyNetworkSettings(http.sourcePolicy(source->id()),
                                                                        settings->sourceNetwork(source->id())));
        }
        const ProxySettings p = settings->proxy();
        if (!demoMode && (p.type == ProxyType::Http || p.type == ProxyType::Socks5)) {
            QPointer<Net::HttpClient> client(&http);
            secrets->read(SecretKeys::proxyPassword(), [client, p](std::optional<QString> password, QString) {
                if (!client)
                    return;
                Net::ClientConfig c2 = client->config();
                c2.proxy = proxyConfigFrom(p, password.value_or(QString()));
                client->setConfig(c2);
            });
        }
    });

    if (parser.isSet(firstPaint)) {
        QObject::connect(&window, &MainWindow::firstPainted, &app, [&startup] {
            QTextStream(stdout) << "first-paint-ms " << startup.elapsed() << Qt::endl;
            QCoreApplication::exit(0);
        });
    }
    if (!screenshotPath.isEmpty())
        window.resize(1600, 900);
    window.show();

    if (demoMode && !parser.isSet(firstPaint)) {
        if (!screenshotPath.isEmpty())
            scheduleScreenshot(&window, screenshotPath);
        QTimer::singleShot(0, &window, [&window] {
            if (SearchPane *pane = window.currentPane())
                pane->startSearch();
        });
    }

    const int status = app.exec();
    CustomsDialog::setTksCrossCheck(nullptr);
    tks.configure({});   // stops the token pool before the network goes
    http.cancelAll();
    return status;
}

} // namespace CarScout::Ui
