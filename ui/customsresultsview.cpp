#include "ui/customsresultsview.h"

#include "ui/customsbreakdown.h"
#include "ui/customsdialog.h"

#include "core/customs/crosscheck.h"
#include "core/services/crosscheckservice.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace CarScout::Ui {

namespace {
using TksMode = Services::CrossCheckService::TksMode;

enum ComparisonColumn { LabelCol, OfflineCol, OnlineCol, DifferenceCol };

QString comparisonLabel(const QString &key, const QString &fallback)
{
    if (key == u"clearance_fee_rub")
        return CustomsDialog::tr("Clearance fee");
    if (key == u"duty_rub")
        return CustomsDialog::tr("Import duty / ETS");
    if (key == u"excise_rub")
        return CustomsDialog::tr("Excise");
    if (key == u"vat_rub")
        return CustomsDialog::tr("VAT");
    if (key == u"utilization_fee_rub")
        return CustomsDialog::tr("Utilization fee");
    if (key == u"total_without_utilization_rub")
        return CustomsDialog::tr("Total without utilization fee");
    if (key == u"total_rub")
        return CustomsDialog::tr("Total");
    return fallback;
}

void fillComparison(QTreeWidget *tree, const Customs::Comparison &comparison)
{
    tree->clear();
    for (const Customs::ComparisonLine &line : comparison.lines) {
        auto *item = new QTreeWidgetItem(tree);
        item->setText(LabelCol, comparisonLabel(line.key, line.label));
        item->setText(OfflineCol, line.offline ? formatRoubles(*line.offline) : CustomsDialog::tr("not computable"));
        item->setText(OnlineCol, line.online ? formatRoubles(*line.online) : QString());
        if (!line.difference)
            item->setText(DifferenceCol, QString());
        else if (line.matches)
            item->setText(DifferenceCol, *line.difference == 0 ? CustomsDialog::tr("equal")
                                                               : CustomsDialog::tr("%1 (rounding)").arg(formatRoubles(*line.difference)));
        else
            item->setText(DifferenceCol, formatRoubles(*line.difference));
        for (int col : {OfflineCol, OnlineCol, DifferenceCol})
            item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
        if (!line.matches)
            item->setForeground(DifferenceCol, QColor(Qt::red));
    }
    tree->resizeColumnToContents(LabelCol);
}

QTreeWidget *makeBreakdownTree(QWidget *parent, const QString &name)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setHeaderLabels({CustomsDialog::tr("Payment"), CustomsDialog::tr("Amount"), CustomsDialog::tr("Rate / basis")});
    tree->setRootIsDecorated(false);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QLabel *noteLabel(QWidget *parent, const QString &name = {})
{
    auto *label = new QLabel(parent);
    if (!name.isEmpty())
        label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// The summary under the offline breakdown: the total, with the price, and what waiting for the next age band
// or a rule change would do.
QString summaryText(const Customs::Result &result, const Customs::Timing &timing, const Customs::Input &in,
                    const Customs::RateTable &rates)
{
    if (!result.ok || !result.total.computable())
        return result.ok ? formatAmount(result.total) : result.error;
    QString text = CustomsDialog::tr("Total payments %1").arg(formatRoubles(*result.total.kopecks));
    if (const auto rate = rates.rubPerUnit(in.currency); rate && !in.price.isZero()) {
        const qint64 price = (in.price * *rate).toKopecks();
        text += u" · " + CustomsDialog::tr("with the price %1").arg(formatRoubles(price + *result.total.kopecks));
    }
    if (timing.nextBand) {
        const auto diff = Customs::differenceKopecks(result, timing.nextBand->result);
        if (diff && *diff < 0)
            text += u"\n" + CustomsDialog::tr("From %1 (%2): %3 less").arg(timing.nextBand->date.toString(u"dd.MM.yyyy"_qs),
                                                                        ageBandName(timing.nextBand->ageBand), formatRoubles(-*diff));
    }
    if (timing.ruleChange) {
        if (const auto diff = Customs::differenceKopecks(result, timing.ruleChange->result); diff && *diff != 0)
            text += u"\n" + CustomsDialog::tr("From %1 (new rules): %2").arg(timing.ruleChange->date.toString(u"dd.MM.yyyy"_qs),
                                                                          formatDifference(*diff));
    }
    return text;
}

} // namespace

CustomsResultsView::CustomsResultsView(const Services::CrossCheckService *service, bool crossCheckOn, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent),
      m_service(service),
      m_breakdown(makeBreakdownTree(this, QStringLiteral("breakdown"))),
      m_summary(noteLabel(this, QStringLiteral("summary"))),
      m_crossEnabled(new QCheckBox(CustomsDialog::tr("Cross-check online"), this)),
      m_crossTree(makeBreakdownTree(this, QStringLiteral("crossCheck"))),
      m_crossNote(noteLabel(this)),
      m_tksTitle(new QLabel(CustomsDialog::tr("tks.ru"), this)),
      m_tksTree(new QTreeWidget(this)),
      m_tksNote(noteLabel(this, QStringLiteral("tksNote"))),
      m_tksOpen(new QPushButton(CustomsDialog::tr("Open the tks.ru calculator in the browser"), this))
{
    m_crossEnabled->setObjectName(QStringLiteral("crossEnabled"));
    m_tksTree->setObjectName(QStringLiteral("tksComparison"));
    m_tksTree->setHeaderLabels({CustomsDialog::tr("Payment"), CustomsDialog::tr("CarScout"), CustomsDialog::tr("tks.ru"),
                                CustomsDialog::tr("Difference")});
    m_tksTree->setRootIsDecorated(false);
    m_tksOpen->setObjectName(QStringLiteral("tksOpen"));
    m_tksOpen->setToolTip(CustomsDialog::tr("Opens tks.ru with these inputs; you may have to press the calculate button and "
                                            "solve the CAPTCHA there."));
    addWidget(buildOffline());
    QGroupBox *online = buildOnline();
    addWidget(online);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    if (!hasOnlineColumn()) {
        // Nothing to compare with: give the breakdown the room and say why there is no second column.
        online->hide();
        m_offlineLayout->addWidget(m_crossNote);
    }
    showServiceState(crossCheckOn);
    connect(m_crossEnabled, &QCheckBox::toggled, this, &CustomsResultsView::crossCheckToggled);
    connect(m_tksOpen, &QPushButton::clicked, this, &CustomsResultsView::openTksRequested);
}

QGroupBox *CustomsResultsView::buildOffline()
{
    auto *offline = new QGroupBox(CustomsDialog::tr("CarScout (offline rules)"), this);
    m_offlineLayout = new QVBoxLayout(offline);
    m_offlineLayout->addWidget(m_breakdown, 1);
    m_offlineLayout->addWidget(m_summary);
    return offline;
}

QGroupBox *CustomsResultsView::buildOnline()
{
    auto *online = new QGroupBox(CustomsDialog::tr("Online cross-check"), this);
    auto *layout = new QVBoxLayout(online);
    layout->addWidget(m_crossEnabled);
    layout->addWidget(m_crossTree, 1);
    layout->addWidget(m_crossNote);
    layout->addWidget(m_tksTitle);
    layout->addWidget(m_tksTree, 1);
    layout->addWidget(m_tksNote);
    layout->addWidget(m_tksOpen);
    return online;
}

// Which online parts are there, and what the notes say before anything is asked.
void CustomsResultsView::showServiceState(bool crossCheckOn)
{
    const bool tksShown = m_service != nullptr;
    const bool anyOnline = m_service && m_service->anyOnline();
    if (!calcusShown()) {
        m_crossTree->hide();
        m_crossNote->hide();
    }
    m_tksTitle->setVisible(tksShown);
    m_tksTree->setVisible(tksRuns());
    m_tksNote->setVisible(tksShown);
    m_tksOpen->setVisible(tksShown && m_service->tksMode() == TksMode::Manual);
    if (tksShown) {
        switch (m_service->tksMode()) {
        case TksMode::Unavailable: m_tksNote->setText(m_service->tksUnavailableReason()); break;
        case TksMode::Manual:
            m_tksNote->setText(CustomsDialog::tr("CAPTCHA tokens are entered by hand: open tks.ru with these inputs and compare there."));
            break;
        case TksMode::Solver:
            m_tksNote->setText(CustomsDialog::tr("Switch on the online cross-check to compare with tks.ru (uses the CAPTCHA solver service)."));
            break;
        }
    }
    m_crossEnabled->setChecked(crossCheckOn && anyOnline);
    m_crossEnabled->setEnabled(anyOnline);
    m_crossNote->setText(anyOnline ? QString()
                                   : CustomsDialog::tr("No online calculator is available in this build; the offline rules are shown."));
}

bool CustomsResultsView::hasOnlineColumn() const
{
    return m_service != nullptr;   // tks.ru is always shown with a service (its mode or why it is unavailable)
}

bool CustomsResultsView::calcusShown() const
{
    return m_service && m_service->calcusAvailable();
}

bool CustomsResultsView::tksRuns() const
{
    return m_service && m_service->tksMode() == TksMode::Solver;
}

bool CustomsResultsView::crossCheckOn() const
{
    return m_crossEnabled->isChecked();
}

void CustomsResultsView::showOffline(const Customs::Result &result, const Customs::Timing &timing,
                                     const Customs::Input &input, const Customs::RateTable &rates)
{
    fillBreakdown(m_breakdown, result, QLocale(), &timing);
    m_summary->setText(summaryText(result, timing, input, rates));
}

void CustomsResultsView::showCalcusAsked()
{
    m_crossTree->clear();
    m_crossNote->setText(CustomsDialog::tr("Asking the online calculator…"));
}

void CustomsResultsView::showCalcus(const Customs::Result &online, const Customs::Result &offline)
{
    const QString origin = QStringLiteral("calcus.ru");
    fillBreakdown(m_crossTree, online);
    if (!online.ok)
        m_crossNote->setText(CustomsDialog::tr("%1: %2").arg(origin, online.error));
    else if (online.total.computable() && offline.total.computable()) {
        const qint64 diff = *online.total.kopecks - *offline.total.kopecks;
        m_crossNote->setText(diff == 0 ? CustomsDialog::tr("%1 agrees to the kopeck.").arg(origin)
                                       : CustomsDialog::tr("%1 differs by %2.").arg(origin, formatRoubles(diff)));
    } else {
        m_crossNote->setText(origin);
    }
}

void CustomsResultsView::showTksAsked()
{
    m_tksTree->clear();
    m_tksNote->setText(CustomsDialog::tr("Asking tks.ru (waiting for a CAPTCHA token)…"));
}

void CustomsResultsView::showTks(const Customs::CrossCheckReply &reply)
{
    if (!reply.comparison) {
        m_tksNote->setText(CustomsDialog::tr("tks.ru: %1").arg(reply.error));
        return;
    }
    fillComparison(m_tksTree, *reply.comparison);
    int differing = 0;
    for (const Customs::ComparisonLine &line : reply.comparison->lines)
        differing += line.matches ? 0 : 1;
    m_tksNote->setText(reply.comparison->allMatch ? CustomsDialog::tr("tks.ru agrees on every line (to the kopeck, ±1 for rounding).")
                                                  : CustomsDialog::tr("tks.ru differs on %n line(s).", nullptr, differing));
}

void CustomsResultsView::showInputsInvalid()
{
    m_crossTree->clear();
    m_tksTree->clear();
    if (calcusShown())
        m_crossNote->setText(CustomsDialog::tr("Fix the inputs first."));
    if (tksRuns())
        m_tksNote->setText(CustomsDialog::tr("Fix the inputs first."));
}

void CustomsResultsView::showTksNote(const QString &text)
{
    m_tksNote->setText(text);
}

} // namespace CarScout::Ui
