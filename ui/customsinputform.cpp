#include "ui/customsinputform.h"

#include "ui/customsdialog.h"
#include "ui/customsrateseditor.h"
#include "ui/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace CarScout::Ui {

namespace {

QComboBox *comboBox(QWidget *parent, const QString &name, const QList<std::pair<QString, int>> &items)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    for (const auto &[text, value] : items)
        box->addItem(text, value);
    return box;
}

QDoubleSpinBox *powerBox(QWidget *parent, const QString &name, const QString &suffix)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 10000);
    box->setDecimals(1);
    box->setSuffix(suffix);
    box->setSpecialValueText(CustomsDialog::tr("unknown"));
    return box;
}

QLineEdit *moneyEdit(QWidget *parent, const QString &name)
{
    static const QRegularExpression money(QStringLiteral("[0-9]{0,14}([.,][0-9]{0,2})?"));
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setValidator(new QRegularExpressionValidator(money, edit));
    return edit;
}

QComboBox *currencyBox(QWidget *parent, const QString &name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setEditable(true);
    for (const char *code : {"KRW", "CNY", "USD", "EUR", "JPY", "RUB"})
        box->addItem(QString::fromLatin1(code));
    return box;
}

QHBoxLayout *row(QWidget *wide, QWidget *narrow)
{
    auto *layout = new QHBoxLayout;
    layout->addWidget(wide, 1);
    layout->addWidget(narrow);
    return layout;
}

} // namespace

CustomsInputForm::CustomsInputForm(QWidget *parent)
    : QGroupBox(CustomsDialog::tr("Inputs"), parent),
      m_importer(comboBox(this, QStringLiteral("importer"),
                          {{CustomsDialog::tr("Individual, personal use"), int(Customs::Importer::Individual)},
                           {CustomsDialog::tr("Company (or resale)"), int(Customs::Importer::Company)}})),
      m_vehicle(comboBox(this, QStringLiteral("vehicle"),
                         {{CustomsDialog::tr("Car"), int(Customs::VehicleKind::Car)},
                          {CustomsDialog::tr("Motorcycle"), int(Customs::VehicleKind::Motorcycle)}})),
      m_powertrain(comboBox(this, QStringLiteral("powertrain"),
                            {{CustomsDialog::tr("Petrol"), int(Customs::Powertrain::Petrol)},
                             {CustomsDialog::tr("Diesel"), int(Customs::Powertrain::Diesel)},
                             {CustomsDialog::tr("Hybrid (petrol)"), int(Customs::Powertrain::HybridPetrol)},
                             {CustomsDialog::tr("Hybrid (diesel)"), int(Customs::Powertrain::HybridDiesel)},
                             {CustomsDialog::tr("Range extender (sequential hybrid)"), int(Customs::Powertrain::HybridSequential)},
                             {CustomsDialog::tr("Electric"), int(Customs::Powertrain::Electric)}})),
      m_engineCc(new QSpinBox(this)),
      m_power(powerBox(this, QStringLiteral("power"), QString())),
      m_powerUnit(comboBox(this, QStringLiteral("powerUnit"),
                           {{CustomsDialog::tr("hp"), int(Customs::PowerUnit::Hp)},
                            {CustomsDialog::tr("kW"), int(Customs::PowerUnit::Kw)}})),
      m_motorPower(powerBox(this, QStringLiteral("motorPower"), CustomsDialog::tr(" kW"))),
      m_iceDominant(new QCheckBox(CustomsDialog::tr("Combustion engine is the main power source"), this)),
      m_offroad(new QCheckBox(CustomsDialog::tr("Off-road vehicle (ETT note 6)"), this)),
      m_produced(new QLineEdit(this)),
      m_declared(new QDateEdit(this)),
      m_price(moneyEdit(this, QStringLiteral("price"))),
      m_currency(currencyBox(this, QStringLiteral("currency"))),
      m_costsToBorder(moneyEdit(this, QStringLiteral("costsToBorder"))),
      m_costsCurrency(currencyBox(this, QStringLiteral("costsCurrency"))),
      m_rates(new CustomsRatesEditor(this)),
      m_ratesNote(new QLabel(this))
{
    m_engineCc->setObjectName(QStringLiteral("engineCc"));
    m_engineCc->setRange(0, 20000);
    m_engineCc->setSuffix(CustomsDialog::tr(" cm³"));
    m_engineCc->setSpecialValueText(CustomsDialog::tr("unknown / none"));
    m_iceDominant->setChecked(true);
    m_produced->setObjectName(QStringLiteral("produced"));
    m_produced->setPlaceholderText(CustomsDialog::tr("YYYY-MM or YYYY-MM-DD"));
    m_declared->setObjectName(QStringLiteral("declared"));
    m_declared->setCalendarPopup(true);
    m_declared->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_declared->setDate(QDate::currentDate());
    m_costsCurrency->setCurrentText(QStringLiteral("RUB"));
    m_ratesNote->setObjectName(QStringLiteral("ratesNote"));
    m_ratesNote->setTextFormat(Qt::PlainText);
    m_ratesNote->setWordWrap(true);
    buildLayout();
    connectEdits();
    updateEnabled();
}

