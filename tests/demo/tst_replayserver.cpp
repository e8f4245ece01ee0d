// The loopback replay server: routing, keep-alive, latency, recordings, stats, running on its own thread.

#include "core/demo/demobackends.h"
#include "core/demo/replayserver.h"
#include "core/demo/replayserverthread.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Demo;

class TstReplayServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void routesByFirstPathSegment();
    void hostHeaderWhenNoHostSegment();
    void handlersTriedInOrderThen404();
    void keepAliveServesSequentialRequestsOnOneConnection();
    void connectionCloseHonoured();
    void headKeepsLength();
    void malformedRequestIs400();
    void latencyIsAdded();
    void recording();
    void recordingMatchesPostForms();
    void recordingJoinsFragmentsAndPrefixes();
    void recordingErrors_data();
    void recordingErrors();
    void statsEndpoint();
    void runsOnItsOwnThread();
    void demoRemapsCoverRegisteredHosts();

private:
    // Writes raw bytes on one connection and collects what comes back until `responses` responses are complete
    // (by Content-Length) or the server closes.
    QByteArray exchange(const QByteArray &bytes, int responses = 1, bool headersOnly = false);

    ReplayServer *m_server = nullptr;
    QList<ReplayRequest> m_seen;
};

void TstReplayServer::init()
{
    m_seen.clear();
    m_server = new ReplayServer(this);
    m_server->addHandler(u"api.example.com"_qs, [this](const ReplayRequest &request) -> std::optional<ReplayResponse> {
        m_seen.append(request);
        if (request.path == u"/skip")
            return std::nullopt;
        return ReplayResponse{200, {{"Content-Type", "application/json"}},
                              "{\"path\":\"" + request.path.toUtf8() + "\"}"};
    });
    m_server->addHandler(u"api.example.com"_qs, [](const ReplayRequest &request) -> std::optional<ReplayResponse> {
        if (request.path == u"/skip")
            return ReplayResponse{202, {}, "second handler"};
        return std::nullopt;
    });
    QVERIFY(m_server->listen());
}

void TstReplayServer::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

QByteArray TstReplayServer::exchange(const QByteArray &bytes, int responses, bool headersOnly)
{
    QTcpSocket socket;
    // The server runs in this thread: wait with the event loop spinning (QSignalSpy), never with waitFor*().
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!connected.wait(3000))
        return {};
    socket.write(bytes);
    QByteArray received;
    auto complete = [&received, responses, headersOnly] {
        int done = 0;
        qsizetype at = 0;
        while (done < responses) {
            const qsizetype end = received.indexOf("\r\n\r\n", at);
            if (end < 0)
                return false;
            const QByteArray head = received.mid(at, end - at).toLower();
            const qsizetype lengthAt = head.indexOf("content-length:");
            qsizetype length = 0;
            if (lengthAt >= 0)
                length = head.mid(lengthAt + 15, head.indexOf('\r', lengthAt) - lengthAt - 15).trimmed().toLongLong();
            if (headersOnly)
                length = 0;
            if (received.size() < end + 4 + length)
                return false;
            at = end + 4 + length;
            ++done;
        }
        return true;
    };
    QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
    while (!complete()) {
        if (socket.bytesAvailable() == 0 && !readyRead.wait(3000))
            break;
        received += socket.readAll();
    }
    return received;
}

