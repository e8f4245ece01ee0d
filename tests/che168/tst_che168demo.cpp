// The synthetic Che168 demo (tools/demo/gen_che168.py's route table, embedded as :/carscout/demo/che168/) is in
// the real formats: every reply parses with the production parsers, without warnings, and tells a consistent story.

#include "core/demo/routetabledemos.h"
#include "core/sources/che168/che168brands.h"
#include "core/sources/che168/che168detailparser.h"
#include "core/sources/che168/che168listparser.h"
#include "core/sources/terms.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Che168;

namespace {

const QString kRoot = u":/carscout/demo/che168"_qs;

QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestChe168Demo : public QObject
{
    Q_OBJECT

private:
    TermDictionary m_terms;
    QList<QJsonObject> m_routes;

    QList<QJsonObject> routes(const QString &path) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &r : m_routes) {
            if (r.value(u"path").toString() == path)
                out << r;
        }
        return out;
    }
    static QByteArray body(const QJsonObject &route) { return route.value(u"body").toString().toUtf8(); }
    QByteArray searchPage(const QJsonObject &query) const
    {
        for (const QJsonObject &r : routes(u"/api/v11/search"_qs)) {
            if (r.value(u"query").toObject() == query)
                return body(r);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_terms = TermDictionary::loadDefault(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QByteArray table = readResource(kRoot + u"/routes.json"_qs);
        QVERIFY(!table.isEmpty());
        QCOMPARE(Demo::routeTableHosts(table), (QStringList{u"api2scsou.che168.com"_qs, u"apiuscdt.che168.com"_qs,
                                                            u"2sc2.autoimg.cn"_qs}));
        for (const QJsonValue &v : QJsonDocument::fromJson(table).array())
            m_routes << v.toObject();
        QVERIFY(m_routes.size() > 500);
    }

    void photosAreServedFromFiles()
    {
        const QList<QJsonObject> photos = routes(u"/escimg/demo/1024x768_c42_autohomecar__demo0.png"_qs);
        QCOMPARE(photos.size(), 1);
        const QByteArray png = readResource(kRoot + u'/' + photos.first().value(u"bodyFile").toString());
        QVERIFY(png.startsWith("\x89PNG"));
    }

    void brands()
    {
        QList<Che168Brand> brands;
        QStringList warnings;
        const JobError e = parseBrands(body(routes(u"/api/v2/getbrands"_qs).value(0)), &brands, &warnings);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(warnings.isEmpty());
        QCOMPARE(brands.size(), 15);
        int onSale = 0;
        for (const Che168Brand &b : brands) {
            onSale += b.onSale ? 1 : 0;
            QVERIFY2(!m_terms.lookup(u"maker", b.name, u"en").isEmpty(), qPrintable(b.name));
        }
        QCOMPARE(onSale, 12);
    }

    void everySearchPageParses()
    {
        QSet<QString> unique;
        int pages = 0, repeats = 0, total = -1;
        for (const QJsonObject &r : routes(u"/api/v11/search"_qs)) {
            const QJsonObject query = r.value(u"query").toObject();
            Che168SearchPage page;
            const JobError e = parseSearchPage(body(r), m_terms, &page);
            const QString where = QString::fromUtf8(QJsonDocument(query).toJson(QJsonDocument::Compact));
            QVERIFY2(!e.isError(), qPrintable(where + u": "_qs + e.message));
            QVERIFY2(page.warnings.isEmpty(), qPrintable(where + u": "_qs + page.warnings.join(u"; "_qs)));
            QCOMPARE(QString::number(page.pageIndex), query.value(u"pageindex").toString());
            QVERIFY(page.cars.size() <= kPageSize);
            ++pages;
            if (query.size() != 1)
                continue;   // the whole market's pages below
            total = page.totalCount;
            for (const Che168Car &c : std::as_const(page.cars)) {
                if (unique.contains(c.listing.id))
                    ++repeats;
                unique.insert(c.listing.id);
                QVERIFY2(!c.listing.make.isEmpty(), qPrintable(c.listing.title));
                QVERIFY(c.listing.price && *c.listing.price > 0);
            }
        }
        QVERIFY(pages > 100);
        QCOMPARE(total, 240);
        QVERIFY(repeats > 0);                     // the default order repeats cars, like the real one
        QCOMPARE(unique.size() + repeats, 240);   // every repeat took the place of one car …
        QVERIFY(unique.size() < 240);             // … which therefore appears on no page of this order
    }

    void treeLevels()
    {
        Che168SearchPage brand, series;
        QVERIFY(!parseSearchPage(searchPage({{u"brandid"_qs, u"9101"_qs}, {u"pageindex"_qs, u"1"_qs}}), m_terms, &brand).isError());
        QCOMPARE(brand.series.size(), 3);
        QCOMPARE(brand.brandName, u"比亚迪"_qs);
        for (const FilterNode &n : std::as_const(brand.series))
            QVERIFY2(!n.nameEn.isEmpty(), qPrintable(n.name));
        QVERIFY(!parseSearchPage(searchPage({{u"brandid"_qs, u"9101"_qs}, {u"seriesid"_qs, u"91011"_qs},
                                             {u"pageindex"_qs, u"1"_qs}}), m_terms, &series).isError());
        QCOMPARE(series.years.size(), 6);          // 汉: 2025 … 2020
        QCOMPARE(series.years.first().name, u"2025款"_qs);
        QCOMPARE(series.yearSpecIds.value(series.years.first().key).size(), 2);
    }

    void everyDetailParses()
    {
        QHash<QString, QByteArray> params;
        for (const QJsonObject &r : routes(u"/api/v1/car/getparamtypeitems"_qs))
            params.insert(r.value(u"query").toObject().value(u"infoid").toString(), body(r));
        int details = 0, electric = 0;
        for (const QJsonObject &r : routes(u"/apic/v2/car/getcarinfo"_qs)) {
            const QString id = r.value(u"query").toObject().value(u"infoid").toString();
            Che168CarInfo info;
            JobError e = parseCarInfo(body(r), id, m_terms, &info);
            QVERIFY2(!e.isError(), qPrintable(e.message));
            QCOMPARE(info.listing.id, id);
            Che168Params p;
            e = parseParamItems(params.value(id), id, &p);
            QVERIFY2(!e.isError(), qPrintable(e.message));
            const ListingDetail d = buildDetail(info, &p, {}, m_terms);
            QVERIFY2(d.listing.powerHp > 0, qPrintable(d.listing.title));
            QVERIFY(d.listing.fuel != Fuel::Unknown && d.listing.fuel != Fuel::Other);
            QVERIFY(d.listing.transmission != Transmission::Unknown && d.listing.transmission != Transmission::Other);
            QVERIFY(info.vin.startsWith(u"DEMO"));
            QVERIFY(d.listing.photos.size() >= 6);
            const PowerChoice power = choosePower(info, p);
            if (power.powertrain == Powertrain::Electric) {
                ++electric;
                QCOMPARE(d.listing.engineCc, 0);
                QCOMPARE(power.field, u"电动机总功率(kW)"_qs);
            } else {
                QVERIFY(d.listing.engineCc > 900);
            }
            ++details;
        }
        QCOMPARE(details, 240);
        QCOMPARE(params.size(), 240);
        QVERIFY(electric > 10);
    }
};

QTEST_APPLESS_MAIN(TestChe168Demo)
#include "tst_che168demo.moc"
