#pragma once

#include <QByteArray>
#include <QString>

namespace CarScout::Test {

// ../shared/samples beside the project's root, or $CARSCOUT_SAMPLES; empty when absent.
QString samplesDir();

// True when absent samples must fail the sample-based tests instead of skipping them: CI sets
// CARSCOUT_REQUIRE_SAMPLES (tools/setup.sh does when CI=true), so a lost samples folder cannot pass unnoticed.
bool samplesRequired();

// Skips the calling test — or, when samplesRequired(), fails it — because ../shared/samples is absent.
#define CARSCOUT_SAMPLES_ABSENT()                                                              \
    do {                                                                                       \
        if (CarScout::Test::samplesRequired())                                                 \
            QFAIL("../shared/samples is absent and CARSCOUT_REQUIRE_SAMPLES is set (CI)");     \
        QSKIP("../shared/samples is absent (plain clone): real-capture tests skipped");        \
    } while (false)

// The bytes of samples/<relativePath>; skips (or fails, see CARSCOUT_SAMPLES_ABSENT) the calling test when the
// samples are absent.
#define CARSCOUT_READ_SAMPLE(var, relativePath)                                              \
    QByteArray var;                                                                          \
    do {                                                                                     \
        const QString dir_ = CarScout::Test::samplesDir();                                   \
        if (dir_.isEmpty())                                                                  \
            CARSCOUT_SAMPLES_ABSENT();                                                       \
        var = CarScout::Test::readFileOrFail(dir_ + u'/' + QStringLiteral(relativePath));    \
    } while (false)

// Reads a file; on failure reports the path with qFatal-free QFAIL semantics (returns empty, logs).
QByteArray readFileOrFail(const QString &path);

// The project's source root (for resources/ and tools/ in tests).
QString sourceDir();

} // namespace CarScout::Test
