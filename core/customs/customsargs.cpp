#include "core/customs/customsargs.h"

#include <QDateTime>
#include <QRegularExpression>

namespace CarScout::Customs {

namespace {

bool isIsoCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{3}$"));
    return pattern.match(code).hasMatch();
}

std::optional<QDate> parseIsoDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

QDate moscowToday()
{
    return QDateTime::currentDateTimeUtc().addSecs(3 * 3600).date();
}

std::variant<CustomsRequest, QString> parseCustomsArguments(const QStringList &arguments, QDate today)
{
    CustomsRequest request;
    Input &in = request.input;
    in.declarationDate = today;
    QString fuel, vehicle, importer, hybridBase = QStringLiteral("petrol");
    bool havePrice = false, haveCurrency = false, haveCc = false, haveProduced = false;
    std::optional<Power> power;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString option = arguments[i];
        const auto value = [&](QString *out) -> bool {
            if (i + 1 >= arguments.size())
                return false;
            *out = arguments[++i];
            return true;
        };
        QString v;
        if (option == u"--offroad") {
            in.offroad = true;
            continue;
        }
        static const QStringList withValue = {
            QStringLiteral("--price"), QStringLiteral("--currency"), QStringLiteral("--engine-cc"),
            QStringLiteral("--power-hp"), QStringLiteral("--power-kw"), QStringLiteral("--produced"),
            QStringLiteral("--fuel"), QStringLiteral("--vehicle"), QStringLiteral("--importer"),
            QStringLiteral("--date"), QStringLiteral("--rate"), QStringLiteral("--costs"),
            QStringLiteral("--costs-currency"), QStringLiteral("--format"), QStringLiteral("--hybrid-base"),
            QStringLiteral("--electric-kw"), QStringLiteral("--ice-dominant"), QStringLiteral("--origin"),
            QStringLiteral("--first-registration")};
        if (!withValue.contains(option))
            return u"unknown option for customs: " + option;
        if (!value(&v))
            return option + u" needs a value";

        if (option == u"--price") {
            const auto p = Rational::parse(v);
            if (!p)
                return u"--price: not a number: " + v;
            if (!(*p > Rational(0)))
                return u"--price must be greater than zero (got " + v + u')';
            in.price = *p;
            havePrice = true;
        } else if (option == u"--currency") {
            in.currency = v.toUpper();
            if (!isIsoCode(in.currency))
                return u"--currency: not an ISO 4217 code: " + v;
            haveCurrency = true;
        } else if (option == u"--engine-cc") {
            bool ok = false;
            in.engineCc = v.toInt(&ok);
            if (!ok || in.engineCc < 0 || in.engineCc > 100000)
                return u"--engine-cc: not a displacement in cm³ (0 … 100000): " + v;
            haveCc = true;
        } else if (option == u"--power-hp" || option == u"--power-kw") {
            if (power)
                return QStringLiteral("give the power once: --power-hp or --power-kw");
            const auto p = Rational::parse(v);
            if (!p || !(*p > Rational(0)) || *p > Rational(10000))
                return option + u": not a positive power: " + v;
            power = option == u"--power-hp" ? Power::hp(*p) : Power::kw(*p);
        } else if (option == u"--electric-kw") {
            const auto p = Rational::parse(v);
            if (!p || p->isNegative() || *p > Rational(10000))
                return u"--electric-kw: not a power in kW: " + v;
            in.electricMotorPower = Power::kw(*p);
        } else if (option == u"--produced") {
            const auto date = ProductionDate::parse(v);
            if (!date)
                return u"--produced: not YYYY, YYYY-MM or YYYY-MM-DD: " + v;
            in.produced = *date;
            haveProduced = true;
        } else if (option == u"--fuel") {
            fuel = v;
        } else if (option == u"--vehicle") {
            vehicle = v;
        } else if (option == u"--importer") {
            importer = v;
        } else if (option == u"--hybrid-base") {
            hybridBase = v;
        } else if (option == u"--ice-dominant") {
            if (v != u"yes" && v != u"no")
                return u"--ice-dominant: yes or no, not " + v;
            in.iceDominant = v == u"yes";
        } else if (option == u"--origin") {
            if (v != u"KR" && v != u"CN")
                return u"--origin: KR or CN, not " + v;
            request.origin = v;
        } else if (option == u"--first-registration") {
            const auto date = parseIsoDate(v);
            if (!date)
                return u"--first-registration: not a YYYY-MM-DD date: " + v;
            request.firstRegistration = *date;
        } else if (option == u"--date") {
            const auto date = parseIsoDate(v);
            if (!date)
                return u"--date: not a YYYY-MM-DD date: " + v;
            in.declarationDate = *date;
        } else if (option == u"--rate") {
            const qsizetype eq = v.indexOf(u'=');
            const QString code = v.left(eq).toUpper();
            const auto rate = eq > 0 ? Rational::parse(v.mid(eq + 1)) : std::nullopt;
            if (eq <= 0 || !isIsoCode(code) || !rate || !(*rate > Rational(0)) || *rate > Rational(1000000000)
                || rate->denominator() > Int128(Q_INT64_C(1000000000000)))
                return u"--rate: expected ISO=RUB_PER_UNIT with a positive rate (e.g. KRW=0.0569), got " + v;
            request.manualRates.insert(code, *rate);
        } else if (option == u"--costs") {
            const auto c = Rational::parse(v);
            if (!c || c->isNegative())
                return u"--costs: not a non-negative amount: " + v;
            in.costsToBorder = *c;
        } else if (option == u"--costs-currency") {
            in.costsCurrency = v.toUpper();
            if (!isIsoCode(in.costsCurrency))
                return u"--costs-currency: not an ISO 4217 code: " + v;
        } else if (option == u"--format") {
            if (v != u"json" && v != u"text")
                return u"--format: json or text, not " + v;
            request.format = v;
        }
    }

