#pragma once

// The calculator's inputs: importer, vehicle, engine, power, dates, price, costs to the border and the rate
// rows. Reads and writes a Customs::Input; says `changed` on every edit (not while setInput fills it).

#include "core/customs/engine.h"
#include "core/customs/rateoverride.h"

#include <QGroupBox>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace CarScout::Ui {

class CustomsRatesEditor;
struct CustomsDefaults;

class CustomsInputForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit CustomsInputForm(QWidget *parent = nullptr);

    void applyDefaults(const CustomsDefaults &defaults);
    void setInput(const Customs::Input &input);
    Customs::Input input() const;

    // The CBR table the rows start from (null: none loaded, every rate is typed).
    void showServiceRates(const std::optional<Customs::RateTable> &table);
    // The rows as typed applied over `service` (Customs::applyRateRows).
    Customs::RateTable rateTable(const std::optional<Customs::RateTable> &service) const;
    void setRate(const QString &code, int nominal, const QString &rub);

signals:
    void changed();

private:
    void buildLayout();
    void connectEdits();
    void ensureRateRows();
    void updateEnabled();

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
    CustomsRatesEditor *m_rates;
    QLabel *m_ratesNote;
};

} // namespace CarScout::Ui
