#pragma once

// The customs calculator: every input of the engine, the line-by-line breakdown with rates, rate date and
// rule-set version, warnings, and (when enabled and available) an online cross-check beside it. Prefilled
// from a listing or used on its own; recomputes as inputs change.

#include "core/customs/engine.h"
#include "core/model/listing.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace CarScout::Customs {
struct CrossCheckReply;
}

namespace CarScout::Services {
class CrossCheckService;
class CrossCheckSession;
}

namespace CarScout::Ui {

class CostService;
class Settings;

class CustomsDialog : public QDialog
{
    Q_OBJECT
public:
    // crossChecks: calcus.ru and tks.ru (or why not); null = no online column. Not owned.
    CustomsDialog(CostService *costs, Settings *settings, Services::CrossCheckService *crossChecks,
                  QWidget *parent = nullptr);
    ~CustomsDialog() override;

    void prefill(const Listing &listing);
    void setInput(const Customs::Input &input);
    Customs::Input input() const;
    Customs::RateTable rateTable() const;
    // Manual rate: RUB for `nominal` units of `code` (the CBR way of quoting KRW per 1000).
    void setRate(const QString &code, int nominal, const QString &rub);

    const Customs::Result &result() const { return m_result; }
    QTreeWidget *breakdownTree() const { return m_breakdown; }
    QTreeWidget *crossCheckTree() const { return m_crossTree; }
    QTreeWidget *tksTree() const { return m_tksTree; }   // payment | CarScout | tks.ru | difference
    QLabel *tksNote() const { return m_tksNote; }
    QLabel *summaryLabel() const { return m_summary; }

public slots:
    void recompute();

signals:
    void computed();

private:
    void fillRatesFromService();
    void ensureRateRows();
    void updateEnabled();
    bool calcusShown() const;
    bool tksRuns() const;
    void askOnline();
    void showCalcus(const Customs::Result &result);
    void showTks(const Customs::CrossCheckReply &reply);

    CostService *m_costs;
    Settings *m_settings;
    Services::CrossCheckSession *m_session;   // null without online services
    Customs::Result m_result;
    bool m_loading = false;

    QComboBox *m_importer;
    QComboBox *m_vehicle;
    QComboBox *m_powertrain;
    QSpinBox *m_engineCc;
    QDoubleSpinBox *m_power;
    QComboBox *m_powerUnit;
    QDoubleSpinBox *m_motorPower;
    QCheckBox *m_iceDominant;
    QCheckBox *m_offroad;
    QLineEdit *m_produced;
    QDateEdit *m_declared;
    QLineEdit *m_price;
    QComboBox *m_currency;
    QLineEdit *m_costsToBorder;
    QComboBox *m_costsCurrency;
    QTableWidget *m_rates;
    QLabel *m_ratesNote;
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
