#pragma once

// "My specs": the values the dealer asked CarScout to remember (power, displacement per make / model /
// engine), visible and removable. Works on the repository directly; `changed` tells the owner to reload the
// resolver's copy.

#include "core/specs/dealerspecs.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace CarScout::Specs {
class DealerSpecsRepository;
}

namespace CarScout::Ui {

class MySpecsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MySpecsDialog(Specs::DealerSpecsRepository *repository, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

signals:
    void changed();

private:
    void reload();
    void removeSelected();

    Specs::DealerSpecsRepository *m_repository;
    QList<Specs::DealerSpec> m_rows;
    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace CarScout::Ui
