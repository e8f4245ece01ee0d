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

void fillBreakdown(QTreeWidget *tree, const Customs::Result &r, const QLocale &locale)
{
    tree->clear();
    auto add = [tree](const QString &line, const QString &amount, const QString &basis) {
        auto *item = new QTreeWidgetItem(tree, {line, amount, basis});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(2, basis);
        return item;
    };
    if (!r.ok) {
        add(CustomsBreakdown::tr("Cannot compute"), QString(), r.error);
        return;
    }
    add(CustomsBreakdown::tr("Customs value"), formatRoubles(r.customsValueKopecks, locale),
        CustomsBreakdown::tr("%1 EUR").arg(locale.toString(r.customsValueEur.toDouble(), 'f', 2)));
    const bool ets = r.route == Customs::Route::Ets;
    add(ets ? CustomsBreakdown::tr("Single rate (ETS)") : CustomsBreakdown::tr("Import duty"), formatAmount(r.duty, locale),
        r.dutyRate + (r.tariffCode.isEmpty() ? QString() : u" · " + r.tariffCode));
    if (!ets) {
        add(CustomsBreakdown::tr("Excise"), formatAmount(r.excise, locale), r.exciseRate);
        add(CustomsBreakdown::tr("VAT"), formatAmount(r.vat, locale), r.vatRate);
    }
    add(CustomsBreakdown::tr("Clearance fee"), formatAmount(r.clearanceFee, locale), QString());
    add(CustomsBreakdown::tr("Utilization fee"), formatAmount(r.utilizationFee, locale),
        (r.utilizationPreferential ? CustomsBreakdown::tr("preferential") + u" · " : QString()) + r.utilizationBasis);
    QFont bold = tree->font();
    bold.setBold(true);
    auto *subtotal = add(CustomsBreakdown::tr("Total without utilization fee"), formatAmount(r.totalWithoutUtilization, locale), QString());
    Q_UNUSED(subtotal);
    auto *total = add(CustomsBreakdown::tr("Total payments"), formatAmount(r.total, locale), routeName(r.route));
    for (int c = 0; c < 3; ++c)
        total->setFont(c, bold);
    QStringList rates;
    for (const Customs::UsedRate &rate : r.ratesUsed)
        rates << CustomsBreakdown::tr("%1 = %2 RUB%3").arg(rate.code, rate.rubPerUnit.toString(6),
                                          rate.manual ? CustomsBreakdown::tr(" (manual)") : QString());
    add(CustomsBreakdown::tr("Rates"), r.ratesDate.isValid() ? locale.toString(r.ratesDate, QLocale::ShortFormat) : QString(),
        rates.join(QStringLiteral("; ")));
    add(CustomsBreakdown::tr("Age"), ageBandName(r.ageBand),
        r.assumedProductionDate.isValid()
            ? CustomsBreakdown::tr("counted from %1").arg(locale.toString(r.assumedProductionDate, QLocale::ShortFormat))
            : QString());
    add(CustomsBreakdown::tr("Rule set"), QString(), r.rulesVersion);
    for (const QString &warning : r.warnings) {
        auto *item = add(CustomsBreakdown::tr("Warning"), QString(), warning);
        item->setForeground(0, QColor(0xa6, 0x6a, 0x00));
    }
    tree->resizeColumnToContents(0);
    tree->resizeColumnToContents(1);
}

} // namespace CarScout::Ui
