#pragma once

// The value types of the network core's public API. Sources, customs clients and the GUI use only these and
// HttpClient/HttpCall: none of them ever sees a QNetworkReply.

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

namespace CarScout::Net {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QUrl url;                       // the real upstream URL; host remapping is applied by the client
    QByteArray method = "GET";
    QByteArray body;                // for POST
    HeaderList headers;             // on top of the source's defaults
    QString source;                 // "encar", "kbchachacha", "cbr", "tks", …: picks rate limit, retries, breaker
    quint64 group = 0;              // cancel a whole search with HttpClient::cancelGroup(group); 0 = none
    bool idempotent = true;         // only idempotent requests are retried after a connection error
    int timeoutMs = -1;             // transfer timeout; -1 = the source's default
    qint64 maxBodyBytes = -1;       // -1 = the client's default
    bool expectJson = false;        // an empty body or an HTML page (<!DOCTYPE/<html) answering it = block page
    int totalTimeoutMs = -1;        // cap on one attempt from start to end; -1 = the source's default
    bool cacheable = false;         // GET only: answered from the disk cache when there (ClientConfig), else stored
};

enum class ErrorKind {
    None,
    HttpStatus,      // a non-2xx status (after retries)
    Timeout,         // our own transfer timeout
    Canceled,        // the user (or the owner) canceled
    Connection,      // refused, reset, host not found, remote closed, short body
    TooLarge,        // the body exceeded the maximum size
    Blocked,         // a 403 or a block page, also after the one session reset
    BreakerOpen,     // the source's circuit breaker rejected the request without sending it
    Redirect,        // too many redirects, or a redirect to a forbidden scheme
    Proxy,           // proxy refused or needs other credentials
    Tls,             // certificate or handshake problem (never ignored)
    Other,
};

QString errorKindName(ErrorKind kind);

struct HttpResponse
{
    int status = 0;                 // 0 when no HTTP response arrived
    HeaderList headers;
    QByteArray body;                // raw bytes
    QString charset;                // the declared charset decodedText() uses (UTF-8 when none or unknown)
    QUrl url;                       // final URL after redirects (remapped form)
    int attempts = 0;
    qint64 elapsedMs = 0;           // from first queueing to completion, waits included
    qint64 rateWaitMs = 0;          // of which spent waiting on the rate limit
    ErrorKind error = ErrorKind::None;
    QString errorMessage;           // readable, specific: what failed, where

    bool ok() const { return error == ErrorKind::None; }
    QByteArray header(const QByteArray &name) const;   // case-insensitive, first match
    // The body decoded by its declared charset, on demand: the client never decodes (a 16 MiB photo stays bytes).
    // Call it where the text is parsed (off the GUI thread for big pages).
    QString decodedText() const;
};

} // namespace CarScout::Net

Q_DECLARE_METATYPE(CarScout::Net::HttpResponse)
