// The photo service on loopback: a photo is decoded off the GUI thread and scaled to fit; a failed one (HTTP
// 500, not an image, over the size cap) is not asked again during its cool-down and is asked again after it
// (a manual clock, no sleeping); clearFailures() forgets at once; a gone context gets no answer.

#include "core/common/clock.h"
#include "core/demo/replayserver.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/net/sourcepolicy.h"
#include "core/services/photoservice.h"

#include <QBuffer>
#include <QtTest>

using namespace CarScout;
using namespace CarScout::Services;

class TestPhotoService : public QObject
{
    Q_OBJECT

    Demo::ReplayServer m_server;
    std::unique_ptr<Net::HttpClient> m_http;
    QHash<QString, int> m_hits;   // path → requests the server saw
    QByteArray m_png;
    bool m_brokenServer = true;

    QUrl url(const QString &path) const { return QUrl(u"https://photos.test"_qs + path); }

    PhotoReply fetchAndWait(PhotoService &service, const QUrl &u, QSize size = {40, 30})
    {
        PhotoReply result;
        bool done = false;
        const bool asked = service.fetch(u, size, this, [&](const PhotoReply &r) {
            result = r;
            done = true;
        });
        if (!asked)
            return {QImage(), u"not asked"_qs, false};
        QDeadlineTimer deadline(10000);
        while (!done && !deadline.hasExpired())
            QTest::qWait(5);
        if (!done)
            result.error = u"no answer in 10 s"_qs;
        return result;
    }

private slots:
    void initTestCase()
    {
        QImage image(200, 100, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QBuffer buffer(&m_png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        m_server.addHandler(u"photos.test"_qs, [this](const Demo::ReplayRequest &r) -> std::optional<Demo::ReplayResponse> {
            ++m_hits[r.path];
            if (r.path == u"/car.png")
                return Demo::ReplayResponse{200, {{"Content-Type", "image/png"}}, m_png};
            if (r.path == u"/flaky.png") {
                if (m_brokenServer)
                    return Demo::ReplayResponse{500, {}, "busy"};
                return Demo::ReplayResponse{200, {{"Content-Type", "image/png"}}, m_png};
            }
            if (r.path == u"/text.png")
                return Demo::ReplayResponse{200, {{"Content-Type", "image/png"}}, "<html>not a photo</html>"};
            return std::nullopt;
        });
        QVERIFY(m_server.listen());
        Net::ClientConfig config;
        config.remaps.insert(u"photos.test"_qs, QUrl(m_server.baseUrlFor(u"photos.test"_qs)));
        m_http = std::make_unique<Net::HttpClient>(config);
        Net::SourcePolicy policy = m_http->sourcePolicy(u"photos"_qs);
        policy.rate = {};
        policy.retry.maxAttempts = 1;
        m_http->setSourcePolicy(u"photos"_qs, policy);
    }

    void decodesScaled()
    {
        PhotoService service(m_http.get());
        const PhotoReply reply = fetchAndWait(service, url(u"/car.png"_qs), {40, 30});
        QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
        QCOMPARE(reply.image.size(), QSize(40, 20));   // fits 40×30, aspect kept
        QCOMPARE(service.requestsSent(), 1);
    }

    void failureCoolsDownThenRetries()
    {
        ManualClock clock;
        PhotoService::Options options;
        options.coolDownMs = 60000;
        PhotoService service(m_http.get(), &clock, options);
        m_brokenServer = true;
        m_hits.clear();
        PhotoReply reply = fetchAndWait(service, url(u"/flaky.png"_qs));
        QVERIFY(reply.image.isNull());
        QVERIFY(!reply.error.isEmpty());
        QVERIFY(service.coolingDown(url(u"/flaky.png"_qs)));
        // During the cool-down nothing is sent.
        QVERIFY(!service.fetch(url(u"/flaky.png"_qs), {40, 30}, this, [](const PhotoReply &) {}));
        QCOMPARE(m_hits.value(u"/flaky.png"_qs), 1);
        // After it, the photo is asked again and this time it arrives: not blank forever.
        clock.advance(60000);
        m_brokenServer = false;
        QVERIFY(!service.coolingDown(url(u"/flaky.png"_qs)));
        reply = fetchAndWait(service, url(u"/flaky.png"_qs));
        QVERIFY2(!reply.image.isNull(), qPrintable(reply.error));
        QCOMPARE(m_hits.value(u"/flaky.png"_qs), 2);
    }

    void clearFailuresForgetsAtOnce()
    {
        ManualClock clock;
        PhotoService service(m_http.get(), &clock);
        m_brokenServer = true;
        fetchAndWait(service, url(u"/flaky.png"_qs));
        QVERIFY(service.coolingDown(url(u"/flaky.png"_qs)));
        service.clearFailures();
        QVERIFY(!service.coolingDown(url(u"/flaky.png"_qs)));
    }

    void notAnImageAndTooLargeFail()
    {
        ManualClock clock;
        PhotoService::Options options;
        options.maxBytes = 64;   // smaller than the PNG
        PhotoService capped(m_http.get(), &clock, options);
        PhotoReply reply = fetchAndWait(capped, url(u"/car.png"_qs));
        QVERIFY(reply.image.isNull());
        QVERIFY(!reply.error.isEmpty());
        QVERIFY(capped.coolingDown(url(u"/car.png"_qs)));

        PhotoService service(m_http.get(), &clock);
        reply = fetchAndWait(service, url(u"/text.png"_qs));
        QVERIFY(reply.image.isNull());
        QCOMPARE(reply.error, u"not an image"_qs);
        QVERIFY(service.coolingDown(url(u"/text.png"_qs)));
    }

    void goneContextGetsNoAnswer()
    {
        PhotoService service(m_http.get());
        int answers = 0;
        auto *context = new QObject;
        QVERIFY(service.fetch(url(u"/car.png"_qs), {40, 30}, context, [&answers](const PhotoReply &) { ++answers; }));
        delete context;
        // A second request on the same host and pacing finishes after the first would have.
        const PhotoReply later = fetchAndWait(service, url(u"/car.png"_qs));
        QVERIFY(!later.image.isNull());
        QCOMPARE(answers, 0);
    }
};

QTEST_GUILESS_MAIN(TestPhotoService)
#include "tst_photoservice.moc"
