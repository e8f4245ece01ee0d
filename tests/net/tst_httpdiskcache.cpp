// The opt-in disk cache: a request marked cacheable is stored and a second identical one is answered from
// the QNetworkDiskCache without reaching the server; requests not marked cacheable always go to the network,
// and without a cache directory nothing is cached.

#include "core/demo/replayserver.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/net/sourcepolicy.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace CarScout;

class TestHttpDiskCache : public QObject
{
    Q_OBJECT

    Demo::ReplayServer m_server;
    int m_served = 0;

    Net::HttpResponse get(Net::HttpClient &http, const QString &path, bool cacheable)
    {
        Net::HttpRequest request;
        request.url = QUrl(u"https://photos.test"_qs + path);
        request.source = u"photos"_qs;
        request.cacheable = cacheable;
        std::optional<Net::HttpResponse> response;
        http.send(request, this, [&](const Net::HttpResponse &r) { response = r; });
        if (!QTest::qWaitFor([&] { return response.has_value(); }, 10000))
            return {};
        return *response;
    }

    std::unique_ptr<Net::HttpClient> client(const QString &cacheDir)
    {
        Net::ClientConfig config;
        config.remaps.insert(u"photos.test"_qs, QUrl(m_server.baseUrlFor(u"photos.test"_qs)));
        config.diskCacheDirectory = cacheDir;
        auto http = std::make_unique<Net::HttpClient>(config);
        Net::SourcePolicy policy = http->sourcePolicy(u"photos"_qs);
        policy.rate.minIntervalMs = 0;
        policy.retry.maxAttempts = 1;
        http->setSourcePolicy(u"photos"_qs, policy);
        return http;
    }

private slots:
    void initTestCase()
    {
        m_server.addHandler(u"photos.test"_qs, [this](const Demo::ReplayRequest &req) -> std::optional<Demo::ReplayResponse> {
            ++m_served;
            return Demo::ReplayResponse{200,
                                        {{"Content-Type", "image/jpeg"}, {"Cache-Control", "public, max-age=86400"}},
                                        (u"photo " + req.path + u" #" + QString::number(m_served)).toUtf8()};
        });
        QVERIFY(m_server.listen());
    }

    void cacheableServedFromDisk()
    {
        QTemporaryDir dir;
        auto http = client(dir.filePath(u"http"_qs));
        m_served = 0;
        const Net::HttpResponse first = get(*http, u"/a.jpg"_qs, true);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage));
        QCOMPARE(first.body, QByteArray("photo /a.jpg #1"));
        const Net::HttpResponse second = get(*http, u"/a.jpg"_qs, true);
        QVERIFY2(second.ok(), qPrintable(second.errorMessage));
        QCOMPARE(second.body, QByteArray("photo /a.jpg #1"));   // the stored copy
        QCOMPARE(m_served, 1);

        // Another client on the same directory (the next program start) finds it too.
        http.reset();
        auto again = client(dir.filePath(u"http"_qs));
        QCOMPARE(get(*again, u"/a.jpg"_qs, true).body, QByteArray("photo /a.jpg #1"));
        QCOMPARE(m_served, 1);
    }

    void notCacheableAlwaysAsks()
    {
        QTemporaryDir dir;
        auto http = client(dir.filePath(u"http"_qs));
        m_served = 0;
        QCOMPARE(get(*http, u"/b.jpg"_qs, false).body, QByteArray("photo /b.jpg #1"));
        QCOMPARE(get(*http, u"/b.jpg"_qs, false).body, QByteArray("photo /b.jpg #2"));
        QCOMPARE(m_served, 2);
        // Not stored either: a cacheable request afterwards still goes to the server once.
        QCOMPARE(get(*http, u"/b.jpg"_qs, true).body, QByteArray("photo /b.jpg #3"));
        QCOMPARE(get(*http, u"/b.jpg"_qs, true).body, QByteArray("photo /b.jpg #3"));
        QCOMPARE(m_served, 3);
    }

    void noDirectoryNoCache()
    {
        auto http = client(QString());
        m_served = 0;
        QCOMPARE(get(*http, u"/c.jpg"_qs, true).body, QByteArray("photo /c.jpg #1"));
        QCOMPARE(get(*http, u"/c.jpg"_qs, true).body, QByteArray("photo /c.jpg #2"));
        QCOMPARE(m_served, 2);

        // Configured later through setConfig.
        QTemporaryDir dir;
        Net::ClientConfig config = http->config();
        config.diskCacheDirectory = dir.filePath(u"http"_qs);
        http->setConfig(config);
        QCOMPARE(get(*http, u"/c.jpg"_qs, true).body, QByteArray("photo /c.jpg #3"));
        QCOMPARE(get(*http, u"/c.jpg"_qs, true).body, QByteArray("photo /c.jpg #3"));
        QCOMPARE(m_served, 3);
    }
};

QTEST_MAIN(TestHttpDiskCache)
#include "tst_httpdiskcache.moc"
