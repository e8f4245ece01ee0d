#include "core/quote/quote.h"

#include <QCoreApplication>

#include <algorithm>

namespace CarScout::Quote {

using Customs::Rational;

namespace {

// lupdate files tr() in this namespace under "CarScout::Quote"; the lookup uses the same context.
QString tr(const char *text)
{
    return QCoreApplication::translate("CarScout::Quote", text);
}

const QString kRub = QStringLiteral("RUB");

std::optional<Rational> paymentRate(const QString &code, const CostProfile &profile, const Customs::RateTable &cbr)
{
    if (code == kRub)
        return Rational(1);
    if (const auto fixed = profile.fixedPaymentRates.constFind(code); fixed != profile.fixedPaymentRates.cend())
        return *fixed;
    const auto rate = cbr.rubPerUnit(code);
    if (!rate)
        return std::nullopt;
    return *rate * (Rational(1) + profile.paymentMarginPercent / Rational(100));
}

} // namespace

QStringList neededCurrencies(const Customs::Input &car, const CostProfile &profile)
{
    QStringList codes = Customs::Engine::neededCurrencies(car);
    auto add = [&](const QString &code, bool paidOnly) {
        if (code == kRub || codes.contains(code))
            return;
        if (paidOnly && profile.fixedPaymentRates.contains(code))
            return;
        codes.append(code);
    };
    for (const ProfileLine &line : profile.lines)
        add(line.currency, !line.toBorder);
    add(profile.commissionCurrency, true);
    add(car.currency, true);
    std::sort(codes.begin(), codes.end());
    return codes;
}

QList<Services::CostAmount> toBorderAmounts(const CostProfile &profile)
{
    QList<Services::CostAmount> amounts;
    for (const ProfileLine &line : profile.lines) {
        if (line.toBorder)
            amounts.append({line.amount, line.currency});
    }
    return amounts;
}

// The lines the client pays and their total, from the engine's result for `car` (its customs value already has
// the profile's to_border lines): computeQuote and the table's landed rule share it, so they agree to the
// kopeck. Returns the reason when a rate is missing or the customs are not computable.
static QString paidLines(const Customs::Input &car, const CostProfile &profile, const Customs::Result &customs,
                         const Customs::RateTable &cbr, QuoteResult *quote)
{
    auto noRate = [&](const QString &code) {
        return tr("no %1 rate in the CBR table of %2").arg(code, cbr.date.toString(Qt::ISODate));
    };
    if (!customs.ok)
        return customs.error;
    if (!customs.total.computable())
        return tr("the customs payments are not computable: %1").arg(customs.total.reason);

    QHash<QString, PaymentRate> used;
    auto convert = [&](QuoteLine line) -> std::optional<QuoteLine> {
        const auto rate = paymentRate(line.currency, profile, cbr);
        if (!rate)
            return std::nullopt;
        line.rubPerUnit = *rate;
        line.rubKopecks = (line.amount * *rate).toKopecks();
        if (line.currency != kRub && !used.contains(line.currency)) {
            used.insert(line.currency, {line.currency, cbr.rubPerUnit(line.currency).value_or(Rational()), *rate,
                                        profile.fixedPaymentRates.contains(line.currency)});
        }
        return line;
    };

    QuoteLine price;
    price.kind = QuoteLine::Kind::Price;
    price.amount = car.price;
    price.currency = car.currency;
    const auto priceLine = convert(price);
    if (!priceLine)
        return noRate(car.currency);
    quote->lines.append(*priceLine);

    for (const ProfileLine &item : profile.lines) {
        QuoteLine line;
        line.name = item.name;
        line.amount = item.amount;
        line.currency = item.currency;
        line.toBorder = item.toBorder;
        const auto converted = convert(line);
        if (!converted)
            return noRate(item.currency);
        quote->lines.append(*converted);
    }

    QuoteLine customsLine;
    customsLine.kind = QuoteLine::Kind::Customs;
    customsLine.amount = Rational::fromKopecks(*customs.total.kopecks);
    customsLine.currency = kRub;
    customsLine.rubPerUnit = 1;
    customsLine.rubKopecks = *customs.total.kopecks;
    quote->lines.append(customsLine);

    if (!profile.commission.isZero()) {
        QuoteLine commission;
        commission.kind = QuoteLine::Kind::Commission;
        commission.amount = profile.commission;
        commission.currency = profile.commissionCurrency;
        const auto converted = convert(commission);
        if (!converted)
            return noRate(profile.commissionCurrency);
        quote->lines.append(*converted);
    }

    for (const QuoteLine &line : std::as_const(quote->lines))
        quote->totalKopecks += line.rubKopecks;
    quote->rates = used.values();
    std::sort(quote->rates.begin(), quote->rates.end(),
              [](const PaymentRate &a, const PaymentRate &b) { return a.code < b.code; });
    return {};
}

QuoteResult computeQuote(const Customs::Input &car, const CostProfile &profile, const Customs::RateTable &cbr,
                         const Customs::Engine &engine)
{
    QuoteResult quote;
    // The customs value: the car's own costs and every to_border line, in roubles at the CBR rates (exact).
    Customs::Input input = car;
    const QString missing = Services::foldCostsToBorder(input, toBorderAmounts(profile), cbr);
    if (!missing.isEmpty()) {
        quote.error = tr("no %1 rate in the CBR table of %2").arg(missing, cbr.date.toString(Qt::ISODate));
        return quote;
    }
    quote.input = input;
    quote.customs = engine.estimate(input, cbr);
    quote.error = paidLines(input, profile, quote.customs, cbr, &quote);
    quote.ok = quote.error.isEmpty();
    if (!quote.ok) {
        quote.lines.clear();
        quote.rates.clear();
        quote.totalKopecks = 0;
    }
    return quote;
}

Services::LandedRule landedRule(const CostProfile &profile)
{
    return [profile](const Customs::Input &car, const Customs::Result &customs, const Customs::RateTable &rates) {
        QuoteResult quote;
        const QString error = paidLines(car, profile, customs, rates, &quote);
        if (!error.isEmpty())
            return Services::LandedAmount{std::nullopt, error};
        return Services::LandedAmount{quote.totalKopecks, {}};
    };
}

void applyProfile(Services::CostContext &context, const CostProfile &profile)
{
    context.costsToBorder = {};
    context.costsCurrency.clear();
    context.extraCostsKopecks = 0;
    context.costsToBorderLines = toBorderAmounts(profile);
    context.landed = landedRule(profile);
}

} // namespace CarScout::Quote
