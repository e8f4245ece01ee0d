#include "core/quote/quote.h"

#include <QCoreApplication>

#include <algorithm>

namespace CarScout::Quote {

using Customs::Rational;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quote", text);
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

QuoteResult computeQuote(const Customs::Input &car, const CostProfile &profile, const Customs::RateTable &cbr,
                         const Customs::Engine &engine)
{
    QuoteResult quote;
    auto fail = [&](const QString &why) {
        quote.ok = false;
        quote.error = why;
        return quote;
    };
    auto cbrRate = [&](const QString &code) { return cbr.rubPerUnit(code); };
    auto noRate = [&](const QString &code) {
        return tr("no %1 rate in the CBR table of %2").arg(code, cbr.date.toString(Qt::ISODate));
    };

    // The customs value: the car's own costs and every to_border line, in roubles at the CBR rates (exact).
    Customs::Input input = car;
    Rational toBorderRub;
    if (!car.costsToBorder.isZero()) {
        const QString code = car.costsCurrency.isEmpty() ? car.currency : car.costsCurrency;
        const auto rate = cbrRate(code);
        if (!rate)
            return fail(noRate(code));
        toBorderRub += car.costsToBorder * *rate;
    }
    for (const ProfileLine &line : profile.lines) {
        if (!line.toBorder)
            continue;
        const auto rate = cbrRate(line.currency);
        if (!rate)
            return fail(noRate(line.currency));
        toBorderRub += line.amount * *rate;
    }
    input.costsToBorder = toBorderRub;
    input.costsCurrency = kRub;
    quote.input = input;

    quote.customs = engine.estimate(input, cbr);
    if (!quote.customs.ok)
        return fail(quote.customs.error);
    if (!quote.customs.total.computable())
        return fail(tr("the customs payments are not computable: %1").arg(quote.customs.total.reason));

    QHash<QString, PaymentRate> used;
    auto convert = [&](QuoteLine line) -> std::optional<QuoteLine> {
        const auto rate = paymentRate(line.currency, profile, cbr);
        if (!rate)
            return std::nullopt;
        line.rubPerUnit = *rate;
        line.rubKopecks = (line.amount * *rate).toKopecks();
        if (line.currency != kRub && !used.contains(line.currency)) {
            used.insert(line.currency, {line.currency, cbrRate(line.currency).value_or(Rational()), *rate,
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
        return fail(noRate(car.currency));
    quote.lines.append(*priceLine);

    for (const ProfileLine &item : profile.lines) {
        QuoteLine line;
        line.name = item.name;
        line.amount = item.amount;
        line.currency = item.currency;
        line.toBorder = item.toBorder;
        const auto converted = convert(line);
        if (!converted)
            return fail(noRate(item.currency));
        quote.lines.append(*converted);
    }

    QuoteLine customs;
    customs.kind = QuoteLine::Kind::Customs;
    customs.amount = Rational::fromKopecks(*quote.customs.total.kopecks);
    customs.currency = kRub;
    customs.rubPerUnit = 1;
    customs.rubKopecks = *quote.customs.total.kopecks;
    quote.lines.append(customs);

    if (!profile.commission.isZero()) {
        QuoteLine commission;
        commission.kind = QuoteLine::Kind::Commission;
        commission.amount = profile.commission;
        commission.currency = profile.commissionCurrency;
        const auto converted = convert(commission);
        if (!converted)
            return fail(noRate(profile.commissionCurrency));
        quote.lines.append(*converted);
    }

    for (const QuoteLine &line : std::as_const(quote.lines))
        quote.totalKopecks += line.rubKopecks;
    quote.rates = used.values();
    std::sort(quote.rates.begin(), quote.rates.end(),
              [](const PaymentRate &a, const PaymentRate &b) { return a.code < b.code; });
    quote.ok = true;
    return quote;
}

} // namespace CarScout::Quote
