// The Che168 detail parsers (getcarinfo + getparamtypeitems) on synthetic replies in the real shape: every field
// the dealer needs, the power figure per powertrain, and specific errors on bad input.

#include "core/sources/che168/che168detailparser.h"
#include "core/sources/terms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Che168;

namespace {

QByteArray envelope(const QJsonValue &result, int code = 0)
{
    return QJsonDocument(QJsonObject{{u"returncode"_qs, code}, {u"message"_qs, u"成功"_qs}, {u"result"_qs, result}})
        .toJson(QJsonDocument::Compact);
}

// An invented car in getcarinfo's shape (che168-bobaedream.md §3.2).
QJsonObject carInfo()
{
    return QJsonObject{
        {u"infoid"_qs, 61234567}, {u"specid"_qs, 40001}, {u"seriesid"_qs, 3001}, {u"brandid"_qs, 33},
        {u"carname"_qs, u"奥迪A4L 2019款 40 TFSI 时尚型"_qs}, {u"brandname"_qs, u"奥迪"_qs}, {u"seriesname"_qs, u"奥迪A4L"_qs},
        {u"price"_qs, 18.6}, {u"guidanceprice"_qs, 33.29}, {u"mileage"_qs, 6.35},
        {u"firstregdate"_qs, u"2019-10"_qs}, {u"firstregshortdate"_qs, u"2019-10-08"_qs}, {u"firstregyear"_qs, u"2019年"_qs},
        {u"firstregstr"_qs, u"6年2个月"_qs}, {u"displacement"_qs, u"2"_qs}, {u"gearbox"_qs, u"自动"_qs},
        {u"fuelname"_qs, u"汽油"_qs}, {u"drivingmode"_qs, u"前置前驱"_qs}, {u"levelname"_qs, u"中型车"_qs},
        {u"flowmode"_qs, u"涡轮增压"_qs}, {u"setcount"_qs, 5}, {u"vincode"_qs, u"LTEST0000K0000001"_qs},
        {u"cid"_qs, 440100}, {u"cname"_qs, u"广州"_qs}, {u"pid"_qs, 440000}, {u"countyname"_qs, u"从化"_qs},
        {u"colorname"_qs, u"白色"_qs}, {u"transfercount"_qs, 1}, {u"carusename"_qs, u"家用"_qs},
        {u"examine"_qs, u"2025-10"_qs}, {u"insurance"_qs, u"2025-10"_qs}, {u"dealerid"_qs, 900001},
        {u"remark"_qs, u"示例车况说明"_qs}, {u"publicdate"_qs, u"2026-11-20"_qs}, {u"environmental"_qs, u"国VI"_qs},
        {u"isev"_qs, 0}, {u"batterypower"_qs, u""_qs},
        {u"imageurl"_qs, u"https://img.example/p/400x300_c42_cover.jpg.webp"_qs},
        {u"piclist"_qs, QJsonArray{u"https://img.example/p/1024x768_c42_a.jpg.webp"_qs,
                                   u"https://img.example/p/640x480_c42_b.jpg.webp"_qs,
                                   u"https://img.example/p/1024x768_c42_a.jpg.webp"_qs}},
    };
}

QJsonObject item(const QString &name, const QString &content)
{
    return QJsonObject{{u"name"_qs, name}, {u"content"_qs, content}, {u"countline"_qs, 1}};
}

// getparamtypeitems' shape: [{title, data:[{name, content}]}].
QJsonArray params(const QList<std::pair<QString, QString>> &engine, const QString &energy = u"汽油"_qs)
{
    QJsonArray engineItems;
    for (const auto &[n, c] : engine)
        engineItems << item(n, c);
    return QJsonArray{
        QJsonObject{{u"title"_qs, u"基本参数"_qs},
                    {u"data"_qs, QJsonArray{item(u"厂商指导价(元)"_qs, u"33.29万"_qs), item(u"能源类型"_qs, energy),
                                            item(u"环保标准"_qs, u"国VI"_qs), item(u"首次上牌时间"_qs, u"2019-10-08"_qs),
                                            item(u"车身结构"_qs, u"4门5座三厢车"_qs), item(u"座位数(个)"_qs, u"-"_qs)}}},
        QJsonObject{{u"title"_qs, u"发动机"_qs}, {u"data"_qs, engineItems}},
        QJsonObject{{u"title"_qs, u"变速箱"_qs},
                    {u"data"_qs, QJsonArray{item(u"变速箱"_qs, u"7挡双离合"_qs), item(u"变速箱类型"_qs, u"双离合"_qs),
                                            item(u"环保标准"_qs, u"国V"_qs)}}},
    };
}

} // namespace

