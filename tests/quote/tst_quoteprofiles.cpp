// Cost profiles as files and as the landed column's rule: the JSON written reads back equal; the profile store
// lists, saves, imports and refuses; and for any listing the cost service's landed amount under a profile
// (applyProfile) equals computeQuote's total to the kopeck.

#include "core/quote/listingquote.h"
#include "core/quote/profilestore.h"
#include "core/quote/quote.h"
#include "core/services/listingcosts.h"
#include "quotefixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Quote;
using namespace CarScout::QuoteTest;

namespace {

bool sameProfile(const CostProfile &a, const CostProfile &b)
{
    if (a.name != b.name || a.example != b.example || a.note != b.note || !(a.paymentMarginPercent == b.paymentMarginPercent)
        || !(a.commission == b.commission) || a.commissionCurrency != b.commissionCurrency
        || a.fixedPaymentRates != b.fixedPaymentRates || a.lines.size() != b.lines.size())
        return false;
    for (qsizetype i = 0; i < a.lines.size(); ++i) {
        const ProfileLine &x = a.lines.at(i);
        const ProfileLine &y = b.lines.at(i);
        if (x.name != y.name || !(x.amount == y.amount) || x.currency != y.currency || x.toBorder != y.toBorder
            || x.source != y.source)
            return false;
    }
    return true;
}

Listing listing(int year, qint64 price, Fuel fuel, int cc, int hp)
{
    Listing l;
    l.source = u"test"_qs;
    l.id = QString::number(price);
    l.year = year;
    l.month = 3;
    l.price = price;
    l.currency = u"KRW"_qs;
    l.fuel = fuel;
    l.engineCc = cc;
    l.powerHp = hp;
    return l;
}

} // namespace

