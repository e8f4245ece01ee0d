#pragma once

// The CBR daily rates client (customs.md §1): GET http://www.cbr.ru/scripts/XML_daily.asp?date_req=DD/MM/YYYY
// through HttpClient (source "cbr"), one cached file per requested date, offline fallback to the latest
// cached rates (labelled as such).

#include "core/customs/rates.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace CarScout {
class Clock;
}
namespace CarScout::Net {
class HttpClient;
}

namespace CarScout::Customs {

struct RatesReply
{
    std::optional<RateTable> table;
    QString error;          // when there is no table: the network error and "no cached rates"
};

class CbrClient : public QObject
{
    Q_OBJECT
public:
    // cacheDirectory empty = defaultCacheDirectory(). The clock gives "today" (files for past dates are final).
    CbrClient(Net::HttpClient *http, QString cacheDirectory = {}, QObject *parent = nullptr, Clock *clock = nullptr);

    static QString defaultCacheDirectory();   // QStandardPaths::CacheLocation + "/cbr"
    static QUrl urlFor(QDate date);
    QString cacheDirectory() const { return m_cacheDirectory; }

    // Calls done (in this object's thread) exactly once: cached file, network, or the offline fallback.
    void fetch(QDate date, std::function<void(const RatesReply &)> done);

    // fetch() inside a local event loop (for carscout-cli). http may be null (→ cache only, else an error).
    static RatesReply fetchBlocking(Net::HttpClient *http, QDate date, const QString &cacheDirectory = {});

    // The cached table for exactly this requested date, if any (no network).
    std::optional<RateTable> cached(QDate date) const;
    // The cached table with the latest requested date (for the offline fallback).
    std::optional<RateTable> latestCached() const;

private:
    QString cacheFile(QDate date) const;
    void store(QDate date, const QByteArray &body) const;

    Net::HttpClient *m_http;
    QString m_cacheDirectory;
    Clock *m_clock;
};

} // namespace CarScout::Customs
