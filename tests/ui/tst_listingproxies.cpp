// The listing table's display proxies, each on its own: PowerEditProxy (the editable power column: which
// edits it accepts and hands out) and TermDisplayProxy (Korean terms shown in the dealer's language, the
// marketplace's value kept underneath), over a plain item model holding listings.

#include "core/model/listingcolumns.h"
#include "core/model/listingroles.h"
#include "core/sources/terms.h"
#include "ui/powereditproxy.h"
#include "ui/termdisplayproxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace CarScout;
using namespace CarScout::Ui;

namespace {

// One row: the listing under ListingRole in every cell, the shown text of a few columns.
std::unique_ptr<QStandardItemModel> modelOf(const Listing &listing)
{
    auto model = std::make_unique<QStandardItemModel>(1, int(Model::Column::ColumnCount));
    // Read-only cells, as the listing table's: only the proxy makes power editable.
    for (int column = 0; column < model->columnCount(); ++column)
        model->setItem(0, column, new QStandardItem);
    for (int column = 0; column < model->columnCount(); ++column)
        model->item(0, column)->setEditable(false);
    for (int column = 0; column < model->columnCount(); ++column)
        model->setData(model->index(0, column), QVariant::fromValue(listing), Model::ListingRole);
    model->setData(model->index(0, int(Model::Column::Make)), listing.make);
    model->setData(model->index(0, int(Model::Column::Color)), u"흰색"_qs);
    model->setData(model->index(0, int(Model::Column::Title)), listing.title);
    model->setData(model->index(0, int(Model::Column::PowerHp)), listing.powerHp);
    return model;
}

Listing demoListing()
{
    Listing l;
    l.source = u"demo"_qs;
    l.id = u"42"_qs;
    l.title = u"현대 그랜저"_qs;
    l.make = u"현대"_qs;
    l.powerHp = 0;
    return l;
}

} // namespace

class TestListingProxies : public QObject
{
    Q_OBJECT

private slots:
    void powerEdits_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("160 hp") << QVariant(160) << true;
        QTest::newRow("as text") << QVariant(u"249"_qs) << true;
        QTest::newRow("largest") << QVariant(PowerEditProxy::kMaxPowerHp) << true;
        QTest::newRow("too large") << QVariant(PowerEditProxy::kMaxPowerHp + 1) << false;
        QTest::newRow("negative") << QVariant(-1) << false;
        QTest::newRow("not a number") << QVariant(u"fast"_qs) << false;
        QTest::newRow("unchanged") << QVariant(0) << false;
    }

    void powerEdits()
    {
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        const auto model = modelOf(demoListing());
        PowerEditProxy proxy;
        proxy.setSourceModel(model.get());
        QSignalSpy edited(&proxy, &PowerEditProxy::listingEdited);
        const QModelIndex power = proxy.index(0, int(Model::Column::PowerHp));
        QVERIFY(proxy.flags(power) & Qt::ItemIsEditable);
        const QModelIndex title = proxy.index(0, int(Model::Column::Title));
        QCOMPARE(proxy.flags(title), model->flags(proxy.mapToSource(title)));   // other columns: as the model says
        QCOMPARE(proxy.data(power, Qt::EditRole).toInt(), 0);
        QCOMPARE(proxy.setData(power, value), accepted);
        QCOMPARE(edited.size(), accepted ? 1 : 0);
        if (accepted) {
            const Listing l = edited.first().first().value<Listing>();
            QCOMPARE(l.id, u"42"_qs);
            QCOMPARE(l.powerHp, value.toInt());
        }
        // The edit goes out as a signal; the model (the pane's) is what changes the row, not the proxy.
        QCOMPARE(model->data(model->index(0, int(Model::Column::PowerHp))).toInt(), 0);
    }

    void powerEditOfAnotherColumnGoesToTheModel()
    {
        const auto model = modelOf(demoListing());
        PowerEditProxy proxy;
        proxy.setSourceModel(model.get());
        QSignalSpy edited(&proxy, &PowerEditProxy::listingEdited);
        QVERIFY(proxy.setData(proxy.index(0, int(Model::Column::Title)), u"edited"_qs));
        QCOMPARE(model->data(model->index(0, int(Model::Column::Title))).toString(), u"edited"_qs);
        QCOMPARE(edited.size(), 0);
    }

    void termCategories_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("category");
        QTest::newRow("make") << int(Model::Column::Make) << u"maker"_qs;
        QTest::newRow("model") << int(Model::Column::Model) << u"model"_qs;
        QTest::newRow("body") << int(Model::Column::Body) << u"body"_qs;
        QTest::newRow("colour") << int(Model::Column::Color) << u"color"_qs;
        QTest::newRow("location") << int(Model::Column::Location) << u"region"_qs;
        QTest::newRow("title") << int(Model::Column::Title) << QString();
        QTest::newRow("seller") << int(Model::Column::Seller) << QString();
    }

    void termCategories()
    {
        QFETCH(int, column);
        QFETCH(QString, category);
        QCOMPARE(TermDisplayProxy::termCategory(Model::Column(column)), category);
    }

    void termsShownInTheDealersLanguage()
    {
        const Sources::TermDictionary terms = Sources::TermDictionary::loadDefault();
        const auto model = modelOf(demoListing());
        TermDisplayProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(model.get());
        const QModelIndex make = proxy.index(0, int(Model::Column::Make));
        QCOMPARE(make.data().toString(), u"현대"_qs);   // no dictionary: the marketplace's text
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        proxy.setTerms(&terms, u"en"_qs);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(make.data().toString(), terms.lookup(u"maker", u"현대"_qs, u"en"));
        QVERIFY(!make.data().toString().isEmpty() && make.data().toString() != u"현대"_qs);
        QCOMPARE(proxy.index(0, int(Model::Column::Color)).data().toString(), terms.lookup(u"color", u"흰색"_qs, u"en"));
        QCOMPARE(proxy.index(0, int(Model::Column::Title)).data().toString(), u"현대 그랜저"_qs);   // not a term column
        QCOMPARE(make.data(Model::ListingRole).value<Listing>().make, u"현대"_qs);              // underneath: unchanged
    }
};

QTEST_MAIN(TestListingProxies)
#include "tst_listingproxies.moc"
