#include "ui/customsdialog.h"

#include "ui/costservice.h"
#include "ui/customsbreakdown.h"
#include "ui/settings.h"

#include "core/customs/tks.h"
#include "core/services/crosscheckservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace CarScout::Ui {

namespace {
using TksMode = Services::CrossCheckService::TksMode;

// The prefilled tks.ru page (manual tokens); false when the URL is not http(s) or no browser opened it.
bool openTksCalculator(const Customs::Input &input)
{
    const QUrl url = Customs::tksCalculatorUrl(input);
    if (!url.isValid() || !(url.scheme() == u"https" || url.scheme() == u"http"))
        return false;
    return QDesktopServices::openUrl(url);
}

enum RateColumn { CodeCol, NominalCol, RubCol };
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
} // namespace

CustomsDialog::CustomsDialog(CostService *costs, Settings *settings, Services::CrossCheckService *crossChecks,
                             QWidget *parent)
    : QDialog(parent),
      m_costs(costs),
      m_settings(settings),
      m_session(crossChecks ? new Services::CrossCheckSession(crossChecks, this) : nullptr),
      m_importer(new QComboBox(this)),
      m_vehicle(new QComboBox(this)),
      m_powertrain(new QComboBox(this)),
      m_engineCc(new QSpinBox(this)),
      m_power(new QDoubleSpinBox(this)),
      m_powerUnit(new QComboBox(this)),
      m_motorPower(new QDoubleSpinBox(this)),
      m_iceDominant(new QCheckBox(tr("Combustion engine is the main power source"), this)),
      m_offroad(new QCheckBox(tr("Off-road vehicle (ETT note 6)"), this)),
      m_produced(new QLineEdit(this)),
      m_declared(new QDateEdit(this)),
      m_price(new QLineEdit(this)),
      m_currency(new QComboBox(this)),
      m_costsToBorder(new QLineEdit(this)),
      m_costsCurrency(new QComboBox(this)),
      m_rates(new QTableWidget(0, 3, this)),
      m_ratesNote(new QLabel(this)),
      m_breakdown(makeBreakdownTree(this, QStringLiteral("breakdown"))),
      m_summary(new QLabel(this)),
      m_crossEnabled(new QCheckBox(tr("Cross-check online"), this)),
      m_crossTree(makeBreakdownTree(this, QStringLiteral("crossCheck"))),
      m_crossNote(new QLabel(this)),
      m_tksTitle(new QLabel(tr("tks.ru"), this)),
      m_tksTree(new QTreeWidget(this)),
      m_tksNote(new QLabel(this)),
      m_tksOpen(new QPushButton(tr("Open the tks.ru calculator in the browser"), this))
{
    setObjectName(QStringLiteral("customsDialog"));
    setWindowTitle(tr("Customs calculator"));

    m_importer->setObjectName(QStringLiteral("importer"));
    m_importer->addItem(tr("Individual, personal use"), int(Customs::Importer::Individual));
    m_importer->addItem(tr("Company (or resale)"), int(Customs::Importer::Company));
    m_vehicle->setObjectName(QStringLiteral("vehicle"));
    m_vehicle->addItem(tr("Car"), int(Customs::VehicleKind::Car));
    m_vehicle->addItem(tr("Motorcycle"), int(Customs::VehicleKind::Motorcycle));
    m_powertrain->setObjectName(QStringLiteral("powertrain"));
    m_powertrain->addItem(tr("Petrol"), int(Customs::Powertrain::Petrol));
    m_powertrain->addItem(tr("Diesel"), int(Customs::Powertrain::Diesel));
    m_powertrain->addItem(tr("Hybrid (petrol)"), int(Customs::Powertrain::HybridPetrol));
    m_powertrain->addItem(tr("Hybrid (diesel)"), int(Customs::Powertrain::HybridDiesel));
    m_powertrain->addItem(tr("Range extender (sequential hybrid)"), int(Customs::Powertrain::HybridSequential));
    m_powertrain->addItem(tr("Electric"), int(Customs::Powertrain::Electric));
    m_engineCc->setObjectName(QStringLiteral("engineCc"));
    m_engineCc->setRange(0, 20000);
    m_engineCc->setSuffix(tr(" cm³"));
    m_engineCc->setSpecialValueText(tr("unknown / none"));
    m_power->setObjectName(QStringLiteral("power"));
    m_power->setRange(0, 10000);
    m_power->setDecimals(1);
    m_power->setSpecialValueText(tr("unknown"));
    m_powerUnit->setObjectName(QStringLiteral("powerUnit"));
    m_powerUnit->addItem(tr("hp"), int(Customs::PowerUnit::Hp));
    m_powerUnit->addItem(tr("kW"), int(Customs::PowerUnit::Kw));
    m_motorPower->setObjectName(QStringLiteral("motorPower"));
    m_motorPower->setRange(0, 10000);
    m_motorPower->setDecimals(1);
    m_motorPower->setSuffix(tr(" kW"));
    m_motorPower->setSpecialValueText(tr("unknown"));
    m_iceDominant->setChecked(true);
    m_produced->setObjectName(QStringLiteral("produced"));
    m_produced->setPlaceholderText(tr("YYYY-MM or YYYY-MM-DD"));
    m_declared->setObjectName(QStringLiteral("declared"));
    m_declared->setCalendarPopup(true);
    m_declared->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_declared->setDate(QDate::currentDate());
    const auto moneyValidator = QRegularExpression(QStringLiteral("[0-9]{0,14}([.,][0-9]{0,2})?"));
    m_price->setObjectName(QStringLiteral("price"));
    m_price->setValidator(new QRegularExpressionValidator(moneyValidator, m_price));
    m_costsToBorder->setObjectName(QStringLiteral("costsToBorder"));
    m_costsToBorder->setValidator(new QRegularExpressionValidator(moneyValidator, m_costsToBorder));
    for (QComboBox *box : {m_currency, m_costsCurrency}) {
        box->setEditable(true);
        for (const char *code : {"KRW", "CNY", "USD", "EUR", "JPY", "RUB"})
            box->addItem(QString::fromLatin1(code));
    }
    m_currency->setObjectName(QStringLiteral("currency"));
    m_costsCurrency->setObjectName(QStringLiteral("costsCurrency"));
    m_costsCurrency->setCurrentText(QStringLiteral("RUB"));

    m_rates->setObjectName(QStringLiteral("rates"));
    m_rates->setHorizontalHeaderLabels({tr("Currency"), tr("Units"), tr("RUB")});
    m_rates->horizontalHeader()->setStretchLastSection(true);
    m_rates->verticalHeader()->hide();
    m_rates->setMaximumHeight(150);
    m_ratesNote->setObjectName(QStringLiteral("ratesNote"));
    m_ratesNote->setTextFormat(Qt::PlainText);
    m_ratesNote->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_crossNote->setTextFormat(Qt::PlainText);
    m_crossNote->setWordWrap(true);
    m_crossEnabled->setObjectName(QStringLiteral("crossEnabled"));
    m_tksTree->setObjectName(QStringLiteral("tksComparison"));
    m_tksTree->setHeaderLabels({tr("Payment"), tr("CarScout"), tr("tks.ru"), tr("Difference")});
    m_tksTree->setRootIsDecorated(false);
    m_tksNote->setObjectName(QStringLiteral("tksNote"));
    m_tksNote->setTextFormat(Qt::PlainText);
    m_tksNote->setWordWrap(true);
    m_tksOpen->setObjectName(QStringLiteral("tksOpen"));
    m_tksOpen->setToolTip(tr("Opens tks.ru with these inputs; you may have to press the calculate button and "
                             "solve the CAPTCHA there."));

    auto *powerRow = new QHBoxLayout;
    powerRow->addWidget(m_power, 1);
    powerRow->addWidget(m_powerUnit);
    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(m_price, 1);
    priceRow->addWidget(m_currency);
    auto *costsRow = new QHBoxLayout;
    costsRow->addWidget(m_costsToBorder, 1);
    costsRow->addWidget(m_costsCurrency);

    auto *form = new QFormLayout;
    form->addRow(tr("Importer:"), m_importer);
    form->addRow(tr("Vehicle:"), m_vehicle);
    form->addRow(tr("Engine:"), m_powertrain);
    form->addRow(tr("Displacement:"), m_engineCc);
    form->addRow(tr("Power:"), powerRow);
    form->addRow(tr("E-motor 30-min power:"), m_motorPower);
    form->addRow(QString(), m_iceDominant);
    form->addRow(QString(), m_offroad);
    form->addRow(tr("Produced:"), m_produced);
    form->addRow(tr("Declaration date:"), m_declared);
    form->addRow(tr("Price:"), priceRow);
    form->addRow(tr("Costs to the border:"), costsRow);
    auto *inputs = new QGroupBox(tr("Inputs"), this);
    auto *inputsLayout = new QVBoxLayout(inputs);
    inputsLayout->addLayout(form);
    inputsLayout->addWidget(new QLabel(tr("Exchange rates (RUB for the given units):"), inputs));
    inputsLayout->addWidget(m_rates);
    inputsLayout->addWidget(m_ratesNote);

    auto *offline = new QGroupBox(tr("CarScout (offline rules)"), this);
    auto *offlineLayout = new QVBoxLayout(offline);
    offlineLayout->addWidget(m_breakdown, 1);
    offlineLayout->addWidget(m_summary);
    auto *online = new QGroupBox(tr("Online cross-check"), this);
    auto *onlineLayout = new QVBoxLayout(online);
    onlineLayout->addWidget(m_crossEnabled);
    onlineLayout->addWidget(m_crossTree, 1);
    onlineLayout->addWidget(m_crossNote);
    onlineLayout->addWidget(m_tksTitle);
    onlineLayout->addWidget(m_tksTree, 1);
    onlineLayout->addWidget(m_tksNote);
    onlineLayout->addWidget(m_tksOpen);

    const bool tksShown = m_session != nullptr;
    const bool anyOnline = m_session && m_session->service()->anyOnline();
    if (!calcusShown()) {
        m_crossTree->hide();
        m_crossNote->hide();
    }
    m_tksTitle->setVisible(tksShown);
    m_tksTree->setVisible(tksRuns());
    m_tksNote->setVisible(tksShown);
    m_tksOpen->setVisible(tksShown && m_session->service()->tksMode() == TksMode::Manual);
    if (tksShown) {
        switch (m_session->service()->tksMode()) {
        case TksMode::Unavailable: m_tksNote->setText(m_session->service()->tksUnavailableReason()); break;
        case TksMode::Manual:
            m_tksNote->setText(tr("CAPTCHA tokens are entered by hand: open tks.ru with these inputs and compare there."));
            break;
        case TksMode::Solver:
            m_tksNote->setText(tr("Switch on the online cross-check to compare with tks.ru (uses the CAPTCHA solver service)."));
            break;
        }
    }
    connect(m_tksOpen, &QPushButton::clicked, this, [this] {
        if (!openTksCalculator(input()))
            m_tksNote->setText(tr("The browser could not be opened for tks.ru."));
    });

    if (!calcusShown() && !tksShown) {
        // Nothing to compare with: give the breakdown the room and say why there is no second column.
        online->hide();
        offlineLayout->addWidget(m_crossNote);
    }
    auto *results = new QSplitter(Qt::Horizontal, this);
    results->addWidget(offline);
    results->addWidget(online);
    results->setStretchFactor(0, 3);
    results->setStretchFactor(1, 2);

    auto *top = new QHBoxLayout;
    top->addWidget(inputs);
    top->addWidget(results, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    const CustomsDefaults defaults = settings ? settings->customs() : CustomsDefaults();
    m_importer->setCurrentIndex(defaults.importer == ImporterType::Company ? 1 : 0);
    m_declared->setDate(defaults.effectiveDeclarationDate(QDate::currentDate()));
    if (defaults.costsToBorder > 0)
        m_costsToBorder->setText(QString::number(defaults.costsToBorder));
    m_costsCurrency->setCurrentText(defaults.costsCurrency);
    m_crossEnabled->setChecked(defaults.onlineCrossCheck && anyOnline);
    m_crossEnabled->setEnabled(anyOnline);
    m_crossNote->setText(anyOnline ? QString()
                                   : tr("No online calculator is available in this build; the offline rules are shown."));

    for (QComboBox *box : {m_importer, m_vehicle, m_powertrain, m_powerUnit})
        connect(box, &QComboBox::currentIndexChanged, this, &CustomsDialog::recompute);
    for (QComboBox *box : {m_currency, m_costsCurrency})
        connect(box, &QComboBox::currentTextChanged, this, [this] {
            ensureRateRows();
            recompute();
        });
    connect(m_engineCc, &QSpinBox::valueChanged, this, &CustomsDialog::recompute);
    connect(m_power, &QDoubleSpinBox::valueChanged, this, &CustomsDialog::recompute);
    connect(m_motorPower, &QDoubleSpinBox::valueChanged, this, &CustomsDialog::recompute);
    connect(m_iceDominant, &QCheckBox::toggled, this, &CustomsDialog::recompute);
    connect(m_offroad, &QCheckBox::toggled, this, &CustomsDialog::recompute);
    connect(m_produced, &QLineEdit::textChanged, this, &CustomsDialog::recompute);
    connect(m_declared, &QDateEdit::dateChanged, this, &CustomsDialog::recompute);
    connect(m_price, &QLineEdit::textChanged, this, &CustomsDialog::recompute);
    connect(m_costsToBorder, &QLineEdit::textChanged, this, &CustomsDialog::recompute);
    connect(m_rates, &QTableWidget::itemChanged, this, &CustomsDialog::recompute);
    if (m_session) {
        connect(m_crossEnabled, &QCheckBox::toggled, this, [this](bool on) {
            m_session->setEnabled(on);   // the tks.ru token pool runs only while this is on
            askOnline();
        });
        m_session->setEnabled(m_crossEnabled->isChecked());
        connect(m_session, &Services::CrossCheckSession::calcusAsked, this, [this] {
            m_crossTree->clear();
            m_crossNote->setText(tr("Asking the online calculator…"));
        });
        connect(m_session, &Services::CrossCheckSession::calcusAnswered, this, &CustomsDialog::showCalcus);
        connect(m_session, &Services::CrossCheckSession::tksAsked, this, [this] {
            m_tksTree->clear();
            m_tksNote->setText(tr("Asking tks.ru (waiting for a CAPTCHA token)…"));
        });
        connect(m_session, &Services::CrossCheckSession::tksAnswered, this, &CustomsDialog::showTks);
    }

    fillRatesFromService();
    updateEnabled();
    recompute();
    resize(calcusShown() || tksShown ? 1240 : 1000, 640);
}

CustomsDialog::~CustomsDialog()
{
    delete m_session;   // cancels what is in flight and stops the token pool before the widgets go
}

bool CustomsDialog::calcusShown() const
{
    return m_session && m_session->service()->calcusAvailable();
}

bool CustomsDialog::tksRuns() const
{
    return m_session && m_session->service()->tksMode() == TksMode::Solver;
}

void CustomsDialog::fillRatesFromService()
{
    const QSignalBlocker block(m_rates);
    m_rates->setRowCount(0);
    if (m_costs && m_costs->rates()) {
        const Customs::RateTable &table = *m_costs->rates();
        for (const QString &code : table.codes()) {
            const Customs::CurrencyRate &rate = table.rates.value(code);
            const int row = m_rates->rowCount();
            m_rates->insertRow(row);
            m_rates->setItem(row, CodeCol, new QTableWidgetItem(code));
            m_rates->setItem(row, NominalCol, new QTableWidgetItem(QString::number(rate.nominal)));
            m_rates->setItem(row, RubCol, new QTableWidgetItem(rate.value.toString(6)));
        }
        m_ratesNote->setText(tr("CBR rates of %1 (%2); edit a rate to override it.")
                                 .arg(QLocale().toString(table.date, QLocale::ShortFormat), rateOriginKey(table.origin)));
    } else {
        m_ratesNote->setText(tr("CBR rates are not loaded: enter the rates you want to use."));
    }
    ensureRateRows();
}

void CustomsDialog::ensureRateRows()
{
    const QSignalBlocker block(m_rates);
    QStringList needed = {QStringLiteral("EUR"), m_currency->currentText().trimmed().toUpper(),
                          m_costsCurrency->currentText().trimmed().toUpper()};
    for (const QString &code : needed) {
        if (code.size() != 3 || code == u"RUB")
            continue;
        bool present = false;
        for (int row = 0; row < m_rates->rowCount(); ++row)
            present = present || m_rates->item(row, CodeCol)->text() == code;
        if (present)
            continue;
        const int row = m_rates->rowCount();
        m_rates->insertRow(row);
        m_rates->setItem(row, CodeCol, new QTableWidgetItem(code));
        m_rates->setItem(row, NominalCol, new QTableWidgetItem(code == u"KRW" || code == u"JPY" ? u"1000"_qs : u"1"_qs));
        m_rates->setItem(row, RubCol, new QTableWidgetItem(QString()));
    }
}

void CustomsDialog::setRate(const QString &code, int nominal, const QString &rub)
{
    {
        const QSignalBlocker block(m_rates);
        int found = -1;
        for (int row = 0; row < m_rates->rowCount(); ++row) {
            if (m_rates->item(row, CodeCol)->text() == code)
                found = row;
        }
        if (found < 0) {
            found = m_rates->rowCount();
            m_rates->insertRow(found);
            m_rates->setItem(found, CodeCol, new QTableWidgetItem(code));
            m_rates->setItem(found, NominalCol, new QTableWidgetItem());
            m_rates->setItem(found, RubCol, new QTableWidgetItem());
        }
        m_rates->item(found, NominalCol)->setText(QString::number(nominal));
        m_rates->item(found, RubCol)->setText(rub);
    }
    recompute();
}

Customs::RateTable CustomsDialog::rateTable() const
{
    Customs::RateTable table;
    const Customs::RateTable *service = (m_costs && m_costs->rates()) ? &*m_costs->rates() : nullptr;
    if (service) {
        table.date = service->date;
        table.requestedDate = service->requestedDate;
        table.origin = service->origin;
        table.note = service->note;
    } else {
        table.date = table.requestedDate = m_declared->date();
        table.origin = Customs::RateOrigin::Manual;
    }
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        const QString code = m_rates->item(row, CodeCol)->text().trimmed().toUpper();
        const int nominal = qMax(1, m_rates->item(row, NominalCol)->text().toInt());
        const auto value = Customs::Rational::parse(m_rates->item(row, RubCol)->text().trimmed());
        if (code.size() != 3 || !value || value->isZero() || value->isNegative())
            continue;
        Customs::CurrencyRate rate;
        if (service && service->rates.contains(code))
            rate = service->rates.value(code);
        const bool changed = !(rate.value == *value && rate.nominal == nominal);
        rate.code = code;
        rate.nominal = nominal;
        rate.value = *value;
        rate.perUnit = *value / Customs::Rational(nominal);
        rate.manual = rate.manual || changed;
        table.rates.insert(code, rate);
    }
    return table;
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
    m_loading = true;
    m_importer->setCurrentIndex(m_importer->findData(int(in.importer)));
    m_vehicle->setCurrentIndex(m_vehicle->findData(int(in.vehicle)));
    m_powertrain->setCurrentIndex(m_powertrain->findData(int(in.powertrain)));
    m_engineCc->setValue(in.engineCc);
    if (in.power) {
        m_power->setValue(in.power->value.toDouble());
        m_powerUnit->setCurrentIndex(m_powerUnit->findData(int(in.power->unit)));
    } else {
        m_power->setValue(0);
    }
    m_motorPower->setValue(in.electricMotorPower ? in.electricMotorPower->value.toDouble() : 0.0);
    m_iceDominant->setChecked(in.iceDominant);
    m_offroad->setChecked(in.offroad);
    m_produced->setText(in.produced.isValid() ? in.produced.toString() : QString());
    if (in.declarationDate.isValid())
        m_declared->setDate(in.declarationDate);
    m_price->setText(in.price.isZero() ? QString() : in.price.toString(2));
    m_currency->setCurrentText(in.currency);
    m_costsToBorder->setText(in.costsToBorder.isZero() ? QString() : in.costsToBorder.toString(2));
    m_costsCurrency->setCurrentText(in.costsCurrency.isEmpty() ? in.currency : in.costsCurrency);
    m_loading = false;
    ensureRateRows();
    updateEnabled();
    recompute();
}

