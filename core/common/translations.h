#pragma once

// CarScout's translations for both front ends: the .qm built from translations/*.ts is embedded under :/i18n by
// each executable's library (the GUI's carscout_ui, the CLI's carscout_cli), and loaded the same way by both.

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace CarScout {

// Installs CarScout's translation and Qt's own for `locale` on `app` (the translators are children of `app`).
// Returns false when CarScout has no translation for the locale's language (English is the source language, so
// that is not an error for English: nothing is installed then).
bool installTranslators(QCoreApplication &app, const QLocale &locale);

// The languages CarScout ships (besides the English source strings), as locale names: "ru_RU".
QStringList availableTranslations();

} // namespace CarScout