void TstReplayServer::routesByFirstPathSegment()
{
    const QByteArray reply = exchange("GET /api.example.com/v1/list?q=%ED%95%9C&n=2 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY2(reply.startsWith("HTTP/1.1 200 OK\r\n"), reply.constData());
    QVERIFY(reply.endsWith("{\"path\":\"/v1/list\"}"));
    QCOMPARE(m_seen.size(), 1);
    QCOMPARE(m_seen[0].host, u"api.example.com"_qs);
    QCOMPARE(m_seen[0].path, u"/v1/list"_qs);
    QCOMPARE(m_seen[0].query.queryItemValue(u"q"_qs, QUrl::FullyDecoded), u"한"_qs);
    QCOMPARE(m_seen[0].query.queryItemValue(u"n"_qs), u"2"_qs);
    QCOMPARE(m_seen[0].method, QByteArray("GET"));
}

void TstReplayServer::hostHeaderWhenNoHostSegment()
{
    const QByteArray reply = exchange("GET /v2/item HTTP/1.1\r\nHost: API.example.com:8080\r\n\r\n");
    QVERIFY2(reply.startsWith("HTTP/1.1 200"), reply.constData());
    QCOMPARE(m_seen.value(0).host, u"api.example.com"_qs);
    QCOMPARE(m_seen.value(0).path, u"/v2/item"_qs);
}

void TstReplayServer::handlersTriedInOrderThen404()
{
    QVERIFY(exchange("GET /api.example.com/skip HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 202"));
    const QByteArray missing = exchange("GET /unknown.example.org/x HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY2(missing.startsWith("HTTP/1.1 404"), missing.constData());
    QVERIFY(missing.contains("no demo data for GET unknown.example.org/x"));
}

void TstReplayServer::keepAliveServesSequentialRequestsOnOneConnection()
{
    const QByteArray two = exchange("GET /api.example.com/a HTTP/1.1\r\nHost: x\r\n\r\n"
                                    "POST /api.example.com/b HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc",
                                    2);
    QCOMPARE(two.count("HTTP/1.1 200 OK"), 2);
    QVERIFY(two.contains("{\"path\":\"/a\"}"));
    QVERIFY(two.indexOf("{\"path\":\"/a\"}") < two.indexOf("{\"path\":\"/b\"}"));
    QCOMPARE(m_seen.size(), 2);
    QCOMPARE(m_seen[1].body, QByteArray("abc"));
    QCOMPARE(m_server->stats().connectionsAccepted, 1);
    QCOMPARE(m_server->stats().requestsServed, 2);
}

void TstReplayServer::connectionCloseHonoured()
{
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(connected.wait(3000));
    socket.write("GET /api.example.com/a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    QVERIFY(closed.wait(3000));
    QVERIFY(socket.readAll().contains("Connection: close"));
}

void TstReplayServer::headKeepsLength()
{
    const QByteArray reply = exchange("HEAD /api.example.com/abc HTTP/1.1\r\nHost: x\r\n\r\n", 1, true);
    QVERIFY2(reply.contains("Content-Length: 15\r\n"), reply.constData());
    QVERIFY(reply.endsWith("\r\n\r\n"));   // {"path":"/abc"} is 15 bytes, none sent
}

void TstReplayServer::malformedRequestIs400()
{
    const QByteArray reply = exchange("NONSENSE\r\n\r\n");
    QVERIFY2(reply.startsWith("HTTP/1.1 400"), reply.constData());
    QVERIFY(reply.contains("malformed request line"));
}

void TstReplayServer::latencyIsAdded()
{
    m_server->setLatencyMs(60);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(exchange("GET /api.example.com/a HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 200"));
    QVERIFY(timer.elapsed() >= 55);   // a lower bound only
}

void TstReplayServer::recording()
{
    const QByteArray json = R"([
        {"host": "rec.example.com", "path": "/search", "query": {"page": "2"}, "status": 200,
         "headers": {"Content-Type": "application/json"}, "body": "{\"page\":2}"},
        {"host": "rec.example.com", "path": "/search", "body": "any page"},
        {"host": "rec.example.com", "method": "POST", "path": "/bin", "bodyBase64": "sKGw3Q=="}
    ])";
    QString error;
    QVERIFY2(m_server->addRecording(json, &error), qPrintable(error));
    QVERIFY(m_server->hosts().contains(u"rec.example.com"_qs));
    QVERIFY(exchange("GET /rec.example.com/search?x=1&page=2 HTTP/1.1\r\nHost: x\r\n\r\n").endsWith("{\"page\":2}"));
    QVERIFY(exchange("GET /rec.example.com/search?page=3 HTTP/1.1\r\nHost: x\r\n\r\n").endsWith("any page"));
    QVERIFY(exchange("POST /rec.example.com/bin HTTP/1.1\r\nHost: x\r\n\r\n").endsWith(QByteArray::fromHex("b0a1b0dd")));
    QVERIFY(exchange("GET /rec.example.com/bin HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 404"));
}

// POST routes are told apart by the form fields that matter (Bobaedream's maker/model ajax has one path).
void TstReplayServer::recordingMatchesPostForms()
{
    const QByteArray json = R"([
        {"host": "rec.example.com", "method": "POST", "path": "/ajax", "form": {"dep": "1", "no": "7"}, "body": "models of 7"},
        {"host": "rec.example.com", "method": "POST", "path": "/ajax", "form": {"dep": "0", "no": ""}, "body": "makers"},
        {"host": "rec.example.com", "method": "POST", "path": "/ajax", "form": {"q": "a b"}, "body": "spaces"}
    ])";
    QString error;
    QVERIFY2(m_server->addRecording(json, &error), qPrintable(error));
    auto post = [this](const QByteArray &body) {
        return exchange("POST /rec.example.com/ajax HTTP/1.1\r\nHost: x\r\n"
                        "Content-Type: application/x-www-form-urlencoded; charset=UTF-8\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    };
    QVERIFY(post("dummy=1&getSel=maker&no=7&dep=1").endsWith("models of 7"));
    QVERIFY(post("dummy=1&getSel=maker&no=&dep=0").endsWith("makers"));
    QVERIFY(post("dep=0").endsWith("makers"));                       // an absent field is ""
    QVERIFY(post("q=a+b").endsWith("spaces"));                       // '+' is a space in a form
    QVERIFY(post("q=a%20b").endsWith("spaces"));
    QVERIFY(post("no=8&dep=1").startsWith("HTTP/1.1 404"));
    QVERIFY(exchange("GET /rec.example.com/ajax?no=7&dep=1 HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 404"));
}

// Bodies built from shared fragments, and path-prefix routes taking their place in table order.
void TstReplayServer::recordingJoinsFragmentsAndPrefixes()
{
    const QByteArray json = R"({"fragments": {"a": "{\"id\":1}", "b": "{\"id\":2}"},
        "exchanges": [
        {"host": "rec.example.com", "path": "/list", "query": {"sort": "asc"},
         "bodyJoin": {"prefix": "[", "fragments": ["a", "b"], "separator": ",", "suffix": "]"}},
        {"host": "rec.example.com", "path": "/list", "query": {"sort": "desc"},
         "bodyJoin": {"prefix": "[", "fragments": ["b", "a"], "separator": ",", "suffix": "]"}},
        {"host": "rec.example.com", "path": "/pic/special.png", "body": "special"},
        {"host": "rec.example.com", "pathPrefix": "/pic/", "body": "any picture"},
        {"host": "rec.example.com", "path": "/pic/late.png", "body": "never: the prefix comes first"},
        {"host": "rec.example.com", "path": "/list", "body": "[]"}
    ]})";
    QString error;
    QVERIFY2(m_server->addRecording(json, &error), qPrintable(error));
    auto get = [this](const QByteArray &target) {
        return exchange("GET /rec.example.com" + target + " HTTP/1.1\r\nHost: x\r\n\r\n");
    };
    QVERIFY(get("/list?sort=asc").endsWith("[{\"id\":1},{\"id\":2}]"));
    QVERIFY(get("/list?sort=desc").endsWith("[{\"id\":2},{\"id\":1}]"));
    QVERIFY(get("/list?sort=other").endsWith("\r\n\r\n[]"));
    QVERIFY(get("/pic/special.png").endsWith("special"));
    QVERIFY(get("/pic/x/1.png").endsWith("any picture"));
    QVERIFY(get("/pic/late.png").endsWith("any picture"));
    QVERIFY(get("/picture").startsWith("HTTP/1.1 404"));

    QVERIFY(!m_server->addRecording(R"({"fragments": {}, "exchanges": [{"host": "a.b", "path": "/",
        "bodyJoin": {"fragments": ["missing"]}}]})", &error));
    QVERIFY2(error.contains(u"missing"_qs) && error.contains(u"exchange 0"_qs), qPrintable(error));
}

