#pragma once

// The line-by-line customs breakdown as tree rows (line, amount, rate/basis), shared by the detail panel and
// the calculator dialog, and money formatting in the GUI locale.

#include "core/customs/engine.h"
#include "core/customs/resultformat.h"

#include <QLocale>
#include <QString>

class QTreeWidget;
class QTreeWidgetItem;

namespace CarScout::Ui {

// 2268964 → "22 689,64 ₽" (ru) / "22,689.64 RUB" (en).
QString formatRoubles(qint64 kopecks, const QLocale &locale = QLocale());
QString formatAmount(const Customs::Amount &amount, const QLocale &locale = QLocale());
QString routeName(Customs::Route route);
// Appended to an amount that rests on a rate that is not confirmed (the row's tooltip says why and the source).
QString uncertainMark();
void markUncertain(QTreeWidgetItem *item, const Customs::Amount &amount);
QString ageBandName(const QString &ageBand);

// Replaces the rows of `tree` (3 columns) with the breakdown of `result`; when !result.ok a single row says
// why. Warnings are appended as rows of their own. A line resting on a rate that is not confirmed carries
// uncertainMark() and a tooltip with the reason and the source; the rule-set row's tooltip lists the legal
// citations. With `timing`: a "next age band" row (its total and the saving) and a "from 01.01.2027: +X" row
// for a rule change coming, and the export restrictions among the warnings (their source in the tooltip).
void fillBreakdown(QTreeWidget *tree, const Customs::Result &result, const QLocale &locale = QLocale(),
                   const Customs::Timing *timing = nullptr);

// "+95 185,00 ₽" / "−689 100,00 ₽": a difference with its sign.
QString formatDifference(qint64 kopecks, const QLocale &locale = QLocale());

} // namespace CarScout::Ui
