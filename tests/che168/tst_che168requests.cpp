// Che168 requests: what goes on the wire (signed search/brand calls, unsigned detail calls with the car's page as
// Referer), the source policy, and the filter tree's level logic on the real captures.

#include "core/sources/che168/che168requests.h"
#include "core/sources/terms.h"
#include "tests/common/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Che168;

namespace {

QString queryValue(const QUrl &url, const char *key)
{
    for (const auto &[k, v] : decodeQuery(url.query(QUrl::FullyEncoded).toLatin1())) {
        if (k == QLatin1StringView(key))
            return v;
    }
    return u"<absent>"_qs;
}

} // namespace

class TestChe168Requests : public QObject
{
    Q_OBJECT

private:
    TermDictionary m_terms;

private slots:
    void initTestCase()
    {
        QString error;
        m_terms = TermDictionary::loadDefault(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void searchIsSignedByTheTransform()
    {
        Che168Filter f;
        f.brandId = u"15"_qs;
        const Net::HttpRequest plain = searchRequest(f, 2, u"1775544553426"_qs);
        QCOMPARE(plain.source, u"che168"_qs);
        QVERIFY(plain.expectJson);
        QCOMPARE(queryValue(plain.url, "_sign"), u"<absent>"_qs);
        QVERIFY(needsSignature(plain.url));
        const Net::HttpRequest signedRequest = signRequest(plain, SigningConfig{});
        QCOMPARE(signedRequest.url.host(), u"api2scsou.che168.com"_qs);
        QCOMPARE(signedRequest.url.path(), u"/api/v11/search"_qs);
        QCOMPARE(queryValue(signedRequest.url, "pageindex"), u"2"_qs);
        QCOMPARE(queryValue(signedRequest.url, "brandid"), u"15"_qs);
        QCOMPARE(queryValue(signedRequest.url, "_appid"), u"2sc.m"_qs);
        QCOMPARE(queryValue(signedRequest.url, "v"), u"11.41.5"_qs);
        QVERIFY(hasValidSignature(signedRequest.url, u"com.rnw.www"_qs));
        // Signing twice gives the same request (the transform may run on a retry).
        QCOMPARE(signRequest(signedRequest, SigningConfig{}).url, signedRequest.url);
        // A rotated salt from the settings signs differently.
        const Net::HttpRequest rotated = signRequest(plain, signingConfig(u"new.salt"_qs, {}));
        QVERIFY(hasValidSignature(rotated.url, u"new.salt"_qs));
        QVERIFY(!hasValidSignature(rotated.url, u"com.rnw.www"_qs));
    }

    void brandsRequestIsSigned()
    {
        const Net::HttpRequest r = signRequest(brandsRequest(), SigningConfig{});
        QCOMPARE(r.url.path(), u"/api/v2/getbrands"_qs);
        QCOMPARE(queryValue(r.url, "isenergy"), u"0"_qs);
        QVERIFY(hasValidSignature(r.url, u"com.rnw.www"_qs));
    }

    void detailCallsAreUnsigned()
    {
        const QString device = newDeviceId();
        QCOMPARE(device.size(), 32);
        QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_qs).match(device).hasMatch());
        QVERIFY(newDeviceId() != device);
        for (const Net::HttpRequest &r : {carInfoRequest(u"55975913"_qs, device), paramItemsRequest(u"55975913"_qs, device)}) {
            QVERIFY(!needsSignature(r.url));
            QCOMPARE(signRequest(r, SigningConfig{}).url, r.url);
            QCOMPARE(queryValue(r.url, "infoid"), u"55975913"_qs);
            QCOMPARE(queryValue(r.url, "deviceid"), device);
            QCOMPARE(r.headers.value(0).first, QByteArray("Referer"));
            QCOMPARE(r.headers.value(0).second, QByteArray("https://m.che168.com/cardetail/index?infoid=55975913"));
        }
        QCOMPARE(carInfoRequest(u"1"_qs, device).url.path(), u"/apic/v2/car/getcarinfo"_qs);
        QCOMPARE(paramItemsRequest(u"1"_qs, device).url.path(), u"/api/v1/car/getparamtypeitems"_qs);
    }

    void policy()
    {
        const Net::SourcePolicy p = sourcePolicy();
        QCOMPARE(p.rate.minIntervalMs, 200);
        QVERIFY(!p.retry.resetSessionOnBlock);
        QVERIFY(!p.retry.retryStatuses.contains(514));
        bool referer = false;
        for (const auto &h : p.headers)
            referer = referer || (h.first == "Referer" && h.second == "https://m.che168.com/");
        QVERIFY(referer);
    }

    void catalogRequests()
    {
        Net::HttpRequest r;
        QVERIFY(!catalogRequest({}, u"1"_qs, &r).isError());
        QCOMPARE(r.url.path(), u"/api/v2/getbrands"_qs);
        QVERIFY(!catalogRequest({u"15"_qs}, u"1"_qs, &r).isError());
        QCOMPARE(r.url.path(), u"/api/v11/search"_qs);
        QCOMPARE(queryValue(r.url, "brandid"), u"15"_qs);
        QCOMPARE(queryValue(r.url, "seriesid"), u"<absent>"_qs);
        QVERIFY(!catalogRequest({u"15"_qs, u"65"_qs, u"16293"_qs}, u"1"_qs, &r).isError());
        QCOMPARE(queryValue(r.url, "seriesyearid"), u"16293"_qs);
        JobError e = catalogRequest({u"15"_qs, u"65"_qs, u"16293"_qs, u"54005"_qs}, u"1"_qs, &r);
        QCOMPARE(e.kind, JobError::Kind::BadInput);
        QVERIFY(e.message.contains(u"54005"));
        e = catalogRequest({u"15"_qs, u" "_qs}, u"1"_qs, &r);
        QCOMPARE(e.kind, JobError::Kind::BadInput);
        QCOMPARE(catalogLevels(), (QStringList{u"maker"_qs, u"model"_qs, u"model_year"_qs, u"spec"_qs}));
    }

    void catalogChildrenOfTheRealCaptures()
    {
        CARSCOUT_READ_SAMPLE(brands, "che168/brands.json");
        CARSCOUT_READ_SAMPLE(brandSearch, "che168/brandsearch.json");
        QList<FilterNode> nodes;
        QVERIFY(!catalogChildren({}, brands, m_terms, &nodes).isError());
        QCOMPARE(nodes.size(), 353);
        QCOMPARE(nodes.first().level, u"maker"_qs);
        QVERIFY(!catalogChildren({u"15"_qs}, brandSearch, m_terms, &nodes).isError());
        QCOMPARE(nodes.size(), 20);
        QCOMPARE(nodes.first().level, u"model"_qs);
        QCOMPARE(nodes.first().name, u"宝马5系"_qs);
        // That reply has no model-year filters: the series level below is empty, not an error.
        QVERIFY(!catalogChildren({u"15"_qs, u"65"_qs}, brandSearch, m_terms, &nodes).isError());
        QVERIFY(nodes.isEmpty());
        const JobError e = catalogChildren({u"15"_qs}, QByteArray(R"({"returncode":107,"message":"sign"})"), m_terms, &nodes);
        QCOMPARE(e.kind, JobError::Kind::Network);
        QVERIFY(e.message.contains(u"signature"));
    }
};

QTEST_APPLESS_MAIN(TestChe168Requests)
#include "tst_che168requests.moc"
