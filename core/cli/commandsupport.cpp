#include "core/cli/commandsupport.h"

#include "core/sources/sourceregistry.h"

#include <QSaveFile>

namespace CarScout::Cli {

using Sources::JobError;

Arguments::Arguments(const QStringList &arguments, const QStringList &valueOptions, const QStringList &flags)
{
    for (qsizetype i = 0; i < arguments.size() && m_error.isEmpty(); ++i) {
        const QString &a = arguments.at(i);
        if (!a.startsWith(u"--")) {
            m_positional << a;
            continue;
        }
        const qsizetype eq = a.indexOf(u'=');
        const QString name = eq > 0 ? a.left(eq) : a;
        if (flags.contains(name)) {
            if (eq > 0)
                m_error = u"%1 takes no value"_qs.arg(name);
            m_values.insert(name, {});
        } else if (valueOptions.contains(name)) {
            if (eq > 0)
                m_values.insert(name, a.mid(eq + 1));
            else if (i + 1 < arguments.size())
                m_values.insert(name, arguments.at(++i));
            else
                m_error = u"%1 needs a value"_qs.arg(name);
        } else {
            m_error = u"unknown option %1"_qs.arg(name);
        }
    }
}

std::optional<qint64> Arguments::integer(const QString &name, qint64 min, qint64 max)
{
    if (!has(name))
        return std::nullopt;
    bool ok = false;
    const qint64 v = value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        if (m_error.isEmpty())
            m_error = u"%1: expected a whole number from %2 to %3, got \"%4\""_qs.arg(name).arg(min).arg(max).arg(value(name));
        return std::nullopt;
    }
    return v;
}

Sources::Source *openSource(CliContext &context, const Sources::SourceRegistry &registry, const QString &id,
                            QObject *parent, int *status)
{
    if (id.isEmpty()) {
        *status = context.fail(BadArguments, u"no SOURCE given (one of: %1)"_qs.arg(registry.ids().join(u", "_qs)));
        return nullptr;
    }
    Sources::Source *source = registry.contains(id) ? registry.create(id, *context.client, parent) : nullptr;
    if (!source)
        *status = context.fail(BadArguments, u"unknown source \"%1\" (one of: %2)"_qs.arg(id, registry.ids().join(u", "_qs)));
    return source;
}

int failJob(CliContext &context, const JobError &error)
{
    const ExitCode code = error.kind == JobError::Kind::BadInput ? BadArguments : UpstreamFailure;
    return context.fail(code, error.message);
}

int writeResult(CliContext &context, const QString &outputFile, const QByteArray &bytes)
{
    if (outputFile.isEmpty()) {
        context.out->flush();
        *context.out << QString::fromUtf8(bytes);
        context.out->flush();
        return Success;
    }
    QSaveFile file(outputFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return context.fail(BadArguments, u"cannot write %1: %2"_qs.arg(outputFile, file.errorString()));
    return Success;
}

} // namespace CarScout::Cli
