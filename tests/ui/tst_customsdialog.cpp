// The customs calculator dialog reproduces customs.md §11.1 vector 1 (tks.ru, 21.06.2025: a 355 cm³ motorcycle
// imported by a company for 1 000 000 KRW at 56.9017 RUB per 1000 KRW) to the kopeck, and prefills from a
// listing with the settings' defaults.

#include "ui/costservice.h"
#include "ui/customsbreakdown.h"
#include "ui/customsdialog.h"
#include "ui/settings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace CarScout;
using namespace CarScout::Ui;

namespace {
QString amountOf(const QTreeWidget *tree, const QString &line)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == line)
            return tree->topLevelItem(i)->text(1);
    }
    return {};
}
} // namespace

class TestCustomsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_settings = std::make_unique<Settings>(
            std::make_unique<QSettings>(m_dir.filePath(u"s.ini"_qs), QSettings::IniFormat));
    }

    void workedExampleTksMotorcycle()
    {
        CostService costs(m_settings.get());   // no CBR rates loaded: the dialog is used on its own
        CustomsDialog dialog(&costs, m_settings.get(), nullptr);
        dialog.findChild<QComboBox *>(u"importer"_qs)->setCurrentIndex(1);   // company
        dialog.findChild<QComboBox *>(u"vehicle"_qs)->setCurrentIndex(1);    // motorcycle
        dialog.findChild<QComboBox *>(u"powertrain"_qs)->setCurrentIndex(0); // petrol
        dialog.findChild<QSpinBox *>(u"engineCc"_qs)->setValue(355);
        dialog.findChild<QDoubleSpinBox *>(u"power"_qs)->setValue(1);
        dialog.findChild<QLineEdit *>(u"produced"_qs)->setText(u"2024-05"_qs);
        dialog.findChild<QDateEdit *>(u"declared"_qs)->setDate(QDate(2025, 6, 21));
        dialog.findChild<QLineEdit *>(u"price"_qs)->setText(u"1000000"_qs);
        dialog.findChild<QComboBox *>(u"currency"_qs)->setCurrentText(u"KRW"_qs);
        dialog.setRate(u"KRW"_qs, 1000, u"56.9017"_qs);
        dialog.setRate(u"EUR"_qs, 1, u"90.1356"_qs);
        dialog.setRate(u"USD"_qs, 1, u"78.5016"_qs);

        const Customs::Result &r = dialog.result();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.customsValueKopecks, 5690170);
        QCOMPARE(r.clearanceFee.kopecks.value_or(-1), 106700);
        QCOMPARE(r.duty.kopecks.value_or(-1), 853525);
        QCOMPARE(r.excise.kopecks.value_or(-1), 0);
        QCOMPARE(r.vat.kopecks.value_or(-1), 1308739);
        QCOMPARE(r.utilizationFee.kopecks.value_or(-1), 0);
        QCOMPARE(r.total.kopecks.value_or(-1), 2268964);

        // The breakdown shows every line with its amount, the rates with their date and the rule set.
        const QTreeWidget *tree = dialog.breakdownTree();
        QCOMPARE(amountOf(tree, u"Import duty"_qs), u"8,535.25 RUB"_qs);
        QCOMPARE(amountOf(tree, u"VAT"_qs), u"13,087.39 RUB"_qs);
        QCOMPARE(amountOf(tree, u"Clearance fee"_qs), u"1,067.00 RUB"_qs);
        QCOMPARE(amountOf(tree, u"Total payments"_qs), u"22,689.64 RUB"_qs);
        QVERIFY(!amountOf(tree, u"Rates"_qs).isEmpty());
        bool ruleSet = false;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            ruleSet = ruleSet || (tree->topLevelItem(i)->text(0) == u"Rule set" && tree->topLevelItem(i)->text(2) == r.rulesVersion);
        QVERIFY(ruleSet);
        QVERIFY(dialog.summaryLabel()->text().contains(u"22,689.64"_qs));
        if (qEnvironmentVariableIsSet("CARSCOUT_UI_SHOTS"))   // visual checks: where to write pictures of the dialog
            dialog.grab().save(qEnvironmentVariable("CARSCOUT_UI_SHOTS") + u"/customsdialog.png"_qs);
    }

    void badInputSaysWhy()
    {
        CustomsDialog dialog(nullptr, m_settings.get(), nullptr);
        dialog.findChild<QLineEdit *>(u"produced"_qs)->setText(u"2024-13"_qs);
        QVERIFY(!dialog.result().ok);
        QVERIFY(dialog.summaryLabel()->text().contains(u"YYYY-MM"_qs));
        dialog.findChild<QLineEdit *>(u"produced"_qs)->setText(u"2022-01"_qs);
        dialog.findChild<QLineEdit *>(u"price"_qs)->setText(u"1000"_qs);
        dialog.findChild<QComboBox *>(u"currency"_qs)->setCurrentText(u"CNY"_qs);
        // No CNY rate given: the engine's reason is shown instead of a number.
        QVERIFY(!dialog.result().ok || !dialog.result().total.computable());
        QVERIFY(!dialog.summaryLabel()->text().isEmpty());
    }

    void prefillFromListing()
    {
        CustomsDefaults defaults;
        defaults.importer = ImporterType::Company;
        defaults.declarationDate = QDate(2026, 3, 2);
        defaults.costsToBorder = 1500;
        defaults.costsCurrency = u"USD"_qs;
        m_settings->setCustoms(defaults);

        Listing listing;
        listing.source = u"encar"_qs;
        listing.id = u"42"_qs;
        listing.title = u"기아 K5"_qs;
        listing.year = 2021;
        listing.month = 7;
        listing.price = 18500000;
        listing.currency = u"KRW"_qs;
        listing.fuel = Fuel::Diesel;
        listing.engineCc = 1998;
        listing.powerHp = 177;
        CustomsDialog dialog(nullptr, m_settings.get(), nullptr);
        dialog.prefill(listing);
        const Customs::Input in = dialog.input();
        QCOMPARE(in.importer, Customs::Importer::Company);
        QCOMPARE(in.powertrain, Customs::Powertrain::Diesel);
        QCOMPARE(in.engineCc, 1998);
        QVERIFY(in.power.has_value());
        QCOMPARE(in.power->value, Customs::Rational(177));
        QCOMPARE(in.produced.year, 2021);
        QCOMPARE(in.produced.month, 7);
        QCOMPARE(in.declarationDate, QDate(2026, 3, 2));
        QCOMPARE(in.price, Customs::Rational(18500000));
        QCOMPARE(in.currency, u"KRW"_qs);
        QCOMPARE(in.costsToBorder, Customs::Rational(1500));
        QCOMPARE(in.costsCurrency, u"USD"_qs);
        // Rate rows for every currency the computation needs were offered.
        QVERIFY(dialog.findChild<QTableWidget *>(u"rates"_qs)->rowCount() >= 3);
        m_settings->setCustoms({});
    }

    // Without a fixed date the calculator opens on today + the lead time (45 days by default).
    void defaultDateIsTodayPlusLeadTime()
    {
        QTemporaryDir dir;
        Settings fresh(std::make_unique<QSettings>(dir.filePath(u"s.ini"_qs), QSettings::IniFormat));
        CustomsDialog dialog(nullptr, &fresh, nullptr);
        QCOMPARE(dialog.findChild<QDateEdit *>(u"declared"_qs)->date(), QDate::currentDate().addDays(45));
    }

    static QTreeWidgetItem *rowOf(const QTreeWidget *tree, const QString &kind)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == kind)
                return tree->topLevelItem(i);
        return nullptr;
    }

    // An individual's 2.0 L car made 2024-06-10, 3 000 000 RUB, EUR 100, declared 2027-02-01: the next band on
    // 2027-06-11 saves 898 740 RUB (1 461 865 → 563 125), shown in the breakdown and the summary.
    void nextBandAndSaving()
    {
        CustomsDialog dialog(nullptr, m_settings.get(), nullptr);
        dialog.findChild<QComboBox *>(u"importer"_qs)->setCurrentIndex(0);
        dialog.findChild<QSpinBox *>(u"engineCc"_qs)->setValue(1998);
        dialog.findChild<QDoubleSpinBox *>(u"power"_qs)->setValue(150);
        dialog.findChild<QLineEdit *>(u"produced"_qs)->setText(u"2024-06-10"_qs);
        dialog.findChild<QDateEdit *>(u"declared"_qs)->setDate(QDate(2027, 2, 1));
        dialog.findChild<QLineEdit *>(u"price"_qs)->setText(u"3000000"_qs);
        dialog.findChild<QComboBox *>(u"currency"_qs)->setCurrentText(u"RUB"_qs);
        dialog.setRate(u"EUR"_qs, 1, u"100"_qs);
        QVERIFY2(dialog.result().ok, qPrintable(dialog.result().error));
        QCOMPARE(dialog.result().total.kopecks.value_or(-1), 146186500);
        QVERIFY(dialog.timing().nextBand);
        QCOMPARE(dialog.timing().nextBand->date, QDate(2027, 6, 11));
        const QTreeWidgetItem *next = rowOf(dialog.breakdownTree(), u"next_band"_qs);
        QVERIFY(next);
        QCOMPARE(next->text(0), u"From 11.06.2027 (3 to 5 years)"_qs);
        QCOMPARE(next->text(1), u"−898,740.00 RUB"_qs);
        QVERIFY2(next->text(2).contains(u"563,125.00 RUB") && next->text(2).contains(u"saves 898,740.00 RUB"), qPrintable(next->text(2)));
        QVERIFY(dialog.summaryLabel()->text().contains(u"From 11.06.2027 (3 to 5 years): 898,740.00 RUB less"_qs));
        QVERIFY(!rowOf(dialog.breakdownTree(), u"rule_change"_qs));   // no table change within 60 days
    }

    // A company's new 2.0 L 170 hp car declared 2026-12-15: "From 01.01.2027 (new rules): +95,185.00 RUB", and the
    // 2027 total is marked as resting on rates that are not confirmed.
    void ruleChangeLineAndFlaggedAmounts()
    {
        CustomsDialog dialog(nullptr, m_settings.get(), nullptr);
        dialog.findChild<QComboBox *>(u"importer"_qs)->setCurrentIndex(1);
        dialog.findChild<QSpinBox *>(u"engineCc"_qs)->setValue(1998);
        dialog.findChild<QDoubleSpinBox *>(u"power"_qs)->setValue(170);
        dialog.findChild<QLineEdit *>(u"produced"_qs)->setText(u"2026-03"_qs);
        dialog.findChild<QDateEdit *>(u"declared"_qs)->setDate(QDate(2026, 12, 15));
        dialog.findChild<QLineEdit *>(u"price"_qs)->setText(u"1000000"_qs);
        dialog.findChild<QComboBox *>(u"currency"_qs)->setCurrentText(u"RUB"_qs);
        dialog.setRate(u"EUR"_qs, 1, u"100"_qs);
        QVERIFY2(dialog.result().ok, qPrintable(dialog.result().error));
        QCOMPARE(dialog.result().total.kopecks.value_or(-1), 143506020);
        const QTreeWidgetItem *change = rowOf(dialog.breakdownTree(), u"rule_change"_qs);
        QVERIFY(change);
        QCOMPARE(change->text(0), u"From 01.01.2027 (new rules)"_qs);
        QCOMPARE(change->text(1), u"+95,185.00 RUB"_qs);
        QVERIFY2(change->text(2).endsWith(uncertainMark()), qPrintable(change->text(2)));
        QVERIFY(dialog.summaryLabel()->text().contains(u"From 01.01.2027 (new rules): +95,185.00 RUB"_qs));
        // Declared in 2027 instead: the excise line is marked and its tooltip says why and where from.
        dialog.findChild<QDateEdit *>(u"declared"_qs)->setDate(QDate(2027, 1, 10));
        const QTreeWidget *tree = dialog.breakdownTree();
        QString excise, tip;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0) == u"Excise") {
                excise = tree->topLevelItem(i)->text(1);
                tip = tree->topLevelItem(i)->toolTip(1);
            }
        }
        QCOMPARE(excise, u"108,460.00 RUB"_qs + uncertainMark());
        QVERIFY2(tip.contains(u"worked out from the law's pattern") && tip.contains(u"Source:"), qPrintable(tip));
        QCOMPARE(amountOf(tree, u"Import duty"_qs), u"150,000.00 RUB"_qs);   // the duty rests on nothing flagged
    }
};

QTEST_MAIN(TestCustomsDialog)
#include "tst_customsdialog.moc"
