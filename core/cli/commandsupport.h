#pragma once

// What every carscout-cli command shares: its options parsed and checked, the source named on the command line,
// waiting for a job, and writing the result.

#include "core/cli/clicontext.h"
#include "core/sources/source.h"

#include <QEventLoop>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace CarScout::Sources {
class SourceRegistry;
}

namespace CarScout::Cli {

// "--name VALUE" / "--name=VALUE" options and positional arguments, checked against what a command accepts.
class Arguments
{
public:
    Arguments(const QStringList &arguments, const QStringList &valueOptions, const QStringList &flags);

    QString error() const { return m_error; }
    const QStringList &positional() const { return m_positional; }
    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    QStringList values(const QString &name) const { return m_values.values(name); }   // a repeatable option, newest first

    // An integer option within [min, max]; records an error otherwise.
    std::optional<qint64> integer(const QString &name, qint64 min, qint64 max);
    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
    }

private:
    QMultiHash<QString, QString> m_values;
    QStringList m_positional;
    QString m_error;
};

// The source named `id`, created under `parent`; nullptr after printing the reason (status in `*status`).
Sources::Source *openSource(CliContext &context, const Sources::SourceRegistry &registry, const QString &id,
                            QObject *parent, int *status);

// Prints a job's error; BadInput is a bad argument (exit 2), anything else an upstream failure (exit 3).
int failJob(CliContext &context, const Sources::JobError &error);

// Writes `bytes` to `outputFile` (atomically, QSaveFile) or, when it is empty, to stdout.
int writeResult(CliContext &context, const QString &outputFile, const QByteArray &bytes);

// Runs the event loop until `job` emits `finished`, handing its arguments to `onFinished`.
template<typename Job, typename Signal, typename Handler>
void waitFor(Job *job, Signal finished, Handler onFinished)
{
    QEventLoop loop;
    QObject::connect(job, finished, &loop, [&](const auto &...results) {
        onFinished(results...);
        loop.quit();
    });
    loop.exec();
}

} // namespace CarScout::Cli
