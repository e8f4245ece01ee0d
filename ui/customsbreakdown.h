#pragma once

// The line-by-line customs breakdown as tree rows (line, amount, rate/basis), shared by the detail panel and
// the calculator dialog, and money formatting in the GUI locale.

#include "core/customs/engine.h"

#include <QLocale>
#include <QString>

class QTreeWidget;

namespace CarScout::Ui {

// 2268964 → "22 689,64 ₽" (ru) / "22,689.64 RUB" (en).
QString formatRoubles(qint64 kopecks, const QLocale &locale = QLocale());
QString formatAmount(const Customs::Amount &amount, const QLocale &locale = QLocale());
QString routeName(Customs::Route route);
QString ageBandName(const QString &ageBand);

// Replaces the rows of `tree` (3 columns) with the breakdown of `result`; when !result.ok a single row says
// why. Warnings are appended as rows of their own.
void fillBreakdown(QTreeWidget *tree, const Customs::Result &result, const QLocale &locale = QLocale());

} // namespace CarScout::Ui
