#include "ui/i18n.h"

#include "core/common/translations.h"

#include <QCoreApplication>

namespace CarScout::Ui {

QLocale localeFor(Language language, const QLocale &system)
{
    switch (language) {
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::Russian:
        return QLocale(QLocale::Russian, QLocale::Russia);
    case Language::System:
        break;
    }
    return system;
}

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    return installTranslators(app, locale);
}

QStringList availableTranslations()
{
    return CarScout::availableTranslations();
}

} // namespace CarScout::Ui
