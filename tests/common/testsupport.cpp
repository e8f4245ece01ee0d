#include "tests/common/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace CarScout::Test {

QString sourceDir()
{
    return QStringLiteral(CARSCOUT_SOURCE_DIR);
}

QString samplesDir()
{
    const QString fromEnv = qEnvironmentVariable("CARSCOUT_SAMPLES");
    const QString dir = fromEnv.isEmpty() ? QDir(sourceDir()).absoluteFilePath(u"../shared/samples"_qs) : fromEnv;
    return QDir(dir).exists() ? QDir(dir).canonicalPath() : QString();
}

bool samplesRequired()
{
    const QByteArray value = qgetenv("CARSCOUT_REQUIRE_SAMPLES");
    return !value.isEmpty() && value != "0";
}

QByteArray readFileOrFail(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s: %s", qPrintable(path), qPrintable(f.errorString()));
        return {};
    }
    return f.readAll();
}

} // namespace CarScout::Test
