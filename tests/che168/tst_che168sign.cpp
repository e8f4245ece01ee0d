// Che168 request signing: the spec's proven vectors (three real browser requests, one production-client request
// with an empty value) and the wire encoding around them.

#include "core/sources/che168/che168sign.h"

#include <QTest>
#include <QUrlQuery>

using namespace CarScout::Sources::Che168;

namespace {

// The V2 capture's query on the wire (otherstatisticsext is itself pre-encoded, hence %25…).
const char kV2Wire[] =
    "pageindex=1&pagesize=10&ishideback=1&service=50&srecom=0&personalizedpush=1&cid=0&iscxcshowed=-1&scene_no=12"
    "&pageid=1757892861_4145&existtags=2%2C5%2C7&pid=0&testtype=X&test102223=X&testnewcarspecid=X&test102797=X"
    "&otherstatisticsext=%257B%2522history%2522%253A%2522%25E5%2588%2597%25E8%25A1%25A8%25E9%25A1%25B5%2522%252C"
    "%2522pvareaid%2522%253A%25220%2522%252C%2522eventid%2522%253A%2522usc_2sc_mc_mclby_cydj_click%2522%257D"
    "&filtertype=0&ssnew=1&deviceid=e51c9bd2-efd9-4aaa-b0bd-4f0fd92d9f84&userid=0&s_pid=0&s_cid=0&_appid=2sc.m"
    "&v=11.41.5";

} // namespace

