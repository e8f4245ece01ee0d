#include "core/model/listing.h"

#include <QTest>

using namespace CarScout;

class TestListing : public QObject
{
    Q_OBJECT
private slots:
    void fuelKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("fuel");
        QTest::newRow("petrol") << u"petrol"_qs << int(Fuel::Petrol);
        QTest::newRow("hybrid diesel") << u"hybrid_diesel"_qs << int(Fuel::HybridDiesel);
        QTest::newRow("electric") << u"electric"_qs << int(Fuel::Electric);
        QTest::newRow("unknown text") << u"steam"_qs << int(Fuel::Unknown);
    }
    void fuelKeys()
    {
        QFETCH(QString, key);
        QFETCH(int, fuel);
        QCOMPARE(int(fuelFromKey(key)), fuel);
        if (fuel != int(Fuel::Unknown))
            QCOMPARE(fuelKey(Fuel(fuel)), key);
    }

    void jsonRoundTrip()
    {
        Listing l;
        l.source = u"encar"_qs;
        l.id = u"41543125"_qs;
        l.url = QUrl(u"https://fem.encar.com/cars/detail/41543125"_qs);
        l.make = u"현대"_qs;
        l.makeEn = u"Hyundai"_qs;
        l.year = 2017;
        l.month = 11;
        l.price = 10'990'000;
        l.currency = u"KRW"_qs;
        l.fuel = Fuel::Diesel;
        l.transmission = Transmission::Automatic;
        l.photos = {QUrl(u"https://ci.encar.com/a_001.jpg"_qs)};
        l.badges = {u"inspection"_qs};
        const QJsonObject o = toJson(l);
        QCOMPARE(o.value(u"fuel").toString(), u"diesel"_qs);
        QCOMPARE(o.value(u"price").toDouble(), 10'990'000.0);
        QCOMPARE(listingFromJson(o), l);
    }

    void absentPriceIsOmitted()
    {
        Listing l;
        QVERIFY(!toJson(l).contains(u"price"));
        QVERIFY(!listingFromJson(toJson(l)).price.has_value());
        QVERIFY(!toJson(l).contains(u"price_prev"));
    }

    void previousPriceRoundTrips()
    {
        Listing l;
        l.price = 28'200'000;
        l.pricePrev = 32'000'000;
        const QJsonObject o = toJson(l);
        QCOMPARE(o.value(u"price_prev").toDouble(), 32'000'000.0);
        QCOMPARE(listingFromJson(o).pricePrev, l.pricePrev);
        QCOMPARE(listingFromJson(o), l);
    }
};

QTEST_APPLESS_MAIN(TestListing)
#include "tst_listing.moc"
