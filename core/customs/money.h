#pragma once

// Exact arithmetic for customs payments: no binary floating point ever touches an amount.
//
// Rational holds num/den in 128-bit integers (always reduced, den > 0). Exchange rates ("56,9017" RUB per 1000
// KRW), percentages and €/cm³ minimums are parsed from their decimal text into Rationals; products and
// quotients stay exact until a payment line is rounded to kopecks.
//
// Rounding rule (customs.md §8 step 8): every payment line is rounded to the kopeck HALF DOWN, i.e. an exact
// half kopeck goes to the lower kopeck, anything above half up. tks.ru behaves this way in practice
// (8 535.255 → 8 535.25 in its own output, vector 1 of customs.md §11.1); amounts are never negative here.

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace CarScout::Customs {

__extension__ typedef __int128 Int128;

class Rational
{
public:
    constexpr Rational() = default;
    constexpr Rational(qint64 integer) : m_num(integer) {}   // NOLINT: implicit on purpose (2 → 2/1)

    static Rational fraction(Int128 numerator, Int128 denominator);   // denominator != 0
    // "1234", "56,9017", "0.44", "-3.5" (comma or dot, no exponent, no grouping). nullopt when malformed.
    static std::optional<Rational> parse(QStringView text);
    static Rational fromKopecks(qint64 kopecks) { return fraction(kopecks, 100); }

    Int128 numerator() const { return m_num; }
    Int128 denominator() const { return m_den; }
    bool isZero() const { return m_num == 0; }
    bool isNegative() const { return m_num < 0; }
    bool isInteger() const { return m_den == 1; }

    // The value in kopecks (×100), rounded half down (see the header comment).
    qint64 toKopecks() const;
    // Truncated integer part (toward zero).
    qint64 truncated() const;
    // Decimal text with up to maxDecimals digits (exact when the value allows it, else rounded half down).
    QString toString(int maxDecimals = 8) const;
    double toDouble() const;   // for display and JSON only, never for sums

    friend Rational operator+(const Rational &a, const Rational &b);
    friend Rational operator-(const Rational &a, const Rational &b);
    friend Rational operator*(const Rational &a, const Rational &b);
    friend Rational operator/(const Rational &a, const Rational &b);   // b != 0
    Rational &operator+=(const Rational &o) { return *this = *this + o; }
    Rational &operator*=(const Rational &o) { return *this = *this * o; }

    friend bool operator==(const Rational &a, const Rational &b) { return a.m_num == b.m_num && a.m_den == b.m_den; }
    friend bool operator<(const Rational &a, const Rational &b) { return a.m_num * b.m_den < b.m_num * a.m_den; }
    friend bool operator>(const Rational &a, const Rational &b) { return b < a; }
    friend bool operator<=(const Rational &a, const Rational &b) { return !(b < a); }
    friend bool operator>=(const Rational &a, const Rational &b) { return !(a < b); }

private:
    Int128 m_num = 0;
    Int128 m_den = 1;
};

inline Rational max(const Rational &a, const Rational &b) { return a < b ? b : a; }

// Kopecks → "22689.64" (dot, two decimals, no grouping): the JSON/CSV form.
QString formatKopecks(qint64 kopecks);
// Kopecks → "22 689,64" style is the GUI's business (QLocale); this is "22 689.64" for the CLI's text output.
QString formatKopecksGrouped(qint64 kopecks);
// "28014.62", "2 134", "1 234 567,5" → kopecks; spaces (also NBSP/thin) ignored, comma or dot decimal.
std::optional<qint64> parseRoubles(QStringView text);

} // namespace CarScout::Customs
