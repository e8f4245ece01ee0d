#include "ui/termdisplayproxy.h"

#include "core/sources/terms.h"

namespace CarScout::Ui {

TermDisplayProxy::TermDisplayProxy(QObject *parent) : QIdentityProxyModel(parent)
{
}

void TermDisplayProxy::setTerms(const Sources::TermDictionary *terms, const QString &lang)
{
    m_terms = terms;
    m_lang = lang;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

QString TermDisplayProxy::termCategory(Model::Column column)
{
    switch (column) {
    case Model::Column::Make: return u"maker"_qs;
    case Model::Column::Body: return u"body"_qs;
    case Model::Column::Color: return u"color"_qs;
    case Model::Column::Location: return u"region"_qs;
    case Model::Column::Model: return u"model"_qs;
    default: return {};
    }
}

QVariant TermDisplayProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || !m_terms || !index.isValid())
        return QIdentityProxyModel::data(index, role);
    const QString category = termCategory(Model::Column(index.column()));
    if (category.isEmpty())
        return QIdentityProxyModel::data(index, role);
    const QString original = QIdentityProxyModel::data(index, role).toString();
    QString translated = m_terms->lookup(category, original, m_lang);
    if (translated.isEmpty() && index.column() == int(Model::Column::Model))
        translated = m_terms->modelName(original, m_lang);   // a model missing from the dictionary, word by word
    return translated.isEmpty() ? original : translated;
}

} // namespace CarScout::Ui
