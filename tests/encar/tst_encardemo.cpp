// The Encar demo data and backend: the generator is deterministic and is what the binary embeds; the inventory
// has the volume and spread the demo needs and nothing that looks like real people, phones or plates; the
// backend answers list/detail/photo requests in the real formats.

#include "core/sources/encar/encardemo.h"
#include "core/sources/encar/encarlistparser.h"
#include "core/sources/encar/encarquery.h"
#include "core/sources/terms.h"
#include "tests/common/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace CarScout;
using namespace CarScout::Sources;
using namespace CarScout::Sources::Encar;

class TestEncarDemo : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_inventory;

    static QByteArray resource(const QString &name)
    {
        QFile f(u":/carscout/demo/encar/"_qs + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static Demo::ReplayResponse get(const QString &host, const QString &path, const QUrlQuery &query = {})
    {
        Demo::ReplayRequest r;
        r.method = "GET";
        r.host = host;
        r.path = path;
        r.query = query;
        const std::optional<Demo::ReplayResponse> response = answerDemoRequest(r);
        return response.value_or(Demo::ReplayResponse{-1, {}, {}});
    }

private slots:
    void initTestCase()
    {
        m_inventory = QJsonDocument::fromJson(resource(u"inventory.json"_qs)).object();
        QVERIFY(!m_inventory.isEmpty());
    }

    void generatorIsDeterministicAndEmbedded()
    {
        QTemporaryDir a, b;
        const QString script = Test::sourceDir() + u"/tools/demo/gen_encar.py"_qs;
        for (const QTemporaryDir *dir : {&a, &b}) {
            QProcess python;
            python.start(u"python3"_qs, {script, dir->path()});
            QVERIFY(python.waitForFinished(60000));
            QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        }
        auto read = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray first = read(a.filePath(u"inventory.json"_qs));
        QVERIFY(first.size() > 1000000);
        QCOMPARE(QCryptographicHash::hash(read(b.filePath(u"inventory.json"_qs)), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(first, QCryptographicHash::Sha256));
        QCOMPARE(QCryptographicHash::hash(resource(u"inventory.json"_qs), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(first, QCryptographicHash::Sha256));
        for (int i = 0; i < 6; ++i) {
            const QByteArray png = resource(u"photo_%1.png"_qs.arg(i));
            QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
            QCOMPARE(png, read(a.filePath(u"photo_%1.png"_qs.arg(i))));
        }
    }

    void inventoryShape()
    {
        const QJsonArray items = m_inventory.value(u"SearchResults"_qs).toArray();
        const QJsonObject details = m_inventory.value(u"Details"_qs).toObject();
        QVERIFY(items.size() >= 2000);
        QSet<QString> makers, ids, cars;
        int duplicates = 0, withInspection = 0, withRecord = 0, callForPrice = 0;
        const TermDictionary terms = TermDictionary::loadDefault();
        const QRegularExpression fakePlate(u"^00\\S\\d{4}$"_qs);
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(u"Id"_qs).toString();
            QVERIFY(!ids.contains(id));
            ids.insert(id);
            makers.insert(o.value(u"Manufacturer"_qs).toString());
            cars.insert(o.value(u"Photo"_qs).toString());
            duplicates += o.value(u"ServiceCopyCar"_qs).toString() == u"DUPLICATION";
            callForPrice += o.value(u"Price"_qs).toInt() == 9999 || o.value(u"Price"_qs).toInt() == 99999;
            QVERIFY2(terms.fuel(o.value(u"FuelType"_qs).toString()) != Fuel::Unknown, qPrintable(id));
            QVERIFY2(terms.transmission(o.value(u"Transmission"_qs).toString()) != Transmission::Unknown, qPrintable(id));
            QVERIFY(o.value(u"OfficeName"_qs).toString().contains(u"데모모터스"_qs));   // clearly fake dealers
            QVERIFY(o.value(u"DealerName"_qs).toString().startsWith(u"가상딜러"_qs));
            const QJsonObject extra = details.value(id).toObject();
            QVERIFY2(fakePlate.match(extra.value(u"plate"_qs).toString()).hasMatch(), qPrintable(id));
            QVERIFY(extra.value(u"vin"_qs).toString().startsWith(u"DEMO"_qs));
            withInspection += extra.contains(u"inspection"_qs);
            withRecord += extra.contains(u"record"_qs);
        }
        QVERIFY(makers.size() >= 12);
        QVERIFY(cars.size() >= 2000);                  // ≥ 2,000 distinct cars after folding re-adverts
        QVERIFY(duplicates > 0);
        QVERIFY(callForPrice > 0);
        QVERIFY(withInspection > 0 && withInspection < items.size());
        QVERIFY(withRecord > 0 && withRecord < items.size());
        // The whole inventory parses as one list page in the real format.
        EncarListPage page;
        const JobError e = parseListPage(demoListPage(0), terms, &page);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(page.items.size(), items.size());
        QCOMPARE(demoInventorySize(), int(items.size()));
    }

    void sortsAndPages_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::newRow("ModifiedDate") << u"ModifiedDate"_qs;
        QTest::newRow("PriceAsc") << u"PriceAsc"_qs;
        QTest::newRow("PriceDesc") << u"PriceDesc"_qs;
        QTest::newRow("MileageAsc") << u"MileageAsc"_qs;
        QTest::newRow("MileageDesc") << u"MileageDesc"_qs;
        QTest::newRow("Year") << u"Year"_qs;
    }

    void sortsAndPages()
    {
        QFETCH(QString, sort);
        EncarFilter f;
        f.carType = u"N"_qs;
        QList<QJsonObject> all;
        for (int offset = 0; offset < 150; offset += 50) {
            const QUrl url = listUrl(buildQ(f), buildSr(sort, offset, 50), false);
            const Demo::ReplayResponse r = get(u"api.encar.com"_qs, url.path(), QUrlQuery(url));
            QCOMPARE(r.status, 200);
            const QJsonArray page = QJsonDocument::fromJson(r.body).object().value(u"SearchResults"_qs).toArray();
            QCOMPARE(page.size(), 50);
            for (const QJsonValue &v : page)
                all << v.toObject();
        }
        auto key = [&sort](const QJsonObject &o) -> double {
            if (sort.startsWith(u"Price"))
                return o.value(u"Price"_qs).toDouble();
            if (sort.startsWith(u"Mileage"))
                return o.value(u"Mileage"_qs).toDouble();
            if (sort == u"Year")
                return -o.value(u"Year"_qs).toDouble();
            return 0;
        };
        QSet<QString> ids;
        for (int i = 0; i < all.size(); ++i) {
            ids.insert(all.at(i).value(u"Id"_qs).toString());
            if (i == 0)
                continue;
            if (sort == u"ModifiedDate")
                QVERIFY(all.at(i - 1).value(u"ModifiedDate"_qs).toString() >= all.at(i).value(u"ModifiedDate"_qs).toString());
            else if (sort.endsWith(u"Desc"))
                QVERIFY(key(all.at(i - 1)) >= key(all.at(i)));
            else
                QVERIFY(key(all.at(i - 1)) <= key(all.at(i)));
        }
        QCOMPARE(ids.size(), 150);   // pages do not overlap
    }

    void otherAnswers()
    {
        QCOMPARE(get(u"api.encar.com"_qs, u"/v1/readside/vehicle/123"_qs).status, 404);
        QCOMPARE(get(u"api.encar.com"_qs, u"/v1/readside/inspection/vehicle/123"_qs).status, 404);
        QCOMPARE(get(u"api.encar.com"_qs, u"/unknown"_qs).status, -1);   // not answered: the server says 404
        const Demo::ReplayResponse bad = get(u"api.encar.com"_qs, u"/search/car/list/premium"_qs,
                                             QUrlQuery(u"q=(And.oops&sr=%7CModifiedDate%7C0%7C20"_qs));
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.body.contains("expected Name.Value."));
        const Demo::ReplayResponse photo = get(u"ci.encar.com"_qs, u"/carpicture01/pic0000/1_001.jpg"_qs);
        QCOMPARE(photo.status, 200);
        QVERIFY(photo.body.startsWith("\x89PNG"));
        // A record needs the right plate.
        const QJsonObject details = m_inventory.value(u"Details"_qs).toObject();
        for (auto it = details.begin(); it != details.end(); ++it) {
            const QJsonObject x = it.value().toObject();
            if (!x.contains(u"record"_qs) || x.contains(u"original"_qs))
                continue;
            const QString path = u"/v1/readside/record/vehicle/%1/open"_qs.arg(it.key());
            QCOMPARE(get(u"api.encar.com"_qs, path, QUrlQuery{{u"vehicleNo"_qs, x.value(u"plate"_qs).toString()}}).status, 200);
            QCOMPARE(get(u"api.encar.com"_qs, path, QUrlQuery{{u"vehicleNo"_qs, u"99하9999"_qs}}).status, 404);
            break;
        }
    }
};

QTEST_GUILESS_MAIN(TestEncarDemo)
#include "tst_encardemo.moc"
