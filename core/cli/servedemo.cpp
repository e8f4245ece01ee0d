#include "core/cli/commands.h"

#include "core/demo/demobackends.h"
#include "core/demo/replayserver.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace CarScout::Cli {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
}

bool parsePositive(const QString &text, int max, int *value)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0 || n > max)
        return false;
    *value = n;
    return true;
}

} // namespace

int runServeDemo(CliContext &context, const QStringList &arguments)
{
    int port = 0;
    int latencyMs = 0;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString name = argument;
        QString value;
        if (const qsizetype eq = argument.indexOf(u'='); argument.startsWith(u"--") && eq > 0) {
            name = argument.left(eq);
            value = argument.mid(eq + 1);
        } else if ((argument == u"--port" || argument == u"--latency-ms")) {
            if (i + 1 >= arguments.size())
                return context.fail(BadArguments, u"serve-demo: %1 needs a value"_qs.arg(argument));
            value = arguments.at(++i);
        }
        if (name == u"--port") {
            if (!parsePositive(value, 65535, &port))
                return context.fail(BadArguments, u"serve-demo: --port \"%1\" is not a port number"_qs.arg(value));
        } else if (name == u"--latency-ms") {
            if (!parsePositive(value, 600000, &latencyMs))
                return context.fail(BadArguments,
                                    u"serve-demo: --latency-ms \"%1\" is not a number of milliseconds"_qs.arg(value));
        } else {
            return context.fail(BadArguments, u"serve-demo: unknown argument %1"_qs.arg(argument));
        }
    }

    Demo::registerAllDemoBackends();
    Demo::ReplayServer server;
    Demo::installDemoBackends(server);
    server.setLatencyMs(latencyMs);
    if (!server.listen(quint16(port)))
        return context.fail(UpstreamFailure, u"serve-demo: cannot listen on 127.0.0.1:%1: %2"_qs.arg(port).arg(server.errorString()));

    // First line machine-readable; then the remaps a client needs.
    *context.out << "listening 127.0.0.1:" << server.port() << '\n';
    for (const QString &line : Demo::demoRemapArguments(server))
        *context.out << line << '\n';
    *context.out << "stats http://127.0.0.1:" << server.port() << Demo::ReplayServer::statsPath << Qt::endl;
    context.progress(u"serve-demo: latency %1 ms; stop with Ctrl-C or SIGTERM"_qs.arg(latencyMs));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return context.fail(UpstreamFailure, u"serve-demo: socketpair failed"_qs);
    QSocketNotifier notifier(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);

    QCoreApplication::exec();

    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    const Demo::ReplayStats stats = server.stats();
    *context.err << "serve-demo: served " << stats.requestsServed << " requests over " << stats.connectionsAccepted
                 << " connections" << Qt::endl;
    return Success;
}

} // namespace CarScout::Cli
