#pragma once

// carscout-cli search | catalog | detail (DESIGN §5), over any source of the registry.

#include "core/cli/clicontext.h"
#include "core/sources/source.h"

#include <QStringList>

#include <optional>

namespace CarScout::Cli {

// search SOURCE [--maker M] [--model M] [--year-from Y] [--year-to Y] [--price-max N] [--mileage-max KM]
//        [--fuel F[,F…]] [--sort S] [--pages N | --limit N] [--format json|csv] [--output FILE]
//        [--with-customs --importer individual|company [--date YYYY-MM-DD] [--power-hp N] [--rate ISO=RUB]…
//         [--no-details]]
// Without --pages/--limit one page of 50 is fetched. --with-customs resolves every listing's displacement and
// power (core/specs: list text → specs catalog → the dealer's remembered values → the listing's detail, only
// for what is still missing and not with --no-details) and writes engine_cc, power_hp, power_kw, specs_source,
// preferential_util and customs (or customs_error); --power-hp overrides the power of every row; with every
// needed --rate given no CBR request is made.
int runSearch(CliContext &context, const QStringList &arguments);
// catalog SOURCE [--maker M] [--model M]: the next level of the filter tree, as a JSON array.
int runCatalog(CliContext &context, const QStringList &arguments);
// detail SOURCE ID [--format json]
int runDetail(CliContext &context, const QStringList &arguments);

// The query options of `search` (--maker … --pages N | --limit N) and nothing else; the other arguments go to
// *positional. `defaults` (optional) replaces search's "one page of 50" when neither --pages nor --limit is given.
// nullopt with *error (without a command prefix).
std::optional<Sources::SearchQuery> parseSearchOptions(const QStringList &arguments, QStringList *positional,
                                                       QString *error, const Sources::SearchQuery *defaults = nullptr);

} // namespace CarScout::Cli
