#pragma once

// carscout-cli watch | history: saved searches run on a timer (cron, systemd), over the workspace of --db.

#include "core/cli/clicontext.h"

#include <QStringList>

namespace CarScout::Cli {

// watch add NAME SOURCE [the query options of search; default --limit 1000]
// watch list [--format json|text]
// watch remove NAME
// watch run [NAME]... [--format json|text]   every saved search when no NAME is given
//   Prints, per search, what is new, what changed price and what is gone since its previous run; nothing at all
//   when no search changed (for cron). JSON: {"NAME": {"new": [listing…], "price_changes": [{"id", "old_price",
//   "new_price", "listing"}], "gone": ["id"…]}, …}. Exit 3 when a search could not be run (the others still are).
int runWatch(CliContext &context, const QStringList &arguments);

// history SOURCE ID [--format json|text]: [{"seen_at": "ISO date-time", "price": N}, …], oldest first.
int runHistory(CliContext &context, const QStringList &arguments);

} // namespace CarScout::Cli