class TestChe168Detail : public QObject
{
    Q_OBJECT

private:
    TermDictionary m_terms;

    Che168CarInfo info(const QJsonObject &o = carInfo())
    {
        Che168CarInfo out;
        const JobError e = parseCarInfo(envelope(o), u"61234567"_qs, m_terms, &out);
        if (e.isError())
            qWarning("%s", qPrintable(e.message));
        return out;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_terms = TermDictionary::loadDefault(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void carInfoFields()
    {
        Che168CarInfo c;
        const JobError e = parseCarInfo(envelope(carInfo()), u"61234567"_qs, m_terms, &c);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        const Listing &l = c.listing;
        QCOMPARE(l.source, u"che168"_qs);
        QCOMPARE(l.id, u"61234567"_qs);
        QCOMPARE(l.url.toString(), u"https://m.che168.com/cardetail/index?infoid=61234567"_qs);
        QCOMPARE(l.title, u"奥迪A4L 2019款 40 TFSI 时尚型"_qs);
        QCOMPARE(l.make, u"奥迪"_qs);
        QCOMPARE(l.makeEn, u"Audi"_qs);
        QCOMPARE(l.model, u"奥迪A4L"_qs);
        QCOMPARE(l.modelEn, u"Audi A4L"_qs);
        QCOMPARE(l.trim, u"40 TFSI 时尚型"_qs);
        QCOMPARE(l.year, 2019);
        QCOMPARE(l.month, 10);
        QCOMPARE(c.firstRegistration, QDate(2019, 10, 8));
        QCOMPARE(l.mileageKm, 63500);
        QCOMPARE(l.price.value_or(-1), qint64(186000));
        QCOMPARE(l.currency, u"CNY"_qs);
        QCOMPARE(c.guidePriceCny.value_or(-1), qint64(332900));
        QCOMPARE(l.fuel, Fuel::Petrol);
        QCOMPARE(l.transmission, Transmission::Automatic);
        QCOMPARE(l.engineCc, 2000);
        QCOMPARE(l.color, u"白色"_qs);
        QCOMPARE(l.body, u"中型车"_qs);
        QCOMPARE(l.location, u"广州"_qs);
        QCOMPARE(c.county, u"从化"_qs);
        QCOMPARE(c.vin, u"LTEST0000K0000001"_qs);
        QCOMPARE(c.transferCount, 1);
        QCOMPARE(c.seats, 5);
        QCOMPARE(c.emission, u"国VI"_qs);
        QCOMPARE(c.carUse, u"家用"_qs);
        QCOMPARE(c.remark, u"示例车况说明"_qs);
        QCOMPARE(c.dealerId, u"900001"_qs);
        QCOMPARE(l.photos.size(), 2);   // piclist, full size, the repeat dropped
        QCOMPARE(l.photos.at(0).toString(), u"https://img.example/p/1024x768_c42_a.jpg.webp"_qs);
        QCOMPARE(l.photos.at(1).toString(), u"https://img.example/p/1024x768_c42_b.jpg.webp"_qs);
    }

    void coverWhenNoPiclistAndMonthOnlyDate()
    {
        QJsonObject o = carInfo();
        o.remove(u"piclist"_qs);
        o.remove(u"firstregshortdate"_qs);
        const Che168CarInfo c = info(o);
        QCOMPARE(c.listing.photos.size(), 1);
        QCOMPARE(c.listing.photos.first().toString(), u"https://img.example/p/1024x768_c42_cover.jpg.webp"_qs);
        QCOMPARE(c.firstRegistration, QDate(2019, 10, 1));
    }

    void power_data()
    {
        QTest::addColumn<QString>("energy");
        QTest::addColumn<QStringList>("fields");   // name=content pairs of the engine/motor section
        QTest::addColumn<QString>("powertrain");
        QTest::addColumn<int>("ps");
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("cc");
        QTest::newRow("ICE: Ps preferred") << u"汽油"_qs
            << QStringList{u"排量(mL)=1984"_qs, u"最大功率(kW)=140"_qs, u"最大马力(Ps)=190"_qs, u"发动机=2.0T 190马力 L4"_qs}
            << u"combustion"_qs << 190 << u"最大马力(Ps)"_qs << 1984;
        QTest::newRow("ICE: kW only") << u"汽油"_qs << QStringList{u"排量(L)=1.5"_qs, u"最大功率(kW)=110"_qs}
            << u"combustion"_qs << 150 << u"最大功率(kW)"_qs << 1500;
        QTest::newRow("ICE: engine text only") << u"柴油"_qs << QStringList{u"发动机=2.0T 156马力 L4"_qs, u"最大马力(Ps)=-"_qs}
            << u"combustion"_qs << 156 << u"发动机"_qs << 2000;
        QTest::newRow("BEV: motor kW") << u"纯电动"_qs
            << QStringList{u"电动机总功率(kW)=150"_qs, u"电动机(Ps)=204"_qs, u"电池能量(kWh)=75"_qs}
            << u"electric"_qs << 204 << u"电动机总功率(kW)"_qs << 0;
        QTest::newRow("BEV: motor Ps only") << u"纯电动"_qs << QStringList{u"电动机(Ps)=272"_qs}
            << u"electric"_qs << 272 << u"电动机(Ps)"_qs << 0;
        QTest::newRow("REEV: the motor, not the range extender") << u"增程式"_qs
            << QStringList{u"排量(mL)=1496"_qs, u"最大马力(Ps)=154"_qs, u"电动机总功率(kW)=330"_qs}
            << u"range_extender"_qs << 449 << u"电动机总功率(kW)"_qs << 1496;
        QTest::newRow("PHEV: system power") << u"插电式混合动力"_qs
            << QStringList{u"排量(mL)=1998"_qs, u"最大马力(Ps)=184"_qs, u"电动机总功率(kW)=80"_qs, u"系统综合功率(Ps)=394"_qs}
            << u"plug_in_hybrid"_qs << 394 << u"系统综合功率(Ps)"_qs << 1998;
        QTest::newRow("HEV: system kW") << u"油电混合"_qs << QStringList{u"排量(mL)=2487"_qs, u"系统综合功率(kW)=160"_qs}
            << u"hybrid"_qs << 218 << u"系统综合功率(kW)"_qs << 2487;
        QTest::newRow("hybrid without system power: the engine") << u"汽油+48V轻混系统"_qs
            << QStringList{u"排量(mL)=1984"_qs, u"最大马力(Ps)=265"_qs}
            << u"hybrid"_qs << 265 << u"最大马力(Ps)"_qs << 1984;
        QTest::newRow("no figure") << u"汽油"_qs << QStringList{u"排量(mL)=1984"_qs}
            << u"combustion"_qs << 0 << QString() << 1984;
    }
    void power()
    {
        QFETCH(QString, energy);
        QFETCH(QStringList, fields);
        QFETCH(QString, powertrain);
        QFETCH(int, ps);
        QFETCH(QString, from);
        QFETCH(int, cc);
        QList<std::pair<QString, QString>> engine;
        for (const QString &f : fields)
            engine.append({f.section(u'=', 0, 0), f.section(u'=', 1)});
        Che168Params p;
        const JobError e = parseParamItems(envelope(params(engine, energy)), u"61234567"_qs, &p);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QJsonObject o = carInfo();
        o.insert(u"fuelname"_qs, energy);
        const Che168CarInfo c = info(o);
        const PowerChoice choice = choosePower(c, p);
        QCOMPARE(powertrainKey(choice.powertrain), powertrain);
        QCOMPARE(choice.ps, ps);
        QCOMPARE(choice.field, from);
        const ListingDetail d = buildDetail(c, &p, {}, m_terms);
        QCOMPARE(d.listing.powerHp, ps);
        QCOMPARE(d.listing.engineCc, cc);
    }

    void detailSections()
    {
        Che168Params p;
        QVERIFY(!parseParamItems(envelope(params({{u"排量(mL)"_qs, u"1984"_qs}, {u"最大马力(Ps)"_qs, u"190"_qs}})),
                                 u"61234567"_qs, &p).isError());
        // Repeated names keep their first value; "-" is left out.
        QCOMPARE(p.value(u"环保标准"_qs), u"国VI"_qs);
        QCOMPARE(p.value(u"座位数(个)"_qs), QString());
        QCOMPARE(p.sections.size(), 3);
        QCOMPARE(p.sections.at(0).title, u"基本参数"_qs);
        QCOMPARE(p.sections.at(2).fields.size(), 2);
        const ListingDetail d = buildDetail(info(), &p, {}, m_terms);
        QCOMPARE(d.requestedId, u"61234567"_qs);
        QCOMPARE(d.description, u"示例车况说明"_qs);
        QStringList ids;
        for (const DetailSection &s : d.sections)
            ids << s.id;
        QCOMPARE(ids, (QStringList{u"spec"_qs, u"price"_qs, u"condition"_qs, u"seller"_qs, u"parameters"_qs,
                                   u"parameters"_qs, u"parameters"_qs}));
        const auto field = [&](const QString &section, const char *label) {
            for (const DetailSection &s : d.sections) {
                if (s.id != section)
                    continue;
                for (const DetailField &f : s.fields) {
                    if (f.label == QLatin1StringView(label))
                        return f.value;
                }
            }
            return u"<absent>"_qs;
        };
        QCOMPARE(field(u"spec"_qs, "First registration"), u"2019-10-08"_qs);
        QCOMPARE(field(u"spec"_qs, "Model year"), u"2019"_qs);
        QCOMPARE(field(u"spec"_qs, "VIN"), u"LTEST0000K0000001"_qs);
        QCOMPARE(field(u"spec"_qs, "Displacement"), u"1984 cc"_qs);
        QCOMPARE(field(u"spec"_qs, "Engine power"), u"190 PS (139.7 kW, 最大马力(Ps))"_qs);
        QCOMPARE(field(u"spec"_qs, "Emission standard"), u"国VI"_qs);
        QCOMPARE(field(u"spec"_qs, "Transmission"), u"自动"_qs);
        QCOMPARE(field(u"spec"_qs, "Mileage"), u"63,500 km"_qs);
        QCOMPARE(field(u"price"_qs, "Price"), u"186,000 CNY (18.6 万元)"_qs);
        QCOMPARE(field(u"price"_qs, "New-car price"), u"332,900 CNY (33.29 万元)"_qs);
        QCOMPARE(field(u"condition"_qs, "Owner changes"), u"1"_qs);
        QCOMPARE(field(u"condition"_qs, "Use"), u"家用"_qs);
        QCOMPARE(field(u"seller"_qs, "City"), u"广州 · 从化"_qs);
        QCOMPARE(field(u"spec"_qs, "Battery"), u"<absent>"_qs);
    }

    void electricDetail()
    {
        QJsonObject o = carInfo();
        o.insert(u"fuelname"_qs, u"纯电动"_qs);
        o.insert(u"displacement"_qs, u"0"_qs);
        o.insert(u"gearbox"_qs, u"电动车单速变速箱"_qs);
        o.insert(u"batterypower"_qs, u"78kWh"_qs);
        o.insert(u"vincode"_qs, u"LTEST**********01"_qs);
        Che168Params p;
        QVERIFY(!parseParamItems(envelope(params({{u"电动机总功率(kW)"_qs, u"200"_qs}}, u"纯电动"_qs)), u"1"_qs, &p).isError());
        const ListingDetail d = buildDetail(info(o), &p, {}, m_terms);
        QCOMPARE(d.listing.fuel, Fuel::Electric);
        QCOMPARE(d.listing.transmission, Transmission::Automatic);
        QCOMPARE(d.listing.engineCc, 0);
        QCOMPARE(d.listing.powerHp, 272);
        bool battery = false, masked = false;
        for (const DetailField &f : d.sections.first().fields) {
            battery = battery || (f.label == u"Battery" && f.value == u"78 kWh");
            masked = masked || (f.label == u"VIN" && f.value.contains(u"masked"));
        }
        QVERIFY(battery);
        QVERIFY(masked);
    }

    void withoutSpecSheet()
    {
        const ListingDetail d = buildDetail(info(), nullptr, u"Che168 spec sheet of car 61234567: HTTP 514"_qs, m_terms);
        QCOMPARE(d.listing.powerHp, 0);
        QCOMPARE(d.listing.engineCc, 2000);
        QCOMPARE(d.sections.last().id, u"notes"_qs);
        QCOMPARE(d.sections.last().fields.first().value, u"Che168 spec sheet of car 61234567: HTTP 514"_qs);
        bool enterIt = false;
        for (const DetailField &f : d.sections.first().fields)
            enterIt = enterIt || (f.label == u"Engine power" && f.value.contains(u"enter it"));
        QVERIFY(enterIt);
    }

    void badCarInfo_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("contains");
        QJsonObject noId = carInfo();
        noId.remove(u"infoid"_qs);
        QJsonObject badMileage = carInfo();
        badMileage.insert(u"mileage"_qs, QJsonObject());
        QJsonObject badPics = carInfo();
        badPics.insert(u"piclist"_qs, u"a.jpg"_qs);
        QJsonObject negative = carInfo();
        negative.insert(u"mileage"_qs, -3);
        QTest::newRow("107") << envelope(QJsonValue::Null, 107) << u"rejected the request signature"_qs;
        QTest::newRow("result array") << envelope(QJsonArray()) << u"\"result\" is an array, expected an object"_qs;
        QTest::newRow("no infoid") << envelope(noId) << u"\"result.infoid\" is missing"_qs;
        QTest::newRow("mileage object") << envelope(badMileage) << u"\"result.mileage\" is an object, expected a number"_qs;
        QTest::newRow("mileage negative") << envelope(negative) << u"\"result.mileage\" -3 is not a distance"_qs;
        QTest::newRow("piclist string") << envelope(badPics) << u"\"result.piclist\" is a string, expected an array"_qs;
        QTest::newRow("html") << QByteArray("<html>Frequency Capped</html>") << u"block page"_qs;
        QTest::newRow("sold") << QByteArray(R"({"returncode":2010,"message":"车源已售","result":null})") << u"sold or no longer listed (车源已售)"_qs;
    }
    void badCarInfo()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, contains);
        Che168CarInfo c;
        const JobError e = parseCarInfo(body, u"61234567"_qs, m_terms, &c);
        QVERIFY(e.isError());
        QVERIFY2(e.message.contains(u"Che168 car 61234567"), qPrintable(e.message));
        QVERIFY2(e.message.contains(contains), qPrintable(e.message));
        QCOMPARE(e.kind == JobError::Kind::NotFound, contains.contains(u"sold"));
    }

    void badParams_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("contains");
        QTest::newRow("object") << envelope(QJsonObject()) << u"\"result\" is an object, expected an array of sections"_qs;
        QTest::newRow("section number") << envelope(QJsonArray{3}) << u"\"result[0]\" is a number"_qs;
        QTest::newRow("data string") << envelope(QJsonArray{QJsonObject{{u"title"_qs, u"a"_qs}, {u"data"_qs, u"x"_qs}}})
                                     << u"\"result[0].data\" is a string"_qs;
        QTest::newRow("item array") << envelope(QJsonArray{QJsonObject{{u"data"_qs, QJsonArray{QJsonValue(QJsonArray())}}}})
                                    << u"\"result[0].data[0]\" is an array"_qs;
        QTest::newRow("all dashes") << envelope(QJsonArray{QJsonObject{{u"data"_qs, QJsonArray{item(u"a"_qs, u"-"_qs)}}}})
                                    << u"no parameter has a value"_qs;
        QTest::newRow("514 page") << QByteArray("<html><body>Frequency Capped</body></html>") << u"block page"_qs;
    }
    void badParams()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, contains);
        Che168Params p;
        const JobError e = parseParamItems(body, u"61234567"_qs, &p);
        QVERIFY(e.isError());
        QVERIFY2(e.message.contains(contains), qPrintable(e.message));
    }

    void powertrainNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("纯电动") << u"纯电动"_qs << u"electric"_qs;
        QTest::newRow("增程式") << u"增程式"_qs << u"range_extender"_qs;
        QTest::newRow("插电混动") << u"插电混动"_qs << u"plug_in_hybrid"_qs;
        QTest::newRow("油电混合") << u"油电混合"_qs << u"hybrid"_qs;
        QTest::newRow("汽油电驱") << u"汽油电驱"_qs << u"hybrid"_qs;
        QTest::newRow("汽油") << u"汽油"_qs << u"combustion"_qs;
        QTest::newRow("柴油") << u"柴油"_qs << u"combustion"_qs;
        QTest::newRow("dash") << u"-"_qs << QString();
    }
    void powertrainNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(powertrainKey(powertrainFromName(name)), key);
    }
};

QTEST_APPLESS_MAIN(TestChe168Detail)
#include "tst_che168detail.moc"
