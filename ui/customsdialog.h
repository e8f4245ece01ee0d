#pragma once

// The customs calculator: every input of the engine, the line-by-line breakdown with rates, rate date and
// rule-set version, warnings, and (when enabled and available) an online cross-check beside it. Prefilled
// from a listing or used on its own; recomputes as inputs change.

#include "core/customs/engine.h"
#include "core/customs/resultformat.h"
#include "core/model/listing.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace CarScout::Net {
class HttpClient;
}

namespace CarScout::Ui {

class CostService;
class Settings;
class TksCrossCheckService;

// An online calculator run for the cross-check column: calls `done` with its result (ok=false + error when it
// failed). Set by the application when the customs library provides one (tks.ru / calcus.ru).
using CrossCheck = std::function<void(const Customs::Input &input, const Customs::RateTable &rates, QObject *context,
                                      std::function<void(const Customs::Result &result, const QString &origin)> done)>;

class CustomsDialog : public QDialog
{
    Q_OBJECT
public:
    CustomsDialog(CostService *costs, Settings *settings, Net::HttpClient *http, QWidget *parent = nullptr);
    ~CustomsDialog() override;

    static void setCrossCheck(CrossCheck crossCheck);
    // The tks.ru cross-check (solver tokens, the manual browser path, or unavailable with a reason); not owned.
    static void setTksCrossCheck(TksCrossCheckService *service);

    void prefill(const Listing &listing);
    void setInput(const Customs::Input &input);
    Customs::Input input() const;
    Customs::RateTable rateTable() const;
    // Manual rate: RUB for `nominal` units of `code` (the CBR way of quoting KRW per 1000).
    void setRate(const QString &code, int nominal, const QString &rub);

    const Customs::Result &result() const { return m_result; }
    // The next age band, a rule change coming and the export restrictions for the same input and rates.
    const Customs::Timing &timing() const { return m_timing; }
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
    void runCrossCheck();
    void updateTksActive();
    void scheduleTks();
    void runTks();

    CostService *m_costs;
    Settings *m_settings;
    Net::HttpClient *m_http;
    Customs::Result m_result;
    Customs::Timing m_timing;
    bool m_loading = false;
    quint64 m_crossTicket = 0;

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
    QTimer *m_tksDebounce;
    bool m_tksActive = false;
    QString m_tksLastQuery;
    quint64 m_tksTicket = 0;
};

} // namespace CarScout::Ui
