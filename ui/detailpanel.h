#pragma once

// The selected listing: photo gallery, specifications, inspection and accident summaries, the customs
// breakdown, "Open in browser" (http/https only), copy link, and a power field for listings that carry none.
// Everything that came from a marketplace is shown as plain text, never as rich text.

#include "core/model/listing.h"
#include "core/sources/source.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace CarScout::Services {
class PhotoService;
}
namespace CarScout::Sources {
class TermDictionary;
}

namespace CarScout::Ui {

class CostService;

// Only web pages may be opened from remote data: http and https URLs with a host.
bool isSafeWebUrl(const QUrl &url);

class DetailPanel : public QWidget
{
    Q_OBJECT
public:
    // photos == nullptr: no gallery images.
    DetailPanel(Services::PhotoService *photos, CostService *costs, const Sources::TermDictionary *terms,
                QWidget *parent = nullptr);
    ~DetailPanel() override;

    // Shows `listing` at once and asks `source` (may be null) for its details.
    void showListing(const Listing &listing, Sources::Source *source);
    void clear();
    const Listing &listing() const { return m_listing; }
    bool hasListing() const { return !m_listing.id.isEmpty(); }
    bool isLoadingDetail() const { return bool(m_job); }
    const std::optional<Sources::ListingDetail> &detail() const { return m_detail; }

    // Tests and the screenshot: widgets by purpose.
    QLabel *titleLabel() const { return m_title; }
    QLabel *photoLabel() const { return m_photo; }
    QLabel *photoCounter() const { return m_photoCounter; }
    QTreeWidget *specsTree() const { return m_specs; }
    QTreeWidget *customsTree() const { return m_customs; }
    QLabel *inspectionLabel() const { return m_inspection; }
    QLabel *accidentLabel() const { return m_accidents; }
    QPlainTextEdit *descriptionView() const { return m_description; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *copyQuoteButton() const { return m_copyQuote; }
    QSpinBox *powerBox() const { return m_power; }
    int currentPhoto() const { return m_photoIndex; }

    // Tests: what "Open in browser" does (default QDesktopServices::openUrl). Returns whether it opened.
    static void setUrlOpener(std::function<bool(const QUrl &)> opener);

public slots:
    void showPhoto(int index);
    void nextPhoto();
    void previousPhoto();
    void openInBrowser();
    void copyLink();
    // The client quote as plain text (Russian) under the active cost profile (ui/quoteactions.h).
    void copyQuote();
    void refreshCustoms();   // settings or rates changed

signals:
    void detailLoaded();
    void photoShown(int index);
    // The dealer entered a power, or the detail page filled fields the search list lacked.
    void listingUpdated(const CarScout::Listing &listing);
    void calculatorRequested(const CarScout::Listing &listing);

private:
    void onDetail(const Sources::ListingDetail &detail, const Sources::JobError &error);
    void fillSpecs();
    void fillSummaries();
    void applyPower();
    void setPhotoPixmap(int index, const QImage &image);

    Services::PhotoService *m_photos;
    CostService *m_costs;
    const Sources::TermDictionary *m_terms;
    Listing m_listing;
    std::optional<Sources::ListingDetail> m_detail;
    QPointer<Sources::DetailJob> m_job;
    quint64 m_photoGroup;
    int m_photoIndex = -1;
    quint64 m_photoRequest = 0;

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_photo;
    QLabel *m_photoCounter;
    QPushButton *m_prev;
    QPushButton *m_next;
    QTreeWidget *m_specs;
    QLabel *m_inspection;
    QLabel *m_accidents;
    QTreeWidget *m_customs;
    QLabel *m_customsNote;
    QPlainTextEdit *m_description;
    QSpinBox *m_power;
    QPushButton *m_applyPower;
    QPushButton *m_open;
    QPushButton *m_copy;
    QPushButton *m_copyQuote;
    QPushButton *m_calculator;
    QLabel *m_status;
};

} // namespace CarScout::Ui
