#pragma once

// The workspace schema as numbered steps. Step N takes a database from version N-1 to N; opening a database
// applies the missing steps in one transaction, so an older workspace is upgraded in place and a failed
// upgrade leaves it as it was.

#include <QString>

#include <optional>

namespace CarScout::Store {

class Database;

// The newest schema version this build knows.
int latestSchemaVersion();

// Brings `db` to `upToVersion` (capped at the newest); refuses a database newer than this build. Returns the
// version it is at afterwards, nullopt with *error.
std::optional<int> migrate(Database &db, int upToVersion, QString *error);

} // namespace CarScout::Store
