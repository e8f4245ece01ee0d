#include "core/quote/quotecard.h"

#include <QCoreApplication>
#include <QLocale>

namespace CarScout::Quote {

using Customs::Rational;

namespace {

// English is the source text; Russian goes through the installed translator of the "Quote" context (each text
// is marked with QT_TRANSLATE_NOOP so that lupdate files it there).
QString t(Language language, const char *text)
{
    return language == Language::English ? QString::fromUtf8(text) : QCoreApplication::translate("Quote", text);
}

QLocale localeOf(Language language)
{
    return language == Language::English ? QLocale(QLocale::English, QLocale::UnitedStates)
                                         : QLocale(QLocale::Russian, QLocale::Russia);
}

QString integerText(qint64 value, Language language)
{
    return localeOf(language).toString(value);
}

// A rate with up to 10 decimals (exact for CBR rates) in the locale's form (display only; the sums use the exact Rational).
QString rateText(const Rational &rate, Language language)
{
    QString text = rate.toString(10);
    if (language == Language::Russian)
        text.replace(u'.', u',');
    return text;
}

QString amountText(const QuoteLine &line, Language language)
{
    const QString number = line.amount.isInteger() ? integerText(line.amount.truncated(), language)
                                                   : moneyText(line.amount.toKopecks(), language).section(u' ', 0, -2);
    return number + u' ' + line.currency;
}

QString powerText(const Customs::Power &power, Language language)
{
    const Rational kw = power.unit == Customs::PowerUnit::Kw ? power.value : power.value * *Rational::parse(u"0.7355");
    const Rational hp = power.unit == Customs::PowerUnit::Hp ? power.value : power.value / *Rational::parse(u"0.7355");
    const QLocale locale = localeOf(language);
    return t(language, QT_TRANSLATE_NOOP("Quote", "%1 hp / %2 kW")).arg(locale.toString(hp.toDouble(), 'f', 0), locale.toString(kw.toDouble(), 'f', 1));
}

QString paymentRatesText(const QuoteResult &quote, Language language)
{
    QStringList parts;
    for (const PaymentRate &rate : quote.rates) {
        const QString how = rate.fixed ? t(language, QT_TRANSLATE_NOOP("Quote", "fixed")) : t(language, QT_TRANSLATE_NOOP("Quote", "CBR %1")).arg(rateText(rate.cbr, language));
        parts << t(language, QT_TRANSLATE_NOOP("Quote", "%1 %2 RUB (%3)")).arg(rate.code, rateText(rate.payment, language), how);
    }
    return parts.join(u"; ");
}

struct CardFacts
{
    QString title;
    QStringList specs;        // "Year: 2022", …
    QStringList breakdown;    // "Lot fee: 440 000 KRW = 25 662,67 ₽"
    QString total;
    QString rates;
    QString disclaimer;
};

CardFacts factsOf(const QuoteCard &card, Language language)
{
    CardFacts facts;
    const QuoteSubject &s = card.subject;
    const QuoteResult &q = card.quote;
    facts.title = s.title.isEmpty() ? t(language, QT_TRANSLATE_NOOP("Quote", "Car")) : s.title;
    if (s.year > 0)
        facts.specs << t(language, QT_TRANSLATE_NOOP("Quote", "Year: %1")).arg(s.year);
    if (s.mileageKm >= 0)
        facts.specs << t(language, QT_TRANSLATE_NOOP("Quote", "Mileage: %1 km")).arg(integerText(s.mileageKm, language));
    if (s.engineCc > 0)
        facts.specs << t(language, QT_TRANSLATE_NOOP("Quote", "Engine: %1 cm³")).arg(integerText(s.engineCc, language));
    if (s.power) {
        QString power = t(language, QT_TRANSLATE_NOOP("Quote", "Power: %1")).arg(powerText(*s.power, language));
        if (!s.powerSource.isEmpty())
            power += u" (" + s.powerSource + u')';
        facts.specs << power;
    }
    if (!q.customs.ageBand.isEmpty()) {
        QString age = t(language, QT_TRANSLATE_NOOP("Quote", "Age for customs: %1")).arg(ageBandText(q.customs.ageBand, language));
        if (card.nextBand)
            age += u"; " + t(language, QT_TRANSLATE_NOOP("Quote", "%1 from %2")).arg(ageBandText(card.nextBand->ageBand, language),
                                                        card.nextBand->date.toString(Qt::ISODate));
        facts.specs << age;
    }
    facts.specs << t(language, QT_TRANSLATE_NOOP("Quote", "Preferential utilization fee: %1"))
                       .arg(q.customs.utilizationPreferential ? t(language, QT_TRANSLATE_NOOP("Quote", "yes")) : t(language, QT_TRANSLATE_NOOP("Quote", "no")));

    for (const QuoteLine &line : q.lines) {
        QString text = lineName(line, language) + u": ";
        if (line.currency != u"RUB")
            text += amountText(line, language) + u" = ";
        facts.breakdown << text + moneyText(line.rubKopecks, language);
    }
    facts.total = t(language, QT_TRANSLATE_NOOP("Quote", "Total in Russia: %1")).arg(moneyText(q.totalKopecks, language));
    facts.rates = t(language, QT_TRANSLATE_NOOP("Quote", "CBR rates of %1")).arg(q.customs.ratesDate.toString(Qt::ISODate));
    if (!q.rates.isEmpty())
        facts.rates += u"; " + t(language, QT_TRANSLATE_NOOP("Quote", "payment rate: %1")).arg(paymentRatesText(q, language));
    facts.disclaimer = t(language, QT_TRANSLATE_NOOP("Quote", "An estimate, not an offer: exchange rates and fees change daily."));
    return facts;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

std::optional<Language> languageFromKey(const QString &key)
{
    if (key == u"ru")
        return Language::Russian;
    if (key == u"en")
        return Language::English;
    return std::nullopt;
}

QString moneyText(qint64 kopecks, Language language)
{
    const QLocale locale = localeOf(language);
    const bool negative = kopecks < 0;
    const qint64 abs = negative ? -kopecks : kopecks;
    QString text = locale.toString(abs / 100) + locale.decimalPoint()
                   + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    if (negative)
        text.prepend(u'-');
    return text + (language == Language::English ? u" RUB"_qs : u" ₽"_qs);
}

QString ageBandText(const QString &band, Language language)
{
    if (band == u"under_3")
        return t(language, QT_TRANSLATE_NOOP("Quote", "under 3 years"));
    if (band == u"3_5")
        return t(language, QT_TRANSLATE_NOOP("Quote", "3–5 years"));
    if (band == u"over_5")
        return t(language, QT_TRANSLATE_NOOP("Quote", "over 5 years"));
    if (band == u"5_7")
        return t(language, QT_TRANSLATE_NOOP("Quote", "5–7 years"));
    if (band == u"over_7")
        return t(language, QT_TRANSLATE_NOOP("Quote", "over 7 years"));
    return band;
}

QString lineName(const QuoteLine &line, Language language)
{
    switch (line.kind) {
    case QuoteLine::Kind::Price:
        return t(language, QT_TRANSLATE_NOOP("Quote", "Car price"));
    case QuoteLine::Kind::Customs:
        return t(language, QT_TRANSLATE_NOOP("Quote", "Customs payments"));
    case QuoteLine::Kind::Commission:
        return t(language, QT_TRANSLATE_NOOP("Quote", "Commission"));
    case QuoteLine::Kind::Item:
        break;
    }
    return line.name;
}

QString quoteText(const QuoteCard &card, Language language)
{
    const CardFacts facts = factsOf(card, language);
    QStringList lines;
    lines << facts.title;
    lines << facts.specs;
    lines << QString() << facts.total;
    for (const QString &item : facts.breakdown)
        lines << u"• " + item;
    lines << QString() << facts.rates;
    if (card.subject.url.isValid())
        lines << card.subject.url.toString();
    lines << facts.disclaimer;
    if (!card.dealerName.isEmpty())
        lines << QString() << card.dealerName;
    if (!card.dealerContacts.isEmpty())
        lines << (card.dealerName.isEmpty() ? QStringList{QString()} : QStringList{}) << card.dealerContacts;
    return lines.join(u'\n') + u'\n';
}

QString quoteHtml(const QuoteCard &card, Language language, bool withPhoto)
{
    const CardFacts facts = factsOf(card, language);
    QString html = u"<html><body style=\"font-family: sans-serif; font-size: 10pt;\">"_qs;
    html += u"<h2>" + escaped(facts.title) + u"</h2>";
    if (!card.dealerName.isEmpty() || !card.dealerContacts.isEmpty())
        html += u"<p><b>" + escaped(card.dealerName) + u"</b><br/>" + escaped(card.dealerContacts) + u"</p>";
    if (withPhoto)
        html += u"<p><img src=\"carscout:photo\" width=\"360\"/></p>"_qs;
    html += u"<p>" + facts.specs.join(u"<br/>").toHtmlEscaped().replace(u"&lt;br/&gt;"_qs, u"<br/>"_qs) + u"</p>";
    html += u"<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\">"_qs;
    for (const QuoteLine &line : card.quote.lines) {
        html += u"<tr><td>" + escaped(lineName(line, language)) + u"</td><td align=\"right\">"
                + (line.currency != u"RUB" ? escaped(amountText(line, language)) : QString()) + u"</td><td align=\"right\">"
                + escaped(moneyText(line.rubKopecks, language)) + u"</td></tr>";
    }
    html += u"</table>"_qs;
    html += u"<h3>" + escaped(facts.total) + u"</h3>";
    html += u"<p>" + escaped(facts.rates) + u"</p>";
    if (card.subject.url.isValid())
        html += u"<p>" + escaped(card.subject.url.toString()) + u"</p>";
    html += u"<p><i>" + escaped(facts.disclaimer) + u"</i></p></body></html>";
    return html;
}

} // namespace CarScout::Quote
