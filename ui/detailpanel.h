#pragma once

// The selected listing: photo gallery, readable title with the original, specifications with where
// displacement and power came from, the preferential utilization fee verdict, inspection and accident
// summaries in the GUI language, the customs breakdown with the "passable" date, a rule change coming and the
// export restrictions, "Open in browser" (http/https only), copy link, and a power field.
// The panel shows a ROW of a model (ListingRole), not a copy: it follows the row's changes (dataChanged),
// clears when the row goes (rowsRemoved, modelReset), and writes what it learns into the model — the power
// the dealer enters (setData on the power column) and the fields the detail page adds.
// Everything that came from a marketplace is shown as plain text, never as rich text.

#include "core/model/listing.h"
#include "core/sources/source.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

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
namespace CarScout::Specs {
class SpecsResolver;
struct ResolvedSpecs;
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

    // Shows the listing of `row` (any column; a model with ListingRole, e.g. a pane's view model) at once,
    // follows the row from then on and asks `source` (may be null) for its details.
    void showRow(const QModelIndex &row, Sources::Source *source);
    void clear();
    // The row's listing as last read from the model (empty without a row).
    const Listing &listing() const { return m_listing; }
    bool hasListing() const { return !m_listing.id.isEmpty(); }
    QModelIndex row() const { return m_row; }

    // The catalog and the dealer's remembered values behind the provenance, verdict and readable title (default:
    // the built-in catalog alone); the same resolver the cost columns use.
    void setSpecsResolver(std::shared_ptr<const Specs::SpecsResolver> resolver);
    bool isLoadingDetail() const { return bool(m_job); }
    const std::optional<Sources::ListingDetail> &detail() const { return m_detail; }

    // Tests and the screenshot: widgets by purpose.
    QLabel *titleLabel() const { return m_title; }            // readable, in the GUI language
    QLabel *originalTitleLabel() const { return m_original; }  // the marketplace's own title
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *provenanceLabel() const { return m_provenance; }
    QLabel *passableLabel() const { return m_passable; }
    QLabel *customsNoteLabel() const { return m_customsNote; }
    QLabel *statusLabel() const { return m_status; }
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
    void calculatorRequested(const CarScout::Listing &listing);

private:
    void followModel(const QAbstractItemModel *model);
    void onRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onRowsGone();
    void showListing();   // renders m_listing (same listing: keeps the photo shown)
    void writeToModel(const Listing &listing);
    Specs::ResolvedSpecs resolvedSpecs() const;
    void onDetail(const Sources::ListingDetail &detail, const Sources::JobError &error);
    void fillSpecs();
    void fillEngine();
    void fillSummaries();
    void applyPower();
    void setPhotoPixmap(int index, const QImage &image);

    Services::PhotoService *m_photos;
    CostService *m_costs;
    const Sources::TermDictionary *m_terms;
    std::shared_ptr<const Specs::SpecsResolver> m_resolver;
    QPersistentModelIndex m_row;
    QPointer<const QAbstractItemModel> m_model;   // the model m_row belongs to, while connected
    Listing m_listing;
    std::optional<Sources::ListingDetail> m_detail;
    QPointer<Sources::DetailJob> m_job;
    quint64 m_photoGroup;
    int m_photoIndex = -1;
    QUrl m_shownPhoto;   // the photo m_photoIndex points at (a row change keeps it when it is still there)
    quint64 m_photoRequest = 0;

    QLabel *m_title;
    QLabel *m_original;
    QLabel *m_subtitle;
    QLabel *m_photo;
    QLabel *m_photoCounter;
    QPushButton *m_prev;
    QPushButton *m_next;
    QTreeWidget *m_specs;
    QLabel *m_inspection;
    QLabel *m_accidents;
    QLabel *m_verdict;
    QLabel *m_provenance;
    QTreeWidget *m_customs;
    QLabel *m_customsNote;
    QLabel *m_passable;
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
