#pragma once

// Requests to www.kbchachacha.com: catalog JSON, the list.empty fragment, detail pages (sources.md §3).

#include "core/net/httptypes.h"
#include "core/net/sourcepolicy.h"
#include "core/sources/source.h"

#include <QStringList>
#include <QUrl>

#include <optional>

namespace CarScout::Sources::Kb {

// The seed's pacing (≥ 1 s between requests, an extra 0.5–2 s every 10th) and browser-like headers.
Net::SourcePolicy sourcePolicy();

// Filter-tree level of a path of `depth` codes: 0 carMaker, 1 carClass, 2 carName, 3 and 4 carModel.
QUrl catalogUrl(const QStringList &codes);

// list.empty with the query's filters; `codes` = the resolved path (makerCode, classCode, carCode, modelCode,
// modelGradeCode). Returns nullopt and sets *error (BadInput) when a filter has no KB equivalent.
std::optional<QUrl> listUrl(const SearchQuery &query, const QStringList &codes, int page, JobError *error,
                            int currentYear);

QUrl detailUrl(const QString &carSeq);

// Headers for the XHR endpoints (catalog JSON, list.empty) and for document pages (detail.kbc).
Net::HeaderList xhrHeaders();
Net::HeaderList documentHeaders();

Net::HttpRequest makeRequest(const QUrl &url, const Net::HeaderList &headers, quint64 group);

// True when `key` is already a KB code for catalog level `level` (digits; grades "26892|001").
bool isCode(int level, const QString &key);

} // namespace CarScout::Sources::Kb
