#pragma once

// The calculator's results: the offline breakdown with its summary, and beside it (when an online calculator is
// there) the calcus.ru breakdown and the tks.ru line-by-line comparison. Shows what it is given; asking the
// online calculators is the dialog's (through its cross-check session).

#include "core/customs/engine.h"
#include "core/customs/resultformat.h"

#include <QSplitter>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace CarScout::Customs {
struct CrossCheckReply;
}
namespace CarScout::Services {
class CrossCheckService;
}

namespace CarScout::Ui {

class CustomsResultsView : public QSplitter
{
    Q_OBJECT
public:
    // service == null: no online column. `crossCheckOn`: the dealer's default, honoured when a service is online.
    CustomsResultsView(const Services::CrossCheckService *service, bool crossCheckOn, QWidget *parent = nullptr);

    bool hasOnlineColumn() const;
    bool calcusShown() const;
    bool tksRuns() const;        // tks.ru is asked automatically (a CAPTCHA solver is set up)
    bool crossCheckOn() const;

    void showOffline(const Customs::Result &result, const Customs::Timing &timing, const Customs::Input &input,
                     const Customs::RateTable &rates);
    void showCalcusAsked();
    void showCalcus(const Customs::Result &online, const Customs::Result &offline);
    void showTksAsked();
    void showTks(const Customs::CrossCheckReply &reply);
    void showInputsInvalid();
    void showTksNote(const QString &text);

    QTreeWidget *breakdownTree() const { return m_breakdown; }
    QTreeWidget *crossCheckTree() const { return m_crossTree; }
    QTreeWidget *tksTree() const { return m_tksTree; }
    QLabel *tksNote() const { return m_tksNote; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void crossCheckToggled(bool on);
    void openTksRequested();

private:
    QGroupBox *buildOffline();
    QGroupBox *buildOnline();
    void showServiceState(bool crossCheckOn);

    const Services::CrossCheckService *m_service;
    QVBoxLayout *m_offlineLayout = nullptr;
    QTreeWidget *m_breakdown;
    QLabel *m_summary;
    QCheckBox *m_crossEnabled;
    QTreeWidget *m_crossTree;
    QLabel *m_crossNote;
    QLabel *m_tksTitle;
    QTreeWidget *m_tksTree;
    QLabel *m_tksNote;
    QPushButton *m_tksOpen;
};

} // namespace CarScout::Ui