Customs::Input CustomsDialog::input() const
{
    Customs::Input in;
    in.importer = Customs::Importer(m_importer->currentData().toInt());
    in.vehicle = Customs::VehicleKind(m_vehicle->currentData().toInt());
    in.powertrain = Customs::Powertrain(m_powertrain->currentData().toInt());
    in.engineCc = m_engineCc->value();
    const auto unit = Customs::PowerUnit(m_powerUnit->currentData().toInt());
    auto exact = [](double v) { return Customs::Rational::parse(QString::number(v, 'f', 1)).value_or(Customs::Rational()); };
    if (m_power->value() > 0)
        in.power = Customs::Power{exact(m_power->value()), unit};
    if (m_motorPower->value() > 0)
        in.electricMotorPower = Customs::Power::kw(exact(m_motorPower->value()));
    in.iceDominant = m_iceDominant->isChecked();
    in.offroad = m_offroad->isChecked();
    if (const auto produced = Customs::ProductionDate::parse(m_produced->text().trimmed()))
        in.produced = *produced;
    in.declarationDate = m_declared->date();
    in.price = Customs::Rational::parse(m_price->text().trimmed()).value_or(Customs::Rational());
    in.currency = m_currency->currentText().trimmed().toUpper();
    in.costsToBorder = Customs::Rational::parse(m_costsToBorder->text().trimmed()).value_or(Customs::Rational());
    in.costsCurrency = m_costsCurrency->currentText().trimmed().toUpper();
    return in;
}

