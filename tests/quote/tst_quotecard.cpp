// The text card: English content exactly; Russian through the translator of the "Quote" context (a marking
// translator stands in for the lead's .ts), with Russian number formats.

#include "core/customs/timing.h"
#include "core/quote/quotecard.h"
#include "quotefixture.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace CarScout;
using namespace CarScout::Quote;
using namespace CarScout::QuoteTest;

namespace {

// Prefixes every "Quote" text with «RU:» and keeps its placeholders.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "Quote") != 0)
            return {};
        return u"RU:"_qs + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

QuoteCard handCard()
{
    const ProfileLoad load = parseCostProfile(handProfileJson(), u"hand.json"_qs);
    QuoteCard card;
    card.subject.title = u"Hyundai Grandeur 2.5"_qs;
    card.subject.year = 2022;
    card.subject.mileageKm = 45000;
    card.subject.engineCc = 1998;
    card.subject.power = Customs::Power::hp(150);
    card.subject.powerSource = u"listing"_qs;
    card.subject.url = QUrl(u"https://example.com/car/1"_qs);
    card.quote = computeQuote(handCar(), *load.profile, handRates());
    card.nextBand = Customs::nextBand(Customs::Engine::builtin(), card.quote.input, handRates());
    return card;
}

} // namespace

class TstQuoteCard : public QObject
{
    Q_OBJECT

private slots:
    void englishCard();
    void russianCardGoesThroughTranslator();
    void unknownFactsAreLeftOut();
    void moneyFormats_data();
    void moneyFormats();
};

void TstQuoteCard::englishCard()
{
    const QuoteCard card = handCard();
    QVERIFY2(card.quote.ok, qPrintable(card.quote.error));
    QVERIFY(card.nextBand);
    const QString text = quoteText(card, Language::English);
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.at(0), u"Hyundai Grandeur 2.5"_qs);
    QVERIFY(lines.contains(u"Year: 2022"_qs));
    QVERIFY(lines.contains(u"Mileage: 45,000 km"_qs));
    QVERIFY(lines.contains(u"Engine: 1,998 cm³"_qs));
    QVERIFY(lines.contains(u"Power: 150 hp / 110.3 kW (listing)"_qs));
    // Produced January 2022 (counted from the 1st): over 5 years from 2027-01-01 … as the engine's timing says.
    QVERIFY(lines.contains(u"Age for customs: 3–5 years; over 5 years from "_qs + card.nextBand->date.toString(Qt::ISODate)));
    QCOMPARE(card.nextBand->ageBand, u"over_5"_qs);
    QVERIFY(lines.contains(u"Preferential utilization fee: yes"_qs));
    const QString total = u"Total in Russia: "_qs + moneyText(card.quote.totalKopecks, Language::English);
    QVERIFY2(lines.contains(total), qPrintable(text));
    QVERIFY(lines.contains(u"• Car price: 20,000,000 KRW = 1,166,484.85 RUB"_qs));
    QVERIFY(lines.contains(u"• Lot fee: 440,000 KRW = 25,662.67 RUB"_qs));
    QVERIFY(lines.contains(u"• Broker: 37,000.00 RUB"_qs));
    QVERIFY(lines.contains(u"• Lab: 150.55 USD = 12,422.26 RUB"_qs));
    QVERIFY(lines.contains(u"• Customs payments: "_qs + moneyText(*card.quote.customs.total.kopecks, Language::English)));
    QVERIFY(lines.contains(u"• Commission: 300 USD = 24,753.75 RUB"_qs));
    QVERIFY2(lines.contains(u"CBR rates of 2026-06-15; payment rate: KRW 0.0583242425 RUB (CBR 0.0569017); "
                            "USD 82.5125 RUB (CBR 80.5)"_qs), qPrintable(text));
    QVERIFY(lines.contains(u"https://example.com/car/1"_qs));
    QVERIFY(lines.contains(u"An estimate, not an offer: exchange rates and fees change daily."_qs));
    QVERIFY(!text.contains(u"RU:"));
}

void TstQuoteCard::russianCardGoesThroughTranslator()
{
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const QuoteCard card = handCard();
    const QString text = quoteText(card, Language::Russian);
    const QString english = quoteText(card, Language::English);
    QCoreApplication::removeTranslator(&translator);

    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.size(), english.split(u'\n').size());
    QCOMPARE(lines.at(0), u"Hyundai Grandeur 2.5"_qs);
    // Every label is the translated one; the numbers are in the Russian form (NBSP grouping, comma decimals).
    QVERIFY(lines.contains(u"RU:Year: 2022"_qs));
    QVERIFY(lines.contains(u"RU:Mileage: 45\u00a0000 km"_qs));
    QVERIFY(lines.contains(u"RU:Power: RU:150 hp / 110,3 kW (listing)"_qs));
    QVERIFY(lines.contains(u"RU:Preferential utilization fee: RU:yes"_qs));
    QVERIFY(lines.contains(u"• RU:Car price: 20\u00a0000\u00a0000 KRW = 1\u00a0166\u00a0484,85 ₽"_qs));
    QVERIFY(lines.contains(u"• Lot fee: 440\u00a0000 KRW = 25\u00a0662,67 ₽"_qs));   // the dealer's own line name
    QVERIFY(lines.contains(u"RU:Total in Russia: "_qs + moneyText(card.quote.totalKopecks, Language::Russian)));
    QVERIFY(text.contains(u"RU:KRW 0,0583242425 RUB (RU:CBR 0,0569017)"_qs));
    QVERIFY(lines.contains(u"RU:An estimate, not an offer: exchange rates and fees change daily."_qs));
    QVERIFY(lines.contains(u"https://example.com/car/1"_qs));
}

void TstQuoteCard::unknownFactsAreLeftOut()
{
    QuoteCard card = handCard();
    card.subject = {};
    const QString text = quoteText(card, Language::English);
    QVERIFY(text.startsWith(u"Car\n"));
    QVERIFY(!text.contains(u"Mileage"));
    QVERIFY(!text.contains(u"Power"));
    QVERIFY(!text.contains(u"https://"));
    QVERIFY(text.contains(u"Total in Russia: "));
}

void TstQuoteCard::moneyFormats_data()
{
    QTest::addColumn<qint64>("kopecks");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("russian");
    QTest::newRow("zero") << qint64(0) << u"0.00 RUB"_qs << u"0,00 ₽"_qs;
    QTest::newRow("kopecks") << qint64(5) << u"0.05 RUB"_qs << u"0,05 ₽"_qs;
    QTest::newRow("millions") << qint64(131599605) << u"1,315,996.05 RUB"_qs << u"1\u00a0315\u00a0996,05 ₽"_qs;
}

void TstQuoteCard::moneyFormats()
{
    QFETCH(qint64, kopecks);
    QFETCH(QString, english);
    QFETCH(QString, russian);
    QCOMPARE(moneyText(kopecks, Language::English), english);
    QCOMPARE(moneyText(kopecks, Language::Russian), russian);
}

QTEST_GUILESS_MAIN(TstQuoteCard)
#include "tst_quotecard.moc"
