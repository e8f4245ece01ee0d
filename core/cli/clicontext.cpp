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
    if (!err)
        return code;
    // One "carscout-cli: …" line per line of the reason, each ending in a newline (no blank or unterminated ones).
    const QStringList lines = reason.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines.isEmpty() ? QStringList{u"failed"_qs} : lines) {
        const QString text = line.trimmed();
        if (!text.isEmpty())
            *err << "carscout-cli: " << text << '\n';
    }
    err->flush();
    return code;
}

} // namespace CarScout::Cli
