#include "core/quote/costprofile.h"

#include "core/customs/rates.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace CarScout::Quote {

using Customs::Rational;

namespace {

// lupdate files tr() in this namespace under "CarScout::Quote"; the lookup uses the same context.
QString tr(const char *text)
{
    return QCoreApplication::translate("CarScout::Quote", text);
}

int lineAtOffset(const QByteArray &json, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, json.size());
    return int(json.left(offset).count('\n')) + 1;
}

// QJsonDocument keeps no positions, so errors about a value are placed by scanning the text: the line of the
// first `"key"`, and the line where the index-th object of the top-level "lines" array opens.
int lineOfKey(const QByteArray &json, const char *key)
{
    const QByteArray quoted = QByteArray("\"").append(key).append('"');
    const qsizetype at = json.indexOf(quoted);
    return at < 0 ? 1 : lineAtOffset(json, at);
}

int lineOfLineItem(const QByteArray &json, int index)
{
    qsizetype at = json.indexOf("\"lines\"");
    if (at < 0)
        return 1;
    at = json.indexOf('[', at);
    if (at < 0)
        return 1;
    int depth = 0;
    int seen = -1;
    bool inString = false;
    for (qsizetype i = at + 1; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (depth == 0 && ++seen == index)
                return lineAtOffset(json, i);
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                break;
            --depth;
        }
    }
    return lineAtOffset(json, at);
}

// A JSON number or a decimal string as an exact Rational (numbers via their shortest round-trip text).
std::optional<Rational> decimalOf(const QJsonValue &value)
{
    if (value.isDouble())
        return Rational::parse(QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest));
    if (value.isString())
        return Rational::parse(value.toString().trimmed());
    return std::nullopt;
}

bool knownCurrency(const QString &code, const CostProfile &profile)
{
    return Customs::isoNumericCode(code) != 0 || profile.fixedPaymentRates.contains(code);
}

} // namespace

QString ProfileError::toString() const
{
    if (line > 0)
        return file + u':' + QString::number(line) + u": " + what;
    return file + u": " + what;
}

ProfileLoad parseCostProfile(const QByteArray &json, const QString &file)
{
    ProfileLoad load;
    auto fail = [&](int line, const QString &what) {
        load.profile.reset();
        load.error = {file, line, what};
        return load;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(lineAtOffset(json, parseError.offset), tr("not valid JSON: %1").arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(1, tr("not valid JSON: a profile is an object {…}"));
    const QJsonObject root = doc.object();

    CostProfile profile;
    profile.name = root.value(u"name").toString().trimmed();
    if (profile.name.isEmpty())
        return fail(lineOfKey(json, "name"), tr("the profile has no name"));
    profile.example = root.value(u"example").toBool(false);
    profile.note = root.value(u"note").toString();

    if (root.contains(u"payment_fx_margin_percent")) {
        const auto margin = decimalOf(root.value(u"payment_fx_margin_percent"));
        if (!margin || margin->isNegative())
            return fail(lineOfKey(json, "payment_fx_margin_percent"),
                        tr("payment_fx_margin_percent must be a number of at least 0"));
        profile.paymentMarginPercent = *margin;
    }

    const QJsonObject fixed = root.value(u"payment_rates").toObject();
    for (auto it = fixed.begin(); it != fixed.end(); ++it) {
        const auto rate = decimalOf(it.value());
        if (!rate || rate->isNegative() || rate->isZero())
            return fail(lineOfKey(json, "payment_rates"),
                        tr("the payment rate of %1 must be a positive number of roubles per unit").arg(it.key()));
        profile.fixedPaymentRates.insert(it.key().toUpper(), *rate);
    }

    const QJsonValue lines = root.value(u"lines");
    if (!lines.isUndefined() && !lines.isArray())
        return fail(lineOfKey(json, "lines"), tr("\"lines\" must be a list of line items"));
    const QJsonArray items = lines.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const int line = lineOfLineItem(json, i);
        const QJsonObject item = items.at(i).toObject();
        ProfileLine entry;
        entry.name = item.value(u"name").toString().trimmed();
        if (entry.name.isEmpty())
            return fail(line, tr("line item %1 has no name").arg(i + 1));
        const auto amount = decimalOf(item.value(u"amount"));
        if (!amount)
            return fail(line, tr("\"%1\": the amount is missing or not a number").arg(entry.name));
        if (amount->isNegative())
            return fail(line, tr("\"%1\": negative amount %2").arg(entry.name, amount->toString(2)));
        entry.amount = *amount;
        entry.currency = item.value(u"currency").toString(u"RUB"_qs).trimmed().toUpper();
        if (!knownCurrency(entry.currency, profile))
            return fail(line, tr("\"%1\": unknown currency %2 without a payment rate").arg(entry.name, entry.currency));
        entry.toBorder = item.value(u"to_border").toBool(false);
        entry.source = item.value(u"source").toString();
        profile.lines.append(entry);
    }

    if (root.contains(u"commission")) {
        const int line = lineOfKey(json, "commission");
        const QJsonObject commission = root.value(u"commission").toObject();
        const auto amount = decimalOf(commission.value(u"amount"));
        if (!amount)
            return fail(line, tr("the commission amount is missing or not a number"));
        if (amount->isNegative())
            return fail(line, tr("negative commission %1").arg(amount->toString(2)));
        profile.commission = *amount;
        profile.commissionCurrency = commission.value(u"currency").toString(u"RUB"_qs).trimmed().toUpper();
        if (!knownCurrency(profile.commissionCurrency, profile))
            return fail(line, tr("the commission has an unknown currency %1 without a payment rate")
                                  .arg(profile.commissionCurrency));
    }

    load.profile = profile;
    return load;
}

ProfileLoad loadCostProfile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ProfileLoad load;
        load.error = {path, 0, tr("cannot read the file: %1").arg(file.errorString())};
        return load;
    }
    return parseCostProfile(file.readAll(), path);
}

