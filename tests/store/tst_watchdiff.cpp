#include "core/store/watchdiff.h"
#include "core/store/watchrunner.h"

#include <QTest>

using namespace CarScout;
using namespace CarScout::Store;

namespace {

Listing car(const QString &id, std::optional<qint64> price)
{
    Listing l;
    l.source = u"encar"_qs;
    l.id = id;
    l.price = price;
    return l;
}

// "id=price,id=price" (price "-" = call for price; a trailing "!" = gone earlier).
QHash<QString, PreviousSighting> previousFrom(const QString &spec)
{
    QHash<QString, PreviousSighting> out;
    for (const QString &item : spec.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u'=');
        QString price = parts.at(1);
        PreviousSighting s;
        s.gone = price.endsWith(u'!');
        price.remove(u'!');
        if (price != u"-")
            s.price = price.toLongLong();
        out.insert(parts.at(0), s);
    }
    return out;
}

QList<Listing> seenFrom(const QString &spec)
{
    QList<Listing> out;
    for (const QString &item : spec.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u'=');
        out << car(parts.at(0), parts.at(1) == u"-" ? std::nullopt : std::optional<qint64>(parts.at(1).toLongLong()));
    }
    return out;
}

QString changesText(const QList<PriceChange> &changes)
{
    QStringList out;
    for (const PriceChange &c : changes)
        out << u"%1:%2>%3"_qs.arg(c.id, c.oldPrice ? QString::number(*c.oldPrice) : u"-"_qs,
                                  c.newPrice ? QString::number(*c.newPrice) : u"-"_qs);
    return out.join(u',');
}

QString idsText(const QList<Listing> &listings)
{
    QStringList out;
    for (const Listing &l : listings)
        out << l.id;
    return out.join(u',');
}

} // namespace

class TestWatchDiff : public QObject
{
    Q_OBJECT
private slots:
    void diff_data()
    {
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("seen");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QString>("expectedNew");
        QTest::addColumn<QString>("expectedChanges");
        QTest::addColumn<QString>("expectedGone");

        QTest::newRow("first run: everything new") << "" << "a=100,b=200" << true << "a,b" << "" << "";
        QTest::newRow("nothing changed") << "a=100,b=200" << "b=200,a=100" << true << "" << "" << "";
        QTest::newRow("cut, raised, gone, new") << "a=100,b=200,c=300" << "a=90,b=210,d=400" << true
                                                << "d" << "a:100>90,b:200>210" << "c";
        QTest::newRow("cut short by its limit: nothing gone") << "a=100,b=200,c=300" << "a=100" << false << "" << "" << "";
        QTest::newRow("price hidden and shown") << "a=100,b=-" << "a=-,b=250" << true << "" << "a:100>-,b:->250" << "";
        QTest::newRow("back after gone counts as new") << "a=100!,b=200" << "a=100,b=200" << true << "a" << "" << "";
        QTest::newRow("gone stays reported once") << "a=100!,b=200" << "b=200" << true << "" << "" << "";
        QTest::newRow("gone ids sorted") << "z=1,m=2,a=3" << "" << true << "" << "" << "a,m,z";
        QTest::newRow("duplicate in one run counts once") << "" << "a=100,a=100" << true << "a" << "" << "";
    }
    void diff()
    {
        QFETCH(QString, previous);
        QFETCH(QString, seen);
        QFETCH(bool, complete);
        QFETCH(QString, expectedNew);
        QFETCH(QString, expectedChanges);
        QFETCH(QString, expectedGone);
        const WatchReport report = diffWatchRun(previousFrom(previous), seenFrom(seen), complete);
        QCOMPARE(idsText(report.newListings), expectedNew);
        QCOMPARE(changesText(report.priceChanges), expectedChanges);
        QCOMPARE(report.gone.join(u','), expectedGone);
        QCOMPARE(report.isEmpty(), expectedNew.isEmpty() && expectedChanges.isEmpty() && expectedGone.isEmpty());
    }

    void changeCarriesTheListing()
    {
        const WatchReport report = diffWatchRun(previousFrom(u"a=100"_qs), {car(u"a"_qs, 80)}, true);
        QCOMPARE(report.priceChanges.size(), 1);
        QCOMPARE(report.priceChanges.first().listing, car(u"a"_qs, 80));
    }

    void percent_data()
    {
        QTest::addColumn<qint64>("oldPrice");
        QTest::addColumn<qint64>("newPrice");
        QTest::addColumn<double>("expected");
        QTest::newRow("cut 10 %") << qint64(20'000'000) << qint64(18'000'000) << -10.0;
        QTest::newRow("raised 5 %") << qint64(1000) << qint64(1050) << 5.0;
    }
    void percent()
    {
        QFETCH(qint64, oldPrice);
        QFETCH(qint64, newPrice);
        QFETCH(double, expected);
        const PriceChange c{u"a"_qs, oldPrice, newPrice, {}};
        QVERIFY(c.percent());
        QCOMPARE(*c.percent(), expected);
        QVERIFY(!PriceChange({u"a"_qs, std::nullopt, newPrice, {}}).percent());
        QVERIFY(!PriceChange({u"a"_qs, 0, newPrice, {}}).percent());
    }

    // Only a run that saw its whole result may call missing listings gone.
    void completeness_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("maxPages");
        QTest::addColumn<int>("delivered");
        QTest::addColumn<int>("pagesFetched");
        QTest::addColumn<int>("totalAvailable");
        QTest::addColumn<bool>("complete");
        QTest::newRow("under its limit") << 1000 << 0 << 240 << 3 << -1 << true;
        QTest::newRow("stopped by its limit") << 1000 << 0 << 1000 << 10 << 5000 << false;
        QTest::newRow("limit equals what exists") << 300 << 0 << 300 << 3 << 300 << true;
        QTest::newRow("stopped by its page count") << 0 << 1 << 50 << 1 << 812 << false;
        QTest::newRow("one page was everything") << 0 << 1 << 17 << 1 << 17 << true;
        QTest::newRow("no limits") << 0 << 0 << 5000 << 50 << -1 << true;
    }
    void completeness()
    {
        QFETCH(int, limit);
        QFETCH(int, maxPages);
        QFETCH(int, delivered);
        QFETCH(int, pagesFetched);
        QFETCH(int, totalAvailable);
        QFETCH(bool, complete);
        Sources::SearchQuery query;
        query.limit = limit;
        query.maxPages = maxPages;
        Sources::SearchProgress last;
        last.pagesFetched = pagesFetched;
        last.totalAvailable = totalAvailable;
        QCOMPARE(searchWasComplete(query, delivered, last), complete);
    }
};

QTEST_APPLESS_MAIN(TestWatchDiff)
#include "tst_watchdiff.moc"
