// Cold start of the GUI to the first painted main window: runs `carscout --demo --first-paint-ms` (offscreen,
// throw-away settings, every upstream host remapped to the in-process replay server, so nothing leaves loopback)
// several times as separate processes and prints what each run measured (from the start of main() to the first
// paint event) and the wall time of the whole process. Figures only; nothing is asserted.
//
//   bench_ui_startup [RUNS]

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTextStream>

#include <algorithm>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int runs = 7;
    for (const QString &arg : app.arguments().mid(1)) {
        if (arg.toInt() > 0)
            runs = arg.toInt();
    }
    const QString program = QStringLiteral(CARSCOUT_GUI_BINARY);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    QList<qint64> painted, wall;
    out << "carscout --demo cold start to first paint (offscreen, " << runs << " runs)\n";
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.setProcessEnvironment(env);
        const QStringList args{QStringLiteral("--demo"), QStringLiteral("--first-paint-ms")};
        QElapsedTimer timer;
        timer.start();
        process.start(program, args);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            out << "run " << i + 1 << ": failed (" << process.errorString() << ") "
                << QString::fromLocal8Bit(process.readAllStandardError()) << Qt::endl;
            return 1;
        }
        const qint64 w = timer.elapsed();
        const QString line = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
        const qint64 ms = line.section(u' ', -1).toLongLong();
        painted << ms;
        wall << w;
        out << "run " << i + 1 << ": first paint " << ms << " ms (process wall time " << w << " ms)\n";
    }
    auto median = [](QList<qint64> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    out << "median: first paint " << median(painted) << " ms, process " << median(wall) << " ms; min "
        << *std::min_element(painted.begin(), painted.end()) << " ms, max "
        << *std::max_element(painted.begin(), painted.end()) << " ms" << Qt::endl;
    return 0;
}