namespace {

QJsonValue decimalJson(const Rational &value)
{
    if (value.isInteger())
        return QJsonValue(value.truncated());
    return QJsonValue(value.toString(12));
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray member(const char *key, const QJsonValue &value)
{
    const QByteArray pair = compact(QJsonObject{{QLatin1StringView(key), value}});
    return pair.mid(1, pair.size() - 2);   // "key":value
}

} // namespace

QByteArray costProfileJson(const CostProfile &profile)
{
    QList<QByteArray> head;
    head << member("name", profile.name);
    if (profile.example)
        head << member("example", true);
    if (!profile.note.isEmpty())
        head << member("note", profile.note);
    head << member("payment_fx_margin_percent", decimalJson(profile.paymentMarginPercent));
    if (!profile.fixedPaymentRates.isEmpty()) {
        QJsonObject rates;
        for (auto it = profile.fixedPaymentRates.cbegin(); it != profile.fixedPaymentRates.cend(); ++it)
            rates.insert(it.key(), decimalJson(it.value()));
        head << member("payment_rates", rates);
    }
    QByteArray json = "{\n  " + head.join(",\n  ") + ",\n  \"lines\": [";
    for (qsizetype i = 0; i < profile.lines.size(); ++i) {
        const ProfileLine &line = profile.lines.at(i);
        QJsonObject item{{u"name"_qs, line.name}, {u"amount"_qs, decimalJson(line.amount)},
                         {u"currency"_qs, line.currency}, {u"to_border"_qs, line.toBorder}};
        if (!line.source.isEmpty())
            item.insert(u"source"_qs, line.source);
        json += (i ? ",\n    " : "\n    ") + compact(item);
    }
    json += profile.lines.isEmpty() ? "]" : "\n  ]";
    json += ",\n  " + member("commission", QJsonObject{{u"amount"_qs, decimalJson(profile.commission)},
                                                     {u"currency"_qs, profile.commissionCurrency}});
    return json + "\n}\n";
}

QStringList exampleProfilePaths()
{
    return {u":/quote/example-vladivostok-individual.json"_qs, u":/quote/example-china-zabaikalsk.json"_qs};
}

} // namespace CarScout::Quote
