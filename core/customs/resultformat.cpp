#include "core/customs/resultformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace CarScout::Customs {

namespace {

QByteArray jsonString(const QString &s)
{
    // A one-element array serialised compactly is "[\"…\"]": strip the brackets.
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

QByteArray jsonStrings(const QStringList &list)
{
    return QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact);
}

QByteArray amount(const Amount &a)
{
    return a.kopecks ? formatKopecks(*a.kopecks).toLatin1() : QByteArrayLiteral("null");
}

class ObjectWriter
{
public:
    void raw(const char *key, const QByteArray &value)
    {
        m_out += (m_first ? "\n  \"" : ",\n  \"") + QByteArray(key) + "\": " + value;
        m_first = false;
    }
    void string(const char *key, const QString &value) { raw(key, value.isNull() ? QByteArrayLiteral("null") : jsonString(value)); }
    QByteArray finish() { return "{" + m_out + "\n}\n"; }

private:
    QByteArray m_out;
    bool m_first = true;
};

QByteArray ratesObject(const RateTable &rates, const QList<UsedRate> &used)
{
    QByteArray perUnit = "{";
    bool first = true;
    if (used.isEmpty()) {
        for (const QString &code : rates.codes()) {
            perUnit += (first ? "" : ", ") + jsonString(code) + ": " + rates.rates.value(code).perUnit.toString(10).toLatin1();
            first = false;
        }
    } else {
        for (const UsedRate &u : used) {
            perUnit += (first ? "" : ", ") + jsonString(u.code) + ": " + u.rubPerUnit.toString(10).toLatin1();
            first = false;
        }
    }
    perUnit += "}";
    QStringList manual;
    for (const UsedRate &u : used)
        if (u.manual)
            manual << u.code;
    return "{\"date\": " + (rates.date.isValid() ? jsonString(rates.date.toString(Qt::ISODate)) : QByteArrayLiteral("null"))
        + ", \"requested_date\": "
        + (rates.requestedDate.isValid() ? jsonString(rates.requestedDate.toString(Qt::ISODate)) : QByteArrayLiteral("null"))
        + ", \"origin\": " + jsonString(rateOriginKey(rates.origin)) + ", \"manual\": " + jsonStrings(manual)
        + ", \"per_unit\": " + perUnit + "}";
}

// One object per payment line: its amount (null = not computable) and whether it rests on a rule value that is
// not confirmed, with the dealer's reason and the source.
QByteArray linesArray(const Result &r)
{
    const std::pair<const char *, const Amount *> lines[] = {
        {"duty", &r.duty}, {"excise", &r.excise}, {"vat", &r.vat}, {"clearance_fee", &r.clearanceFee},
        {"utilization_fee", &r.utilizationFee}, {"total_without_utilization", &r.totalWithoutUtilization}, {"total", &r.total}};
    QByteArray out = "[";
    bool first = true;
    for (const auto &[key, a] : lines) {
        out += QByteArray(first ? "\n    " : ",\n    ") + "{\"line\": \"" + key + "\", \"rub\": " + amount(*a)
            + ", \"uncertain\": " + (a->uncertain ? "true" : "false");
        if (a->uncertain)
            out += ", \"reason\": " + jsonString(a->uncertainReason) + ", \"source\": " + jsonString(a->source);
        out += "}";
        first = false;
    }
    return out + "\n  ]";
}

QByteArray kopecksOrNull(const std::optional<qint64> &k)
{
    return k ? formatKopecks(*k).toLatin1() : QByteArrayLiteral("null");
}

// {"date": …, "total_rub": …, "difference_rub": …[, "reason": …]}: the shared part of next_band and rule_change.
QByteArray projectionFields(const Projection &p, const Result &now)
{
    QByteArray out = "\"date\": " + jsonString(p.date.toString(Qt::ISODate)) + ", \"age_band\": " + jsonString(p.ageBand)
        + ", \"total_rub\": " + (p.result.ok ? amount(p.result.total) : QByteArrayLiteral("null"))
        + ", \"difference_rub\": " + kopecksOrNull(differenceKopecks(now, p.result))
        + ", \"uncertain\": " + (p.result.ok && p.result.total.uncertain ? "true" : "false");
    if (!p.result.ok)
        out += ", \"reason\": " + jsonString(p.result.error);
    else if (!p.result.total.computable())
        out += ", \"reason\": " + jsonString(p.result.total.reason);
    return out;
}

QString signedRoubles(qint64 kopecks)
{
    return (kopecks > 0 ? QStringLiteral("+") : kopecks < 0 ? QStringLiteral("-") : QString()) + formatKopecksGrouped(qAbs(kopecks))
        + QStringLiteral(" RUB");
}

} // namespace

