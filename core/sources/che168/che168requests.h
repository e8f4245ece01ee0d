#pragma once

// The HTTP requests of the Che168 source and the catalog's level logic, independent of the job plumbing:
// search and brand calls go out unsigned and are signed by signRequest (the request transform) just before they
// are sent; detail calls are unsigned by design (che168-bobaedream.md §2).

#include "core/net/httptypes.h"
#include "core/net/sourcepolicy.h"
#include "core/sources/che168/che168query.h"
#include "core/sources/che168/che168sign.h"
#include "core/sources/source.h"
#include "core/sources/terms.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace CarScout::Sources::Che168 {

// The seed's pacing (0.2 s between calls, 0.5–1.5 s every 20th, 4 attempts) and the m-web client's headers.
// No session reset on a 403: Che168 needs no cookies, and a 403 of the detail host means "frequency capped"
// (the detail gate pauses that host), not a stale session.
Net::SourcePolicy sourcePolicy();

// A fresh device id for the detail calls: 32 lower-case hex digits, one per session.
QString newDeviceId();

// Unsigned requests (source "che168").
Net::HttpRequest brandsRequest();
Net::HttpRequest searchRequest(const Che168Filter &filter, int pageIndex, const QString &pageId);
// Detail calls carry the car's page as Referer, like the mobile site.
Net::HttpRequest carInfoRequest(const QString &infoId, const QString &deviceId);
Net::HttpRequest paramItemsRequest(const QString &infoId, const QString &deviceId);

// The request transform: a call to the signed API host gets `_appid`, `v` and `_sign` over its query (decoded
// once); any other request is returned unchanged.
Net::HttpRequest signRequest(Net::HttpRequest request, const SigningConfig &config);
bool needsSignature(const QUrl &url);

// The filter tree: maker (getbrands) → series → model year → spec (search replies' filters, pagesize 10).
QStringList catalogLevels();   // "maker", "model", "model_year", "spec"
// The request that lists the children of `path` = [brandId, seriesId, seriesYearId]; BadInput when the path is
// deeper than the tree (a spec has no children) or has empty keys.
JobError catalogRequest(const QStringList &path, const QString &pageId, Net::HttpRequest *out);
// Its reply → the children. A brand search without series filters is no error: the brand has no cars listed.
JobError catalogChildren(const QStringList &path, const QByteArray &body, const TermDictionary &terms,
                         QList<FilterNode> *out);

} // namespace CarScout::Sources::Che168
