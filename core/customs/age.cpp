#include "core/customs/age.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace CarScout::Customs {

std::optional<ProductionDate> ProductionDate::parse(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto match = pattern.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    ProductionDate d;
    d.year = match.capturedView(1).toInt();
    d.month = match.hasCaptured(2) ? match.capturedView(2).toInt() : 0;
    d.day = match.hasCaptured(3) ? match.capturedView(3).toInt() : 0;
    if (!d.isValid())
        return std::nullopt;
    return d;
}

bool ProductionDate::isValid() const
{
    if (year < 1900 || year > 2200)
        return false;
    if (month == 0)
        return day == 0;
    if (month < 1 || month > 12)
        return false;
    return day == 0 || QDate::isValid(year, month, day);
}

QString ProductionDate::toString() const
{
    QString text = QString::number(year);
    if (month > 0)
        text += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
    if (day > 0)
        text += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    return text;
}

QDate ProductionDate::assumedDate() const
{
    if (!isValid())
        return {};
    if (month == 0)
        return QDate(year, 7, 1);
    return QDate(year, month, day > 0 ? day : 15);
}

bool olderThan(QDate produced, QDate at, int years)
{
    return at > produced.addYears(years);
}

bool atLeast(QDate produced, QDate at, int years)
{
    return at >= produced.addYears(years);
}

EtsAge etsAge(QDate produced, QDate at)
{
    if (!olderThan(produced, at, 3))
        return EtsAge::Under3;
    if (!olderThan(produced, at, 5))
        return EtsAge::From3To5;
    return EtsAge::Over5;
}

EttAge ettAge(QDate produced, QDate at)
{
    if (!atLeast(produced, at, 3))
        return EttAge::Under3;
    if (!olderThan(produced, at, 5))
        return EttAge::From3To5;
    if (!olderThan(produced, at, 7))
        return EttAge::From5To7;
    return EttAge::Over7;
}

bool utilizationOld(QDate produced, QDate at)
{
    return olderThan(produced, at, 3);
}

QString etsAgeKey(EtsAge age)
{
    switch (age) {
    case EtsAge::Under3: return QStringLiteral("under_3");
    case EtsAge::From3To5: return QStringLiteral("3_5");
    case EtsAge::Over5: return QStringLiteral("over_5");
    }
    return {};
}

QString ettAgeKey(EttAge age)
{
    switch (age) {
    case EttAge::Under3: return QStringLiteral("under_3");
    case EttAge::From3To5: return QStringLiteral("3_5");
    case EttAge::From5To7: return QStringLiteral("5_7");
    case EttAge::Over7: return QStringLiteral("over_7");
    }
    return {};
}

QStringList boundaryWarnings(QDate produced, QDate at, std::initializer_list<int> anniversaries)
{
    QStringList warnings;
    for (const int years : anniversaries) {
        const QDate anniversary = produced.addYears(years);
        if (at >= anniversary.addMonths(-2) && at <= anniversary.addMonths(2)) {
            warnings << QCoreApplication::translate("Customs", "The car reaches %1 years on %2, within 2 months of the declaration "
                                                          "date %3: the payments change on that day.")
                            .arg(years)
                            .arg(anniversary.toString(Qt::ISODate), at.toString(Qt::ISODate));
        }
    }
    return warnings;
}

} // namespace CarScout::Customs
