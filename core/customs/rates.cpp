#include "core/customs/rates.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace CarScout::Customs {

QString rateOriginKey(RateOrigin origin)
{
    switch (origin) {
    case RateOrigin::Online: return QStringLiteral("online");
    case RateOrigin::Cache: return QStringLiteral("cache");
    case RateOrigin::OfflineCache: return QStringLiteral("offline-cache");
    case RateOrigin::Manual: return QStringLiteral("manual");
    }
    return {};
}

std::optional<Rational> RateTable::rubPerUnit(const QString &code) const
{
    if (code == u"RUB")
        return Rational(1);
    const auto it = rates.constFind(code);
    if (it == rates.constEnd())
        return std::nullopt;
    return it->perUnit;
}

void RateTable::setManual(const QString &code, const Rational &rubPerUnit)
{
    CurrencyRate &rate = rates[code];
    rate.code = code;
    rate.numCode = rate.numCode ? rate.numCode : isoNumericCode(code);
    rate.nominal = 1;
    rate.value = rubPerUnit;
    rate.perUnit = rubPerUnit;
    rate.manual = true;
}

QStringList RateTable::codes() const
{
    QStringList list = rates.keys();
    list.sort();
    return list;
}

QString decodeWindows1251(const QByteArray &bytes)
{
    // 0x80–0xBF of code page 1251; 0xC0–0xFF are А–я (U+0410–U+044F).
    static const char16_t high[64] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    };
    QString out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80)
            out += QChar(b);
        else if (b < 0xC0)
            out += QChar(high[b - 0x80]);
        else
            out += QChar(char16_t(0x0410 + (b - 0xC0)));
    }
    return out;
}

int isoNumericCode(const QString &alpha)
{
    static const QHash<QString, int> codes = {
        {QStringLiteral("RUB"), 643}, {QStringLiteral("KRW"), 410}, {QStringLiteral("CNY"), 156},
        {QStringLiteral("USD"), 840}, {QStringLiteral("EUR"), 978}, {QStringLiteral("JPY"), 392},
    };
    return codes.value(alpha, 0);
}

namespace {

QString position(const QXmlStreamReader &reader)
{
    return QStringLiteral("line %1, column %2").arg(reader.lineNumber()).arg(reader.columnNumber());
}

bool declaresWindows1251(const QByteArray &xml)
{
    const QByteArray head = xml.left(200).toLower();
    const qsizetype end = head.indexOf("?>");
    const QByteArray declaration = end > 0 ? head.left(end) : QByteArray();
    return declaration.contains("windows-1251") || declaration.contains("cp1251");
}

} // namespace

CbrParseResult parseCbrDaily(const QByteArray &xml)
{
    CbrParseResult result;
    if (xml.trimmed().isEmpty()) {
        result.error = QStringLiteral("CBR XML: empty response (no <ValCurs>)");
        return result;
    }
    QXmlStreamReader reader;
    QString decoded;
    if (declaresWindows1251(xml)) {
        // Decode ourselves and drop the declaration, so the reader does not depend on an ICU codec.
        decoded = decodeWindows1251(xml);
        const qsizetype end = decoded.indexOf(u"?>");
        reader.addData(decoded.mid(end + 2));
    } else {
        reader.addData(xml);
    }

    RateTable table;
    bool sawRoot = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == u"ValCurs") {
            sawRoot = true;
            const QString date = reader.attributes().value(QStringLiteral("Date")).toString();
            table.date = QDate::fromString(date, QStringLiteral("dd.MM.yyyy"));
            if (!table.date.isValid()) {
                result.error = u"CBR XML: <ValCurs Date=\"" + date + u"\"> is not DD.MM.YYYY (" + position(reader) + u')';
                return result;
            }
            continue;
        }
        if (reader.name() != u"Valute")
            continue;
        if (!sawRoot) {
            result.error = u"CBR XML: <Valute> outside <ValCurs> (" + position(reader) + u')';
            return result;
        }
        const QString id = reader.attributes().value(QStringLiteral("ID")).toString();
        CurrencyRate rate;
        QString valueText, vunitText, nominalText;
        while (reader.readNextStartElement()) {
            const QString name = reader.name().toString();
            const QString text = reader.readElementText().trimmed();
            if (name == u"NumCode")
                rate.numCode = text.toInt();
            else if (name == u"CharCode")
                rate.code = text;
            else if (name == u"Nominal")
                nominalText = text;
            else if (name == u"Name")
                rate.name = text;
            else if (name == u"Value")
                valueText = text;
            else if (name == u"VunitRate")
                vunitText = text;
        }
        const QString where = u"<Valute ID=\"" + id + u"\"> (" + rate.code + u", " + position(reader) + u')';
        bool nominalOk = false;
        rate.nominal = nominalText.toInt(&nominalOk);
        if (rate.code.size() != 3 || !nominalOk || rate.nominal <= 0) {
            result.error = u"CBR XML: " + where + u": CharCode or Nominal missing or invalid";
            return result;
        }
        const auto value = Rational::parse(valueText);
        if (!value || !(*value > Rational(0))) {
            result.error = u"CBR XML: " + where + u": <Value> \"" + valueText + u"\" is not a positive decimal";
            return result;
        }
        rate.value = *value;
        if (!vunitText.isEmpty()) {
            const auto vunit = Rational::parse(vunitText);
            if (!vunit || !(*vunit > Rational(0))) {
                result.error = u"CBR XML: " + where + u": <VunitRate> \"" + vunitText + u"\" is not a positive decimal";
                return result;
            }
            rate.perUnit = *vunit;
        } else {
            rate.perUnit = rate.value / Rational(rate.nominal);
        }
        table.rates.insert(rate.code, rate);
    }
    if (reader.hasError()) {
        result.error = u"CBR XML: " + reader.errorString() + u" (" + position(reader) + u')';
        return result;
    }
    if (!sawRoot) {
        result.error = QStringLiteral("CBR XML: no <ValCurs> element");
        return result;
    }
    if (table.rates.isEmpty()) {
        result.error = u"CBR XML: <ValCurs Date=\"" + table.date.toString(QStringLiteral("dd.MM.yyyy")) + u"\"> holds no <Valute> (no rates for that date)";
        return result;
    }
    table.requestedDate = table.date;
    result.table = table;
    return result;
}

} // namespace CarScout::Customs
