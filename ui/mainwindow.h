#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTimer;

namespace CarScout {
struct Listing;
}
namespace CarScout::Specs {
class BackgroundDetails;
}

namespace CarScout::Ui {

struct AppContext;
class DetailPanel;
class NetStatusWidget;
class SearchPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    QList<SearchPane *> panes() const;
    SearchPane *currentPane() const;
    SearchPane *paneFor(const QString &sourceId) const;
    void setCurrentPane(const QString &sourceId);
    DetailPanel *detailPanel() const { return m_detail; }
    NetStatusWidget *netStatus() const { return m_netStatus; }
    // The background details of `pane`'s rows (tests).
    Specs::BackgroundDetails *backgroundDetails(const SearchPane *pane) const;

    // Menu actions, by purpose (tests trigger them).
    QAction *exportAction() const { return m_exportAction; }
    QAction *searchAction() const { return m_searchAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *loadMoreAction() const { return m_loadMoreAction; }
    QAction *calculatorAction() const { return m_calculatorAction; }
    QAction *settingsAction() const { return m_settingsAction; }

public slots:
    void openExportDialog();
    void openCalculator();
    void openSettings();
    void showAbout();
    void refreshStatus();

signals:
    void firstPainted();
    void settingsApplied();   // the settings dialog was accepted: network, language, customs may have changed

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createPanes();
    void restoreLayout();
    void saveLayout();
    void rebuildColumnMenu();
    void onCurrentListingChanged();
    void updateActions();
    void offerToRemember(const Listing &listing);   // after the dealer typed a power: keep it for the engine?
    void specsChanged();   // the dealer's remembered values changed
    void reloadSpecs();    // one resolver (catalog + the dealer's values) for the panel and the background details

    AppContext &m_context;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    DetailPanel *m_detail = nullptr;
    NetStatusWidget *m_netStatus = nullptr;
    QTimer *m_statusTimer = nullptr;
    QTimer *m_pauseTimer = nullptr;
    QList<QPointer<Specs::BackgroundDetails>> m_backgroundDetails;   // one per pane, children of the panes
    QMenu *m_columnsMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_loadMoreAction = nullptr;
    QAction *m_focusFiltersAction = nullptr;
    QAction *m_calculatorAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_detailToggleAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    bool m_painted = false;
};

} // namespace CarScout::Ui
