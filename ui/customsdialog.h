#pragma once

// The customs calculator: every input of the engine, the line-by-line breakdown with rates, rate date and
// rule-set version, warnings, and (when enabled and available) an online cross-check beside it. Prefilled
// from a listing or used on its own; recomputes as inputs change.
//
// Three parts: CustomsInputForm (the inputs and the rate rows), Customs::applyRateRows (which rows override the
// CBR table) and CustomsResultsView (the breakdowns); the dialog computes and asks the online calculators.

#include "core/customs/engine.h"
#include "core/customs/resultformat.h"
#include "core/model/listing.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace CarScout::Services {
class CrossCheckService;
class CrossCheckSession;
}

namespace CarScout::Ui {

class CostService;
class CustomsInputForm;
class CustomsResultsView;
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
    // The next age band, a rule change coming and the export restrictions for the same input and rates.
    const Customs::Timing &timing() const { return m_timing; }
    QTreeWidget *breakdownTree() const;
    QTreeWidget *crossCheckTree() const;
    QTreeWidget *tksTree() const;   // payment | CarScout | tks.ru | difference
    QLabel *tksNote() const;
    QLabel *summaryLabel() const;

public slots:
    void recompute();

signals:
    void computed();

private:
    void connectCrossChecks();
    void askOnline();
    Customs::Timing timingOf(const Customs::Input &input, const Customs::RateTable &rates) const;

    CostService *m_costs;
    Settings *m_settings;
    Services::CrossCheckSession *m_session;   // null without online services
    Customs::Result m_result;
    Customs::Timing m_timing;

    CustomsInputForm *m_form;
    CustomsResultsView *m_results;
};

} // namespace CarScout::Ui