QStringList Timing::warnings(const Result &r) const
{
    QStringList all = r.warnings;
    for (const ExportWarning &w : exportWarnings)
        all << w.text;
    return all;
}

Timing timingFor(const Engine &engine, const Input &input, const RateTable &rates)
{
    Timing t;
    t.nextBand = nextBand(engine, input, rates);
    t.ruleChange = ruleChange(engine, input, rates);
    return t;
}

QByteArray resultToJson(const Input &input, const Result &r, const RateTable &rates, const Timing *timing)
{
    ObjectWriter w;
    w.raw("customs_value_rub", formatKopecks(r.customsValueKopecks).toLatin1());
    w.raw("customs_value_eur", r.customsValueEur.isZero() ? QByteArrayLiteral("null") : formatKopecks(r.customsValueEur.toKopecks()).toLatin1());
    w.raw("duty_rub", amount(r.duty));
    w.string("duty_kind", r.route == Route::Ets ? QStringLiteral("ets") : QStringLiteral("duty"));
    w.string("duty_rate", r.dutyRate);
    w.string("tariff_code", r.tariffCode);
    w.raw("excise_rub", amount(r.excise));
    w.string("excise_rate", r.exciseRate);
    w.raw("vat_rub", amount(r.vat));
    w.string("vat_rate", r.vatRate);
    w.raw("clearance_fee_rub", amount(r.clearanceFee));
    w.raw("utilization_fee_rub", amount(r.utilizationFee));
    w.raw("utilization_preferential", r.utilizationPreferential ? "true" : "false");
    w.string("utilization_basis", r.utilizationBasis);
    w.raw("total_rub", amount(r.total));
    w.raw("total_without_utilization_rub", amount(r.totalWithoutUtilization));
    w.string("age_band", r.ageBand);
    w.string("utilization_age", r.utilizationOld ? QStringLiteral("old") : QStringLiteral("new"));
    w.string("production_date", input.produced.toString());
    w.string("production_date_assumed", r.assumedProductionDate.toString(Qt::ISODate));
    w.string("declaration_date", input.declarationDate.toString(Qt::ISODate));
    w.string("rules_version", r.rulesVersion);
    w.raw("citations", jsonStrings(r.citations));
    w.raw("rates", ratesObject(rates, r.ratesUsed));
    w.raw("warnings", jsonStrings(timing ? timing->warnings(r) : r.warnings));
    QByteArray missing = "{";
    bool first = true;
    const std::pair<const char *, const Amount *> lines[] = {
        {"duty_rub", &r.duty}, {"excise_rub", &r.excise}, {"vat_rub", &r.vat}, {"clearance_fee_rub", &r.clearanceFee},
        {"utilization_fee_rub", &r.utilizationFee}, {"total_rub", &r.total}};
    for (const auto &[key, a] : lines) {
        if (a->computable())
            continue;
        missing += (first ? "\"" : ", \"") + QByteArray(key) + "\": " + jsonString(a->reason);
        first = false;
    }
    w.raw("not_computable", missing + "}");
    w.raw("lines", linesArray(r));
    if (timing && timing->nextBand) {
        const NextBand &n = *timing->nextBand;
        w.raw("next_band", "{" + projectionFields(n, r) + ", \"production_date_assumed\": "
                               + jsonString(n.assumedProduction.toString(Qt::ISODate)) + ", \"earliest\": "
                               + jsonString(n.earliest.toString(Qt::ISODate)) + ", \"latest\": "
                               + jsonString(n.latest.toString(Qt::ISODate)) + ", \"assumption\": "
                               + (n.assumption.isEmpty() ? QByteArrayLiteral("null") : jsonString(n.assumption)) + "}");
    }
    if (timing && timing->ruleChange)
        w.raw("rule_change", "{" + projectionFields(*timing->ruleChange, r) + "}");
    if (timing) {
        QByteArray list = "[";
        for (const ExportWarning &e : timing->exportWarnings)
            list += QByteArray(list.size() > 1 ? ", " : "") + "{\"id\": " + jsonString(e.ruleId) + ", \"text\": " + jsonString(e.text)
                + ", \"uncertain\": " + (e.uncertain ? "true" : "false") + ", \"effective_from\": "
                + jsonString(e.effectiveFrom.toString(Qt::ISODate)) + ", \"source\": " + jsonString(e.source) + "}";
        w.raw("export_restrictions", list + "]");
    }
    return w.finish();
}

