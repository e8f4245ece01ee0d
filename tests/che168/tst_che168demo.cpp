// The synthetic Che168 demo data (tools/demo/gen_che168.py, generated at build time) is in the real formats:
// every file parses with the production parsers, without warnings, and tells a consistent story.

#include "core/sources/che168/che168brands.h"
#include "core/sources/che168/che168detailparser.h"
#include "core/sources/che168/che168listparser.h"
#include "core/sources/terms.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Che168;

namespace {

QByteArray readDemo(const QString &relative)
{
    QFile f(QStringLiteral(CHE168_DEMO_DIR) + u'/' + relative);
    if (!f.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

} // namespace

class TestChe168Demo : public QObject
{
    Q_OBJECT

private:
    TermDictionary m_terms;
    QJsonArray m_routes;
    int m_cars = 0;

private slots:
    void initTestCase()
    {
        QString error;
        m_terms = TermDictionary::loadDefault(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject routes = QJsonDocument::fromJson(readDemo(u"routes.json"_qs)).object();
        m_routes = routes.value(u"routes").toArray();
        m_cars = routes.value(u"cars").toInt();
        QVERIFY(m_routes.size() > 100);
        QCOMPARE(m_cars, 240);
    }

    void brands()
    {
        QList<Che168Brand> brands;
        QStringList warnings;
        const JobError e = parseBrands(readDemo(u"brands.json"_qs), &brands, &warnings);
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
        for (const QJsonValue &v : std::as_const(m_routes)) {
            const QJsonObject r = v.toObject();
            if (r.value(u"path").toString() != u"/api/v11/search")
                continue;
            const QString file = r.value(u"file").toString();
            Che168SearchPage page;
            const JobError e = parseSearchPage(readDemo(file), m_terms, &page);
            QVERIFY2(!e.isError(), qPrintable(file + u": "_qs + e.message));
            QVERIFY2(page.warnings.isEmpty(), qPrintable(file + u": "_qs + page.warnings.join(u"; "_qs)));
            QCOMPARE(QString::number(page.pageIndex), r.value(u"query").toObject().value(u"pageindex").toString());
            QVERIFY(page.cars.size() <= kPageSize);
            ++pages;
            if (!file.startsWith(u"search/all_"))
                continue;
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
        QCOMPARE(total, m_cars);
        QVERIFY(repeats > 0);                     // the default order repeats cars, like the real one
        QCOMPARE(unique.size() + repeats, 240);   // every repeat took the place of one car …
        QVERIFY(unique.size() < 240);             // … which therefore appears on no page of this order
    }

    void treeLevels()
    {
        Che168SearchPage brand, series;
        QVERIFY(!parseSearchPage(readDemo(u"search/b9101_p1.json"_qs), m_terms, &brand).isError());
        QCOMPARE(brand.series.size(), 3);
        QCOMPARE(brand.brandName, u"比亚迪"_qs);
        for (const FilterNode &n : std::as_const(brand.series))
            QVERIFY2(!n.nameEn.isEmpty(), qPrintable(n.name));
        QVERIFY(!parseSearchPage(readDemo(u"search/b9101_s91011_p1.json"_qs), m_terms, &series).isError());
        QCOMPARE(series.years.size(), 6);          // 汉: 2025 … 2020
        QCOMPARE(series.years.first().name, u"2025款"_qs);
        QCOMPARE(series.yearSpecIds.value(series.years.first().key).size(), 2);
    }

    void everyDetailParses()
    {
        int details = 0, electric = 0;
        for (const QJsonValue &v : std::as_const(m_routes)) {
            const QJsonObject r = v.toObject();
            if (r.value(u"path").toString() != u"/apic/v2/car/getcarinfo")
                continue;
            const QString id = r.value(u"query").toObject().value(u"infoid").toString();
            Che168CarInfo info;
            JobError e = parseCarInfo(readDemo(r.value(u"file").toString()), id, m_terms, &info);
            QVERIFY2(!e.isError(), qPrintable(e.message));
            QCOMPARE(info.listing.id, id);
            Che168Params params;
            e = parseParamItems(readDemo(u"params/%1.json"_qs.arg(id)), id, &params);
            QVERIFY2(!e.isError(), qPrintable(e.message));
            const ListingDetail d = buildDetail(info, &params, {}, m_terms);
            QVERIFY2(d.listing.powerHp > 0, qPrintable(d.listing.title));
            QVERIFY(d.listing.fuel != Fuel::Unknown && d.listing.fuel != Fuel::Other);
            QVERIFY(d.listing.transmission != Transmission::Unknown && d.listing.transmission != Transmission::Other);
            QVERIFY(info.vin.startsWith(u"DEMO"));
            QVERIFY(d.listing.photos.size() >= 6);
            const PowerChoice p = choosePower(info, params);
            if (p.powertrain == Powertrain::Electric) {
                ++electric;
                QCOMPARE(d.listing.engineCc, 0);
                QCOMPARE(p.field, u"电动机总功率(kW)"_qs);
            } else {
                QVERIFY(d.listing.engineCc > 900);
            }
            ++details;
        }
        QCOMPARE(details, m_cars);
        QVERIFY(electric > 10);
    }
};

QTEST_APPLESS_MAIN(TestChe168Demo)
#include "tst_che168demo.moc"
