// The source registry: built-in sources, factories, policies installed into the client, unknown ids.

#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/sources/encar/encarsource.h"
#include "core/sources/sourceregistry.h"

#include <QTest>

using namespace CarScout;
using namespace CarScout::Sources;

namespace {

class FakeSource : public Source
{
public:
    static SourceInfo fakeInfo()
    {
        SourceInfo info;
        info.id = u"fake"_qs;
        info.displayName = u"Fake"_qs;
        info.currency = u"CNY"_qs;
        info.levels = {{u"maker"_qs, "Make"}};
        return info;
    }
    FakeSource(Net::HttpClient &, const TermDictionary &terms, QObject *parent)
        : Source(fakeInfo(), parent), m_terms(terms.size())
    {
    }
    CatalogJob *catalog(const QStringList &) override { return nullptr; }
    SearchJob *search(const SearchQuery &) override { return nullptr; }
    DetailJob *detail(const QString &) override { return nullptr; }
    int m_terms = 0;
};

} // namespace

class TestSourceRegistry : public QObject
{
    Q_OBJECT

private slots:
    void builtIns()
    {
        const SourceRegistry registry = SourceRegistry::withBuiltInSources();
        QVERIFY2(registry.termsError().isEmpty(), qPrintable(registry.termsError()));
        QVERIFY(registry.ids().contains(u"encar"_qs));
        QCOMPARE(registry.displayName(u"encar"_qs), u"Encar"_qs);
        QVERIFY(registry.terms().size() > 100);

        Net::HttpClient client(Net::ClientConfig{});
        Net::SourcePolicy before = client.sourcePolicy(u"encar"_qs);
        QVERIFY(before.headers.isEmpty());
        QObject parent;
        Source *source = registry.create(u"encar"_qs, client, &parent);
        QVERIFY(source);
        QCOMPARE(source->parent(), &parent);
        QCOMPARE(source->id(), u"encar"_qs);
        QCOMPARE(source->currency(), u"KRW"_qs);
        QCOMPARE(source->catalogLevels().first(), u"car_type"_qs);
        QVERIFY(source->upstreamHosts().contains(u"api.encar.com"_qs));
        // The Encar policy (seed pacing + frontend headers) is now the client's.
        const Net::SourcePolicy after = client.sourcePolicy(u"encar"_qs);
        QCOMPARE(after.rate.minIntervalMs, 500);
        QCOMPARE(after.rate.pauseEvery, 20);
        QVERIFY(!after.headers.isEmpty());
        QCOMPARE(after.headers.first().first, QByteArray("Accept"));
    }

    void customSources()
    {
        TermDictionary terms;
        QString error;
        QVERIFY(terms.addJson(R"({"terms":{"maker":{"가":{"en":"A"}}}})", u"inline"_qs, &error));
        SourceRegistry registry(terms);
        QVERIFY(registry.ids().isEmpty());
        SourceInfo info = FakeSource::fakeInfo();
        info.displayName = u"Fake market"_qs;
        addSource<FakeSource>(registry, info);
        SourceInfo other;
        other.id = u"other"_qs;
        other.displayName = u"Other"_qs;
        registry.add(other, [](Net::HttpClient &, const TermDictionary &, QObject *) { return nullptr; });
        QCOMPARE(registry.ids(), (QStringList{u"fake"_qs, u"other"_qs}));
        info.displayName = u"Renamed"_qs;
        info.vehicleKind = VehicleKind::Motorcycle;
        addSource<FakeSource>(registry, info);   // replaces, keeps the order
        QCOMPARE(registry.ids(), (QStringList{u"fake"_qs, u"other"_qs}));
        QCOMPARE(registry.displayName(u"fake"_qs), u"Renamed"_qs);
        QVERIFY(registry.info(u"fake"_qs));
        QCOMPARE(registry.info(u"fake"_qs)->vehicleKind, VehicleKind::Motorcycle);
        QVERIFY(!registry.info(u"nope"_qs));

        Net::HttpClient client(Net::ClientConfig{});
        std::unique_ptr<Source> fake(registry.create(u"fake"_qs, client));
        QVERIFY(fake);
        QCOMPARE(static_cast<FakeSource *>(fake.get())->m_terms, 1);   // the registry's dictionary was passed
        QVERIFY(!registry.create(u"nope"_qs, client));
        QVERIFY(!registry.contains(u"nope"_qs));
        QVERIFY(registry.displayName(u"nope"_qs).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSourceRegistry)
#include "tst_sourceregistry.moc"