QString resultToText(const Input &input, const Result &r, const RateTable &rates, const Timing *timing)
{
    QString out;
    const auto line = [&out](const QString &label, const Amount &a, const QString &detail) {
        out += label.leftJustified(26) + (a.kopecks ? QString(formatKopecksGrouped(*a.kopecks) + u" RUB") : QString(u"not computable: " + a.reason))
            + (a.uncertain ? QStringLiteral(" *") : QString()) + (detail.isEmpty() ? QString() : QString(u"   (" + detail + u')')) + u'\n';
        if (a.uncertain && !a.uncertainReason.isEmpty())
            out += QString(26, u' ') + u"* " + a.uncertainReason + u'\n';
    };
    out += QStringLiteral("Customs value             ") + formatKopecksGrouped(r.customsValueKopecks) + u" RUB";
    if (!r.customsValueEur.isZero())
        out += u" (" + formatKopecksGrouped(r.customsValueEur.toKopecks()) + u" EUR)";
    out += u'\n';
    line(r.route == Route::Ets ? QStringLiteral("Single rate (ЕТС)") : QStringLiteral("Import duty"), r.duty, r.dutyRate);
    line(QStringLiteral("Excise"), r.excise, r.exciseRate);
    line(QStringLiteral("VAT"), r.vat, r.vatRate);
    line(QStringLiteral("Clearance fee"), r.clearanceFee, {});
    line(QStringLiteral("Total without util. fee"), r.totalWithoutUtilization, {});
    line(QStringLiteral("Utilization fee"), r.utilizationFee, r.utilizationBasis);
    line(QStringLiteral("Total"), r.total, {});
    out += u"Age band                  " + r.ageBand + u" (production " + input.produced.toString() + u", counted from "
        + r.assumedProductionDate.toString(Qt::ISODate) + u", declaration " + input.declarationDate.toString(Qt::ISODate) + u")\n";
    out += u"Rules                     " + r.rulesVersion + u'\n';
    out += u"Rates                     " + rateOriginKey(rates.origin) + u", " + rates.date.toString(Qt::ISODate) + u':';
    for (const UsedRate &u : r.ratesUsed)
        out += u' ' + u.code + u'=' + u.rubPerUnit.toString(8) + (u.manual ? QStringLiteral(" (manual)") : QString());
    out += u'\n';
    const auto projected = [&](const QString &label, const Projection &p) {
        out += label.leftJustified(26) + p.date.toString(Qt::ISODate) + u" (" + p.ageBand + u"): ";
        if (!p.result.ok)
            out += u"not computable: " + p.result.error;
        else if (!p.result.total.computable())
            out += u"not computable: " + p.result.total.reason;
        else
            out += formatKopecksGrouped(*p.result.total.kopecks) + u" RUB";
        if (const auto d = differenceKopecks(r, p.result))
            out += u" (" + signedRoubles(*d) + u')';
        out += u'\n';
    };
    if (timing && timing->nextBand) {
        projected(QStringLiteral("Next age band"), *timing->nextBand);
        if (!timing->nextBand->assumption.isEmpty())
            out += QString(26, u' ') + timing->nextBand->assumption + u'\n';
    }
    if (timing && timing->ruleChange)
        projected(QStringLiteral("After the rule change"), *timing->ruleChange);
    for (const QString &w : timing ? timing->warnings(r) : r.warnings)
        out += u"Warning: " + w + u'\n';
    return out;
}

QByteArray ratesToJson(const RateTable &rates)
{
    ObjectWriter w;
    w.string("date", rates.date.toString(Qt::ISODate));
    w.string("requested_date", rates.requestedDate.toString(Qt::ISODate));
    w.string("origin", rateOriginKey(rates.origin));
    if (!rates.note.isEmpty())
        w.string("note", rates.note);
    QByteArray list = "[";
    bool first = true;
    for (const QString &code : rates.codes()) {
        const CurrencyRate &c = rates.rates.value(code);
        list += QByteArray(first ? "\n    " : ",\n    ") + "{\"code\": " + jsonString(code) + ", \"num_code\": "
            + QByteArray::number(c.numCode) + ", \"nominal\": " + QByteArray::number(c.nominal) + ", \"value\": "
            + c.value.toString(10).toLatin1() + ", \"rub_per_unit\": " + c.perUnit.toString(10).toLatin1()
            + ", \"name\": " + jsonString(c.name) + "}";
        first = false;
    }
    w.raw("rates", list + "\n  ]");
    return w.finish();
}

QString ratesToText(const RateTable &rates)
{
    QString out = u"CBR rates of " + rates.date.toString(Qt::ISODate) + u" (requested " + rates.requestedDate.toString(Qt::ISODate)
        + u", " + rateOriginKey(rates.origin) + u")\n";
    if (!rates.note.isEmpty())
        out += rates.note + u'\n';
    for (const QString &code : rates.codes()) {
        const CurrencyRate &c = rates.rates.value(code);
        out += code + u"  " + c.value.toString(4).rightJustified(12) + u" RUB per " + QString::number(c.nominal).leftJustified(6)
            + u"  " + c.name + u'\n';
    }
    return out;
}

} // namespace CarScout::Customs
