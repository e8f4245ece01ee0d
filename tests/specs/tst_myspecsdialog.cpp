// "My specs" (issue 9): the remembered values are listed and removable, and removing one tells the owner.

#include "core/specs/dealerspecsrepository.h"
#include "ui/messagebox.h"
#include "ui/myspecsdialog.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Specs;

class TestMySpecsDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsAndRemoves()
    {
        QTemporaryDir dir;
        DealerSpecsRepository repo(dir.filePath(u"carscout.sqlite"_qs));
        QString error;
        QVERIFY2(repo.open(&error), qPrintable(error));
        const QDateTime when(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
        QVERIFY(repo.save({u"현대"_qs, u"캐스퍼"_qs, u"petrol"_qs, 76, 0, when, u"현대 캐스퍼 스마트"_qs}, &error));
        QVERIFY(repo.save({u"기아"_qs, u"K5 3세대"_qs, u"2.0 petrol"_qs, 159, 0, when, u"기아 K5 3세대 2.0"_qs}, &error));
        Ui::MySpecsDialog dialog(&repo);
        QSignalSpy changed(&dialog, &Ui::MySpecsDialog::changed);
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), u"기아"_qs);   // sorted by make
        QCOMPARE(table->item(0, 3)->text(), QLocale().toString(159));
        QVERIFY(table->item(0, 0)->toolTip().contains(u"K5 3세대 2.0"_qs));
        auto *remove = dialog.findChild<QPushButton *>(u"removeSpec"_qs);
        QVERIFY(remove && !remove->isEnabled());
        table->selectRow(0);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(repo.load(&error).size(), 1);
        QVERIFY(Ui::MessageBox::history().isEmpty());
    }
};

QTEST_MAIN(TestMySpecsDialog)
#include "tst_myspecsdialog.moc"
