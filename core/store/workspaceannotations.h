#pragma once

// The workspace columns of the listing table (core/model/workspaceannotation.h) from what the store knows: the
// market position among comparables, the "new" and "price cut" badges and the days on market. Run it on the
// store's worker thread (StoreWorker): it reads the database.
//
// "New" in the table: first seen by CarScout in the last 24 hours, of a make/model the store had already seen
// at least 12 hours before, so the very first search of a model does not mark every car as new.

#include "core/model/workspaceannotation.h"
#include "core/store/workspace.h"

#include <optional>

namespace CarScout::Store {

constexpr int kNewWithinHours = 24;
constexpr int kModelWatchedBeforeHours = 12;

// The "new" rule in the dealer's words (tooltip).
QString newListingRule();

// One listing's annotation (pure): `status` and `position` as the store returned them (empty when it has
// none), `modelFirstSeen` the store's first sighting of any listing of its make/model.
Model::WorkspaceAnnotation annotationFrom(const std::optional<ListingStatus> &status,
                                          const std::optional<MarketPosition> &position,
                                          const QDateTime &modelFirstSeen, const QDateTime &now);

// Every listing the store knows, by Model::listingKey(); the others are absent.
std::optional<Model::WorkspaceAnnotations> workspaceAnnotations(Workspace &workspace, const QList<Listing> &listings,
                                                                QString *error);

} // namespace CarScout::Store
