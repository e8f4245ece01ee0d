#include "core/store/workspaceannotations.h"

#include "core/model/listingformat.h"

#include <QCoreApplication>

namespace CarScout::Store {

QString newListingRule()
{
    return QCoreApplication::translate("Store",
        "New: first seen by CarScout in the last %1 hours, of a make and model you were already watching.")
        .arg(kNewWithinHours);
}

Model::WorkspaceAnnotation annotationFrom(const std::optional<ListingStatus> &status,
                                          const std::optional<MarketPosition> &position,
                                          const QDateTime &modelFirstSeen, const QDateTime &now)
{
    Model::WorkspaceAnnotation a;
    if (position) {
        a.market = Model::MarketStanding{position->medianPrice, position->percentile, position->deltaPercent,
                                         position->sampleSize, marketPositionRule()};
    }
    if (!status)
        return a;
    a.firstSeen = status->firstSeen;
    a.daysOnMarket = qMax(0, status->daysOnMarket(now));
    if (const std::optional<double> change = status->lastChangePercent(); change && *change < 0)
        a.priceCutPercent = -*change;
    const qint64 ageMs = status->firstSeen.msecsTo(now);
    a.isNew = ageMs >= 0 && ageMs < qint64(kNewWithinHours) * 3600 * 1000 && modelFirstSeen.isValid()
           && modelFirstSeen.msecsTo(status->firstSeen) >= qint64(kModelWatchedBeforeHours) * 3600 * 1000;
    if (a.isNew)
        a.newRule = newListingRule();
    return a;
}

std::optional<Model::WorkspaceAnnotations> workspaceAnnotations(Workspace &workspace, const QList<Listing> &listings,
                                                                QString *error)
{
    const auto statuses = workspace.statuses(listings, error);
    if (!statuses)
        return std::nullopt;
    const auto positions = workspace.marketPositions(listings, error);
    if (!positions)
        return std::nullopt;
    const auto firstSeen = workspace.modelsFirstSeen(listings, error);
    if (!firstSeen)
        return std::nullopt;
    const QDateTime now = workspace.now();
    Model::WorkspaceAnnotations out;
    for (const Listing &l : listings) {
        const QString key = listingKey(l.source, l.id);
        const auto status = statuses->constFind(key);
        const auto position = positions->constFind(key);
        if (status == statuses->cend() && position == positions->cend())
            continue;
        out.insert(Model::listingKey(l),
                   annotationFrom(status == statuses->cend() ? std::nullopt : std::optional<ListingStatus>(*status),
                                  position == positions->cend() ? std::nullopt : std::optional<MarketPosition>(*position),
                                  firstSeen->value(modelKey(l)), now));
    }
    return out;
}

} // namespace CarScout::Store