    if (!havePrice)
        return QStringLiteral("--price is required");
    if (!haveCurrency)
        return QStringLiteral("--currency is required");
    if (!haveCc)
        return QStringLiteral("--engine-cc is required (0 for an electric vehicle)");
    if (!haveProduced)
        return QStringLiteral("--produced is required (YYYY, YYYY-MM or YYYY-MM-DD)");
    if (fuel.isEmpty())
        return QStringLiteral("--fuel is required (petrol|diesel|hybrid|hybrid_sequential|electric)");
    if (vehicle.isEmpty())
        return QStringLiteral("--vehicle is required (car|motorcycle)");
    if (importer.isEmpty())
        return QStringLiteral("--importer is required (individual|company)");

    if (fuel == u"petrol")
        in.powertrain = Powertrain::Petrol;
    else if (fuel == u"diesel")
        in.powertrain = Powertrain::Diesel;
    else if (fuel == u"hybrid") {
        if (hybridBase != u"petrol" && hybridBase != u"diesel")
            return u"--hybrid-base: petrol or diesel, not " + hybridBase;
        in.powertrain = hybridBase == u"diesel" ? Powertrain::HybridDiesel : Powertrain::HybridPetrol;
    } else if (fuel == u"hybrid_sequential")
        in.powertrain = Powertrain::HybridSequential;
    else if (fuel == u"electric")
        in.powertrain = Powertrain::Electric;
    else
        return u"--fuel: petrol, diesel, hybrid, hybrid_sequential or electric, not " + fuel;

    if (vehicle == u"car")
        in.vehicle = VehicleKind::Car;
    else if (vehicle == u"motorcycle")
        in.vehicle = VehicleKind::Motorcycle;
    else
        return u"--vehicle: car or motorcycle, not " + vehicle;

    if (importer == u"individual")
        in.importer = Importer::Individual;
    else if (importer == u"company")
        in.importer = Importer::Company;
    else
        return u"--importer: individual or company, not " + importer;

    const bool electric = in.powertrain == Powertrain::Electric || in.powertrain == Powertrain::HybridSequential;
    if (!electric && in.engineCc == 0)
        return QStringLiteral("--engine-cc must be positive for an engine with pistons");
    if (in.vehicle == VehicleKind::Motorcycle && (in.powertrain == Powertrain::HybridPetrol || in.powertrain == Powertrain::HybridDiesel))
        return QStringLiteral("--fuel hybrid is not supported for motorcycles");
    if (in.produced.earliestDate() > in.declarationDate)
        return u"the production date " + in.produced.toString() + u" is after the declaration date "
            + in.declarationDate.toString(Qt::ISODate);
    in.power = power;
    return request;
}

std::variant<RatesRequest, QString> parseRatesArguments(const QStringList &arguments, QDate today)
{
    RatesRequest request;
    request.date = today;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString option = arguments[i];
        if (option != u"--date" && option != u"--format")
            return u"unknown option for rates: " + option;
        if (i + 1 >= arguments.size())
            return option + u" needs a value";
        const QString v = arguments[++i];
        if (option == u"--date") {
            const auto date = parseIsoDate(v);
            if (!date)
                return u"--date: not a YYYY-MM-DD date: " + v;
            request.date = *date;
        } else {
            if (v != u"json" && v != u"text")
                return u"--format: json or text, not " + v;
            request.format = v;
        }
    }
    return request;
}

} // namespace CarScout::Customs
