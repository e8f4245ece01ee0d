#include "ui/myspecsdialog.h"

#include "core/specs/dealerspecsrepository.h"
#include "ui/messagebox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CarScout::Ui {

MySpecsDialog::MySpecsDialog(Specs::DealerSpecsRepository *repository, QWidget *parent)
    : QDialog(parent), m_repository(repository)
{
    setWindowTitle(tr("My specs"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Power and engine sizes you entered and asked to remember. They are applied to "
                               "every listing of the same make, model and engine."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(u"mySpecsTable"_qs);
    m_table->setHorizontalHeaderLabels({tr("Make"), tr("Model"), tr("Engine"), tr("Power, hp"), tr("Saved")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(u"removeSpec"_qs);
    m_remove->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &MySpecsDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty()); });
    resize(640, 360);
    reload();
}

void MySpecsDialog::reload()
{
    QString error;
    m_rows = m_repository ? m_repository->load(&error).all() : QList<Specs::DealerSpec>();
    if (!error.isEmpty())
        MessageBox::warning(this, tr("My specs"), tr("The remembered specs could not be read: %1").arg(error));
    m_table->setRowCount(int(m_rows.size()));
    const QLocale locale;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Specs::DealerSpec &s = m_rows.at(r);
        const QStringList cells = {s.make, s.model, s.engine.isEmpty() ? tr("any") : s.engine,
                                   s.powerHp > 0 ? locale.toString(s.powerHp) : QString(),
                                   locale.toString(s.savedAt.toLocalTime(), QLocale::ShortFormat)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 0 && !s.example.isEmpty())
                item->setToolTip(tr("Entered on: %1").arg(s.example));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void MySpecsDialog::removeSelected()
{
    QString error;
    bool removed = false;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (index.row() < m_rows.size() && m_repository && m_repository->remove(m_rows.at(index.row()).key(), &error))
            removed = true;
    }
    if (!error.isEmpty())
        MessageBox::warning(this, tr("My specs"), tr("The entry could not be removed: %1").arg(error));
    reload();
    if (removed)
        emit changed();
}

} // namespace CarScout::Ui
