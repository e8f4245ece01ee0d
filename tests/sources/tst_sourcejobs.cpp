// The plumbing the marketplace jobs share (core/sources/sourcejobs.h): the canceled and network errors, and
// parsing off the calling thread with delivery back on it.

#include "core/sources/sourcejobs.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace CarScout;
using namespace CarScout::Sources;

class TestSourceJobs : public QObject
{
    Q_OBJECT

private slots:
    void canceledError()
    {
        const JobError e = Sources::canceledError();
        QCOMPARE(e.kind, JobError::Kind::Canceled);
        QCOMPARE(e.message, u"canceled"_qs);
        QCOMPARE(e.netError, Net::ErrorKind::Canceled);
    }

    void networkError_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorMessage");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, Net::ErrorKind error, int status, const QString &errorMessage,
                            JobError::Kind kind, const QString &message) {
            QTest::newRow(name) << int(error) << status << errorMessage << int(kind) << message;
        };
        row("404 is NotFound", Net::ErrorKind::HttpStatus, 404, u"not found"_qs, JobError::Kind::NotFound,
            u"Encar vehicle 1: not found (HTTP 404)"_qs);
        row("status already in the reason", Net::ErrorKind::HttpStatus, 503, u"HTTP 503 Service Unavailable"_qs,
            JobError::Kind::Network, u"Encar vehicle 1: HTTP 503 Service Unavailable"_qs);
        row("no reason: the kind's name", Net::ErrorKind::Timeout, 0, QString(), JobError::Kind::Network,
            u"Encar vehicle 1: "_qs + Net::errorKindName(Net::ErrorKind::Timeout));
        row("canceled request", Net::ErrorKind::Canceled, 0, u"whatever"_qs, JobError::Kind::Canceled, u"canceled"_qs);
    }

    void networkError()
    {
        QFETCH(int, error);
        QFETCH(int, status);
        QFETCH(QString, errorMessage);
        QFETCH(int, kind);
        QFETCH(QString, message);
        Net::HttpResponse response;
        response.error = Net::ErrorKind(error);
        response.status = status;
        response.errorMessage = errorMessage;
        const JobError e = Sources::networkError(u"Encar vehicle 1"_qs, response);
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.message, message);
        QCOMPARE(e.netError, Net::ErrorKind(error));
    }

    void runOffThreadDeliversOnTheContextThread()
    {
        QObject context;
        Qt::HANDLE workThread = nullptr;
        Qt::HANDLE doneThread = nullptr;
        int result = 0;
        runOffThread(&context, [&workThread] {
            workThread = QThread::currentThreadId();
            return 42;
        }, [&](int r) {
            doneThread = QThread::currentThreadId();
            result = r;
        });
        QTRY_COMPARE(result, 42);
        QVERIFY(workThread != QThread::currentThreadId());
        QCOMPARE(doneThread, QThread::currentThreadId());
        QTRY_VERIFY(context.children().isEmpty());   // the watcher goes once it has delivered
    }

    void runOffThreadDeliversNothingOnceTheContextIsGone()
    {
        std::atomic<bool> release = false;
        std::atomic<bool> ran = false;
        bool delivered = false;
        {
            QObject context;
            runOffThread(&context, [&release, &ran] {
                while (!release)
                    QThread::msleep(1);
                ran = true;
                return 1;
            }, [&delivered](int) { delivered = true; });
        }
        release = true;
        QTRY_VERIFY(ran);
        QTest::qWait(20);   // give a (wrong) delivery the chance to arrive
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestSourceJobs)
#include "tst_sourcejobs.moc"
