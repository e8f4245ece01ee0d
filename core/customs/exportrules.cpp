#include "core/customs/exportrules.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CarScout::Customs {

namespace {

QString countryName(const QString &origin)
{
    if (origin == u"KR")
        return QCoreApplication::translate("Customs", "Korea");
    if (origin == u"CN")
        return QCoreApplication::translate("Customs", "China");
    return origin;
}

QString originOf(const ExportFacts &f)
{
    if (!f.origin.isEmpty())
        return f.origin;
    if (f.currency == u"KRW")
        return QStringLiteral("KR");
    if (f.currency == u"CNY")
        return QStringLiteral("CN");
    return {};
}

std::optional<ExportRule> parseRule(const QJsonObject &o, const QString &where, QString *error)
{
    const auto fail = [&](const QString &field, const QString &what) {
        *error = u"export_restrictions.json: " + where + u'.' + field + u": " + what;
        return std::nullopt;
    };
    ExportRule r;
    r.id = o.value(u"id").toString();
    if (r.id.isEmpty())
        return fail(QStringLiteral("id"), QStringLiteral("missing"));
    r.origin = o.value(u"origin").toString();
    if (r.origin.size() != 2)
        return fail(QStringLiteral("origin"), QStringLiteral("an ISO 3166 alpha-2 code is required"));
    r.from = QDate::fromString(o.value(u"effective_from").toString(), Qt::ISODate);
    if (!r.from.isValid())
        return fail(QStringLiteral("effective_from"), QStringLiteral("missing or not YYYY-MM-DD"));
    if (!o.value(u"effective_to").isNull()) {
        r.to = QDate::fromString(o.value(u"effective_to").toString(), Qt::ISODate);
        if (!r.to.isValid() || r.to < r.from)
            return fail(QStringLiteral("effective_to"), QStringLiteral("not YYYY-MM-DD, or before effective_from"));
    }
    r.confidence = o.value(u"confidence").toString();
    if (r.confidence != u"two_sources" && r.confidence != u"one_source")
        return fail(QStringLiteral("confidence"), QStringLiteral("two_sources or one_source"));
    r.citation = o.value(u"citation").toString();
    r.source = o.value(u"source").toString();
    if (r.citation.isEmpty() || r.source.isEmpty())
        return fail(QStringLiteral("citation"), QStringLiteral("every rule needs its citation and source"));
    const QString kind = o.value(u"kind").toString();
    if (kind == u"price_above") {
        r.kind = ExportRule::Kind::PriceAbove;
        r.currency = o.value(u"currency").toString();
        const auto amount = Rational::parse(o.value(u"amount").toString());
        if (r.currency.size() != 3 || !amount || !(*amount > Rational(0)))
            return fail(QStringLiteral("amount"), QStringLiteral("price_above needs a currency and a positive decimal string amount"));
        r.amount = *amount;
    } else if (kind == u"engine_cc_at_least" || kind == u"registered_less_than_days") {
        r.kind = kind == u"engine_cc_at_least" ? ExportRule::Kind::EngineCcAtLeast : ExportRule::Kind::RegisteredLessThanDays;
        const QString key = r.kind == ExportRule::Kind::EngineCcAtLeast ? QStringLiteral("cc") : QStringLiteral("days");
        r.threshold = o.value(key).toInt();
        if (r.threshold <= 0)
            return fail(key, QStringLiteral("must be a positive integer"));
    } else {
        return fail(QStringLiteral("kind"), u"unknown kind \"" + kind + u"\"");
    }
    return r;
}

// The price in the rule's currency at the CBR rates (RUB per unit of each), or nullopt without rates.
std::optional<Rational> priceIn(const ExportFacts &f, const QString &currency, const RateTable &rates)
{
    if (f.currency == currency)
        return f.price;
    const auto from = rates.rubPerUnit(f.currency);
    const auto to = rates.rubPerUnit(currency);
    if (!from || !to || !(*to > Rational(0)))
        return std::nullopt;
    return f.price * *from / *to;
}

std::optional<QString> check(const ExportRule &rule, const ExportFacts &f, QDate exportDate, const RateTable &rates)
{
    const QString country = countryName(rule.origin);
    const QString since = rule.from.toString(u"dd.MM.yyyy"_qs);
    switch (rule.kind) {
    case ExportRule::Kind::PriceAbove: {
        if (!(f.price > Rational(0)) || f.currency.isEmpty())
            return std::nullopt;
        const auto price = priceIn(f, rule.currency, rates);
        if (!price)
            return QCoreApplication::translate("Customs", "%1 does not export cars worth more than %2 %3 to Russia (since %4); "
                                                          "without a %3 rate this price could not be checked.")
                .arg(country, rule.amount.toString(0), rule.currency, since);
        if (!(*price > rule.amount))
            return std::nullopt;
        return QCoreApplication::translate("Customs", "%1 does not export cars worth more than %2 %3 to Russia (since %4); "
                                                      "this one is about %5 %3.")
            .arg(country, rule.amount.toString(0), rule.currency, since, price->toString(0));
    }
    case ExportRule::Kind::EngineCcAtLeast:
        if (f.engineCc < rule.threshold)
            return std::nullopt;
        return QCoreApplication::translate("Customs", "%1 does not export cars with engines of %2 cm³ or more to Russia "
                                                      "(since %3); this one has %4 cm³.")
            .arg(country)
            .arg(rule.threshold)
            .arg(since)
            .arg(f.engineCc);
    case ExportRule::Kind::RegisteredLessThanDays: {
        if (!f.firstRegistration.isValid())
            return std::nullopt;
        const QDate allowed = f.firstRegistration.addDays(rule.threshold);
        if (exportDate >= allowed)
            return std::nullopt;
        return QCoreApplication::translate("Customs", "%1 does not export cars registered less than %2 days earlier "
                                                      "(since %3): this one can leave from %4.")
            .arg(country)
            .arg(rule.threshold)
            .arg(since, allowed.toString(u"dd.MM.yyyy"_qs));
    }
    }
    return std::nullopt;
}

} // namespace

