#pragma once

// The calculator's exchange-rate rows (currency, units, RUB for those units), editable. The rows are read and
// written as Customs::RateRow; what they mean for the engine (which row overrides which CBR rate) is
// Customs::applyRateRows, not this widget's business.

#include "core/customs/rateoverride.h"

#include <QTableWidget>

namespace CarScout::Ui {

class CustomsRatesEditor : public QTableWidget
{
    Q_OBJECT
public:
    explicit CustomsRatesEditor(QWidget *parent = nullptr);

    // Replaces the rows (no itemChanged).
    void setRows(const QList<Customs::RateRow> &rows);
    QList<Customs::RateRow> rows() const;
    QStringList codes() const;   // as shown, in row order

    // Adds an empty row (default units) for every code of `wanted` that has none (no itemChanged).
    void ensureRows(const QStringList &wanted);
    // Sets one row's units and RUB, adding the row when the code has none (no itemChanged).
    void setRate(const QString &code, int nominal, const QString &rub);

private:
    void appendRow(const Customs::RateRow &row);
};

} // namespace CarScout::Ui
