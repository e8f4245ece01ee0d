// A finished handler may delete the client or the call: nothing of either is touched afterwards, the client's
// other calls end as canceled, and (under CARSCOUT_SANITIZE) AddressSanitizer sees no use after free.

#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/net/netstats.h"
#include "core/net/sourcepolicy.h"
#include "tests/net/faultserver.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace CarScout;
using namespace CarScout::Net;
using CarScout::Test::FaultServer;

class TstClientLifetime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<HttpResponse>(); }
    void init();
    void cleanup();

    void handlerDeletesTheClient_data();
    void handlerDeletesTheClient();
    void handlerDeletesTheClientDuringCancelGroup();
    void callbackDeletesTheClient();
    void handlerDeletesTheCall();

private:
    HttpClient *newClient();
    HttpRequest request(const QString &pathAndQuery, quint64 group = 0) const;

    FaultServer *m_server = nullptr;
    FaultServer *m_second = nullptr;
};

void TstClientLifetime::init()
{
    m_server = new FaultServer(this);
    m_second = new FaultServer(this);
    QVERIFY(m_server->listen());
    QVERIFY(m_second->listen());
}

void TstClientLifetime::cleanup()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    delete m_server;
    delete m_second;
    m_server = m_second = nullptr;
}

HttpClient *TstClientLifetime::newClient()
{
    ClientConfig config;
    config.remaps.insert(u"faults.test"_qs, QUrl(m_server->baseUrl()));
    // A second server: Qt's 6 connections to the first may all be taken by calls that never get an answer.
    config.remaps.insert(u"main.test"_qs, QUrl(m_second->baseUrl()));
    auto *client = new HttpClient(config);
    SourcePolicy policy;
    policy.rate = RateSchedule{0, 0, 0, 0, 0, 6};
    policy.retry.maxAttempts = 1;
    policy.breaker.failureThreshold = 0;
    policy.timeoutMs = 3000;
    client->setSourcePolicy(u"test"_qs, policy);
    return client;
}

HttpRequest TstClientLifetime::request(const QString &pathAndQuery, quint64 group) const
{
    HttpRequest r;
    r.url = QUrl(u"http://faults.test"_qs + pathAndQuery);
    r.source = u"test"_qs;
    r.group = group;
    return r;
}

void TstClientLifetime::handlerDeletesTheClient_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("othersInFlight");
    QTest::addColumn<int>("othersQueued");
    QTest::addColumn<bool>("viaCancel");
    QTest::newRow("success") << u"/ok"_qs << 0 << 0 << false;
    QTest::newRow("HTTP error") << u"/status?code=404"_qs << 0 << 0 << false;
    QTest::newRow("connection error") << u"/reset-mid-body"_qs << 0 << 0 << false;
    QTest::newRow("other calls running and queued") << u"/ok"_qs << 6 << 3 << false;
    QTest::newRow("from cancel()") << u"/no-answer"_qs << 2 << 0 << true;
}

void TstClientLifetime::handlerDeletesTheClient()
{
    QFETCH(QString, path);
    QFETCH(int, othersInFlight);
    QFETCH(int, othersQueued);
    QFETCH(bool, viaCancel);
    QPointer<HttpClient> client = newClient();

    std::vector<std::unique_ptr<QSignalSpy>> others;
    for (int i = 0; i < othersInFlight + othersQueued; ++i)   // 6 at a time per host: the rest stay queued
        others.push_back(std::make_unique<QSignalSpy>(client->send(request(u"/no-answer?i=%1"_qs.arg(i))),
                                                      &HttpCall::finished));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->hitCount(u"/no-answer"_qs), std::min(othersInFlight, 6), 5000);

    HttpRequest main = request(path);
    main.url.setHost(u"main.test"_qs);   // not queued behind the others
    HttpCall *call = client->send(main);
    HttpResponse seen;
    int handled = 0;
    connect(call, &HttpCall::finished, this, [&](const HttpResponse &r) {
        ++handled;
        seen = r;
        delete client.data();
    });
    if (viaCancel) {
        QTRY_COMPARE_WITH_TIMEOUT(m_second->hitCount(u"/no-answer"_qs), 1, 5000);
        call->cancel();
    }
    QTRY_VERIFY_WITH_TIMEOUT(client.isNull(), 10000);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();

    QCOMPARE(handled, 1);
    QCOMPARE(seen.error == ErrorKind::Canceled, viaCancel);
    for (const auto &spy : others) {
        QCOMPARE(spy->count(), 1);
        QCOMPARE(spy->at(0).at(0).value<HttpResponse>().error, ErrorKind::Canceled);
    }
    // The queued calls never went out once their client was gone.
    QCOMPARE(m_server->hitCount(u"/no-answer"_qs), othersInFlight);
}

void TstClientLifetime::handlerDeletesTheClientDuringCancelGroup()
{
    QPointer<HttpClient> client = newClient();
    const quint64 group = HttpClient::newGroupId();
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (int i = 0; i < 4; ++i)
        spies.push_back(std::make_unique<QSignalSpy>(client->send(request(u"/no-answer?i=%1"_qs.arg(i), group)),
                                                     &HttpCall::finished));
    HttpCall *first = client->findChildren<HttpCall *>().value(0);
    QVERIFY(first);
    connect(first, &HttpCall::finished, this, [&client] { delete client.data(); });
    QTRY_COMPARE_WITH_TIMEOUT(m_server->hitCount(u"/no-answer"_qs), 4, 5000);
    client->cancelGroup(group);
    QVERIFY(client.isNull());
    for (const auto &spy : spies)
        QCOMPARE(spy->count(), 1);
}

void TstClientLifetime::callbackDeletesTheClient()
{
    QPointer<HttpClient> client = newClient();
    QObject context;
    int calls = 0;
    client->send(request(u"/ok"_qs), &context, [&](const HttpResponse &r) {
        ++calls;
        QVERIFY(r.ok());
        delete client.data();
    });
    QTRY_VERIFY_WITH_TIMEOUT(client.isNull(), 5000);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(calls, 1);
}

void TstClientLifetime::handlerDeletesTheCall()
{
    std::unique_ptr<HttpClient> client(newClient());
    HttpCall *call = client->send(request(u"/ok"_qs));
    QPointer<HttpCall> watched(call);
    int handled = 0;
    connect(call, &HttpCall::finished, this, [&] {
        ++handled;
        delete call;
    });
    QTRY_VERIFY_WITH_TIMEOUT(watched.isNull(), 5000);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(handled, 1);
    QCOMPARE(client->stats().activeCalls, 0);
    QCOMPARE(client->stats().succeeded, 1);
    QVERIFY(client->findChildren<HttpCall *>().isEmpty());

    // The client carries on.
    QSignalSpy next(client->send(request(u"/ok"_qs)), &HttpCall::finished);
    QVERIFY(next.wait(5000));
    QVERIFY(next.at(0).at(0).value<HttpResponse>().ok());
}

QTEST_GUILESS_MAIN(TstClientLifetime)
#include "tst_clientlifetime.moc"
