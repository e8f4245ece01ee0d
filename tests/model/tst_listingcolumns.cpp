#include "core/model/columnlayout.h"
#include "core/model/listingcolumns.h"
#include "core/model/listingformat.h"
#include "core/model/workspaceannotation.h"
#include "tests/model/testlistings.h"

#include <QJsonDocument>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Model;

// Column keys and titles, the pure formatting helpers and the column layout value.
class TestListingColumns : public QObject
{
    Q_OBJECT
private slots:
    void keysRoundTrip()
    {
        const QStringList keys = allColumnKeys();
        QCOMPARE(keys.size(), columnCount);
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), columnCount);   // unique
        for (int i = 0; i < columnCount; ++i) {
            QCOMPARE(columnFromKey(columnKey(Column(i))), std::optional<Column>(Column(i)));
            QVERIFY(!columnTitle(Column(i)).isEmpty());
        }
        QVERIFY(!columnFromKey(u"no_such_column").has_value());
    }

    void keysAreTheJsonKeys()
    {
        // Every non-computed column key is a key of the CLI's JSON (DESIGN §3).
        Listing l = Test::makeListing(u"1"_qs, 5);
        l.trim = u"x"_qs;
        l.pricePrev = *l.price + 1'000'000;   // price_prev is written only for a reduced price
        const QJsonObject json = toJson(l);
        for (int i = 0; i < columnCount; ++i) {
            if (!isComputedColumn(Column(i)) && !isWorkspaceColumn(Column(i)))   // the workspace's come from the store
                QVERIFY2(json.contains(columnKey(Column(i))), qPrintable(columnKey(Column(i))));
        }
        QCOMPARE(columnKey(Column::PriceRub), u"price_rub"_qs);
        QCOMPARE(columnKey(Column::CustomsRub), u"customs_rub"_qs);
        QCOMPARE(columnKey(Column::LandedRub), u"landed_rub"_qs);
    }

    void kopecksText_data()
    {
        QTest::addColumn<qint64>("kopecks");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<qint64>("roubles");
        QTest::newRow("zero") << qint64(0) << u"0.00"_qs << qint64(0);
        QTest::newRow("one kopeck") << qint64(1) << u"0.01"_qs << qint64(0);
        QTest::newRow("half up") << qint64(150) << u"1.50"_qs << qint64(2);
        QTest::newRow("below half") << qint64(149) << u"1.49"_qs << qint64(1);
        QTest::newRow("millions") << qint64(123'456'789) << u"1234567.89"_qs << qint64(1'234'568);
        QTest::newRow("negative") << qint64(-150) << u"-1.50"_qs << qint64(-2);
    }
    void kopecksText()
    {
        QFETCH(qint64, kopecks);
        QFETCH(QString, plain);
        QFETCH(qint64, roubles);
        QCOMPARE(kopecksToPlainText(kopecks), plain);
        QCOMPARE(kopecksToRoundedRoubles(kopecks), roubles);
    }

    void previousPriceColumn()
    {
        Listing l = Test::makeListing(u"7"_qs, 28'200'000, 2020, 123'456);
        QCOMPARE(columnKey(Column::PricePrev), u"price_prev"_qs);
        QVERIFY(isNumericColumn(Column::PricePrev));
        QVERIFY(defaultCsvColumnKeys().contains(u"price_prev"_qs));
        QCOMPARE(exportText(l, Column::PricePrev, nullptr), QString());   // not reduced: empty, not "unknown"
        QVERIFY(!rawValue(l, Column::PricePrev, nullptr).isValid());
        l.pricePrev = 32'000'000;
        QCOMPARE(exportText(l, Column::PricePrev, nullptr), u"32000000"_qs);
        QCOMPARE(rawValue(l, Column::PricePrev, nullptr).toLongLong(), 32'000'000);
        QCOMPARE(displayText(l, Column::PricePrev, nullptr, QLocale(QLocale::English, QLocale::UnitedStates)), u"32,000,000 KRW"_qs);
    }

    void exportTextIsPlain()
    {
        Listing l = Test::makeListing(u"7"_qs, 31'500'000, 2020, 123'456);
        l.badges = {u"inspection"_qs, u"no accident"_qs};
        l.fuel = Fuel::HybridPetrol;
        QCOMPARE(exportText(l, Column::Price, nullptr), u"31500000"_qs);
        QCOMPARE(exportText(l, Column::Mileage, nullptr), u"123456"_qs);
        QCOMPARE(exportText(l, Column::Year, nullptr), u"2020"_qs);
        QCOMPARE(exportText(l, Column::Month, nullptr), u"3"_qs);
        QCOMPARE(exportText(l, Column::Source, nullptr), u"encar"_qs);
        QCOMPARE(exportText(l, Column::Fuel, nullptr), u"Hybrid (petrol)"_qs);
        QCOMPARE(exportText(l, Column::Badges, nullptr), u"inspection, no accident"_qs);
        QCOMPARE(exportText(l, Column::Url, nullptr), u"https://example.invalid/cars/7"_qs);
        QCOMPARE(exportText(l, Column::PowerHp, nullptr), QString());
        QCOMPARE(exportText(l, Column::LandedRub, nullptr), QString());
    }

    void mergeKeepsWhatTheFreshCopyLacks()
    {
        Listing old = Test::makeListing(u"1"_qs, 100);
        old.powerHp = 180;
        old.photos = {QUrl(u"https://example.invalid/1.jpg"_qs)};
        Listing fresh = Test::makeListing(u"1"_qs, {});
        fresh.engineCc = 0;
        fresh.mileageKm = 60'000;
        const Listing merged = mergeListing(old, fresh);
        QCOMPARE(merged.powerHp, 180);
        QCOMPARE(merged.engineCc, 1999);
        QCOMPARE(merged.photos, old.photos);
        QCOMPARE(merged.mileageKm, 60'000);            // fresh value wins
        QVERIFY(!merged.price.has_value());            // "call for price" now
    }

    void defaultLayout()
    {
        const ColumnLayout layout = ColumnLayout::defaults();
        QCOMPARE(layout.columns.size(), columnCount);
        QCOMPARE(layout.visibleColumns(), defaultVisibleColumns());
        QVERIFY(!layout.isVisible(Column::Url));
    }

    void layoutRoundTrip()
    {
        ColumnLayout layout = ColumnLayout::defaults();
        layout.setVisible(Column::Url, true);
        layout.setVisible(Column::Fuel, false);
        layout.setWidth(Column::Title, 320);
        layout.move(Column::LandedRub, 0);
        QCOMPARE(layout.position(Column::LandedRub), 0);
        QCOMPARE(ColumnLayout::fromVariantMap(layout.toVariantMap()), layout);
        QCOMPARE(ColumnLayout::fromJson(layout.toJson()), layout);
        QCOMPARE(ColumnLayout::fromVariantMap(layout.toVariantMap()).visibleColumns().first(), Column::LandedRub);
    }

    void layoutToleratesOldAndBrokenValues()
    {
        // Unknown key, duplicate, oversize width, a missing "visible"; every other column is appended.
        const QByteArray saved = R"({"version":1,"columns":[
            {"key":"price","visible":true,"width":99999},
            {"key":"gone_column","visible":true},
            {"key":"price","visible":false},
            {"key":"url"}]})";
        const ColumnLayout layout = ColumnLayout::fromJson(saved);
        QCOMPARE(layout.columns.size(), columnCount);
        QCOMPARE(layout.columns.at(0).column, Column::Price);
        QVERIFY(layout.columns.at(0).visible);
        QCOMPARE(layout.columns.at(0).width, 4000);
        QCOMPARE(layout.columns.at(1).column, Column::Url);
        QVERIFY(!layout.columns.at(1).visible);   // default visibility of url
        QVERIFY(layout.isVisible(Column::Title)); // appended with its default

        QCOMPARE(ColumnLayout::fromJson("not json"), ColumnLayout::defaults());
        QCOMPARE(ColumnLayout::fromJson(R"({"version":2,"columns":[]})"), ColumnLayout::defaults());
        QCOMPARE(ColumnLayout::fromVariantMap({}), ColumnLayout::defaults());
    }
};

QTEST_APPLESS_MAIN(TestListingColumns)
#include "tst_listingcolumns.moc"
