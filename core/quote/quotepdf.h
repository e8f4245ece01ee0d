#pragma once

// The quote as one A4 PDF page (Qt Gui's QPdfWriter + QTextDocument; needs a QGuiApplication, the offscreen
// platform will do). Written through QSaveFile: a failed write leaves the old file, never half a PDF.

#include "core/quote/quotecard.h"

#include <QImage>
#include <QString>

namespace CarScout::Quote {

// Empty on success, else the reason (with the path).
QString writeQuotePdf(const QuoteCard &card, Language language, const QImage &photo, const QString &path);

} // namespace CarScout::Quote
