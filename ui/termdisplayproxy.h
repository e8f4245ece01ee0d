#pragma once

// Shows the Korean make, model, body, colour and region cells of the listing table in the dealer's language
// through the terms dictionary. DisplayRole only: sorting, filtering and export keep the marketplace's values.

#include "core/model/listingcolumns.h"

#include <QIdentityProxyModel>
#include <QString>

namespace CarScout::Sources {
class TermDictionary;
}

namespace CarScout::Ui {

class TermDisplayProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit TermDisplayProxy(QObject *parent = nullptr);

    // `lang` is "en" or "ru"; null terms show the marketplace's text. Repaints every row.
    void setTerms(const Sources::TermDictionary *terms, const QString &lang);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The dictionary category of a column ("maker", "model", "body", "color", "region"); "" when the column is
    // shown as it is.
    static QString termCategory(Model::Column column);

private:
    const Sources::TermDictionary *m_terms = nullptr;
    QString m_lang;
};

} // namespace CarScout::Ui
