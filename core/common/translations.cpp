#include "core/common/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace CarScout {

bool installTranslators(QCoreApplication &app, const QLocale &locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;

    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, QStringLiteral("carscout"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    app.installTranslator(translator);
    return true;
}

QStringList availableTranslations()
{
    QStringList names;
    const auto files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("carscout_*.qm")});
    for (const QString &file : files)
        names.append(file.mid(9, file.size() - 9 - 3));
    return names;
}

} // namespace CarScout
