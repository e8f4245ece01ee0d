#pragma once

// Listing photos for every view (the table's thumbnails, the detail panel's gallery): fetched through the
// HttpClient (its HTTP disk cache, a size cap, the "photos" pacing), decoded and scaled on a worker thread into
// a QImage. A photo that failed (a timeout, a breaker blip, a bad body) is not asked again until a cool-down has
// passed, then it is: nothing stays blank for the whole session. clearFailures() forgets them at once.
//
// This is the one core library that links QtGui (QImage, no widgets): decoding belongs off the GUI thread and
// next to the fetch, and QImage is thread-safe where QPixmap is not (DESIGN §1 allows QtGui in core for
// rendering; the views turn the image into a QPixmap).

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSize>
#include <QUrl>

#include <functional>

namespace CarScout {
class Clock;
}
namespace CarScout::Net {
class HttpClient;
}

namespace CarScout::Services {

struct PhotoReply
{
    QImage image;          // scaled to fit the asked size; null on failure
    QString error;         // why not (network error, not an image); empty when canceled
    bool canceled = false;
};

struct PhotoOptions
{
    qint64 maxBytes = 16 * 1024 * 1024;
    qint64 coolDownMs = 60000;   // after a failure, the photo is not asked again for this long
};

class PhotoService : public QObject
{
    Q_OBJECT
public:
    using Options = PhotoOptions;

    // clock == nullptr: the system clock.
    PhotoService(Net::HttpClient *http, Clock *clock = nullptr, PhotoOptions options = PhotoOptions(),
                 QObject *parent = nullptr);
    PhotoService(Net::HttpClient *http, QObject *parent) : PhotoService(http, nullptr, PhotoOptions(), parent) {}

    // Fetches and decodes `url` scaled to fit `size`; `done` runs in `context`'s thread, not at all once context
    // is gone. group: cancel with HttpClient::cancelGroup. False (and nothing fetched) while `url` cools down.
    bool fetch(const QUrl &url, const QSize &size, QObject *context, std::function<void(const PhotoReply &)> done,
               quint64 group = 0);

    bool coolingDown(const QUrl &url) const;
    void clearFailures() { m_failedAtMs.clear(); }
    int requestsSent() const { return m_requestsSent; }
    Net::HttpClient *http() const { return m_http; }

    // Worker-thread safe: the image in `bytes` scaled to fit `size` (KeepAspectRatio); null when undecodable.
    static QImage decode(const QByteArray &bytes, const QSize &size);

private:
    void failed(const QUrl &url);

    Net::HttpClient *m_http;
    Clock *m_clock;
    Options m_options;
    QHash<QUrl, qint64> m_failedAtMs;
    int m_requestsSent = 0;
};

} // namespace CarScout::Services
