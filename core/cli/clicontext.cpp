#include "core/cli/clicontext.h"

namespace CarScout::Cli {

void CliContext::progress(const QString &line) const
{
    if (quiet || !err)
        return;
    *err << line << Qt::endl;
}

int CliContext::fail(ExitCode code, const QString &reason) const
{
    if (err)
        *err << "carscout-cli: " << reason << Qt::endl;
    return code;
}

} // namespace CarScout::Cli
