// Keep-alive through the one QNetworkAccessManager: sequential requests share one TCP connection; parallel ones
// use at most Qt's 6 per host.

#include "core/demo/demobackends.h"
#include "core/demo/replayserver.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/net/netstats.h"
#include "core/net/sourcepolicy.h"

#include <QSignalSpy>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Net;

class TstConnectionReuse : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sequentialRequestsShareOneConnection();
    void parallelRequestsUseAtMostSix();

private:
    HttpRequest item(int id) const;

    Demo::ReplayServer *m_server = nullptr;
    HttpClient *m_client = nullptr;
};

void TstConnectionReuse::init()
{
    m_server = new Demo::ReplayServer(this);
    Demo::installBenchBackend(*m_server);
    QVERIFY(m_server->listen());
    ClientConfig config;
    config.remaps.insert(QString::fromLatin1(Demo::benchHost), QUrl(m_server->baseUrlFor(QString::fromLatin1(Demo::benchHost))));
    m_client = new HttpClient(config, this);
    SourcePolicy policy;
    policy.rate = RateSchedule{0, 0, 0, 0, 0, 12};   // let the client hand all 12 to Qt at once
    m_client->setSourcePolicy(u"bench"_qs, policy);
}

void TstConnectionReuse::cleanup()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(m_client->stats().activeCalls, 0);
    delete m_client;
    delete m_server;
}

HttpRequest TstConnectionReuse::item(int id) const
{
    HttpRequest r;
    r.url = QUrl(u"http://bench.local/item?id=%1"_qs.arg(id));
    r.source = u"bench"_qs;
    r.expectJson = true;
    return r;
}

void TstConnectionReuse::sequentialRequestsShareOneConnection()
{
    const int n = 25;
    for (int i = 0; i < n; ++i) {
        QSignalSpy spy(m_client->send(item(i)), &HttpCall::finished);
        QVERIFY(spy.wait(5000));
        const HttpResponse r = spy.at(0).at(0).value<HttpResponse>();
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QVERIFY(r.body.contains(QByteArray("\"id\":" + QByteArray::number(i))));
    }
    QCOMPARE(m_server->stats().requestsServed, n);
    QCOMPARE(m_server->stats().connectionsAccepted, 1);
}

void TstConnectionReuse::parallelRequestsUseAtMostSix()
{
    m_server->setLatencyMs(30);   // keeps the 12 requests overlapping
    QList<QSignalSpy *> spies;
    for (int i = 0; i < 12; ++i)
        spies.append(new QSignalSpy(m_client->send(item(i)), &HttpCall::finished));
    for (QSignalSpy *spy : std::as_const(spies)) {
        QVERIFY(spy->count() == 1 || spy->wait(5000));
        QVERIFY(spy->at(0).at(0).value<HttpResponse>().ok());
    }
    qDeleteAll(spies);
    QCOMPARE(m_server->stats().requestsServed, 12);
    const qint64 connections = m_server->stats().connectionsAccepted;
    QVERIFY2(connections >= 2 && connections <= 6, qPrintable(QString::number(connections)));

    // A second wave reuses the pooled connections: no new ones.
    QList<QSignalSpy *> again;
    for (int i = 0; i < 12; ++i)
        again.append(new QSignalSpy(m_client->send(item(100 + i)), &HttpCall::finished));
    for (QSignalSpy *spy : std::as_const(again))
        QVERIFY(spy->count() == 1 || spy->wait(5000));
    qDeleteAll(again);
    QCOMPARE(m_server->stats().connectionsAccepted, connections);
}

QTEST_GUILESS_MAIN(TstConnectionReuse)
#include "tst_connectionreuse.moc"
