#include "core/cli/commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CarScout"));
    QCoreApplication::setApplicationName(QStringLiteral("carscout-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARSCOUT_VERSION));
    return CarScout::Cli::run(QCoreApplication::arguments());
}
