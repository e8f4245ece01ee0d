#pragma once

// One tab per marketplace: the filter form, Search / Cancel / Load more with progress, and the results table
// (ListingTableModel → ListingFilterProxy → ThumbnailProxy). Results stream in page by page; range filters
// apply at once to what is shown; the column layout is persisted per pane.

#include "core/model/columnlayout.h"
#include "core/model/costestimate.h"
#include "core/sources/source.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace CarScout::Model {
class ListingFilterProxy;
class ListingTableModel;
}
namespace CarScout::Services {
class PhotoService;
}
namespace CarScout::Net {
class HttpClient;
}
namespace CarScout::Sources {
class TermDictionary;
}

namespace CarScout::Ui {

class FilterForm;
class Settings;
class ThumbnailProxy;

class SearchPane : public QWidget
{
    Q_OBJECT
public:
    struct Dependencies
    {
        Net::HttpClient *http = nullptr;      // thumbnails
        Settings *settings = nullptr;         // column layout
        const Sources::TermDictionary *terms = nullptr;
        QString thumbnailCacheDir;            // empty = thumbnails kept in memory only
        Services::PhotoService *photos = nullptr;   // shared with the gallery; null = one of its own over http
    };

    SearchPane(Sources::Source *source, const Dependencies &deps, QWidget *parent = nullptr);
    ~SearchPane() override;

    Sources::Source *source() const { return m_source; }
    QString sourceId() const;

    FilterForm *filterForm() const { return m_form; }
    QTableView *view() const { return m_view; }
    Model::ListingTableModel *listingModel() const { return m_model; }
    Model::ListingFilterProxy *filterProxy() const { return m_proxy; }
    ThumbnailProxy *thumbnailProxy() const { return m_thumbnails; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *errorLabel() const { return m_error; }

    bool isSearching() const { return bool(m_job); }
    bool canLoadMore() const;
    int pagesPerBatch() const { return m_pagesPerBatch; }
    void setPagesPerBatch(int pages) { m_pagesPerBatch = qMax(1, pages); }
    void setPageSize(int size) { m_pageSize = qMax(1, size); }

    void setCostEstimator(Model::CostEstimator estimator);
    void invalidateCosts();

    // The listing under the current index of the view, if any.
    std::optional<Listing> currentListing() const;
    // Listings of the selected rows in view order (empty selection: none).
    QList<int> selectedSourceRows() const;
    QList<int> visibleSourceRows() const;   // filtered and sorted, as shown
    bool selectRow(int viewRow);

    // Replaces a listing (same source + id) e.g. with engine/power from its detail or a dealer's entry.
    bool updateListing(const Listing &listing);

    Model::ColumnLayout columnLayout() const;
    void applyColumnLayout(const Model::ColumnLayout &layout);
    void setColumnVisible(int column, bool visible);
    void saveLayout();

public slots:
    void startSearch();
    void loadMore();
    void cancelSearch();

signals:
    void currentListingChanged();
    void searchStarted();
    void searchFinished(const CarScout::Sources::JobError &error);
    void pageArrived(int rowsInModel);
    void busyChanged(bool busy);
    void listingEdited(const CarScout::Listing &listing);   // the dealer entered a value in the table (power)

protected:
    void showEvent(QShowEvent *event) override;

private:
    void runQuery(const Sources::SearchQuery &query, bool append);
    void onProgress(const Sources::SearchProgress &progress);
    void onFinished(const Sources::JobError &error);
    void updateButtons();
    void updateCountLabel();
    void showError(const QString &message);

    Sources::Source *m_source;
    Dependencies m_deps;
    FilterForm *m_form;
    QPushButton *m_searchButton;
    QPushButton *m_cancelButton;
    QPushButton *m_moreButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_count;
    QLabel *m_error;
    QTableView *m_view;
    Model::ListingTableModel *m_model;
    Model::ListingFilterProxy *m_proxy;
    ThumbnailProxy *m_thumbnails;

    QPointer<Sources::SearchJob> m_job;
    Sources::SearchQuery m_lastQuery;
    bool m_hasQuery = false;
    bool m_exhausted = false;      // the marketplace has no page after the last one loaded
    QString m_continuation;        // where "Load more" goes on (SearchProgress::continuation)
    int m_pagesPerBatch = 3;
    int m_pageSize = 50;
    int m_pagesLoaded = 0;
    int m_rowsBeforeRun = 0;
    Sources::SearchProgress m_lastProgress;
    QElapsedTimer m_runTimer;
};

} // namespace CarScout::Ui
