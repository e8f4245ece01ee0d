#include "core/customs/rateoverride.h"

namespace CarScout::Customs {

int defaultNominal(const QString &code)
{
    return code == u"KRW" || code == u"JPY" ? 1000 : 1;
}

QList<RateRow> rowsOf(const RateTable &table)
{
    QList<RateRow> rows;
    for (const QString &code : table.codes()) {
        const CurrencyRate &rate = table.rates.value(code);
        rows.append({code, QString::number(rate.nominal), rate.value.toString(6)});
    }
    return rows;
}

QStringList missingRateCodes(const QStringList &present, const QStringList &wanted)
{
    QStringList missing;
    for (const QString &code : wanted) {
        if (code.size() != 3 || code == u"RUB" || present.contains(code) || missing.contains(code))
            continue;
        missing << code;
    }
    return missing;
}

RateTable applyRateRows(const std::optional<RateTable> &service, const QList<RateRow> &rows, const QDate &manualDate)
{
    RateTable table;
    if (service) {
        table.date = service->date;
        table.requestedDate = service->requestedDate;
        table.origin = service->origin;
        table.note = service->note;
    } else {
        table.date = table.requestedDate = manualDate;
        table.origin = RateOrigin::Manual;
    }
    for (const RateRow &row : rows) {
        const QString code = row.code.trimmed().toUpper();
        const int nominal = qMax(1, row.nominal.trimmed().toInt());
        const std::optional<Rational> value = Rational::parse(row.rub.trimmed());
        if (code.size() != 3 || !value || value->isZero() || value->isNegative())
            continue;
        CurrencyRate rate;
        if (service && service->rates.contains(code))
            rate = service->rates.value(code);
        const bool changed = !(rate.value == *value && rate.nominal == nominal);
        rate.code = code;
        rate.nominal = nominal;
        rate.value = *value;
        rate.perUnit = *value / Rational(nominal);
        rate.manual = rate.manual || changed;
        table.rates.insert(code, rate);
    }
    return table;
}

} // namespace CarScout::Customs
