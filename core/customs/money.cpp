#include "core/customs/money.h"

#include <cmath>

namespace CarScout::Customs {

namespace {

Int128 absolute(Int128 v) { return v < 0 ? -v : v; }

Int128 gcd(Int128 a, Int128 b)
{
    a = absolute(a);
    b = absolute(b);
    constexpr Int128 k64 = Int128(1) << 62;
    if (a < k64 && b < k64) {   // the common case: 64-bit arithmetic is many times faster than 128-bit
        quint64 x = quint64(a), y = quint64(b);
        while (y != 0) {
            const quint64 t = x % y;
            x = y;
            y = t;
        }
        return Int128(x);
    }
    while (b != 0) {
        const Int128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

// floor(n/d) for d > 0 and the remainder in [0, d)
void floorDivide(Int128 n, Int128 d, Int128 *q, Int128 *r)
{
    *q = n / d;
    *r = n % d;
    if (*r < 0) {
        *r += d;
        *q -= 1;
    }
}

// n/d rounded half down (ties toward −∞; amounts are non-negative so this is "half toward zero").
Int128 roundHalfDown(Int128 n, Int128 d)
{
    Int128 q, r;
    floorDivide(n, d, &q, &r);
    return 2 * r > d ? q + 1 : q;
}

} // namespace

Rational Rational::fraction(Int128 numerator, Int128 denominator)
{
    Q_ASSERT(denominator != 0);
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Int128 g = gcd(numerator, denominator);
    Rational r;
    r.m_num = g > 1 ? numerator / g : numerator;
    r.m_den = g > 1 ? denominator / g : denominator;
    return r;
}

std::optional<Rational> Rational::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    qsizetype i = 0;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        ++i;
    }
    Int128 num = 0;
    Int128 den = 1;
    bool seenDigit = false;
    bool seenPoint = false;
    int digits = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.' || c == u',') {
            if (seenPoint)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (++digits > 30)
            return std::nullopt;   // far beyond any price or rate; keeps the 128-bit arithmetic safe
        seenDigit = true;
        num = num * 10 + (c.unicode() - u'0');
        if (seenPoint)
            den *= 10;
    }
    if (!seenDigit)
        return std::nullopt;
    return fraction(negative ? -num : num, den);
}

qint64 Rational::toKopecks() const
{
    return qint64(roundHalfDown(m_num * 100, m_den));
}

qint64 Rational::truncated() const
{
    return qint64(m_num / m_den);
}

QString Rational::toString(int maxDecimals) const
{
    Int128 scale = 1;
    for (int i = 0; i < maxDecimals; ++i)
        scale *= 10;
    Int128 scaled = roundHalfDown(m_num * scale, m_den);
    const bool negative = scaled < 0;
    scaled = absolute(scaled);
    Int128 intPart = scaled / scale;
    Int128 frac = scaled % scale;
    QString intText;
    do {
        intText.prepend(QChar(u'0' + int(intPart % 10)));
        intPart /= 10;
    } while (intPart > 0);
    QString fracText;
    for (int i = 0; i < maxDecimals; ++i) {
        fracText.prepend(QChar(u'0' + int(frac % 10)));
        frac /= 10;
    }
    while (fracText.endsWith(u'0'))
        fracText.chop(1);
    QString out = negative ? QStringLiteral("-") : QString();
    out += intText;
    if (!fracText.isEmpty())
        out += u'.' + fracText;
    return out;
}

double Rational::toDouble() const
{
    return double(m_num) / double(m_den);
}

Rational operator+(const Rational &a, const Rational &b)
{
    if (a.m_den == b.m_den)
        return Rational::fraction(a.m_num + b.m_num, a.m_den);
    return Rational::fraction(a.m_num * b.m_den + b.m_num * a.m_den, a.m_den * b.m_den);
}

Rational operator-(const Rational &a, const Rational &b)
{
    return a + Rational::fraction(-b.m_num, b.m_den);
}

Rational operator*(const Rational &a, const Rational &b)
{
    // Cross-reduce first so the intermediates stay small.
    const Int128 g1 = gcd(a.m_num, b.m_den);
    const Int128 g2 = gcd(b.m_num, a.m_den);
    const Int128 n1 = g1 > 1 ? a.m_num / g1 : a.m_num;
    const Int128 d2 = g1 > 1 ? b.m_den / g1 : b.m_den;
    const Int128 n2 = g2 > 1 ? b.m_num / g2 : b.m_num;
    const Int128 d1 = g2 > 1 ? a.m_den / g2 : a.m_den;
    return Rational::fraction(n1 * n2, d1 * d2);
}

Rational operator/(const Rational &a, const Rational &b)
{
    Q_ASSERT(b.m_num != 0);
    return a * Rational::fraction(b.m_den, b.m_num);
}

QString formatKopecks(qint64 kopecks)
{
    const bool negative = kopecks < 0;
    const quint64 v = negative ? quint64(-kopecks) : quint64(kopecks);
    QString text = QString::number(v / 100) + u'.' + QStringLiteral("%1").arg(v % 100, 2, 10, QLatin1Char('0'));
    return negative ? u'-' + text : text;
}

QString formatKopecksGrouped(qint64 kopecks)
{
    QString plain = formatKopecks(kopecks);
    const qsizetype point = plain.indexOf(u'.');
    const qsizetype start = plain.startsWith(u'-') ? 1 : 0;
    for (qsizetype pos = point - 3; pos > start; pos -= 3)
        plain.insert(pos, u' ');
    return plain;
}

std::optional<qint64> parseRoubles(QStringView text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x2009) || c == QChar(0x202F))
            continue;
        if (c.isLetter() || c == QChar(0x20BD))   // "руб.", "₽", "RUB": the unit ends the number
            break;
        cleaned += c;
    }
    const auto value = Rational::parse(cleaned);
    if (!value)
        return std::nullopt;
    return value->toKopecks();
}

} // namespace CarScout::Customs
