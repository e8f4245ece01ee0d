#include "ui/customsdialog.h"

#include "ui/costservice.h"
#include "ui/customsinputform.h"
#include "ui/customsresultsview.h"
#include "ui/settings.h"

#include "core/customs/exportrules.h"
#include "core/customs/tks.h"
#include "core/services/crosscheckservice.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace CarScout::Ui {

namespace {

// The prefilled tks.ru page (manual tokens); false when the URL is not http(s) or no browser opened it.
bool openTksCalculator(const Customs::Input &input)
{
    const QUrl url = Customs::tksCalculatorUrl(input);
    if (!url.isValid() || !(url.scheme() == u"https" || url.scheme() == u"http"))
        return false;
    return QDesktopServices::openUrl(url);
}

} // namespace

CustomsDialog::CustomsDialog(CostService *costs, Settings *settings, Services::CrossCheckService *crossChecks,
                             QWidget *parent)
    : QDialog(parent),
      m_costs(costs),
      m_settings(settings),
      m_session(crossChecks ? new Services::CrossCheckSession(crossChecks, this) : nullptr),
      m_form(new CustomsInputForm(this))
{
    setObjectName(QStringLiteral("customsDialog"));
    setWindowTitle(tr("Customs calculator"));
    const CustomsDefaults defaults = settings ? settings->customs() : CustomsDefaults();
    m_results = new CustomsResultsView(crossChecks, defaults.onlineCrossCheck, this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_form);
    top->addWidget(m_results, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    m_form->applyDefaults(defaults);
    connect(m_form, &CustomsInputForm::changed, this, &CustomsDialog::recompute);
    connect(m_results, &CustomsResultsView::openTksRequested, this, [this] {
        if (!openTksCalculator(input()))
            m_results->showTksNote(tr("The browser could not be opened for tks.ru."));
    });
    connectCrossChecks();

    m_form->showServiceRates(m_costs ? m_costs->rates() : std::nullopt);
    recompute();
    resize(m_results->hasOnlineColumn() ? 1240 : 1000, 640);
}

CustomsDialog::~CustomsDialog()
{
    delete m_session;   // cancels what is in flight and stops the token pool before the widgets go
}

void CustomsDialog::connectCrossChecks()
{
    if (!m_session)
        return;
    connect(m_results, &CustomsResultsView::crossCheckToggled, this, [this](bool on) {
        m_session->setEnabled(on);   // the tks.ru token pool runs only while this is on
        askOnline();
    });
    m_session->setEnabled(m_results->crossCheckOn());
    connect(m_session, &Services::CrossCheckSession::calcusAsked, m_results, &CustomsResultsView::showCalcusAsked);
    connect(m_session, &Services::CrossCheckSession::calcusAnswered, this,
            [this](const Customs::Result &online) { m_results->showCalcus(online, m_result); });
    connect(m_session, &Services::CrossCheckSession::tksAsked, m_results, &CustomsResultsView::showTksAsked);
    connect(m_session, &Services::CrossCheckSession::tksAnswered, m_results, &CustomsResultsView::showTks);
}

QTreeWidget *CustomsDialog::breakdownTree() const
{
    return m_results->breakdownTree();
}

QTreeWidget *CustomsDialog::crossCheckTree() const
{
    return m_results->crossCheckTree();
}

QTreeWidget *CustomsDialog::tksTree() const
{
    return m_results->tksTree();
}

QLabel *CustomsDialog::tksNote() const
{
    return m_results->tksNote();
}

QLabel *CustomsDialog::summaryLabel() const
{
    return m_results->summaryLabel();
}

void CustomsDialog::setRate(const QString &code, int nominal, const QString &rub)
{
    m_form->setRate(code, nominal, rub);
    recompute();
}

Customs::RateTable CustomsDialog::rateTable() const
{
    return m_form->rateTable(m_costs ? m_costs->rates() : std::nullopt);
}

void CustomsDialog::prefill(const Listing &listing)
{
    const Services::CostContext context = m_costs ? m_costs->context()
                                                  : CostService::contextFrom(m_settings ? m_settings->customs() : CustomsDefaults(),
                                                                             QDate::currentDate());
    setInput(Services::costInputFor(listing, context).input);
    setWindowTitle(tr("Customs calculator: %1").arg(listing.title));
}

void CustomsDialog::setInput(const Customs::Input &in)
{
    m_form->setInput(in);
    recompute();
}

Customs::Input CustomsDialog::input() const
{
    return m_form->input();
}

Customs::Timing CustomsDialog::timingOf(const Customs::Input &in, const Customs::RateTable &rates) const
{
    Customs::Timing timing = Customs::timingFor(Customs::Engine::builtin(), in, rates);
    Customs::ExportFacts facts;
    facts.price = in.price;
    facts.currency = in.currency;
    facts.engineCc = in.engineCc;
    facts.declarationDate = in.declarationDate;
    timing.exportWarnings = Customs::ExportRules::builtin().evaluate(facts, rates);
    return timing;
}

void CustomsDialog::recompute()
{
    const Customs::Input in = input();
    const Customs::RateTable rates = rateTable();
    if (!in.produced.isValid()) {
        m_result = {};
        m_result.error = tr("enter the production date as YYYY-MM or YYYY-MM-DD");
    } else {
        m_result = Customs::Engine::builtin().estimate(in, rates);
    }
    m_timing = m_result.ok ? timingOf(in, rates) : Customs::Timing();
    m_results->showOffline(m_result, m_timing, in, rates);
    emit computed();
    askOnline();
}

// Every edit asks; the session waits for the input to settle and cancels the previous question.
void CustomsDialog::askOnline()
{
    if (!m_session)
        return;
    if (!m_results->crossCheckOn()) {
        m_session->cancel();
        return;
    }
    if (!m_result.ok) {
        m_session->cancel();
        m_results->showInputsInvalid();
        return;
    }
    m_session->ask(input(), m_result);
}

} // namespace CarScout::Ui
