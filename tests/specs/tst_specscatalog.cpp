// The specs catalog (resources/specs): every row cited, no overlapping years per engine key, PS and kW
// agree, the loader's errors say what and where, and the catalog covers ≥ 95 % of the demo inventories
// and of the real captures (measured here, printed).

#include "core/specs/specscatalog.h"
#include "tests/common/testsupport.h"
#include "tests/specs/specssamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace CarScout;
using namespace CarScout::Specs;

class TestSpecsCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        m_catalog = SpecsCatalog::loadDefault(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void coversTheMakers()
    {
        const QStringList makers = {u"현대"_qs, u"기아"_qs, u"제네시스"_qs, u"쉐보레(GM대우)"_qs, u"한국GM"_qs,
                                    u"KG모빌리티(쌍용)"_qs, u"르노코리아(삼성)"_qs, u"BMW"_qs, u"벤츠"_qs, u"아우디"_qs,
                                    u"폭스바겐"_qs, u"볼보"_qs, u"렉서스"_qs, u"도요타"_qs, u"미니"_qs, u"포르쉐"_qs, u"테슬라"_qs};
        for (const QString &m : makers)
            QVERIFY2(m_catalog.maker(m), qPrintable(m));
        qInfo("catalog: %d makers, %d engine rows", int(m_catalog.makers().size()), m_catalog.engineCount());
    }

    void everyRowIsCited()
    {
        int verified = 0, rows = 0;
        for (const auto &m : m_catalog.makers()) {
            for (const CatalogGeneration &g : m->generations) {
                for (const CatalogEngine &e : g.engines) {
                    ++rows;
                    const CatalogSource *s = m_catalog.source(g, e);
                    QVERIFY2(s, qPrintable(g.id + u'/' + e.id));
                    QVERIFY2(s->url.startsWith(u"https://"_qs) || s->url.startsWith(u"http://"_qs), qPrintable(s->url));
                    QVERIFY(!s->title.isEmpty());
                    verified += s->verified && !e.uncertain ? 1 : 0;
                }
            }
        }
        qInfo("rows citing a page whose figures were checked in this session: %d of %d", verified, rows);
    }

    void noOverlappingYearsPerEngineKey()
    {
        for (const auto &m : m_catalog.makers()) {
            QSet<QString> ids;
            for (const CatalogGeneration &g : m->generations) {
                QVERIFY2(!ids.contains(g.id), qPrintable(u"duplicate generation id "_qs + g.id));
                ids.insert(g.id);
                for (qsizetype i = 0; i < g.engines.size(); ++i) {
                    for (qsizetype j = i + 1; j < g.engines.size(); ++j) {
                        const CatalogEngine &a = g.engines[i], &b = g.engines[j];
                        if (a.id != b.id)
                            continue;
                        const int aFrom = a.yearFrom ? a.yearFrom : g.yearFrom, bFrom = b.yearFrom ? b.yearFrom : g.yearFrom;
                        const int aTo = a.yearTo ? a.yearTo : (g.yearTo ? g.yearTo : 9999);
                        const int bTo = b.yearTo ? b.yearTo : (g.yearTo ? g.yearTo : 9999);
                        QVERIFY2(aTo < bFrom || bTo < aFrom,
                                 qPrintable(m->id + u": "_qs + g.id + u'/' + a.id + u" has overlapping year ranges"_qs));
                    }
                }
            }
        }
    }

    void psAndKwAgree()
    {
        for (const auto &m : m_catalog.makers()) {
            for (const CatalogGeneration &g : m->generations) {
                for (const CatalogEngine &e : g.engines) {
                    const QString where = g.id + u'/' + e.id;
                    if (e.ps > 0)
                        QVERIFY2(std::abs(e.kw / kKwPerPs - e.ps) <= 1.0,
                                 qPrintable(where + u": %1 PS vs %2 kW"_qs.arg(e.ps).arg(e.kw)));
                    if (e.systemPs > 0)
                        QVERIFY2(e.systemPs >= e.ps, qPrintable(where + u": system power below the engine's"_qs));
                    if (e.fuel != Fuel::Electric && e.fuel != Fuel::Hydrogen)
                        QVERIFY2(e.cc >= 600 && e.cc <= 8500, qPrintable(where));
                    if (!e.yearFrom)
                        continue;
                    QVERIFY2(e.yearFrom >= g.yearFrom - 1 && (!g.yearTo || !e.yearTo || e.yearTo <= g.yearTo + 1),
                             qPrintable(where + u": engine years outside its generation's"_qs));
                }
            }
        }
    }

    void loaderErrorsNameWhatAndWhere_data()
    {
        QTest::addColumn<QString>("patch");     // JSON object merged into the first engine
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown source") << u"{\"source\": \"nowhere\"}"_qs << u"generations[0].engines[0]: source \"nowhere\""_qs;
        QTest::newRow("bad fuel") << u"{\"fuel\": \"steam\"}"_qs << u"generations[0].engines[0]: fuel \"steam\""_qs;
        QTest::newRow("no power") << u"{\"ps\": null, \"kw\": null}"_qs << u"needs \"cc\", \"ps\" and \"kw\""_qs;
        QTest::newRow("negative cc") << u"{\"cc\": -5}"_qs << u"\"cc\" must be a non-negative number"_qs;
        QTest::newRow("years reversed") << u"{\"years\": [2020, 2010]}"_qs << u"\"years\" 2020–2010"_qs;
        QTest::newRow("hybrid without motor") << u"{\"fuel\": \"hybrid_petrol\"}"_qs << u"needs \"motor_kw\""_qs;
    }
    void loaderErrorsNameWhatAndWhere()
    {
        QFETCH(QString, patch);
        QFETCH(QString, message);
        QJsonObject engine{{u"id"_qs, u"a"_qs}, {u"label"_qs, u"1.6"_qs}, {u"fuel"_qs, u"petrol"_qs}, {u"cc"_qs, 1598},
                           {u"ps"_qs, 123}, {u"kw"_qs, 90.5}, {u"source"_qs, u"s"_qs}};
        const QJsonObject p = QJsonDocument::fromJson(patch.toUtf8()).object();
        for (auto it = p.begin(); it != p.end(); ++it)
            engine.insert(it.key(), it.value());
        QJsonObject gen{{u"id"_qs, u"g"_qs}, {u"names"_qs, QJsonArray{u"X"_qs}}, {u"en"_qs, u"X"_qs},
                        {u"years"_qs, QJsonArray{2020, QJsonValue::Null}}};
        gen.insert(u"engines", QJsonArray{engine});
        const QJsonObject source{{u"title"_qs, u"t"_qs}, {u"url"_qs, u"https://example.org"_qs}, {u"kind"_qs, u"maker"_qs}};
        QJsonObject top{{u"maker"_qs, u"t"_qs}, {u"names"_qs, QJsonArray{u"T"_qs}}, {u"en"_qs, u"T"_qs},
                        {u"sources"_qs, QJsonObject{{u"s"_qs, source}}}};
        top.insert(u"generations", QJsonArray{gen});
        SpecsCatalog c;
        QString error;
        QVERIFY(!c.addJson(QJsonDocument(top).toJson(), u"test.json"_qs, &error));
        QVERIFY2(error.startsWith(u"test.json: "_qs) && error.contains(message), qPrintable(error));
        QCOMPARE(c.makers().size(), 0);
    }

    void brokenJsonSaysTheOffset()
    {
        SpecsCatalog c;
        QString error;
        QVERIFY(!c.addJson("{\"maker\": ", u"broken.json"_qs, &error));
        QVERIFY2(error.startsWith(u"broken.json: JSON error at byte"_qs), qPrintable(error));
    }

    void coverage_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("Encar demo inventory") << 0;
        QTest::newRow("KB demo inventory") << 1;
        QTest::newRow("40 real Encar items") << 2;
        QTest::newRow("real KB list capture") << 3;
    }
    void coverage()
    {
        QFETCH(int, which);
        Test::SpecsSample sample;
        if (which >= 2) {
            const QString dir = Test::samplesDir();
            if (dir.isEmpty())
                QSKIP("../shared/samples is absent");
            sample = which == 2 ? Test::encarRealListings(dir) : Test::kbRealListings(dir);
        } else {
            sample = which == 0 ? Test::encarDemoListings() : Test::kbDemoListings();
        }
        QVERIFY2(sample.error.isEmpty(), qPrintable(sample.error));
        const Test::SpecsCoverage c = Test::measureCoverage(sample.listings);
        qInfo("%s: %d listings; catalog engine found for %d (%.1f %%); priced with no request %d (%.1f %%), one value %d",
              qPrintable(sample.name), c.listings, c.withEngine, 100.0 * c.withEngine / c.listings, c.priced,
              100.0 * c.priced / c.listings, c.exact);
        for (const QString &m : c.missed.mid(0, 15))
            qInfo("  not priced: %s", qPrintable(m));
        QVERIFY2(c.priced * 100 >= c.listings * 95, qPrintable(u"%1 of %2 priced"_qs.arg(c.priced).arg(c.listings)));
    }

private:
    SpecsCatalog m_catalog;
};

QTEST_GUILESS_MAIN(TestSpecsCatalog)
#include "tst_specscatalog.moc"
