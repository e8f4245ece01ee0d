#pragma once

#include <QByteArray>
#include <QString>

namespace CarScout::Test {

// ../shared/samples beside the project's root, or $CARSCOUT_SAMPLES; empty when absent.
QString samplesDir();

// The bytes of samples/<relativePath>; QSKIPs the calling test (with the reason) when the samples are absent.
#define CARSCOUT_READ_SAMPLE(var, relativePath)                                              \
    QByteArray var;                                                                          \
    do {                                                                                     \
        const QString dir_ = CarScout::Test::samplesDir();                                   \
        if (dir_.isEmpty())                                                                  \
            QSKIP("../shared/samples is absent (plain clone): real-capture tests skipped");  \
        var = CarScout::Test::readFileOrFail(dir_ + u'/' + QStringLiteral(relativePath));    \
    } while (false)

// Reads a file; on failure reports the path with qFatal-free QFAIL semantics (returns empty, logs).
QByteArray readFileOrFail(const QString &path);

// The project's source root (for resources/ and tools/ in tests).
QString sourceDir();

} // namespace CarScout::Test
