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

bool textMatches(const Listing &l, const ListingFilter::TextQuery &query)
{
    for (const auto &[word, cs] : query.words) {
        const bool found = l.title.contains(word, cs) || l.make.contains(word, cs) || l.model.contains(word, cs)
            || l.trim.contains(word, cs) || l.makeEn.contains(word, cs) || l.modelEn.contains(word, cs);
        if (!found)
            return false;
    }
    return true;
}

} // namespace

ListingFilter::TextQuery ListingFilter::compileText(const QString &text)
{
    TextQuery query;
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        // No character changes under case mapping: only itself can match it, case-sensitively.
        const bool uncased = word == word.toCaseFolded() && word == word.toUpper() && word == word.toLower();
        query.words.append({word, uncased ? Qt::CaseSensitive : Qt::CaseInsensitive});
    }
    return query;
}

bool ListingFilter::isEmpty() const { return *this == ListingFilter{}; }

bool ListingFilter::needsCostEstimate() const
{
    return priceRubMin || priceRubMax || landedRubMin || landedRubMax || passableWithinMonths
        || !preferential.isEmpty();
}

bool ListingFilter::accepts(const Listing &l, const CostEstimate *cost) const
{
    return accepts(l, cost, compileText(text));
}

bool ListingFilter::accepts(const Listing &l, const CostEstimate *cost, const TextQuery &query) const
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
        if (passableWithinMonths && (!cost || !cost->passable.within(*passableWithinMonths)))
            return false;
        if (!preferential.isEmpty()
            && !preferential.contains(cost ? cost->preferential.verdict : PreferentialFee::Unknown))
            return false;
    }
    if (!query.words.isEmpty() && !textMatches(l, query))
        return false;
    return true;
}

} // namespace CarScout::Model
