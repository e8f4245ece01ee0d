#pragma once

// Adds a thumbnail (DecorationRole) of each listing's first photo to one column. Photos are fetched only when
// a view asks for them, i.e. for the rows it paints, through the PhotoService (fetch, size cap, decoding on a
// worker thread, a cool-down after a failure); the QImage becomes a QPixmap on the GUI thread. Nothing here
// blocks: a row without its thumbnail yet shows none and is updated (dataChanged) when it arrives.
//
// It is the last of the table's three display proxies, each with one purpose, which it chains behind itself
// when given its source model: source → PowerEditProxy (the editable power column) → TermDisplayProxy (Korean
// terms in the dealer's language) → ThumbnailProxy. setTerms and listingEdited reach the two inner proxies.

#include "core/model/listing.h"

#include <QCache>
#include <QHash>
#include <QIdentityProxyModel>
#include <QPersistentModelIndex>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QUrl>

#include <deque>
#include <functional>

namespace CarScout::Services {
class PhotoService;
}
namespace CarScout::Sources {
class TermDictionary;
}

namespace CarScout::Ui {

class PowerEditProxy;
class TermDisplayProxy;

class ThumbnailProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    // photos == nullptr: no thumbnails.
    explicit ThumbnailProxy(Services::PhotoService *photos, QObject *parent = nullptr);
    // Before any thumbnail is asked; a service of its own is best made a child of this proxy (it must outlive it).
    void setPhotoService(Services::PhotoService *photos) { m_photos = photos; }
    ~ThumbnailProxy() override;

    void setThumbnailColumn(int column) { m_column = column; }
    int thumbnailColumn() const { return m_column; }
    void setThumbnailSize(const QSize &size) { m_size = size; }
    QSize thumbnailSize() const { return m_size; }
    void setMaxInFlight(int n) { m_maxInFlight = qMax(1, n); }
    // Chains the power-edit and term-display proxies between `model` and this one.
    void setSourceModel(QAbstractItemModel *model) override;
    // Korean make, model, body, colour and region cells in `lang` ("en", "ru"): TermDisplayProxy::setTerms.
    void setTerms(const Sources::TermDictionary *terms, const QString &lang);
    TermDisplayProxy *termDisplay() const { return m_termDisplay; }
    PowerEditProxy *powerEdit() const { return m_powerEdit; }
    // Scaled thumbnails are kept as PNG files here (read and written on worker threads), so a photo is
    // downloaded once across sessions. Empty = memory only.
    void setDiskCacheDirectory(const QString &directory);
    QString diskCacheDirectory() const { return m_cacheDir; }
    int diskHits() const { return m_diskHits; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int pendingCount() const { return int(m_queue.size()) + m_inFlight; }
    int loadedCount() const { return m_cache.count(); }
    int requestsSent() const { return m_requestsSent; }   // photo downloads started here

    // The image decoding used for thumbnails (worker-thread safe): scaled to fit `size`, null when undecodable.
    static QImage decodeThumbnail(const QByteArray &bytes, const QSize &size);
    // The cache file of a photo URL in `directory`.
    static QString cacheFileFor(const QString &directory, const QUrl &url);

signals:
    void thumbnailLoaded(const QUrl &url);
    // PowerEditProxy::listingEdited, passed on.
    void listingEdited(const CarScout::Listing &listing);

private:
    void request(const QUrl &url, const QString &source, const QModelIndex &index) const;
    void pump();
    void finish(const QUrl &url, const QImage &image);
    void decodeLater(const QUrl &url, std::function<QImage()> work);

    Services::PhotoService *m_photos;
    PowerEditProxy *m_powerEdit;
    TermDisplayProxy *m_termDisplay;
    int m_column = 0;
    QSize m_size{64, 48};
    int m_maxInFlight = 4;
    int m_inFlight = 0;
    int m_requestsSent = 0;
    int m_diskHits = 0;
    QString m_cacheDir;
    quint64 m_group;
    struct Pending
    {
        QUrl url;
        QString source;
    };
    mutable std::deque<Pending> m_queue;        // most recent first: what is on screen now
    mutable QHash<QUrl, QList<QPersistentModelIndex>> m_waiting;
    mutable QCache<QUrl, QPixmap> m_cache{600};
};

} // namespace CarScout::Ui