class TstQuoteProfiles : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("hand") << QByteArray(handProfileJson());
        for (const QString &path : exampleProfilePaths()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QTest::newRow(qPrintable(path)) << file.readAll();
        }
        QTest::newRow("fixed rates, fractions") << QByteArray(
            R"({"name": "Bishkek", "payment_rates": {"KRW": "0.05955", "USD": 82}, "lines": [
                {"name": "Freight", "amount": "612.35", "currency": "USD", "to_border": true, "source": "agent"}],
                "commission": {"amount": "1000.5", "currency": "USD"}})");
    }

    void jsonRoundTrip()
    {
        QFETCH(QByteArray, json);
        const ProfileLoad first = parseCostProfile(json, u"a.json"_qs);
        QVERIFY2(first.profile, qPrintable(first.error.toString()));
        const QByteArray written = costProfileJson(*first.profile);
        const ProfileLoad second = parseCostProfile(written, u"b.json"_qs);
        QVERIFY2(second.profile, qPrintable(second.error.toString() + u'\n' + QString::fromUtf8(written)));
        QVERIFY2(sameProfile(*first.profile, *second.profile), written.constData());
        // One line item per line: the n-th item opens on line n + (lines before the list).
        const int listLine = int(written.left(written.indexOf("\"lines\"")).count('\n')) + 1;
        const QList<QByteArray> rows = written.split('\n');
        for (qsizetype i = 0; i < first.profile->lines.size(); ++i)
            QVERIFY(rows.at(listLine + i).trimmed().startsWith('{'));
    }

    // For each car (and a margin, a fixed rate and a profile without lines), the landed amount of the cost
    // service under applyProfile is the quote's total; the customs amount is the quote's customs line.
    void landedEqualsQuoteTotal_data()
    {
        QTest::addColumn<Listing>("car");
        QTest::addColumn<QByteArray>("profile");
        QTest::newRow("hand, 2022 petrol") << listing(2022, 20000000, Fuel::Petrol, 1998, 150) << QByteArray(handProfileJson());
        QTest::newRow("hand, 2020 diesel 2.2") << listing(2020, 31500000, Fuel::Diesel, 2199, 202) << QByteArray(handProfileJson());
        QTest::newRow("hand, 2024 electric") << listing(2024, 41234567, Fuel::Electric, 0, 229) << QByteArray(handProfileJson());
        QTest::newRow("fixed KRW rate") << listing(2021, 17770001, Fuel::Petrol, 1598, 180)
                                        << QByteArray(R"({"name": "F", "payment_rates": {"KRW": "0.0601"}, "lines": [
                                               {"name": "Lot", "amount": 333333, "currency": "KRW", "to_border": true}]})");
        QTest::newRow("no lines, no margin") << listing(2023, 25000000, Fuel::HybridPetrol, 1598, 230)
                                             << QByteArray(R"({"name": "Bare"})");
    }

    void landedEqualsQuoteTotal()
    {
        QFETCH(Listing, car);
        QFETCH(QByteArray, profile);
        const CostProfile p = *parseCostProfile(profile, u"p.json"_qs).profile;
        Services::CostContext context;
        context.declarationDate = QDate(2026, 6, 15);
        context.costsToBorder = 5000;          // the context's own costs: the profile replaces them
        context.costsCurrency = u"USD"_qs;
        context.extraCostsKopecks = 9999999;
        applyProfile(context, p);
        const Customs::RateTable rates = handRates();
        const Services::ListingCost cost = Services::computeListingCost(car, context, &rates,
                                                                        Customs::Engine::Detail::AmountsOnly);
        QVERIFY2(cost.estimate.landedRubKopecks, qPrintable(cost.estimate.problem));
        const ListingQuote quote = quoteForListing(car, context, rates, p);
        QVERIFY2(quote.card, qPrintable(quote.error));
        QCOMPARE(*cost.estimate.landedRubKopecks, quote.card->quote.totalKopecks);
        QCOMPARE(*cost.estimate.customsRubKopecks, *quote.card->quote.customs.total.kopecks);
        QCOMPARE(cost.result.customsValueKopecks, quote.card->quote.customs.customsValueKopecks);
    }

    void missingRateIsNamed()
    {
        Customs::Input input = handCar();
        const QString missing = Services::foldCostsToBorder(input, {{Customs::Rational(100), u"JPY"_qs}}, handRates());
        QCOMPARE(missing, u"JPY"_qs);
        QCOMPARE(input.costsToBorder, Customs::Rational());   // untouched
        Services::CostContext context;
        context.declarationDate = QDate(2026, 6, 15);
        applyProfile(context, *parseCostProfile(R"({"name": "J", "payment_rates": {"JPY": 0.55},
            "lines": [{"name": "Yard", "amount": 1000, "currency": "JPY", "to_border": true}]})", u"j.json"_qs).profile);
        const Customs::RateTable rates = handRates();
        const Services::ListingCost cost = Services::computeListingCost(listing(2022, 20000000, Fuel::Petrol, 1998, 150),
                                                                        context, &rates);
        QCOMPARE(cost.problem, Services::CostProblem::NoRate);   // a to_border line needs the CBR rate
        QCOMPARE(cost.detail, u"JPY"_qs);
    }

    void storeSavesListsAndRefuses()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.filePath(u"profiles"_qs));
        QCOMPARE(store.list().size(), exampleProfilePaths().size());
        CostProfile mine = *parseCostProfile(handProfileJson(), u"h"_qs).profile;
        mine.name = u"Владивосток, физлицо"_qs;
        QString error;
        const QString path = store.save(mine, {}, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QVERIFY(path.endsWith(u"/владивосток-физлицо.json"));
        QCOMPARE(store.save(mine, {}, &error), QString(path.left(path.size() - 5) + u"-2.json"));   // never overwrites
        QCOMPARE(store.save(mine, path, &error), path);                                   // its own file: in place
        // A shipped example is never written: saving it makes the dealer's own copy.
        const QString copy = store.save(*loadCostProfile(exampleProfilePaths().constFirst()).profile,
                                        exampleProfilePaths().constFirst(), &error);
        QVERIFY(copy.startsWith(store.directory()));
        QVERIFY(!loadCostProfile(copy).profile->example);

        QFile bad(store.directory() + u"/broken.json");
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"name\": \"x\",\n\"lines\": 7}");
        bad.close();
        const QList<StoredProfile> listed = store.list();
        QCOMPARE(listed.size(), exampleProfilePaths().size() + 4);
        const auto broken = std::find_if(listed.cbegin(), listed.cend(), [](const StoredProfile &p) { return !p.profile; });
        QVERIFY(broken != listed.cend());
        QCOMPARE(broken->error.toString(), QString(bad.fileName() + u":2: \"lines\" must be a list of line items"));

        ProfileError importError;
        QVERIFY(store.importFile(bad.fileName(), &importError).isEmpty());
        QCOMPARE(importError.line, 2);
        QCOMPARE(store.list().size(), listed.size());
        QVERIFY(!store.remove(exampleProfilePaths().constFirst(), &error));
        QVERIFY(store.remove(copy, &error));
    }
};

QTEST_GUILESS_MAIN(TstQuoteProfiles)
#include "tst_quoteprofiles.moc"