void TstReplayServer::recordingErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax") << QByteArray("[{\"host\": }]") << u"at byte"_qs;
    QTest::newRow("not an array") << QByteArray("{}") << u"array"_qs;
    QTest::newRow("no path") << QByteArray(R"([{"host":"a.b","path":"/"},{"host":"a.b"}])") << u"exchange 1"_qs;
    QTest::newRow("bad base64") << QByteArray(R"([{"host":"a.b","path":"/","bodyBase64":"@@"}])") << u"bodyBase64"_qs;
}

void TstReplayServer::recordingErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!m_server->addRecording(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TstReplayServer::statsEndpoint()
{
    QVERIFY(exchange("GET /api.example.com/a HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 200"));
    const QByteArray reply = exchange("GET /__carscout/stats?reset=1 HTTP/1.1\r\nHost: x\r\n\r\n");
    const QJsonObject stats = QJsonDocument::fromJson(reply.mid(reply.indexOf("\r\n\r\n") + 4)).object();
    QCOMPARE(stats.value(u"connectionsAccepted").toInt(), 2);
    QCOMPARE(stats.value(u"requestsServed").toInt(), 1);   // the stats request itself is not counted
    QCOMPARE(m_server->stats().connectionsAccepted, 0);
    QCOMPARE(m_server->stats().requestsServed, 0);
}

void TstReplayServer::runsOnItsOwnThread()
{
    auto server = std::make_unique<ReplayServer>();
    installBenchBackend(*server);
    server->setLatencyMs(5);
    ReplayServerThread thread(std::move(server));
    QVERIFY2(thread.start(), qPrintable(thread.errorString()));
    QVERIFY(thread.port() > 0);
    QVERIFY(thread.server()->thread() != QThread::currentThread());

    Net::ClientConfig config;
    config.remaps = demoRemaps(*thread.server());
    Net::HttpClient client(config);
    for (int id : {1, 2, 3}) {
        Net::HttpRequest request;
        request.url = QUrl(u"https://bench.local/item?id=%1"_qs.arg(id));
        request.expectJson = true;
        QSignalSpy spy(client.send(request), &Net::HttpCall::finished);
        QVERIFY(spy.wait(5000));
        const Net::HttpResponse response = spy.at(0).at(0).value<Net::HttpResponse>();
        QVERIFY2(response.ok(), qPrintable(response.errorMessage));
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"id").toInt(), id);
    }
    QCOMPARE(thread.server()->stats().requestsServed, 3);
    QCOMPARE(thread.server()->stats().connectionsAccepted, 1);
    thread.stop();
    QCOMPARE(thread.server(), nullptr);
}

void TstReplayServer::demoRemapsCoverRegisteredHosts()
{
    registerDemoBackend({u"test-extra"_qs, {u"extra.example.com"_qs}, [](ReplayServer &server) {
                             server.addHandler(u"extra.example.com"_qs, [](const ReplayRequest &) {
                                 return std::optional<ReplayResponse>(ReplayResponse{200, {}, "extra"});
                             });
                         }});
    ReplayServer server;
    installDemoBackends(server);
    QVERIFY(server.listen());
    const QHash<QString, QUrl> remaps = demoRemaps(server);
    QCOMPARE(remaps.value(u"bench.local"_qs).toString(), u"http://127.0.0.1:%1/bench.local"_qs.arg(server.port()));
    QVERIFY(remaps.contains(u"extra.example.com"_qs));
    QVERIFY(server.hosts().contains(u"extra.example.com"_qs));
    QVERIFY(demoRemapArguments(server).contains(
        u"--remap bench.local=http://127.0.0.1:%1/bench.local"_qs.arg(server.port())));
}

QTEST_GUILESS_MAIN(TstReplayServer)
#include "tst_replayserver.moc"
