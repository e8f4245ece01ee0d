#include "ui/termnames.h"

#include "core/sources/source.h"
#include "core/sources/terms.h"

#include <QLocale>

namespace CarScout::Ui {

QString dictionaryLanguage()
{
    return QLocale().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

QString localizedNodeName(const Sources::FilterNode &node, const Sources::TermDictionary *terms, const QString &lang)
{
    if (terms) {
        QString category = node.level;
        if (category == u"manufacturer")
            category = QStringLiteral("maker");
        if (category == u"model_group")
            category = QStringLiteral("model");
        QString name = terms->lookup(category, node.name, lang);
        if (name.isEmpty() && category == u"model")
            name = terms->modelName(node.name, lang);
        if (name.isEmpty() && category == u"car_type")
            name = terms->lookup(u"body", node.name, lang);
        if (!name.isEmpty())
            return name;
    }
    if (!node.nameEn.isEmpty())
        return node.nameEn;
    return node.name.isEmpty() ? node.key : node.name;
}

QString nodeLabel(const Sources::FilterNode &node, const Sources::TermDictionary *terms, const QString &lang)
{
    const QString name = localizedNodeName(node, terms, lang);
    const QString original = node.name.isEmpty() ? node.key : node.name;
    if (name == original)
        return name;
    return name + u" (" + original + u')';
}

} // namespace CarScout::Ui
