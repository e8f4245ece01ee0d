// The driver of a fuzz target outside a libFuzzer build (GCC, the sanitizer build): runs the target once on
// every file given, or on every file of every directory given, so the kept crashing inputs (regressions/) run
// in the ordinary test suite. A missing path is an error: a regression test that finds nothing must fail.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool runFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    std::fprintf(stderr, "running %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(data.size()));
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                if (!runFile(it.next()))
                    return 1;
                ++files;
            }
        } else if (info.isFile()) {
            if (!runFile(path))
                return 1;
            ++files;
        } else {
            std::fprintf(stderr, "no such file or directory: %s\n", qPrintable(path));
            return 1;
        }
    }
    if (files == 0) {
        std::fprintf(stderr, "usage: %s FILE_OR_DIR...  (no input files found)\n", argv[0]);
        return 1;
    }
    std::fprintf(stderr, "%d input(s) ran without a crash\n", files);
    return 0;
}
