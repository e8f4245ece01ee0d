// The "Cost profiles" page of the settings, offscreen: the shipped examples listed and labelled, editing a
// profile in the table and saving it as a JSON file, a bad profile showing the CLI's error (file, line, what)
// while the file keeps the last good profile, import refusing a bad file, and export → import round trip.

#include "core/quote/costprofile.h"
#include "core/quote/profilestore.h"
#include "ui/costprofilespage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace CarScout;
using namespace CarScout::Ui;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

} // namespace

class TestCostProfilesPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString profilesDir() const { return m_dir->filePath(u"profiles"_qs); }

    std::unique_ptr<CostProfilesPage> page(const QString &active = {})
    {
        auto p = std::make_unique<CostProfilesPage>(Quote::ProfileStore(profilesDir()), active);
        p->resize(900, 600);
        p->show();
        return p;
    }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void examplesAreListedAndLabelled()
    {
        auto p = page();
        QCOMPARE(p->profileList()->count(), Quote::exampleProfilePaths().size());
        for (int row = 0; row < p->profileList()->count(); ++row) {
            QVERIFY(p->profileList()->item(row)->text().contains(tr("(example)")));
            QVERIFY(p->profileList()->item(row)->font().italic());
        }
        QCOMPARE(p->activeBox()->count(), 1 + Quote::exampleProfilePaths().size());   // "none" and the examples
        QCOMPARE(p->activeProfilePath(), QString());
        // The first example is shown in the editor: its lines in the table.
        QCOMPARE(p->currentPath(), Quote::exampleProfilePaths().constFirst());
        const Quote::CostProfile example = *Quote::loadCostProfile(Quote::exampleProfilePaths().constFirst()).profile;
        QCOMPARE(p->nameEdit()->text(), example.name);
        QCOMPARE(p->linesTable()->rowCount(), example.lines.size());
        QCOMPARE(p->linesTable()->item(0, CostProfilesPage::AmountCol)->text(), u"440000"_qs);
        QCOMPARE(p->linesTable()->item(0, CostProfilesPage::CurrencyCol)->text(), u"KRW"_qs);
        QCOMPARE(p->linesTable()->item(0, CostProfilesPage::ToBorderCol)->checkState(), Qt::Checked);
        QCOMPARE(p->marginEdit()->text(), u"2"_qs);
    }

    // Editing an example saves the dealer's own copy; its file parses back to what the table says.
    void editAndSave()
    {
        auto p = page();
        p->nameEdit()->setText(u"Vladivostok, my figures"_qs);
        emit p->nameEdit()->textEdited(p->nameEdit()->text());
        p->linesTable()->item(0, CostProfilesPage::AmountCol)->setText(u"450000.50"_qs);
        p->marginEdit()->setText(u"2.5"_qs);
        emit p->marginEdit()->textEdited(u"2.5"_qs);
        QVERIFY(p->isDirty());
        QVERIFY2(p->saveCurrent(), qPrintable(p->errorText()));
        QVERIFY(!p->isDirty());
        QVERIFY(p->currentPath().startsWith(profilesDir()));
        const Quote::ProfileLoad saved = Quote::loadCostProfile(p->currentPath());
        QVERIFY2(saved.profile, qPrintable(saved.error.toString()));
        QCOMPARE(saved.profile->name, u"Vladivostok, my figures"_qs);
        QVERIFY(!saved.profile->example);
        QCOMPARE(saved.profile->lines.at(0).amount, *Customs::Rational::parse(u"450000.50"));
        QCOMPARE(saved.profile->paymentMarginPercent, *Customs::Rational::parse(u"2.5"));
        // The shipped example is untouched; the new profile is listed and can be made active.
        QCOMPARE(Quote::loadCostProfile(Quote::exampleProfilePaths().constFirst()).profile->lines.at(0).amount,
                 Customs::Rational(440000));
        QCOMPARE(p->profileList()->count(), Quote::exampleProfilePaths().size() + 1);
        const int active = p->activeBox()->findData(p->currentPath());
        QVERIFY(active > 0);
        p->activeBox()->setCurrentIndex(active);
        QCOMPARE(p->activeProfilePath(), p->currentPath());

        // A fixed payment rate per currency, a new line, then saved into the same file.
        const QString path = p->currentPath();
        p->ratesTable()->insertRow(0);
        p->ratesTable()->setItem(0, 0, new QTableWidgetItem(u"krw"_qs));
        p->ratesTable()->setItem(0, 1, new QTableWidgetItem(u"0.0595"_qs));
        const int row = p->linesTable()->rowCount();
        p->linesTable()->insertRow(row);
        p->linesTable()->setItem(row, CostProfilesPage::NameCol, new QTableWidgetItem(u"Delivery to Moscow"_qs));
        p->linesTable()->setItem(row, CostProfilesPage::AmountCol, new QTableWidgetItem(u"120000"_qs));
        p->linesTable()->setItem(row, CostProfilesPage::CurrencyCol, new QTableWidgetItem(u"RUB"_qs));
        QVERIFY2(p->saveCurrent(), qPrintable(p->errorText()));
        QCOMPARE(p->currentPath(), path);
        const Quote::CostProfile again = *Quote::loadCostProfile(path).profile;
        QCOMPARE(again.fixedPaymentRates.value(u"KRW"_qs), *Customs::Rational::parse(u"0.0595"));
        QCOMPARE(again.lines.constLast().name, u"Delivery to Moscow"_qs);
        QVERIFY(!again.lines.constLast().toBorder);
    }

    void badProfileShowsTheErrorAndKeepsTheLastGood_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("what");
        QTest::newRow("negative amount") << int(CostProfilesPage::AmountCol) << u"-1"_qs << u"\"Lot fee (Korean dealer)\": negative amount -1"_qs;
        QTest::newRow("not a number") << int(CostProfilesPage::AmountCol) << u"lots"_qs << u"\"Lot fee (Korean dealer)\": the amount is missing or not a number"_qs;
        QTest::newRow("unknown currency") << int(CostProfilesPage::CurrencyCol) << u"XYZ"_qs << u"\"Lot fee (Korean dealer)\": unknown currency XYZ without a payment rate"_qs;
        QTest::newRow("missing name") << int(CostProfilesPage::NameCol) << u""_qs << u"line item 1 has no name"_qs;
    }

    void badProfileShowsTheErrorAndKeepsTheLastGood()
    {
        QFETCH(int, column);
        QFETCH(QString, value);
        QFETCH(QString, what);
        auto p = page();
        QVERIFY(p->saveCurrent());   // the example's own copy: a file of the dealer's
        const QString path = p->currentPath();
        const QByteArray good = readAll(path);
        QVERIFY(!good.isEmpty());

        p->linesTable()->item(0, column)->setText(value);
        QVERIFY(!p->saveCurrent());
        // The error as carscout-cli prints it for the same file: file:line: what (line 5: the first line item).
        QCOMPARE(p->errorText(), QString(path + u":5: " + what));
        QVERIFY(p->errorLabel()->isVisible());
        QCOMPARE(readAll(path), good);
        // Nor can the page move to another profile and lose the edit silently.
        p->profileList()->setCurrentRow(0);
        QCOMPARE(p->currentPath(), path);
        QVERIFY(p->isDirty());
        // The CLI's parser says the same of the form's JSON.
        const Quote::ProfileLoad cli = Quote::parseCostProfile(p->formJson(), path);
        QVERIFY(!cli.profile);
        QCOMPARE(cli.error.toString(), p->errorText());
    }

    void missingProfileNameIsRefused()
    {
        auto p = page();
        p->nameEdit()->clear();
        emit p->nameEdit()->textEdited(QString());
        QVERIFY(!p->saveCurrent());
        QVERIFY2(p->errorText().endsWith(u": the profile has no name"), qPrintable(p->errorText()));
    }

    void importRefusesABadFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid JSON") << QByteArray("{\"name\": \"A\",\n\"lines\": [\n{\"name\": \"x\",}]}") << u":3: not valid JSON"_qs;
        QTest::newRow("negative amount") << QByteArray("{\"name\": \"A\",\n\"lines\": [\n{\"name\": \"x\", \"amount\": -1}]}")
                                         << u":3: \"x\": negative amount -1"_qs;
        QTest::newRow("unknown currency") << QByteArray("{\"name\": \"A\", \"lines\": [{\"name\": \"x\", \"amount\": 1, \"currency\": \"QQQ\"}]}")
                                          << u":1: \"x\": unknown currency QQQ without a payment rate"_qs;
        QTest::newRow("no name") << QByteArray("{\"lines\": []}") << u":1: the profile has no name"_qs;
    }

    void importRefusesABadFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto p = page();
        const QString bad = m_dir->filePath(u"bad.json"_qs);
        writeFile(bad, json);
        const int before = p->profileList()->count();
        QVERIFY(!p->importProfile(bad));
        QVERIFY2(p->errorText().startsWith(bad + expected), qPrintable(p->errorText()));
        QCOMPARE(p->profileList()->count(), before);
        QVERIFY(!QDir(profilesDir()).exists() || QDir(profilesDir()).entryList({u"*.json"_qs}).isEmpty());
    }

    void exportImportRoundTrip()
    {
        auto p = page();
        QVERIFY(p->selectProfile(Quote::exampleProfilePaths().at(1)));
        const Quote::CostProfile example = *Quote::loadCostProfile(Quote::exampleProfilePaths().at(1)).profile;
        const QString exported = m_dir->filePath(u"exported.json"_qs);
        QVERIFY2(p->exportProfile(exported), qPrintable(p->errorText()));
        const Quote::ProfileLoad back = Quote::loadCostProfile(exported);
        QVERIFY2(back.profile, qPrintable(back.error.toString()));
        QCOMPARE(back.profile->name, example.name);
        QCOMPARE(back.profile->lines.size(), example.lines.size());
        for (qsizetype i = 0; i < example.lines.size(); ++i) {
            QCOMPARE(back.profile->lines.at(i).name, example.lines.at(i).name);
            QCOMPARE(back.profile->lines.at(i).amount, example.lines.at(i).amount);
            QCOMPARE(back.profile->lines.at(i).currency, example.lines.at(i).currency);
            QCOMPARE(back.profile->lines.at(i).toBorder, example.lines.at(i).toBorder);
            QCOMPARE(back.profile->lines.at(i).source, example.lines.at(i).source);
        }
        QCOMPARE(back.profile->commission, example.commission);
        QCOMPARE(back.profile->paymentMarginPercent, example.paymentMarginPercent);

        QVERIFY2(p->importProfile(exported), qPrintable(p->errorText()));
        QVERIFY(p->currentPath().startsWith(profilesDir()));
        QCOMPARE(p->nameEdit()->text(), example.name);
        QCOMPARE(p->linesTable()->rowCount(), example.lines.size());
        QCOMPARE(Quote::loadCostProfile(p->currentPath()).profile->lines.size(), example.lines.size());

        // And the imported one can be deleted; the examples cannot.
        QVERIFY(p->removeCurrent());
        QVERIFY(p->selectProfile(Quote::exampleProfilePaths().at(0)));
        QVERIFY(!p->removeCurrent());
        QCOMPARE(p->profileList()->count(), Quote::exampleProfilePaths().size());
    }

    // A dealer's file that stopped loading is listed with its error, and stays active if it was.
    void brokenFileIsListedWithItsError()
    {
        QVERIFY(QDir().mkpath(profilesDir()));
        const QString broken = profilesDir() + u"/broken.json";
        writeFile(broken, "{\"name\": \"Mine\",\n\"lines\": [\n{\"name\": \"x\", \"amount\": -5}]}");
        auto p = page(broken);
        QCOMPARE(p->activeProfilePath(), broken);
        QVERIFY(p->selectProfile(broken));
        QCOMPARE(p->errorText(), QString(broken + u":3: \"x\": negative amount -5"));
    }
};

QTEST_MAIN(TestCostProfilesPage)
#include "tst_costprofilespage.moc"
