#include "ui/customsbreakdown.h"

#include <QCoreApplication>
#include <QTreeWidget>

namespace CarScout::Ui {

namespace {
class CustomsBreakdown
{
    Q_DECLARE_TR_FUNCTIONS(CustomsBreakdown)
};
} // namespace

QString formatRoubles(qint64 kopecks, const QLocale &locale)
{
    const QString number = locale.toString(double(kopecks) / 100.0, 'f', 2);
    return locale.language() == QLocale::Russian ? number + QStringLiteral(" ₽") : number + QStringLiteral(" RUB");
}

QString formatAmount(const Customs::Amount &amount, const QLocale &locale)
{
    if (amount.computable())
        return formatRoubles(*amount.kopecks, locale);
    return CustomsBreakdown::tr("not computable: %1").arg(amount.reason);
}

QString uncertainMark()
{
    return QStringLiteral(" *");
}

QString routeName(Customs::Route route)
{
    return route == Customs::Route::Ets ? CustomsBreakdown::tr("single rate (ETS), personal use")
                                        : CustomsBreakdown::tr("duty + excise + VAT (company or non-personal)");
}

QString ageBandName(const QString &band)
{
    if (band == u"under_3")
        return CustomsBreakdown::tr("under 3 years");
    if (band == u"3_5")
        return CustomsBreakdown::tr("3 to 5 years");
    if (band == u"over_5")
        return CustomsBreakdown::tr("over 5 years");
    if (band == u"5_7")
        return CustomsBreakdown::tr("5 to 7 years");
    if (band == u"over_7")
        return CustomsBreakdown::tr("over 7 years");
    return band;
}

void markUncertain(QTreeWidgetItem *item, const Customs::Amount &amount)
{
    item->setText(1, item->text(1) + uncertainMark());
    const QString tip = amount.source.isEmpty()
        ? amount.uncertainReason
        : CustomsBreakdown::tr("%1\nSource: %2").arg(amount.uncertainReason, amount.source);
    for (int c = 0; c < 3; ++c)
        item->setToolTip(c, tip);
    item->setForeground(1, QColor(0xa6, 0x6a, 0x00));
}

QString formatDifference(qint64 kopecks, const QLocale &locale)
{
    return (kopecks > 0 ? QStringLiteral("+") : kopecks < 0 ? QStringLiteral("−") : QString()) + formatRoubles(qAbs(kopecks), locale);
}

namespace {

// The next-band and rule-change rows: the total on that date, and what it changes against now.
void addTimingRows(QTreeWidget *tree, const Customs::Result &now, const Customs::Timing &timing, const QLocale &locale)
{
    const auto row = [tree](const QString &line, const QString &amount, const QString &basis, const QString &tip) {
        auto *item = new QTreeWidgetItem(tree, {line, amount, basis});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        for (int c = 0; c < 3; ++c)
            item->setToolTip(c, tip.isEmpty() ? basis : tip);
        return item;
    };
    const auto totalText = [&locale](const Customs::Projection &p) -> QString {
        if (!p.result.ok)
            return CustomsBreakdown::tr("not computable: %1").arg(p.result.error);
        if (!p.result.total.computable())
            return CustomsBreakdown::tr("not computable: %1").arg(p.result.total.reason);
        return CustomsBreakdown::tr("total then %1").arg(formatRoubles(*p.result.total.kopecks, locale))
            + (p.result.total.uncertain ? uncertainMark() : QString());
    };
    if (const auto &next = timing.nextBand) {
        const auto diff = Customs::differenceKopecks(now, next->result);
        const QString line = CustomsBreakdown::tr("From %1 (%2)").arg(next->date.toString(u"dd.MM.yyyy"_qs), ageBandName(next->ageBand));
        const QString saving = diff && *diff < 0 ? CustomsBreakdown::tr("saves %1").arg(formatRoubles(-*diff, locale)) : QString();
        QTreeWidgetItem *item = row(line, diff ? formatDifference(*diff, locale) : QStringLiteral("—"),
                                    totalText(*next) + (saving.isEmpty() ? QString() : u" · " + saving), next->assumption);
        item->setData(0, Qt::UserRole, QStringLiteral("next_band"));
    }
    if (const auto &change = timing.ruleChange) {
        const auto diff = Customs::differenceKopecks(now, change->result);
        QTreeWidgetItem *item = row(CustomsBreakdown::tr("From %1 (new rules)").arg(change->date.toString(u"dd.MM.yyyy"_qs)),
                                    diff ? formatDifference(*diff, locale) : QStringLiteral("—"), totalText(*change),
                                    CustomsBreakdown::tr("The rule tables change on %1: the same car declared that day.")
                                        .arg(change->date.toString(u"dd.MM.yyyy"_qs)));
        item->setData(0, Qt::UserRole, QStringLiteral("rule_change"));
    }
}

} // namespace

void fillBreakdown(QTreeWidget *tree, const Customs::Result &r, const QLocale &locale, const Customs::Timing *timing)
{
    tree->clear();
    auto add = [tree](const QString &line, const QString &amount, const QString &basis) {
        auto *item = new QTreeWidgetItem(tree, {line, amount, basis});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, basis.isEmpty() ? line : basis);
        item->setToolTip(2, basis);
        return item;
    };
    // A line that cannot be computed shows a dash; why goes into the basis column.
    auto addAmount = [&add, &locale](const QString &line, const Customs::Amount &amount, const QString &basis) {
        if (!amount.computable())
            return add(line, QStringLiteral("—"), CustomsBreakdown::tr("not computable: %1").arg(amount.reason));
        QTreeWidgetItem *item = add(line, formatRoubles(*amount.kopecks, locale), basis);
        if (amount.uncertain)
            markUncertain(item, amount);
        return item;
    };
    auto addNote = [tree](const QString &text, const QColor &color) {
        auto *item = new QTreeWidgetItem(tree, {text});
        item->setFirstColumnSpanned(true);
        item->setToolTip(0, text);
        item->setForeground(0, color);
    };
    if (!r.ok) {
        addNote(CustomsBreakdown::tr("Cannot compute: %1").arg(r.error), QColor(0x8a, 0x1c, 0x12));
        return;
    }
    add(CustomsBreakdown::tr("Customs value"), formatRoubles(r.customsValueKopecks, locale),
        CustomsBreakdown::tr("%1 EUR").arg(locale.toString(r.customsValueEur.toDouble(), 'f', 2)));
    const bool ets = r.route == Customs::Route::Ets;
    addAmount(ets ? CustomsBreakdown::tr("Single rate (ETS)") : CustomsBreakdown::tr("Import duty"), r.duty,
              r.dutyRate + (r.tariffCode.isEmpty() ? QString() : u" · " + r.tariffCode));
    if (!ets) {
        addAmount(CustomsBreakdown::tr("Excise"), r.excise, r.exciseRate);
        addAmount(CustomsBreakdown::tr("VAT"), r.vat, r.vatRate);
    }
    addAmount(CustomsBreakdown::tr("Clearance fee"), r.clearanceFee, QString());
    addAmount(CustomsBreakdown::tr("Utilization fee"), r.utilizationFee,
              (r.utilizationPreferential ? CustomsBreakdown::tr("preferential") + u" · " : QString()) + r.utilizationBasis);
    addAmount(CustomsBreakdown::tr("Total without utilization fee"), r.totalWithoutUtilization, QString());
    QTreeWidgetItem *total = addAmount(CustomsBreakdown::tr("Total payments"), r.total, routeName(r.route));
    QFont bold = tree->font();
    bold.setBold(true);
    for (int c = 0; c < 3; ++c)
        total->setFont(c, bold);
    QStringList rates;
    for (const Customs::UsedRate &rate : r.ratesUsed)
        rates << CustomsBreakdown::tr("%1 = %2 RUB%3").arg(rate.code, rate.rubPerUnit.toString(8),
                                                           rate.manual ? CustomsBreakdown::tr(" (manual)") : QString());
    add(CustomsBreakdown::tr("Rates"), r.ratesDate.isValid() ? locale.toString(r.ratesDate, QLocale::ShortFormat) : QString(),
        rates.join(QStringLiteral("; ")));
    add(CustomsBreakdown::tr("Age"), ageBandName(r.ageBand),
        r.assumedProductionDate.isValid()
            ? CustomsBreakdown::tr("counted from %1").arg(locale.toString(r.assumedProductionDate, QLocale::ShortFormat))
            : QString());
    QTreeWidgetItem *rules = add(CustomsBreakdown::tr("Rule set"), QString(), r.rulesVersion);
    if (!r.citations.isEmpty())
        rules->setToolTip(2, r.citations.join(u'\n'));
    if (timing)
        addTimingRows(tree, r, *timing, locale);
    for (const QString &warning : r.warnings)
        addNote(CustomsBreakdown::tr("Warning: %1").arg(warning), QColor(0xa6, 0x6a, 0x00));
    if (timing) {
        for (const Customs::ExportWarning &w : timing->exportWarnings) {
            addNote(CustomsBreakdown::tr("Export: %1").arg(w.text), QColor(0x8a, 0x1c, 0x12));
            tree->topLevelItem(tree->topLevelItemCount() - 1)->setToolTip(0, w.source);
        }
    }
    tree->resizeColumnToContents(0);
    tree->resizeColumnToContents(1);
    tree->setColumnWidth(0, qMin(tree->columnWidth(0), 230));   // spanned warnings must not widen the line column
    tree->setColumnWidth(1, qMin(tree->columnWidth(1), 170));
}

} // namespace CarScout::Ui
