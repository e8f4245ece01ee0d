#include "core/net/charset.h"

#include <QTest>

using namespace CarScout::Net;

class TstCharset : public QObject
{
    Q_OBJECT

private slots:
    void declared_data();
    void declared();
    void decode_data();
    void decode();
};

void TstCharset::declared_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("header") << QByteArray("text/html; charset=EUC-KR") << QByteArray() << QByteArray("EUC-KR");
    QTest::newRow("quoted header") << QByteArray("text/html;charset=\"cp949\"") << QByteArray() << QByteArray("cp949");
    QTest::newRow("header wins over meta") << QByteArray("text/html; charset=utf-8")
                                           << QByteArray("<meta charset=euc-kr>") << QByteArray("utf-8");
    QTest::newRow("meta charset") << QByteArray("text/html") << QByteArray("<html><head><meta charset=\"EUC-KR\">")
                                  << QByteArray("EUC-KR");
    QTest::newRow("meta http-equiv") << QByteArray()
                                     << QByteArray("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=euc-kr\">")
                                     << QByteArray("euc-kr");
    QTest::newRow("xml declaration") << QByteArray("application/xml")
                                     << QByteArray("<?xml version=\"1.0\" encoding=\"windows-1251\"?><ValCurs/>")
                                     << QByteArray("windows-1251");
    QTest::newRow("json ignores markup") << QByteArray("application/json") << QByteArray("{\"a\":\"<meta charset=x>\"}")
                                         << QByteArray();
    QTest::newRow("nothing") << QByteArray("text/plain") << QByteArray("hello") << QByteArray();
}

void TstCharset::declared()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QCOMPARE(declaredCharset(contentType, body), expected);
}

void TstCharset::decode_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("charset");
    QTest::addColumn<bool>("unknown");
    // 가격문의 in EUC-KR: B0A1 B0DD B9AE C0C7 (a fixed byte string, not produced by the decoder under test)
    const QByteArray eucKr = QByteArray::fromHex("b0a1b0ddb9aec0c7");
    QTest::newRow("EUC-KR") << QByteArray("text/html; charset=EUC-KR") << eucKr << u"가격문의"_qs << u"EUC-KR"_qs << false;
    QTest::newRow("EUC-KR label decodes the UHC extension") << QByteArray("text/html; charset=euc-kr")
                                                           << eucKr + QByteArray::fromHex("8141") << u"가격문의갂"_qs
                                                           << u"euc-kr"_qs << false;
    QTest::newRow("CP949 superset") << QByteArray("text/html; charset=cp949") << eucKr + QByteArray::fromHex("8141")
                                    << u"가격문의갂"_qs << u"cp949"_qs << false;
    QTest::newRow("GB18030") << QByteArray("text/html; charset=gb18030") << QByteArray::fromHex("b3c9b9a6")
                             << u"成功"_qs << u"gb18030"_qs << false;
    QTest::newRow("windows-1251 (CBR XML)") << QByteArray("application/xml; charset=windows-1251")
                                            << QByteArray::fromHex("c4eeebebe0f0") << u"Доллар"_qs
                                            << u"windows-1251"_qs << false;
    QTest::newRow("UTF-8 default") << QByteArray("application/json") << QByteArray("{\"a\":\"\xEC\x84\xB1\"}")
                                   << u"{\"a\":\"성\"}"_qs << u"UTF-8"_qs << false;
    QTest::newRow("BOM wins") << QByteArray("text/html; charset=EUC-KR") << QByteArray("\xEF\xBB\xBFok") << u"ok"_qs
                              << u"UTF-8"_qs << false;
    QTest::newRow("unknown charset falls back") << QByteArray("text/html; charset=x-klingon") << QByteArray("abc")
                                                << u"abc"_qs << u"UTF-8"_qs << true;
}

void TstCharset::decode()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, text);
    QFETCH(QString, charset);
    QFETCH(bool, unknown);
    const DecodedBody decoded = decodeBody(body, contentType);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.charset, charset);
    QCOMPARE(decoded.declaredUnknown, unknown);
    QCOMPARE(bodyCharset(body, contentType), charset);   // what the client reports without decoding
}

QTEST_APPLESS_MAIN(TstCharset)
#include "tst_charset.moc"
