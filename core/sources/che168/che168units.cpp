#include "core/sources/che168/che168units.h"

#include <QRegularExpression>

#include <cmath>

namespace CarScout::Sources::Che168 {

namespace {

std::optional<double> readNumber(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

std::optional<qint64> priceFromWan(double wan)
{
    if (!std::isfinite(wan) || !(wan > 0) || wan > 1e6)
        return std::nullopt;
    return qint64(std::llround(wan * 10000));
}

std::optional<qint64> priceFromWan(QStringView wan)
{
    QStringView t = wan.trimmed();
    if (t.endsWith(u'万'))
        t.chop(1);
    const std::optional<double> v = readNumber(t);
    return v ? priceFromWan(*v) : std::nullopt;
}

std::optional<int> kmFromWan(double wan)
{
    if (!std::isfinite(wan) || wan < 0 || wan > 1e4)
        return std::nullopt;
    return int(std::lround(wan * 10000));
}

std::optional<int> kmFromWan(QStringView wan)
{
    QStringView t = wan.trimmed();
    if (t.endsWith(u"万公里"))
        t.chop(3);
    const std::optional<double> v = readNumber(t);
    return v ? kmFromWan(*v) : std::nullopt;
}

std::optional<RegistrationYear> parseRegistrationYear(QStringView text)
{
    QStringView t = text.trimmed();
    if (t == u"未上牌")
        return RegistrationYear{0, true};
    if (t.endsWith(u'年'))
        t.chop(1);
    bool ok = false;
    const int year = t.toInt(&ok);
    if (!ok || year < 1950 || year > 2100)
        return std::nullopt;
    return RegistrationYear{year, false};
}

bool parseYearMonth(QStringView text, int *year, int *month)
{
    static const QRegularExpression re(u"^\\s*(\\d{4})[-/.](\\d{1,2})(?:[-/.]\\d{1,2})?\\s*$"_qs);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    const int y = m.capturedView(1).toInt();
    const int mo = m.capturedView(2).toInt();
    if (y < 1950 || y > 2100 || mo < 1 || mo > 12)
        return false;
    *year = y;
    *month = mo;
    return true;
}

std::optional<Displacement> parseDisplacement(QStringView text)
{
    QStringView t = text.trimmed();
    Displacement d;
    if (t.endsWith(u'T') || t.endsWith(u't')) {
        d.turbo = true;
        t.chop(1);
    } else if (t.endsWith(u'L') || t.endsWith(u'l')) {
        t.chop(1);
    }
    const std::optional<double> litres = readNumber(t);
    if (!litres || *litres < 0 || *litres > 20)
        return std::nullopt;
    d.cc = int(std::lround(*litres * 1000));
    return d;
}

int modelYearFromName(QStringView carName)
{
    static const QRegularExpression re(u"(?:^|\\s)((?:19|20)\\d{2})款"_qs);
    const QRegularExpressionMatch m = re.match(carName);
    return m.hasMatch() ? m.capturedView(1).toInt() : 0;
}

QUrl fullSizePhoto(const QString &url)
{
    static const QRegularExpression token(u"/\\d{2,4}x\\d{2,4}_"_qs);
    QString u = url.trimmed();
    if (u.startsWith(u"//"))
        u.prepend(u"https:");
    const qsizetype slash = u.lastIndexOf(u'/');
    if (slash >= 0) {
        QRegularExpressionMatch m = token.match(u, slash);
        if (m.hasMatch() && m.capturedStart() == slash)
            u.replace(m.capturedStart(), m.capturedLength(), u"/1024x768_"_qs);
    }
    return QUrl(u);
}

int psFromKw(double kw)
{
    if (!std::isfinite(kw) || kw <= 0)
        return 0;
    return int(std::lround(kw * 1.35962));
}

} // namespace CarScout::Sources::Che168
