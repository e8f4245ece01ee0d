#include "core/customs/timing.h"

#include <QCoreApplication>

namespace CarScout::Customs {

namespace {

// The production date the engine counts from (age.h), never after the declaration.
QDate countedFrom(const Input &in)
{
    const QDate assumed = in.produced.assumedDate();
    return assumed > in.declarationDate ? in.declarationDate : assumed;
}

// The last day a partial production date can mean (31 December / the month's last day).
QDate latestProduction(const ProductionDate &p)
{
    if (p.month == 0)
        return QDate(p.year, 12, 31);
    if (p.day == 0)
        return QDate(p.year, p.month, 1).addMonths(1).addDays(-1);
    return QDate(p.year, p.month, p.day);
}

// The anniversary step that starts each later band, as (years, days after the anniversary).
QList<std::pair<int, int>> steps(const Input &in)
{
    if (routeFor(in) == Route::Ets)
        return {{3, 1}, {5, 1}};
    return {{3, 0}, {5, 1}, {7, 1}};
}

QDate changeDate(QDate produced, std::pair<int, int> step)
{
    return produced.addYears(step.first).addDays(step.second);
}

Projection project(const Engine &engine, const Input &in, const RateTable &rates, QDate date, Engine::Detail detail)
{
    Input then = in;
    then.declarationDate = date;
    Projection p;
    p.date = date;
    p.result = engine.estimate(then, rates, detail);
    p.ageBand = p.result.ageBand;
    return p;
}

} // namespace

QList<QDate> bandChangeDates(const Input &input, QDate produced)
{
    QList<QDate> dates;
    for (const auto &step : steps(input))
        dates << changeDate(produced, step);
    return dates;
}

std::optional<NextBand> nextBand(const Engine &engine, const Input &input, const RateTable &rates, Engine::Detail detail)
{
    if (!input.produced.isValid() || !input.declarationDate.isValid())
        return std::nullopt;
    const QDate produced = countedFrom(input);
    const auto all = steps(input);
    for (const auto &step : all) {
        const QDate date = changeDate(produced, step);
        if (date <= input.declarationDate)
            continue;
        NextBand next;
        static_cast<Projection &>(next) = project(engine, input, rates, date, detail);
        next.assumedProduction = produced;
        next.earliest = std::max(changeDate(input.produced.earliestDate(), step), input.declarationDate.addDays(1));
        next.latest = changeDate(latestProduction(input.produced), step);
        if (!input.produced.isExact()) {
            next.assumption = (input.produced.month == 0
                ? QCoreApplication::translate("Customs", "Only the production year is known: counted from 1 July, so the "
                                                         "date may fall between %1 and %2.")
                : QCoreApplication::translate("Customs", "The production day is unknown: counted from the 15th, so the "
                                                         "date may fall between %1 and %2."))
                                  .arg(next.earliest.toString(Qt::ISODate), next.latest.toString(Qt::ISODate));
        }
        if (next.ageBand.isEmpty()) {   // no rules on that date: name the band from the dates alone
            next.ageBand = routeFor(input) == Route::Ets ? etsAgeKey(etsAge(produced, date)) : ettAgeKey(ettAge(produced, date));
        }
        return next;
    }
    return std::nullopt;
}

std::optional<Projection> ruleChange(const Engine &engine, const Input &input, const RateTable &rates, int windowDays,
                                     Engine::Detail detail)
{
    if (!input.declarationDate.isValid())
        return std::nullopt;
    const QDate change = engine.rules().nextChangeAfter(input.declarationDate);
    if (!change.isValid() || input.declarationDate.daysTo(change) > windowDays)
        return std::nullopt;
    return project(engine, input, rates, change, detail);
}

int monthsUntil(QDate from, QDate to)
{
    int months = (to.year() - from.year()) * 12 + to.month() - from.month();
    if (from.addMonths(months) < to)
        ++months;
    return qMax(0, months);
}

std::optional<Passable> passable(const Engine &engine, const Input &input, const RateTable &rates)
{
    if (!input.produced.isValid() || !input.declarationDate.isValid())
        return std::nullopt;
    const QDate produced = countedFrom(input);
    const QDate at = input.declarationDate;
    const bool ets = routeFor(input) == Route::Ets;
    const bool under3 = ets ? etsAge(produced, at) == EtsAge::Under3 : ettAge(produced, at) == EttAge::Under3;
    const bool over5 = ets ? etsAge(produced, at) == EtsAge::Over5
                           : (ettAge(produced, at) == EttAge::From5To7 || ettAge(produced, at) == EttAge::Over7);
    Passable p;
    if (over5) {
        p.state = Passable::State::Over5;
    } else if (under3) {
        const auto next = nextBand(engine, input, rates);
        if (!next)
            return std::nullopt;
        p.state = Passable::State::Later;
        p.date = next->date;
        p.months = monthsUntil(at, next->date);
        if (next->result.ok && next->result.total.computable()) {
            p.totalKopecks = *next->result.total.kopecks;
            p.uncertain = next->result.total.uncertain;
        }
        if (next->result.ok)
            p.customsValueKopecks = next->result.customsValueKopecks;
        p.assumption = next->assumption;
    }
    return p;
}

std::optional<qint64> differenceKopecks(const Result &now, const Result &then)
{
    if (!now.ok || !then.ok || !now.total.computable() || !then.total.computable())
        return std::nullopt;
    return *then.total.kopecks - *now.total.kopecks;
}

} // namespace CarScout::Customs
