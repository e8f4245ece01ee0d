#include "ui/customsrateseditor.h"

#include "ui/customsdialog.h"

#include <QHeaderView>

namespace CarScout::Ui {

namespace {
enum RateColumn { CodeCol, NominalCol, RubCol };
}

CustomsRatesEditor::CustomsRatesEditor(QWidget *parent) : QTableWidget(0, 3, parent)
{
    setObjectName(QStringLiteral("rates"));
    setHorizontalHeaderLabels({CustomsDialog::tr("Currency"), CustomsDialog::tr("Units"), CustomsDialog::tr("RUB")});
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setMaximumHeight(150);
}

void CustomsRatesEditor::appendRow(const Customs::RateRow &row)
{
    const int at = rowCount();
    insertRow(at);
    setItem(at, CodeCol, new QTableWidgetItem(row.code));
    setItem(at, NominalCol, new QTableWidgetItem(row.nominal));
    setItem(at, RubCol, new QTableWidgetItem(row.rub));
}

void CustomsRatesEditor::setRows(const QList<Customs::RateRow> &rows)
{
    const QSignalBlocker block(this);
    setRowCount(0);
    for (const Customs::RateRow &row : rows)
        appendRow(row);
}

QList<Customs::RateRow> CustomsRatesEditor::rows() const
{
    QList<Customs::RateRow> out;
    for (int row = 0; row < rowCount(); ++row)
        out.append({item(row, CodeCol)->text(), item(row, NominalCol)->text(), item(row, RubCol)->text()});
    return out;
}

QStringList CustomsRatesEditor::codes() const
{
    QStringList out;
    for (int row = 0; row < rowCount(); ++row)
        out << item(row, CodeCol)->text();
    return out;
}

void CustomsRatesEditor::ensureRows(const QStringList &wanted)
{
    const QSignalBlocker block(this);
    for (const QString &code : Customs::missingRateCodes(codes(), wanted))
        appendRow({code, QString::number(Customs::defaultNominal(code)), QString()});
}

void CustomsRatesEditor::setRate(const QString &code, int nominal, const QString &rub)
{
    const QSignalBlocker block(this);
    const int found = int(codes().lastIndexOf(code));
    if (found < 0) {
        appendRow({code, QString::number(nominal), rub});
        return;
    }
    item(found, NominalCol)->setText(QString::number(nominal));
    item(found, RubCol)->setText(rub);
}

} // namespace CarScout::Ui
