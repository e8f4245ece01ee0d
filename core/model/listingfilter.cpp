#include "core/model/listingfilter.h"

namespace CarScout::Model {

namespace {

// `value` null = unknown, which no restriction accepts.
bool inRange(const qint64 *value, std::optional<qint64> min, std::optional<qint64> max)
{
    if (!min && !max)
        return true;
    if (!value)
        return false;
    return (!min || *value >= *min) && (!max || *value <= *max);
}

const qint64 *valueOf(const std::optional<qint64> &v) { return v ? &*v : nullptr; }

// Whole-rouble bounds are compared in kopecks (the bound is scaled, the value is never rounded).
std::optional<qint64> toKopecks(std::optional<qint64> roubles)
{
    return roubles ? std::optional<qint64>(*roubles * 100) : std::nullopt;
}

bool textMatches(const Listing &l, const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const bool found = l.title.contains(word, Qt::CaseInsensitive) || l.make.contains(word, Qt::CaseInsensitive)
            || l.model.contains(word, Qt::CaseInsensitive) || l.trim.contains(word, Qt::CaseInsensitive)
            || l.makeEn.contains(word, Qt::CaseInsensitive) || l.modelEn.contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

} // namespace

bool ListingFilter::isEmpty() const { return *this == ListingFilter{}; }

bool ListingFilter::needsCostEstimate() const
{
    return priceRubMin || priceRubMax || landedRubMin || landedRubMax;
}

bool ListingFilter::accepts(const Listing &l, const CostEstimate *cost) const
{
    if (!inRange(valueOf(l.price), priceMin, priceMax))
        return false;
    if (yearFrom || yearTo) {
        if (l.year <= 0 || (yearFrom && l.year < *yearFrom) || (yearTo && l.year > *yearTo))
            return false;
    }
    if (mileageMax && l.mileageKm > *mileageMax)
        return false;
    if (!fuels.isEmpty() && !fuels.contains(l.fuel))
        return false;
    if (!transmissions.isEmpty() && !transmissions.contains(l.transmission))
        return false;
    if (needsCostEstimate()) {
        const qint64 *priceRub = cost ? valueOf(cost->priceRubKopecks) : nullptr;
        const qint64 *landedRub = cost ? valueOf(cost->landedRubKopecks) : nullptr;
        if (!inRange(priceRub, toKopecks(priceRubMin), toKopecks(priceRubMax)))
            return false;
        if (!inRange(landedRub, toKopecks(landedRubMin), toKopecks(landedRubMax)))
            return false;
    }
    if (!text.trimmed().isEmpty() && !textMatches(l, text))
        return false;
    return true;
}

} // namespace CarScout::Model
