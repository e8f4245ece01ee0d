#pragma once

// Makes the power column of the listing table editable: marketplaces such as Encar list no power, and customs
// needs it. An accepted edit (0–5000 hp, a change) is handed out as listingEdited; the pane updates its model,
// which recomputes the cost columns. EditRole of the column is the listing's power in hp.

#include "core/model/listing.h"

#include <QIdentityProxyModel>

namespace CarScout::Ui {

class PowerEditProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit PowerEditProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static constexpr int kMaxPowerHp = 5000;

signals:
    void listingEdited(const CarScout::Listing &listing);

private:
    static bool isPowerCell(const QModelIndex &index);
};

} // namespace CarScout::Ui