void CustomsInputForm::buildLayout()
{
    auto *form = new QFormLayout;
    form->addRow(CustomsDialog::tr("Importer:"), m_importer);
    form->addRow(CustomsDialog::tr("Vehicle:"), m_vehicle);
    form->addRow(CustomsDialog::tr("Engine:"), m_powertrain);
    form->addRow(CustomsDialog::tr("Displacement:"), m_engineCc);
    form->addRow(CustomsDialog::tr("Power:"), row(m_power, m_powerUnit));
    form->addRow(CustomsDialog::tr("E-motor 30-min power:"), m_motorPower);
    form->addRow(QString(), m_iceDominant);
    form->addRow(QString(), m_offroad);
    form->addRow(CustomsDialog::tr("Produced:"), m_produced);
    form->addRow(CustomsDialog::tr("Declaration date:"), m_declared);
    form->addRow(CustomsDialog::tr("Price:"), row(m_price, m_currency));
    form->addRow(CustomsDialog::tr("Costs to the border:"), row(m_costsToBorder, m_costsCurrency));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(CustomsDialog::tr("Exchange rates (RUB for the given units):"), this));
    layout->addWidget(m_rates);
    layout->addWidget(m_ratesNote);
}

void CustomsInputForm::connectEdits()
{
    auto edited = [this] {
        if (m_loading)
            return;
        updateEnabled();
        emit changed();
    };
    for (QComboBox *box : {m_importer, m_vehicle, m_powertrain, m_powerUnit})
        connect(box, &QComboBox::currentIndexChanged, this, edited);
    for (QComboBox *box : {m_currency, m_costsCurrency})
        connect(box, &QComboBox::currentTextChanged, this, [this, edited] {
            ensureRateRows();
            edited();
        });
    connect(m_engineCc, &QSpinBox::valueChanged, this, edited);
    connect(m_power, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_motorPower, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_iceDominant, &QCheckBox::toggled, this, edited);
    connect(m_offroad, &QCheckBox::toggled, this, edited);
    connect(m_produced, &QLineEdit::textChanged, this, edited);
    connect(m_declared, &QDateEdit::dateChanged, this, edited);
    connect(m_price, &QLineEdit::textChanged, this, edited);
    connect(m_costsToBorder, &QLineEdit::textChanged, this, edited);
    connect(m_rates, &QTableWidget::itemChanged, this, edited);
}

void CustomsInputForm::applyDefaults(const CustomsDefaults &defaults)
{
    m_importer->setCurrentIndex(defaults.importer == ImporterType::Company ? 1 : 0);
    m_declared->setDate(defaults.effectiveDeclarationDate(QDate::currentDate()));
    if (defaults.costsToBorder > 0)
        m_costsToBorder->setText(QString::number(defaults.costsToBorder));
    m_costsCurrency->setCurrentText(defaults.costsCurrency);
}

void CustomsInputForm::showServiceRates(const std::optional<Customs::RateTable> &table)
{
    if (table) {
        m_rates->setRows(Customs::rowsOf(*table));
        m_ratesNote->setText(CustomsDialog::tr("CBR rates of %1 (%2); edit a rate to override it.")
                                 .arg(QLocale().toString(table->date, QLocale::ShortFormat), rateOriginKey(table->origin)));
    } else {
        m_rates->setRows({});
        m_ratesNote->setText(CustomsDialog::tr("CBR rates are not loaded: enter the rates you want to use."));
    }
    ensureRateRows();
}

void CustomsInputForm::ensureRateRows()
{
    m_rates->ensureRows({QStringLiteral("EUR"), m_currency->currentText().trimmed().toUpper(),
                         m_costsCurrency->currentText().trimmed().toUpper()});
}

Customs::RateTable CustomsInputForm::rateTable(const std::optional<Customs::RateTable> &service) const
{
    return Customs::applyRateRows(service, m_rates->rows(), m_declared->date());
}

void CustomsInputForm::setRate(const QString &code, int nominal, const QString &rub)
{
    m_rates->setRate(code, nominal, rub);
}

void CustomsInputForm::setInput(const Customs::Input &in)
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
}

Customs::Input CustomsInputForm::input() const
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

void CustomsInputForm::updateEnabled()
{
    const auto p = Customs::Powertrain(m_powertrain->currentData().toInt());
    const bool hybrid = p == Customs::Powertrain::HybridPetrol || p == Customs::Powertrain::HybridDiesel;
    m_motorPower->setEnabled(hybrid);
    m_iceDominant->setEnabled(hybrid);
}

} // namespace CarScout::Ui
