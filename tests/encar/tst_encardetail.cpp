// Encar readside parsers: the real vehicle capture (requested 41344448, answered 41335009), inspection and
// accident-record documents shaped like sources.md §1.6, and bad input.

#include "core/sources/encar/encardetailparser.h"
#include "core/sources/terms.h"
#include "tests/common/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Encar;

class TestEncarDetail : public QObject
{
    Q_OBJECT

private:
    TermDictionary m_terms = TermDictionary::loadDefault();

    static const DetailSection *section(const ListingDetail &d, const QString &id)
    {
        for (const DetailSection &s : d.sections) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    }
    static QString field(const DetailSection *s, const QString &label)
    {
        for (const DetailField &f : s->fields) {
            if (f.label == label)
                return f.value;
        }
        return {};
    }

private slots:
    void realVehicle()
    {
        CARSCOUT_READ_SAMPLE(body, "encar/vehicle-41344448.json");
        EncarDetail out;
        const JobError e = parseVehicleDetail(body, u"41344448"_qs, m_terms, &out);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        const ListingDetail &d = out.detail;
        const Listing &l = d.listing;
        QCOMPARE(d.requestedId, u"41344448"_qs);
        QCOMPARE(l.id, u"41335009"_qs);
        QCOMPARE(l.url, QUrl(u"https://fem.encar.com/cars/detail/41344448"_qs));
        QCOMPARE(l.make, u"제네시스"_qs);
        QCOMPARE(l.makeEn, u"Genesis"_qs);
        QCOMPARE(l.model, u"GV80"_qs);
        QCOMPARE(l.modelEn, u"GV80"_qs);
        QCOMPARE(l.trim, u"2.5T 가솔린 2WD"_qs);
        QCOMPARE(l.year, 2025);
        QCOMPARE(l.month, 3);
        QCOMPARE(l.mileageKm, 10742);
        QCOMPARE(l.engineCc, 2497);
        QCOMPARE(l.price, std::optional<qint64>(58'900'000));
        QCOMPARE(l.currency, u"KRW"_qs);
        QCOMPARE(l.fuel, Fuel::Petrol);
        QCOMPARE(l.transmission, Transmission::Automatic);
        QCOMPARE(l.color, u"검정색"_qs);
        QCOMPARE(l.body, u"SUV"_qs);
        QVERIFY(!l.seller.isEmpty());
        QVERIFY(!l.location.isEmpty());

        // 26 photo entries: codes 001–026, six thumbnails repeat the paths of 001 and 007 → 20 unique, by code.
        QCOMPARE(l.photos.size(), 20);
        QCOMPARE(l.photos.first(), QUrl(u"https://ci.encar.com/carpicture03/pic4133/41335009_001.jpg"_qs));
        QCOMPARE(l.photos.at(9), QUrl(u"https://ci.encar.com/carpicture03/pic4133/41335009_010.jpg"_qs));
        QCOMPARE(l.photos.at(10), QUrl(u"https://ci.encar.com/carpicture03/pic4133/41335009_015.jpg"_qs));
        QCOMPARE(l.photos.last(), QUrl(u"https://ci.encar.com/carpicture03/pic4133/41335009_024.jpg"_qs));
        QSet<QUrl> unique(l.photos.begin(), l.photos.end());
        QCOMPARE(unique.size(), 20);

        QVERIFY(l.badges.contains(u"inspection report"_qs));
        QVERIFY(l.badges.contains(u"accident record"_qs));
        QVERIFY(l.badges.contains(u"warranty"_qs));
        QVERIFY(out.recordViewable);
        // The plate is there for the record endpoint (a Korean plate shape; its value is not printed).
        QVERIFY(QRegularExpression(u"^\\d{2,3}\\S\\d{4}$"_qs).match(out.vehicleNo).hasMatch());

        QCOMPARE(d.options.size(), 51 + 4);
        QCOMPARE(d.options.first(), u"001"_qs);
        QVERIFY(d.options.contains(u"1104"_qs));
        QVERIFY(d.description.size() > 100);

        const DetailSection *spec = section(d, u"spec"_qs);
        QVERIFY(spec);
        QCOMPARE(field(spec, u"Displacement"_qs), u"2497 cc"_qs);
        QCOMPARE(field(spec, u"Model year"_qs), u"2025"_qs);
        QCOMPARE(field(spec, u"Seats"_qs), u"5"_qs);
        QCOMPARE(field(spec, u"First registration"_qs), u"2025-03"_qs);
        const DetailSection *price = section(d, u"price"_qs);
        QVERIFY(price);
        QCOMPARE(field(price, u"Price"_qs), u"58,900,000 KRW (5890 만원)"_qs);
        QCOMPARE(field(price, u"New-car price"_qs), u"69,450,000 KRW (6945 만원)"_qs);
        QCOMPARE(field(price, u"Maker warranty (body)"_qs), u"60 months / 100,000 km"_qs);
        QVERIFY(section(d, u"condition"_qs));
        const DetailSection *seller = section(d, u"seller"_qs);
        QVERIFY(seller);
        // No phone number in any default section.
        const QJsonObject root = QJsonDocument::fromJson(body).object();
        const QString phone = root.value(u"contact"_qs).toObject().value(u"no"_qs).toString();
        QVERIFY(!phone.isEmpty());
        for (const DetailSection &s : d.sections) {
            for (const DetailField &f : s.fields)
                QVERIFY2(!f.value.contains(phone), qPrintable(s.id + u'/' + f.label));
        }
    }

