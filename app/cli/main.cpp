#include "core/cli/commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

// `quote` may write a PDF, which needs Qt Gui (fonts, QPdfWriter): it runs under a QGuiApplication on the
// offscreen platform unless one is chosen; every other command stays a plain QCoreApplication.
static bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "quote") == 0)
            return true;
    }
    return false;
}

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("CarScout"));
    QCoreApplication::setApplicationName(QStringLiteral("carscout-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARSCOUT_VERSION));
    return CarScout::Cli::run(QCoreApplication::arguments());
}
