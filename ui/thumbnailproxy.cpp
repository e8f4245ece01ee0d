#include "ui/thumbnailproxy.h"

#include "ui/powereditproxy.h"
#include "ui/termdisplayproxy.h"

#include "core/model/listing.h"
#include "core/model/listingroles.h"
#include "core/net/httpclient.h"
#include "core/services/photoservice.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QImage>
#include <QtConcurrent>

namespace CarScout::Ui {

namespace {
constexpr size_t MaxQueued = 48;   // older requests (rows scrolled past) are dropped and re-asked when painted
}

ThumbnailProxy::ThumbnailProxy(Services::PhotoService *photos, QObject *parent)
    : QIdentityProxyModel(parent), m_photos(photos), m_powerEdit(new PowerEditProxy(this)),
      m_termDisplay(new TermDisplayProxy(this)), m_group(Net::HttpClient::newGroupId())
{
    m_termDisplay->setSourceModel(m_powerEdit);
    connect(m_powerEdit, &PowerEditProxy::listingEdited, this, &ThumbnailProxy::listingEdited);
    connect(this, &QAbstractItemModel::modelReset, this, [this] {
        m_queue.clear();
        m_waiting.clear();
        if (m_photos)
            m_photos->clearFailures();   // a new search: photos that failed before are tried again
    });
}

ThumbnailProxy::~ThumbnailProxy()
{
    if (m_photos && m_photos->http())
        m_photos->http()->cancelGroup(m_group);
}

void ThumbnailProxy::setDiskCacheDirectory(const QString &directory)
{
    m_cacheDir = directory;
    if (!directory.isEmpty())
        QDir().mkpath(directory);
}

QString ThumbnailProxy::cacheFileFor(const QString &directory, const QUrl &url)
{
    return directory + u'/' + QString::fromLatin1(QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha1).toHex())
           + u".png";
}

void ThumbnailProxy::decodeLater(const QUrl &url, std::function<QImage()> work)
{
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, url] {
        watcher->deleteLater();
        --m_inFlight;
        finish(url, watcher->result());
        pump();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

QImage ThumbnailProxy::decodeThumbnail(const QByteArray &bytes, const QSize &size)
{
    return Services::PhotoService::decode(bytes, size);
}

void ThumbnailProxy::setSourceModel(QAbstractItemModel *model)
{
    m_powerEdit->setSourceModel(model);
    if (QIdentityProxyModel::sourceModel() != m_termDisplay)
        QIdentityProxyModel::setSourceModel(m_termDisplay);
}

void ThumbnailProxy::setTerms(const Sources::TermDictionary *terms, const QString &lang)
{
    m_termDisplay->setTerms(terms, lang);
}

QVariant ThumbnailProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || index.column() != m_column || !m_photos)
        return QIdentityProxyModel::data(index, role);
    const QVariant v = QIdentityProxyModel::data(index, Model::ListingRole);
    if (!v.canConvert<Listing>())
        return {};
    const Listing listing = v.value<Listing>();
    if (listing.photos.isEmpty())
        return {};
    const QUrl url = listing.photos.first();
    if (const QPixmap *pixmap = m_cache.object(url))
        return *pixmap;
    if (!m_photos->coolingDown(url))
        request(url, listing.source, index);
    return {};
}

void ThumbnailProxy::request(const QUrl &url, const QString &source, const QModelIndex &index) const
{
    auto &waiting = m_waiting[url];
    const bool known = !waiting.isEmpty();
    if (!waiting.contains(QPersistentModelIndex(index)))
        waiting.append(QPersistentModelIndex(index));
    if (known) {
        // already queued: move it to the front, it is visible again
        for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
            if (it->url == url) {
                Pending p = *it;
                m_queue.erase(it);
                m_queue.push_front(p);
                break;
            }
        }
        return;
    }
    m_queue.push_front({url, source});
    while (m_queue.size() > MaxQueued) {
        m_waiting.remove(m_queue.back().url);
        m_queue.pop_back();
    }
    QMetaObject::invokeMethod(const_cast<ThumbnailProxy *>(this), &ThumbnailProxy::pump, Qt::QueuedConnection);
}

void ThumbnailProxy::pump()
{
    while (m_inFlight < m_maxInFlight && !m_queue.empty()) {
        const Pending p = m_queue.front();
        m_queue.pop_front();
        ++m_inFlight;
        const QUrl url = p.url;
        const QSize size = m_size;
        const QString file = m_cacheDir.isEmpty() ? QString() : cacheFileFor(m_cacheDir, url);
        if (!file.isEmpty() && QFile::exists(file)) {
            ++m_diskHits;
            decodeLater(url, [file] {
                QImage image(file);
                if (image.isNull())
                    QFile::remove(file);   // damaged: the next paint downloads it again
                return image;
            });
            continue;
        }
        const bool sent = m_photos->fetch(url, size, this, [this, url, file](const Services::PhotoReply &reply) {
            --m_inFlight;
            if (reply.canceled)
                return;   // this proxy is going away (its group was canceled)
            if (reply.image.isNull()) {
                m_waiting.remove(url);   // the service cools the URL down; a later paint asks again
                pump();
                return;
            }
            if (!file.isEmpty()) {
                // Off the GUI thread and atomic, so another pane reading the same file never sees half of it.
                // Best effort: a full disk only costs a download next time.
                (void)QtConcurrent::run([image = reply.image, file] {
                    QSaveFile out(file);
                    if (out.open(QIODevice::WriteOnly) && image.save(&out, "PNG"))
                        out.commit();
                });
            }
            finish(url, reply.image);
            pump();
        }, m_group);
        if (sent) {
            ++m_requestsSent;
        } else {
            --m_inFlight;
            m_waiting.remove(url);
        }
    }
}

void ThumbnailProxy::finish(const QUrl &url, const QImage &image)
{
    const QList<QPersistentModelIndex> indexes = m_waiting.take(url);
    if (image.isNull())
        return;
    m_cache.insert(url, new QPixmap(QPixmap::fromImage(image)));
    for (const QPersistentModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this)
            emit dataChanged(index, index, {Qt::DecorationRole});
    }
    emit thumbnailLoaded(url);
}

} // namespace CarScout::Ui
