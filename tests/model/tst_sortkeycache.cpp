#include "core/model/sortkeycache.h"

#include <QTest>

using namespace CarScout::Model;

// The sort keys behind ListingFilterProxy, checked against plain comparisons of the values.
class TestSortKeyCache : public QObject
{
    Q_OBJECT

    QVariantList m_values;
    int m_valueCalls = 0;

    SortKeyCache makeCache()
    {
        return SortKeyCache([this](int row) {
            ++m_valueCalls;
            return m_values.value(row);
        }, [this] { return int(m_values.size()); });
    }

    static int sign(int v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); }

private slots:
    void init() { m_valueCalls = 0; }

    void compare_data()
    {
        QTest::addColumn<QVariant>("left");
        QTest::addColumn<QVariant>("right");
        QTest::addColumn<int>("expected");
        QTest::newRow("ints") << QVariant(9'000'000) << QVariant(10'000'000) << -1;
        QTest::newRow("int64 equal") << QVariant(qint64(5) << 40) << QVariant(qint64(5) << 40) << 0;
        QTest::newRow("negative") << QVariant(-3) << QVariant(2) << -1;
        QTest::newRow("real vs int") << QVariant(2.5) << QVariant(2) << 1;
        QTest::newRow("reals") << QVariant(-0.5) << QVariant(0.25) << -1;
        QTest::newRow("number before text") << QVariant(100) << QVariant(u"abc"_qs) << -1;
        QTest::newRow("text prefix differs") << QVariant(u"Audi"_qs) << QVariant(u"BMW"_qs) << -1;
        QTest::newRow("case-folded first") << QVariant(u"bmw 520d"_qs) << QVariant(u"BMW 530i"_qs) << -1;
        QTest::newRow("exact text breaks ties") << QVariant(u"Kia K5"_qs) << QVariant(u"kia k5"_qs) << -1;
        QTest::newRow("same text") << QVariant(u"현대 쏘나타"_qs) << QVariant(u"현대 쏘나타"_qs) << 0;
        QTest::newRow("shorter first") << QVariant(u"Kia"_qs) << QVariant(u"Kia K5"_qs) << -1;
        QTest::newRow("long common prefix") << QVariant(u"현대 쏘나타 2.0 프리미엄 A"_qs)
                                            << QVariant(u"현대 쏘나타 2.0 프리미엄 B"_qs) << -1;
        QTest::newRow("Hangul dictionary order") << QVariant(u"가"_qs) << QVariant(u"나"_qs) << -1;
    }
    void compare()
    {
        QFETCH(QVariant, left);
        QFETCH(QVariant, right);
        QFETCH(int, expected);
        m_values = {left, right, QVariant(u"zzz filler"_qs)};
        SortKeyCache cache = makeCache();
        QVERIFY(!cache.isUnknown(0));
        QCOMPARE(sign(cache.compare(0, 1)), expected);
        QCOMPARE(sign(cache.compare(1, 0)), -expected);
        QCOMPARE(cache.compare(0, 0), 0);
    }

    void unknowns()
    {
        m_values = {QVariant(), QVariant(QString()), QVariant(0), QVariant(u"x"_qs)};
        SortKeyCache cache = makeCache();
        QVERIFY(cache.isUnknown(0));
        QVERIFY(cache.isUnknown(1));
        QVERIFY(!cache.isUnknown(2));   // zero is a value
        QVERIFY(!cache.isUnknown(3));
    }

    void valuesAreReadOnceUntilInvalidated()
    {
        m_values = {QVariant(u"b"_qs), QVariant(u"a"_qs), QVariant(u"c"_qs)};
        SortKeyCache cache = makeCache();
        for (int i = 0; i < 10; ++i)
            QVERIFY(cache.compare(0, 1) > 0);
        QCOMPARE(m_valueCalls, 2);
        m_values[0] = u"0"_qs;
        QVERIFY(cache.compare(0, 1) > 0);   // stale until told
        cache.invalidate(0, 0);
        QVERIFY(cache.compare(0, 1) < 0);
        QCOMPARE(m_valueCalls, 3);
    }

    void rankedTextsFollowChanges()
    {
        // Equal 4-unit prefixes force the ranked path; a changed or inserted row must re-rank.
        m_values = {QVariant(u"same prefix B"_qs), QVariant(u"same prefix A"_qs), QVariant(u"same prefix C"_qs)};
        SortKeyCache cache = makeCache();
        QVERIFY(cache.compare(0, 1) > 0);
        QVERIFY(cache.compare(2, 0) > 0);
        m_values[2] = u"same prefix 0"_qs;
        cache.invalidate(2, 2);
        QVERIFY(cache.compare(2, 1) < 0);
        m_values.insert(0, u"same prefix AA"_qs);
        cache.insertRows(0, 1);
        QVERIFY(cache.compare(0, 2) > 0);   // "…AA" after "…A"
        QVERIFY(cache.compare(0, 1) < 0);   // before "…B"
        m_values.append(u"same prefix AB"_qs);   // appended: computed on demand
        QVERIFY(cache.compare(4, 0) > 0);
        QVERIFY(cache.compare(4, 1) < 0);
        cache.clear();
        QVERIFY(cache.compare(4, 0) > 0);
    }
};

QTEST_APPLESS_MAIN(TestSortKeyCache)
#include "tst_sortkeycache.moc"