    void inspection()
    {
        const QByteArray json = R"J({"master":{"detail":{"vin":"TESTVIN0000000000","mileage":52310,"tuning":"없음",
            "recall":{"title":"해당없음"}},"accdient":true,"simpleRepair":false},
            "outers":[{"type":{"code":"P021","title":"후드"},"statusTypes":[{"code":"X","title":"교환"}]},
                      {"type":{"code":"P031","title":"프론트 펜더(좌)"},"statusTypes":[{"code":"W","title":"판금/용접"}]},
                      {"type":{"code":"P032","title":"도어(우)"},"statusTypes":[]}],
            "inners":[], "images":[]})J";
        InspectionSummary i;
        const JobError e = parseInspection(json, &i);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(i.mileageKm, 52310);
        QVERIFY(i.accident);
        QVERIFY(!i.simpleRepair);
        QCOMPARE(i.replacedPanels, QStringList{u"후드"_qs});
        QCOMPARE(i.weldedPanels, QStringList{u"프론트 펜더(좌)"_qs});
        QVERIFY(i.notes.contains(u"recall: 해당없음"_qs));
        QCOMPARE(inspectionSection(i).id, u"inspection"_qs);
    }

    void record()
    {
        const QByteArray json = R"({"accidentCnt":2,"myAccidentCnt":1,"myAccidentCost":1530000,"otherAccidentCnt":1,
            "otherAccidentCost":420000,"ownerChangeCnt":3,"carNoChangeCnt":1,"totalLossCnt":0,"robberCnt":0,
            "floodTotalLossCnt":0,"floodPartLossCnt":1,"business":false,"government":false,"carInfoUse1s":["2"],
            "accidents":[]})";
        AccidentSummary a;
        const JobError e = parseRecord(json, &a);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(a.accidentCount, 2);
        QCOMPARE(a.ownDamageKrw, 1530000);
        QCOMPARE(a.otherDamageKrw, 420000);
        QCOMPARE(a.ownerChanges, 3);
        QCOMPARE(a.plateChanges, 1);
        QVERIFY(!a.totalLoss);
        QVERIFY(a.flood);
        QVERIFY(!a.theft);
        QVERIFY(a.commercialUse);
        QCOMPARE(accidentSection(a).fields.size(), 9);
    }

    void badInput_data()
    {
        QTest::addColumn<int>("which");   // 0 vehicle, 1 inspection, 2 record
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("vehicle empty") << 0 << QByteArray() << u"Encar vehicle 1: empty response body"_qs;
        QTest::newRow("vehicle block page") << 0 << QByteArray("<html><title>blocked</title></html>") << u"block page"_qs;
        QTest::newRow("vehicle truncated") << 0 << QByteArray(R"({"vehicleId":1,"category":{"manu)")
                                           << u"invalid JSON at byte"_qs;
        QTest::newRow("vehicle array") << 0 << QByteArray("[]") << u"not an object"_qs;
        QTest::newRow("vehicle no id") << 0 << QByteArray(R"({"category":{}})") << u"\"vehicleId\" is missing"_qs;
        QTest::newRow("vehicle wrong type") << 0 << QByteArray(R"({"vehicleId":1,"category":{"yearMonth":"202001"},"spec":{"mileage":"lots"}})")
                                            << u"\"spec.mileage\" is a string, expected a number"_qs;
        QTest::newRow("vehicle photos type") << 0 << QByteArray(R"({"vehicleId":1,"category":{"yearMonth":"202001"},"photos":{}})")
                                             << u"\"photos\" is an object, expected an array"_qs;
        QTest::newRow("vehicle bad yearMonth") << 0 << QByteArray(R"({"vehicleId":1,"category":{"yearMonth":"2020"}})")
                                               << u"\"category.yearMonth\" \"2020\" is not YYYYMM"_qs;
        QTest::newRow("vehicle charset") << 0 << QByteArray("{\"vehicleId\":1,\"category\":{\"modelName\":\"\xb1\xd7\"}}")
                                         << u"not UTF-8 at byte 40"_qs;
        QTest::newRow("inspection no master") << 1 << QByteArray("{}") << u"\"master\" is missing"_qs;
        QTest::newRow("inspection outers type") << 1 << QByteArray(R"({"master":{"detail":{}},"outers":5})")
                                                << u"\"outers\" is a number, expected an array"_qs;
        QTest::newRow("record empty object") << 2 << QByteArray("{}") << u"neither \"accidentCnt\""_qs;
        QTest::newRow("record wrong type") << 2 << QByteArray(R"({"accidentCnt":[1]})")
                                           << u"\"accidentCnt\" is an array, expected a number"_qs;
    }

    void badInput()
    {
        QFETCH(int, which);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        JobError e;
        if (which == 0) {
            EncarDetail d;
            e = parseVehicleDetail(body, u"1"_qs, m_terms, &d);
        } else if (which == 1) {
            InspectionSummary i;
            e = parseInspection(body, &i);
        } else {
            AccidentSummary a;
            e = parseRecord(body, &a);
        }
        QCOMPARE(e.kind, JobError::Kind::Parse);
        QVERIFY2(e.message.contains(expected), qPrintable(e.message));
    }
};

QTEST_GUILESS_MAIN(TestEncarDetail)
#include "tst_encardetail.moc"
