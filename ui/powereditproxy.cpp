#include "ui/powereditproxy.h"

#include "core/model/listingcolumns.h"
#include "core/model/listingroles.h"

namespace CarScout::Ui {

PowerEditProxy::PowerEditProxy(QObject *parent) : QIdentityProxyModel(parent)
{
}

bool PowerEditProxy::isPowerCell(const QModelIndex &index)
{
    return index.isValid() && index.column() == int(Model::Column::PowerHp);
}

Qt::ItemFlags PowerEditProxy::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QIdentityProxyModel::flags(index);
    if (isPowerCell(index))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PowerEditProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::EditRole && isPowerCell(index))
        return QIdentityProxyModel::data(index, Model::ListingRole).value<Listing>().powerHp;
    return QIdentityProxyModel::data(index, role);
}

bool PowerEditProxy::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isPowerCell(index))
        return QIdentityProxyModel::setData(index, value, role);
    bool ok = false;
    const int hp = value.toInt(&ok);
    if (!ok || hp < 0 || hp > kMaxPowerHp)
        return false;
    Listing listing = QIdentityProxyModel::data(index, Model::ListingRole).value<Listing>();
    if (listing.id.isEmpty() || listing.powerHp == hp)
        return false;
    listing.powerHp = hp;
    emit listingEdited(listing);
    return true;
}

} // namespace CarScout::Ui
