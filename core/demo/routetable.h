#pragma once

// A route table: recorded or generated exchanges (request shape → response) answered without any code of the
// marketplace's own. The JSON is what ReplayServer::addRecording takes and what the demo generators write:
//
//   [ exchange, … ]   or   {"fragments": {key: text, …}, "exchanges": [exchange, …]}
//
//   exchange = {"method" (GET), "host", "path" | "pathPrefix",
//               "query": {name: value}   the query parameters that matter ("" = the request has none),
//               "form":  {name: value}   the same for an application/x-www-form-urlencoded body (POST),
//               "status" (200), "headers": {name: value},
//               "body" (text) | "bodyBase64" | "bodyFile" (a file in baseDir) |
//               "bodyJoin": {"prefix", "fragments": [key, …], "separator", "suffix"}}
//
// "bodyJoin" builds the body from shared fragments when it is asked for, so a generator can serve every page of
// every sort order of one inventory without writing each listing once per page. Exchanges are tried in table
// order: a specific one goes before a general one (a catch-all "no results" reply last).

#include "core/demo/replayserver.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CarScout::Demo {

class RouteTable
{
public:
    // False and a reason naming the exchange index when the JSON is not a route table. `baseDir` is where
    // "bodyFile" names are looked up (e.g. a resource folder).
    bool load(const QByteArray &json, QString *error = nullptr, const QString &baseDir = {});

    QStringList hosts() const;                      // in first-seen order
    qsizetype size() const { return m_exchanges.size(); }

    // The first exchange of `request.host` that matches method, path, query and form; nothing when none does.
    std::optional<ReplayResponse> answer(const ReplayRequest &request) const;

private:
    struct Field
    {
        QString name, value;
    };
    struct Exchange
    {
        QByteArray method;
        QString host, path;
        bool prefix = false;
        QList<Field> query, form;
        ReplayResponse response;          // body empty when joined
        QList<QByteArray> joined;         // prefix, fragment, separator, fragment, …, suffix
    };

    bool matches(const Exchange &exchange, const ReplayRequest &request, const QUrlQuery &form) const;

    QList<Exchange> m_exchanges;
    QStringList m_hosts;
    // (host, method, path) → indexes of exact-path exchanges; host → indexes of prefix exchanges; both ascending.
    QHash<QString, QList<qsizetype>> m_exact;
    QHash<QString, QList<qsizetype>> m_prefixes;
};

// The form fields of a request body (application/x-www-form-urlencoded; '+' is a space).
QUrlQuery formFields(const QByteArray &body);

} // namespace CarScout::Demo
