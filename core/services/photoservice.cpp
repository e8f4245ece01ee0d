#include "core/services/photoservice.h"

#include "core/common/clock.h"
#include "core/net/httpclient.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace CarScout::Services {

PhotoService::PhotoService(Net::HttpClient *http, Clock *clock, Options options, QObject *parent)
    : QObject(parent), m_http(http), m_clock(clock ? clock : &Clock::system()), m_options(options)
{
}

QImage PhotoService::decode(const QByteArray &bytes, const QSize &size)
{
    QImage image;
    if (!image.loadFromData(bytes))
        return {};
    return image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

bool PhotoService::coolingDown(const QUrl &url) const
{
    const auto it = m_failedAtMs.constFind(url);
    return it != m_failedAtMs.cend() && m_clock->nowMs() - *it < m_options.coolDownMs;
}

void PhotoService::failed(const QUrl &url)
{
    m_failedAtMs.insert(url, m_clock->nowMs());
}

bool PhotoService::fetch(const QUrl &url, const QSize &size, QObject *context,
                         std::function<void(const PhotoReply &)> done, quint64 group)
{
    if (!m_http || coolingDown(url))
        return false;
    m_failedAtMs.remove(url);
    Net::HttpRequest request;
    request.url = url;
    request.source = QStringLiteral("photos");
    request.group = group;
    request.maxBodyBytes = m_options.maxBytes;
    request.cacheable = true;   // the HTTP disk cache: a thumbnail's photo is the gallery's first, browsing back is free
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("image/webp,image/jpeg,image/png,image/*;q=0.8")));
    ++m_requestsSent;
    const QPointer<PhotoService> self(this);
    const QPointer<QObject> receiver(context);
    m_http->send(request, context, [self, receiver, url, size, done](const Net::HttpResponse &response) {
        if (!response.ok()) {
            PhotoReply reply;
            reply.canceled = response.error == Net::ErrorKind::Canceled;
            if (!reply.canceled) {
                reply.error = response.errorMessage;
                if (self)
                    self->failed(url);
            }
            done(reply);
            return;
        }
        auto *watcher = new QFutureWatcher<QImage>(receiver.data());
        QObject::connect(watcher, &QFutureWatcher<QImage>::finished, receiver.data(), [self, watcher, url, done] {
            watcher->deleteLater();
            PhotoReply reply;
            reply.image = watcher->result();
            if (reply.image.isNull()) {
                reply.error = QCoreApplication::translate("Services", "not an image");
                if (self)
                    self->failed(url);
            }
            done(reply);
        });
        watcher->setFuture(QtConcurrent::run([body = response.body, size] { return decode(body, size); }));
    });
    return true;
}

} // namespace CarScout::Services
