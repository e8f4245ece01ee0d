#include "core/customs/cbrclient.h"

#include <QCoreApplication>

#include "core/common/clock.h"
#include "core/net/httpclient.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrlQuery>

namespace CarScout::Customs {

CbrClient::CbrClient(Net::HttpClient *http, QString cacheDirectory, QObject *parent, Clock *clock)
    : QObject(parent)
    , m_http(http)
    , m_cacheDirectory(cacheDirectory.isEmpty() ? defaultCacheDirectory() : std::move(cacheDirectory))
    , m_clock(clock ? clock : &Clock::system())
{
}

QString CbrClient::defaultCacheDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/cbr");
}

QUrl CbrClient::urlFor(QDate date)
{
    QUrl url(QStringLiteral("http://www.cbr.ru/scripts/XML_daily.asp"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("date_req"), date.toString(QStringLiteral("dd/MM/yyyy")));
    url.setQuery(query);
    return url;
}

QString CbrClient::cacheFile(QDate date) const
{
    return m_cacheDirectory + u"/XML_daily-" + date.toString(Qt::ISODate) + u".xml";
}

std::optional<RateTable> CbrClient::cached(QDate date) const
{
    QFile file(cacheFile(date));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto parsed = parseCbrDaily(file.readAll());
    if (!parsed.table)
        return std::nullopt;
    parsed.table->requestedDate = date;
    parsed.table->origin = RateOrigin::Cache;
    return parsed.table;
}

std::optional<RateTable> CbrClient::latestCached() const
{
    const QStringList files = QDir(m_cacheDirectory).entryList({QStringLiteral("XML_daily-*.xml")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : files) {
        const QDate date = QDate::fromString(name.mid(10, 10), Qt::ISODate);
        if (!date.isValid())
            continue;
        if (auto table = cached(date))
            return table;
    }
    return std::nullopt;
}

void CbrClient::store(QDate date, const QByteArray &body) const
{
    QDir().mkpath(m_cacheDirectory);
    QSaveFile file(cacheFile(date));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(body);
        file.commit();
    }
}

RatesReply CbrClient::fetchBlocking(Net::HttpClient *http, QDate date, const QString &cacheDirectory)
{
    CbrClient cbr(http, cacheDirectory);
    RatesReply reply;
    QEventLoop loop;
    bool done = false;
    cbr.fetch(date, [&](const RatesReply &r) {
        reply = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return reply;
}

void CbrClient::fetch(QDate date, std::function<void(const RatesReply &)> done)
{
    if (auto table = cached(date)) {
        done({table, {}});
        return;
    }
    if (!m_http) {
        done({std::nullopt, QCoreApplication::translate("Customs", "no cached CBR rates for %1 and no network client").arg(date.toString(Qt::ISODate))});
        return;
    }
    Net::HttpRequest request;
    request.url = urlFor(date);
    request.source = QStringLiteral("cbr");
    m_http->send(request, this, [this, date, done](const Net::HttpResponse &response) {
        QString problem;
        if (response.ok()) {
            auto parsed = parseCbrDaily(response.body);
            if (parsed.table) {
                RateTable table = *parsed.table;
                table.requestedDate = date;
                table.origin = RateOrigin::Online;
                // Rates of a past date are final; a later date may still get its own rates published.
                const QDate today = m_clock->nowUtc().addSecs(3 * 3600).date();   // Moscow
                if (table.date == date || date < today)
                    store(date, response.body);
                done({table, {}});
                return;
            }
            problem = parsed.error;
        } else {
            problem = QCoreApplication::translate("Customs", "CBR rates: %1: %2").arg(Net::errorKindName(response.error), response.errorMessage);
        }
        if (auto fallback = latestCached()) {
            fallback->origin = RateOrigin::OfflineCache;
            fallback->requestedDate = date;
            fallback->note = QCoreApplication::translate("Customs", "offline: the latest cached CBR rates (of %1) are used instead of "
                                                                "those of %2 (%3)")
                                 .arg(fallback->date.toString(Qt::ISODate), date.toString(Qt::ISODate), problem);
            done({fallback, {}});
            return;
        }
        done({std::nullopt, QCoreApplication::translate("Customs", "%1; no cached rates to fall back on").arg(problem)});
    });
}

} // namespace CarScout::Customs