void CustomsDialog::updateEnabled()
{
    const auto p = Customs::Powertrain(m_powertrain->currentData().toInt());
    const bool hybrid = p == Customs::Powertrain::HybridPetrol || p == Customs::Powertrain::HybridDiesel;
    m_motorPower->setEnabled(hybrid);
    m_iceDominant->setEnabled(hybrid);
}

void CustomsDialog::recompute()
{
    if (m_loading)
        return;
    updateEnabled();
    const Customs::Input in = input();
    if (!in.produced.isValid()) {
        m_result = {};
        m_result.error = tr("enter the production date as YYYY-MM or YYYY-MM-DD");
    } else {
        m_result = Customs::Engine::builtin().estimate(in, rateTable());
    }
    fillBreakdown(m_breakdown, m_result);
    if (m_result.ok && m_result.total.computable()) {
        QString text = tr("Total payments %1").arg(formatRoubles(*m_result.total.kopecks));
        const auto table = rateTable();
        if (const auto rate = table.rubPerUnit(in.currency); rate && !in.price.isZero()) {
            const qint64 price = (in.price * *rate).toKopecks();
            text += u" · " + tr("with the price %1").arg(formatRoubles(price + *m_result.total.kopecks));
        }
        m_summary->setText(text);
    } else {
        m_summary->setText(m_result.ok ? formatAmount(m_result.total) : m_result.error);
    }
    emit computed();
    askOnline();
}