std::optional<ExportRules> ExportRules::load(const QString &path, QString *error)
{
    QString e;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"export_restrictions.json: cannot open " + path + u": " + file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonArray list = doc.object().value(u"rules").toArray();
    if (doc.isNull() || list.isEmpty()) {
        if (error)
            *error = u"export_restrictions.json: " + (doc.isNull() ? parseError.errorString() : QStringLiteral("no \"rules\""));
        return std::nullopt;
    }
    ExportRules rules;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const auto rule = parseRule(list[i].toObject(), u"rules[" + QString::number(i) + u']', &e);
        if (!rule) {
            if (error)
                *error = e;
            return std::nullopt;
        }
        rules.m_rules.append(*rule);
    }
    return rules;
}

const ExportRules &ExportRules::builtin()
{
    static const ExportRules rules = [] {
        QString error;
        auto loaded = load(QStringLiteral(":/customs/export_restrictions.json"), &error);
        if (!loaded)
            qFatal("embedded export restrictions are broken: %s", qPrintable(error));
        return *loaded;
    }();
    return rules;
}

QList<ExportWarning> ExportRules::evaluate(const ExportFacts &facts, const RateTable &rates) const
{
    QList<ExportWarning> out;
    const QString origin = originOf(facts);
    const QDate exportDate = facts.exportDate.isValid() ? facts.exportDate : facts.declarationDate;
    if (origin.isEmpty() || !exportDate.isValid())
        return out;
    for (const ExportRule &rule : m_rules) {
        if (rule.origin != origin || exportDate < rule.from || (rule.to.isValid() && exportDate > rule.to))
            continue;
        if (const auto text = check(rule, facts, exportDate, rates)) {
            ExportWarning w;
            w.ruleId = rule.id;
            w.text = *text;
            w.source = rule.citation + u" — " + rule.source;
            w.uncertain = rule.confidence == u"one_source";
            w.effectiveFrom = rule.from;
            out.append(w);
        }
    }
    return out;
}

} // namespace CarScout::Customs
