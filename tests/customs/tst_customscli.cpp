// carscout-cli customs / rates end to end (QProcess): a worked example to the kopeck, the refusals with exit 2
// and one line, CBR rates from a loopback server (real format), the per-date cache and the offline fallback.

#include "tests/common/testsupport.h"
#include "tests/customs/loopbackserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray fixture()
{
    QFile f(CarScout::Test::sourceDir() + QStringLiteral("/tests/customs/data/cbr-daily-synthetic.xml"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCustomsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    CarScout::Test::LoopbackServer m_server;
    bool m_cbrUp = true;

    Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.path() + QStringLiteral("/cache"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(CARSCOUT_CLI), QStringList{QStringLiteral("--remap"), u"www.cbr.ru=" + m_server.baseUrl()} + arguments);
        if (!finished.wait(30000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    static QStringList car(const QString &extra = {})
    {
        QStringList a = {QStringLiteral("customs"), QStringLiteral("--price"), QStringLiteral("20000000"), QStringLiteral("--currency"),
                         QStringLiteral("KRW"), QStringLiteral("--engine-cc"), QStringLiteral("2000"), QStringLiteral("--power-hp"),
                         QStringLiteral("150"), QStringLiteral("--produced"), QStringLiteral("2024-06-01"), QStringLiteral("--fuel"),
                         QStringLiteral("petrol"), QStringLiteral("--vehicle"), QStringLiteral("car"), QStringLiteral("--importer"),
                         QStringLiteral("individual"), QStringLiteral("--date"), QStringLiteral("2026-06-01")};
        if (!extra.isEmpty())
            a += extra.split(u' ');
        return a;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_server.handler = [this](const CarScout::Test::LoopbackRequest &req) -> CarScout::Test::LoopbackReply {
            if (!m_cbrUp)
                return {503, "text/plain", "maintenance"};
            if (req.target.contains("date_req=21/06/2025"))
                return {200, "application/xml; charset=windows-1251", fixture()};
            return {404, "text/plain", "no such date in this test"};
        };
        QVERIFY(m_server.listen());
    }

    void vector3WithManualRates()
    {
        const Run r = run(car(QStringLiteral("--rate KRW=0.05 --rate EUR=100 --format json")));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"customs_value_rub").toDouble(), 1000000.0);
        QCOMPARE(o.value(u"duty_rub").toDouble(), 700000.0);
        QCOMPARE(o.value(u"excise_rub").toDouble(), 0.0);
        QCOMPARE(o.value(u"vat_rub").toDouble(), 0.0);
        QCOMPARE(o.value(u"clearance_fee_rub").toDouble(), 4924.0);
        QCOMPARE(o.value(u"utilization_fee_rub").toDouble(), 3400.0);
        QCOMPARE(o.value(u"total_rub").toDouble(), 708324.0);
        QCOMPARE(o.value(u"age_band").toString(), QStringLiteral("under_3"));
        QVERIFY(o.value(u"rules_version").toString().contains(QStringLiteral("util-2026")));
        QCOMPARE(o.value(u"rates").toObject().value(u"origin").toString(), QStringLiteral("manual"));
        QVERIFY(o.value(u"warnings").isArray());
        QVERIFY(r.out.contains("\"total_rub\": 708324.00"));   // two decimals in the text itself
    }

    // A 2027 company car on a disputed utilization cell and the derived excise: those lines (and the totals and
    // the VAT on the excise) say so; the duty does not.
    void flaggedLinesCarryTheirFlag()
    {
        const Run r = run({QStringLiteral("customs"), QStringLiteral("--price"), QStringLiteral("1000000"), QStringLiteral("--currency"),
                           QStringLiteral("RUB"), QStringLiteral("--engine-cc"), QStringLiteral("998"), QStringLiteral("--power-hp"),
                           QStringLiteral("170"), QStringLiteral("--produced"), QStringLiteral("2022-06-01"), QStringLiteral("--fuel"),
                           QStringLiteral("petrol"), QStringLiteral("--vehicle"), QStringLiteral("car"), QStringLiteral("--importer"),
                           QStringLiteral("company"), QStringLiteral("--date"), QStringLiteral("2027-02-01"), QStringLiteral("--rate"),
                           QStringLiteral("EUR=100"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"utilization_fee_rub").toDouble(), 625400.0);   // 31.27 × 20 000
        QCOMPARE(o.value(u"rules_version").toString(), u"ets-107+ett-80@2026-01-22+excise-2027+vat-22+fee-2027+util-2027"_qs);
        QHash<QString, QJsonObject> lines;
        for (const QJsonValue &v : o.value(u"lines").toArray())
            lines.insert(v.toObject().value(u"line").toString(), v.toObject());
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines.value(u"duty"_qs).value(u"uncertain").toBool(), false);
        QVERIFY(!lines.value(u"duty"_qs).contains(u"reason"));
        for (const char *key : {"excise", "vat", "clearance_fee", "utilization_fee", "total"}) {
            const QJsonObject line = lines.value(QString::fromLatin1(key));
            QVERIFY2(line.value(u"uncertain").toBool(), key);
            QVERIFY2(!line.value(u"reason").toString().isEmpty() && !line.value(u"source").toString().isEmpty(), key);
        }
        QCOMPARE(lines.value(u"utilization_fee"_qs).value(u"reason").toString(),
                 u"Published sources disagree on this rate; the more likely one is used."_qs);
        QCOMPARE(lines.value(u"utilization_fee"_qs).value(u"rub").toDouble(), 625400.0);
    }

    // next_band for an individual's car made in 2024 (year only: counted from 1 July), rule_change within 60
    // days of 2027-01-01, and the Korean engine restriction among the warnings.
    void nextBandRuleChangeAndExportWarnings()
    {
        const Run r = run({QStringLiteral("customs"), QStringLiteral("--price"), QStringLiteral("3000000"), QStringLiteral("--currency"),
                           QStringLiteral("RUB"), QStringLiteral("--origin"), QStringLiteral("KR"), QStringLiteral("--engine-cc"),
                           QStringLiteral("2497"), QStringLiteral("--power-hp"), QStringLiteral("150"), QStringLiteral("--produced"),
                           QStringLiteral("2024"), QStringLiteral("--fuel"), QStringLiteral("petrol"), QStringLiteral("--vehicle"),
                           QStringLiteral("car"), QStringLiteral("--importer"), QStringLiteral("individual"), QStringLiteral("--date"),
                           QStringLiteral("2026-12-15"), QStringLiteral("--rate"), QStringLiteral("EUR=100"), QStringLiteral("--rate"),
                           QStringLiteral("USD=80"), QStringLiteral("--format"),
                           QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonObject next = o.value(u"next_band").toObject();
        QCOMPARE(next.value(u"date").toString(), u"2027-07-02"_qs);
        QCOMPARE(next.value(u"age_band").toString(), u"3_5"_qs);
        // 2027: 3.0 €/cm³ × 2 497 = 749 100 + fee 18 465 + util 5 200.
        QCOMPARE(next.value(u"total_rub").toDouble(), 772765.0);
        QCOMPARE(next.value(u"production_date_assumed").toString(), u"2024-07-01"_qs);
        QCOMPARE(next.value(u"latest").toString(), u"2028-01-01"_qs);
        QVERIFY(next.value(u"assumption").toString().contains(u"1 July"));
        // Now (2026): 48 % of 3 000 000 = 1 440 000 + 18 465 + 3 400; on 2027-01-01 the same (fee carried,
        // preference unchanged) but the fee is flagged.
        QCOMPARE(o.value(u"total_rub").toDouble(), 1461865.0);
        const QJsonObject change = o.value(u"rule_change").toObject();
        QCOMPARE(change.value(u"date").toString(), u"2027-01-01"_qs);
        QCOMPARE(change.value(u"total_rub").toDouble(), 1461865.0);
        QCOMPARE(change.value(u"difference_rub").toDouble(), 0.0);
        QCOMPARE(change.value(u"uncertain").toBool(), true);
        QCOMPARE(next.value(u"difference_rub").toDouble(), 772765.0 - 1461865.0);
        const QJsonArray restrictions = o.value(u"export_restrictions").toArray();
        QCOMPARE(restrictions.size(), 1);
        QCOMPARE(restrictions.first().toObject().value(u"id").toString(), u"kr-engine-2000cc"_qs);
        QVERIFY(o.value(u"warnings").toArray().contains(restrictions.first().toObject().value(u"text")));
        // A car already over 5 has no next band; a date far from a table change has no rule_change.
        const Run old = run(car(QStringLiteral("--rate KRW=0.05 --rate EUR=100 --format json")).replaceInStrings(u"2024-06-01"_qs, u"2020-06-01"_qs));
        const QJsonObject oo = QJsonDocument::fromJson(old.out).object();
        QVERIFY2(old.exitCode == 0, old.err.constData());
        QVERIFY(!oo.contains(u"next_band"));
        QVERIFY(!oo.contains(u"rule_change"));
        // KRW → Korea: 2 000 cm³ is export-controlled; without a USD rate the price limit says it was not checked.
        const QJsonArray oldRestrictions = oo.value(u"export_restrictions").toArray();
        QCOMPARE(oldRestrictions.size(), 2);
        QVERIFY(oldRestrictions.at(0).toObject().value(u"text").toString().contains(u"could not be checked"));
        QCOMPARE(oldRestrictions.at(1).toObject().value(u"id").toString(), u"kr-engine-2000cc"_qs);
    }

    void vector1WithCbrRatesFromLoopback()
    {
        const Run r = run({QStringLiteral("customs"), QStringLiteral("--price"), QStringLiteral("1000000"), QStringLiteral("--currency"),
                           QStringLiteral("KRW"), QStringLiteral("--engine-cc"), QStringLiteral("355"), QStringLiteral("--power-hp"),
                           QStringLiteral("1"), QStringLiteral("--produced"), QStringLiteral("2024-05"), QStringLiteral("--fuel"),
                           QStringLiteral("petrol"), QStringLiteral("--vehicle"), QStringLiteral("motorcycle"), QStringLiteral("--importer"),
                           QStringLiteral("company"), QStringLiteral("--date"), QStringLiteral("2025-06-21"), QStringLiteral("--format"),
                           QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"duty_rub").toDouble(), 8535.25);
        QCOMPARE(o.value(u"vat_rub").toDouble(), 13087.39);
        QCOMPARE(o.value(u"total_rub").toDouble(), 22689.64);
        const QJsonObject rates = o.value(u"rates").toObject();
        QCOMPARE(rates.value(u"date").toString(), QStringLiteral("2025-06-21"));
        QCOMPARE(rates.value(u"origin").toString(), QStringLiteral("online"));
        QCOMPARE(rates.value(u"per_unit").toObject().value(u"KRW").toDouble(), 0.0569017);
    }

    void ratesCommandCacheAndOffline()
    {
        Run r = run({QStringLiteral("rates"), QStringLiteral("--date"), QStringLiteral("2025-06-21"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(QStringList({QStringLiteral("online"), QStringLiteral("cache")}).contains(o.value(u"origin").toString()));
        QCOMPARE(o.value(u"date").toString(), QStringLiteral("2025-06-21"));
        const QJsonArray list = o.value(u"rates").toArray();
        QCOMPARE(list.size(), 4);
        bool sawKrw = false;
        for (const QJsonValue &v : list) {
            if (v.toObject().value(u"code").toString() != u"KRW")
                continue;
            sawKrw = true;
            QCOMPARE(v.toObject().value(u"nominal").toInt(), 1000);
            QCOMPARE(v.toObject().value(u"value").toDouble(), 56.9017);
            QCOMPARE(v.toObject().value(u"name").toString(), QStringLiteral("Вон"));
        }
        QVERIFY(sawKrw);

        m_cbrUp = false;
        r = run({QStringLiteral("rates"), QStringLiteral("--date"), QStringLiteral("2025-06-21"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"origin").toString(), QStringLiteral("cache"));
        r = run({QStringLiteral("rates"), QStringLiteral("--date"), QStringLiteral("2025-07-01"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"origin").toString(), QStringLiteral("offline-cache"));
        QCOMPARE(o.value(u"date").toString(), QStringLiteral("2025-06-21"));
        QCOMPARE(o.value(u"requested_date").toString(), QStringLiteral("2025-07-01"));
        QVERIFY(o.value(u"note").toString().contains(QStringLiteral("offline")));
        m_cbrUp = true;
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        QTest::newRow("zero price") << car(QStringLiteral("--rate KRW=0.05 --rate EUR=100")).replaceInStrings(QStringLiteral("20000000"), QStringLiteral("0")) << "--price must be greater than zero";
        QTest::newRow("negative price") << car(QStringLiteral("--rate KRW=0.05 --rate EUR=100")).replaceInStrings(QStringLiteral("20000000"), QStringLiteral("-1")) << "--price must be greater than zero";
        QTest::newRow("unknown currency without a rate") << car().replaceInStrings(QStringLiteral("KRW"), QStringLiteral("XYZ")).replaceInStrings(QStringLiteral("2026-06-01"), QStringLiteral("2025-06-21")).replaceInStrings(QStringLiteral("2024-06-01"), QStringLiteral("2024-01-01")) << "unknown currency XYZ";
        QTest::newRow("production after declaration") << car(QStringLiteral("--rate KRW=0.05 --rate EUR=100")).replaceInStrings(QStringLiteral("2024-06-01"), QStringLiteral("2026-06-02")) << "after the declaration date";
        QTest::newRow("missing power where needed") << car(QStringLiteral("--rate KRW=0.05 --rate EUR=100")).replaceInStrings(QStringLiteral("--power-hp"), QStringLiteral("--costs")) << "--power-hp or --power-kw is required";
        QTest::newRow("malformed date") << car(QStringLiteral("--rate KRW=0.05 --rate EUR=100 --date 01.06.2026")) << "--date: not a YYYY-MM-DD";
        QTest::newRow("malformed produced") << car(QStringLiteral("--rate KRW=0.05 --rate EUR=100")).replaceInStrings(QStringLiteral("2024-06-01"), QStringLiteral("2024/06")) << "--produced";
        QTest::newRow("date outside the rules") << car(QStringLiteral("--rate KRW=0.05 --rate EUR=100 --date 2031-03-01")) << "no customs rules for the declaration date 2031-03-01";
        QTest::newRow("bad rate") << car(QStringLiteral("--rate KRW")) << "--rate: expected ISO=RUB_PER_UNIT";
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(err.contains(needle), qPrintable(err));
        QCOMPARE(err.split(u'\n').filter(QStringLiteral("carscout-cli:")).size(), 1);   // one reason line
    }
};

QTEST_GUILESS_MAIN(TestCustomsCli)
#include "tst_customscli.moc"