// Every edit asks; the session waits for the input to settle and cancels the previous question.
void CustomsDialog::askOnline()
{
    if (!m_session || m_loading || !m_crossEnabled->isChecked()) {
        if (m_session)
            m_session->cancel();
        return;
    }
    if (!m_result.ok) {
        m_session->cancel();
        m_crossTree->clear();
        m_tksTree->clear();
        if (calcusShown())
            m_crossNote->setText(tr("Fix the inputs first."));
        if (tksRuns())
            m_tksNote->setText(tr("Fix the inputs first."));
        return;
    }
    m_session->ask(input(), m_result);
}

void CustomsDialog::showCalcus(const Customs::Result &result)
{
    const QString origin = QStringLiteral("calcus.ru");
    fillBreakdown(m_crossTree, result);
    if (!result.ok)
        m_crossNote->setText(tr("%1: %2").arg(origin, result.error));
    else if (result.total.computable() && m_result.total.computable()) {
        const qint64 diff = *result.total.kopecks - *m_result.total.kopecks;
        m_crossNote->setText(diff == 0 ? tr("%1 agrees to the kopeck.").arg(origin)
                                       : tr("%1 differs by %2.").arg(origin, formatRoubles(diff)));
    } else {
        m_crossNote->setText(origin);
    }
}

void CustomsDialog::showTks(const Customs::CrossCheckReply &reply)
{
    if (!reply.comparison) {
        m_tksNote->setText(tr("tks.ru: %1").arg(reply.error));
        return;
    }
    fillComparison(m_tksTree, *reply.comparison);
    int differing = 0;
    for (const Customs::ComparisonLine &line : reply.comparison->lines)
        differing += line.matches ? 0 : 1;
    m_tksNote->setText(reply.comparison->allMatch ? tr("tks.ru agrees on every line (to the kopeck, ±1 for rounding).")
                                                  : tr("tks.ru differs on %n line(s).", nullptr, differing));
}

} // namespace CarScout::Ui
