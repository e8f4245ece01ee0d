#pragma once

#include "ui/settings.h"

#include <QLocale>

class QCoreApplication;

namespace CarScout::Ui {

// The locale the GUI runs in: the system's unless the settings pick English or Russian.
QLocale localeFor(Language language, const QLocale &system = QLocale::system());

// Installs CarScout's translation (embedded under :/i18n) and Qt's own for `locale` on `app`
// (core/common/translations.h, shared with carscout-cli), and makes `locale` the default for number and date formatting. Returns false when CarScout has no translation for the
// locale's language (English is the source language, so that is not an error for English).
bool installTranslations(QCoreApplication &app, const QLocale &locale);

// The languages CarScout ships (besides the English source strings), as locale names: "ru_RU".
QStringList availableTranslations();

} // namespace CarScout::Ui