class TestChe168Sign : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QString>("expected");
        QTest::newRow("V1 getbrands")
            << QByteArray("cid=0&pid=0&isenergy=0&deviceid=e51c9bd2-efd9-4aaa-b0bd-4f0fd92d9f84&userid=0&s_pid=0&s_cid=0"
                          "&_appid=2sc.m&v=11.41.5")
            << u"076e72f20409a0e3e911e46c05bfffdf"_qs;
        QTest::newRow("V2 search, pre-encoded value") << QByteArray(kV2Wire) << u"1af9c29a34a656070bfa923b31e570eb"_qs;
        QTest::newRow("V3 search, other session")
            << QByteArray("pagesize=10&sort=4&ishideback=1&srecom=2&personalizedpush=1&cid=0&iscxcshowed=-1&scene_no=12"
                          "&pageid=1757089155_6308&testtype=X&test102223=X&testnewcarspecid=X&test102797=X"
                          "&otherstatisticsext=%257B%2522history%2522%253A%2522%25E5%2588%2597%25E8%25A1%25A8%25E9%25A1"
                          "%25B5%2522%252C%2522pvareaid%2522%253A%25220%2522%252C%2522eventid%2522%253A%2522usc_2sc_mc"
                          "_mclby_cydj_click%2522%257D&filtertype=0&ssnew=1&deviceid=e9adf74b-4f21-4dd6-873f-833e1ea8edba"
                          "&userid=0&s_pid=0&s_cid=0&_appid=2sc.m&v=11.41.5&pageindex=1")
            << u"a3ab783193d64735c3f758d4b12fe5bb"_qs;
        QTest::newRow("V4 production set, empty _subappid")
            << QByteArray("pageindex=1&pagesize=10&cid=0&pid=0&pageid=1775544553426&scene_no=0&ssnew=1&_appid=2sc.m"
                          "&v=11.41.5&_subappid=")
            << u"bf6191a3cde1bdc127ea2bc1ec4a01ef"_qs;
    }

    void vectors()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QString, expected);
        const QueryParams params = decodeQuery(wire);
        QCOMPARE(sign(params, QString::fromLatin1(kDefaultSalt)), expected);
        // Order of the parameters does not matter, an existing _sign is not signed.
        QueryParams reversed(params.rbegin(), params.rend());
        reversed.append({u"_sign"_qs, u"0123"_qs});
        QCOMPARE(sign(reversed, QString::fromLatin1(kDefaultSalt)), expected);
    }

    void v1SignBase()
    {
        const QueryParams params = decodeQuery(
            "cid=0&pid=0&isenergy=0&deviceid=e51c9bd2-efd9-4aaa-b0bd-4f0fd92d9f84&userid=0&s_pid=0&s_cid=0&_appid=2sc.m&v=11.41.5");
        QCOMPARE(signBase(params, u"com.rnw.www"_qs),
                 QByteArray("com.rnw.www_appid2sc.mcid0deviceide51c9bd2-efd9-4aaa-b0bd-4f0fd92d9f84isenergy0pid0s_cid0"
                            "s_pid0userid0v11.41.5com.rnw.www"));
    }

    void valuesAreSignedDecodedOnce()
    {
        const QueryParams params = decodeQuery(kV2Wire);
        QString ext;
        for (const auto &[k, v] : params) {
            if (k == u"otherstatisticsext")
                ext = v;
        }
        QVERIFY(ext.startsWith(u"%7B%22history%22"));   // still encoded once: that is what gets signed
        QCOMPARE(decodeQuery("existtags=2%2C5%2C7").value(0).second, u"2,5,7"_qs);
        QCOMPARE(decodeQuery("a=1+2").value(0).second, u"1+2"_qs);   // '+' is not a space here
        QCOMPARE(decodeQuery("flag&b=").size(), 2);
        QCOMPARE(decodeQuery("flag&b=").value(0), std::make_pair(u"flag"_qs, QString()));
    }

    void otherSaltGivesOtherSign()
    {
        const QueryParams params = decodeQuery(kV2Wire);
        QVERIFY(sign(params, u"com.che168.www"_qs) != sign(params, QString::fromLatin1(kDefaultSalt)));
        QCOMPARE(sign(params, QString::fromLatin1(kDefaultSalt)).size(), 32);
        QCOMPARE(sign(params, QString::fromLatin1(kDefaultSalt)), sign(params, QString::fromLatin1(kDefaultSalt)).toLower());
    }

    void signedUrlRoundTrips()
    {
        // The V2 request rebuilt from its logical values: same wire meaning, same sign.
        QueryParams params = decodeQuery(kV2Wire);
        params.removeIf([](const auto &p) { return p.first == u"_appid" || p.first == u"v"; });
        const QUrl url = signedUrl(QUrl(u"https://api2scsou.che168.com/api/v11/search"_qs), params, SigningConfig{});
        const QueryParams sent = decodeQuery(url.query(QUrl::FullyEncoded).toLatin1());
        QCOMPARE(sent.size(), params.size() + 3);
        QCOMPARE(sent.at(sent.size() - 3), std::make_pair(u"_appid"_qs, u"2sc.m"_qs));
        QCOMPARE(sent.at(sent.size() - 2), std::make_pair(u"v"_qs, u"11.41.5"_qs));
        QCOMPARE(sent.last(), std::make_pair(u"_sign"_qs, u"1af9c29a34a656070bfa923b31e570eb"_qs));
        QVERIFY(hasValidSignature(url, QString::fromLatin1(kDefaultSalt)));
        QVERIFY(!hasValidSignature(url, u"rotated"_qs));
        // ',' and '+' stay encoded on the wire.
        const QUrl plus = signedUrl(QUrl(u"https://h/p"_qs), {{u"a"_qs, u"1,2+3 4"_qs}}, SigningConfig{});
        QVERIFY2(plus.toEncoded().contains("a=1%2C2%2B3%204"), plus.toEncoded().constData());
        QVERIFY(hasValidSignature(plus, QString::fromLatin1(kDefaultSalt)));
    }

    void tamperedOrUnsignedUrlIsRejected()
    {
        QUrl url = signedUrl(QUrl(u"https://h/p"_qs), {{u"pageindex"_qs, u"1"_qs}}, SigningConfig{});
        QVERIFY(hasValidSignature(url, QString::fromLatin1(kDefaultSalt)));
        QUrl tampered(url.toString().replace(u"pageindex=1"_qs, u"pageindex=2"_qs));
        QVERIFY(!hasValidSignature(tampered, QString::fromLatin1(kDefaultSalt)));
        QVERIFY(!hasValidSignature(QUrl(u"https://h/p?pageindex=1"_qs), QString::fromLatin1(kDefaultSalt)));
    }

    void settingsOverrideDefaults()
    {
        QCOMPARE(signingConfig({}, {}), SigningConfig{});
        QCOMPARE(signingConfig(u"  "_qs, u""_qs), SigningConfig{});
        const SigningConfig c = signingConfig(u" new.salt "_qs, u"12.0.1"_qs);
        QCOMPARE(c.salt, u"new.salt"_qs);
        QCOMPARE(c.version, u"12.0.1"_qs);
        QCOMPARE(c.appId, u"2sc.m"_qs);
        const QueryParams p = signedParams({{u"pageindex"_qs, u"1"_qs}, {u"v"_qs, u"old"_qs}}, c);
        QCOMPARE(p.size(), 4);
        QCOMPARE(p.at(2), std::make_pair(u"v"_qs, u"12.0.1"_qs));
        QCOMPARE(p.at(3).second, sign(p.mid(0, 3), u"new.salt"_qs));
    }
};

QTEST_APPLESS_MAIN(TestChe168Sign)
#include "tst_che168sign.moc"
