// The detail panel: a listing from the Encar emulator with its detail (photos, specs, inspection, accidents),
// plain-text rendering of remote text, the web-address guard, copy link, and the power field that updates the
// listing.

#include "core/customs/rates.h"
#include "core/services/photoservice.h"
#include "core/quote/listingquote.h"
#include "ui/costservice.h"
#include "ui/detailpanel.h"
#include "uitestenv.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>
#include <QtTest>

using namespace CarScout;
using namespace CarScout::Ui;

namespace {

Listing firstDemoListing(Sources::Source *source)
{
    Sources::SearchQuery query;
    query.pageSize = 5;
    query.maxPages = 1;
    QList<Listing> listings;
    Sources::SearchJob *job = source->search(query);
    QObject::connect(job, &Sources::SearchJob::pageReady, job, [&listings](const QList<Listing> &page) { listings << page; });
    QSignalSpy finished(job, &Sources::SearchJob::finished);
    finished.wait(10000);
    return listings.value(0);
}

int treeRowsContaining(const QTreeWidget *tree, const QString &text)
{
    int n = 0;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it) {
        if ((*it)->text(0).contains(text) || (*it)->text(1).contains(text))
            ++n;
    }
    return n;
}

} // namespace

class TestDetailPanel : public QObject
{
    Q_OBJECT

private:
    Test::DemoEnvironment m_env;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CostService> m_costs;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_env.start());
        m_settings = m_env.openSettings();
        m_costs = std::make_unique<CostService>(m_settings.get());
    }

    void safeWebUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("safe");
        QTest::newRow("https") << u"https://fem.encar.com/cars/detail/1"_qs << true;
        QTest::newRow("http") << u"http://www.kbchachacha.com/x"_qs << true;
        QTest::newRow("upper-case scheme") << u"HTTPS://example.com/"_qs << true;
        QTest::newRow("javascript") << u"javascript:alert(1)"_qs << false;
        QTest::newRow("file") << u"file:///etc/passwd"_qs << false;
        QTest::newRow("data") << u"data:text/html,<b>x</b>"_qs << false;
        QTest::newRow("no host") << u"http:///path"_qs << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("ftp") << u"ftp://example.com/a"_qs << false;
    }

    void safeWebUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, safe);
        QCOMPARE(isSafeWebUrl(QUrl(url)), safe);
    }

    void showsListingAndDetail()
    {
        Sources::Source *encar = m_env.source(u"encar"_qs);
        const Listing listing = firstDemoListing(encar);
        QVERIFY(!listing.id.isEmpty());

        Services::PhotoService photos(m_env.http.get());
        DetailPanel panel(&photos, m_costs.get(), &m_env.registry.terms());
        panel.resize(500, 900);
        panel.show();
        QSignalSpy loaded(&panel, &DetailPanel::detailLoaded);
        QSignalSpy photo(&panel, &DetailPanel::photoShown);
        QSignalSpy updated(&panel, &DetailPanel::listingUpdated);
        panel.showListing(listing, encar);
        // The listing shows at once, the detail follows.
        QCOMPARE(panel.titleLabel()->text(), listing.title);
        QCOMPARE(panel.titleLabel()->textFormat(), Qt::PlainText);
        QVERIFY(panel.isLoadingDetail());
        QVERIFY(loaded.wait(10000));
        QVERIFY(panel.detail().has_value());
        QVERIFY(panel.listing().photos.size() >= listing.photos.size());
        QVERIFY(photo.count() > 0 || photo.wait(10000));
        QVERIFY(!panel.photoLabel()->pixmap().isNull());
        QVERIFY(panel.photoCounter()->text().contains(QString::number(panel.listing().photos.size())));

        // Specs in a tree: the listing section and the marketplace's sections.
        QVERIFY(panel.specsTree()->topLevelItemCount() >= 1);
        QVERIFY(treeRowsContaining(panel.specsTree(), listing.model) >= 1);
        // Inspection and accident summaries are always stated, also when there is none.
        QVERIFY(!panel.inspectionLabel()->text().isEmpty());
        QVERIFY(!panel.accidentLabel()->text().isEmpty());
        QCOMPARE(panel.inspectionLabel()->textFormat(), Qt::PlainText);
        QCOMPARE(panel.accidentLabel()->textFormat(), Qt::PlainText);
        QCOMPARE(panel.descriptionView()->toPlainText(), panel.detail()->description);

        // Photos: next / previous.
        if (panel.listing().photos.size() > 1) {
            panel.nextPhoto();
            QCOMPARE(panel.currentPhoto(), 1);
            panel.previousPhoto();
            QCOMPARE(panel.currentPhoto(), 0);
        }

        // The detail filled fields the list lacked: the listing is handed back for the table.
        if (!(panel.listing() == listing))
            QVERIFY(updated.count() >= 1);
    }

    void powerEntryUpdatesTheListing()
    {
        Listing listing;
        listing.source = u"encar"_qs;
        listing.id = u"x1"_qs;
        listing.title = u"현대 쏘나타"_qs;
        listing.url = QUrl(u"https://fem.encar.com/cars/detail/x1"_qs);
        listing.year = 2022;
        listing.month = 3;
        listing.price = 20000000;
        listing.currency = u"KRW"_qs;
        listing.fuel = Fuel::Petrol;
        listing.engineCc = 1999;
        DetailPanel panel(nullptr, m_costs.get(), nullptr);
        panel.showListing(listing, nullptr);
        QSignalSpy updated(&panel, &DetailPanel::listingUpdated);
        QCOMPARE(panel.powerBox()->value(), 0);
        panel.powerBox()->setValue(160);
        panel.findChild<QPushButton *>(u"applyPower"_qs)->click();
        QCOMPARE(updated.count(), 1);
        QCOMPARE(updated.first().at(0).value<Listing>().powerHp, 160);
        QCOMPARE(panel.listing().powerHp, 160);
    }

    void remoteTextIsPlainAndOnlyWebAddressesOpen()
    {
        Listing listing;
        listing.source = u"encar"_qs;
        listing.id = u"evil"_qs;
        listing.title = u"<b>bold</b><img src=x onerror=alert(1)>"_qs;
        listing.url = QUrl(u"javascript:alert(1)"_qs);
        DetailPanel panel(nullptr, nullptr, nullptr);
        QList<QUrl> opened;
        DetailPanel::setUrlOpener([&opened](const QUrl &url) { opened << url; return true; });
        panel.showListing(listing, nullptr);
        QCOMPARE(panel.titleLabel()->text(), listing.title);   // shown literally
        QCOMPARE(panel.titleLabel()->textFormat(), Qt::PlainText);
        QVERIFY(!panel.openButton()->isEnabled());
        QVERIFY(!panel.copyButton()->isEnabled());
        panel.openInBrowser();
        QVERIFY(opened.isEmpty());
        QVERIFY(panel.findChild<QLabel *>(u"detailStatus"_qs)->text().contains(u"javascript"_qs));

        listing.id = u"good"_qs;
        listing.url = QUrl(u"https://fem.encar.com/cars/detail/good"_qs);
        panel.showListing(listing, nullptr);
        QVERIFY(panel.openButton()->isEnabled());
        panel.openButton()->click();
        QCOMPARE(opened, QList<QUrl>{listing.url});
        panel.copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), listing.url.toString());
        DetailPanel::setUrlOpener([](const QUrl &) { return false; });
    }

    void customsBreakdownFollowsRates()
    {
        Listing listing;
        listing.source = u"encar"_qs;
        listing.id = u"c1"_qs;
        listing.title = u"Test"_qs;
        listing.year = 2023;
        listing.month = 1;
        listing.price = 20000000;
        listing.currency = u"KRW"_qs;
        listing.fuel = Fuel::Petrol;
        listing.engineCc = 1999;
        listing.powerHp = 150;
        CostService costs(m_settings.get());
        DetailPanel panel(nullptr, &costs, nullptr);
        panel.showListing(listing, nullptr);
        QCOMPARE(panel.customsTree()->topLevelItemCount(), 1);   // "cannot compute": no rates yet
        Customs::RateTable rates;
        rates.date = rates.requestedDate = QDate::currentDate();
        rates.origin = Customs::RateOrigin::Manual;
        rates.setManual(u"KRW"_qs, *Customs::Rational::parse(u"0.05"_qs));
        rates.setManual(u"EUR"_qs, 100);
        costs.setRates(rates);
        QVERIFY(panel.customsTree()->topLevelItemCount() > 5);
        QVERIFY(treeRowsContaining(panel.customsTree(), tr("Total payments")) == 1);
    }

    // "Copy quote": the plain-text card under the example profile, once the rates are there.
    void copyQuote()
    {
        Listing listing;
        listing.source = u"encar"_qs;
        listing.id = u"q1"_qs;
        listing.title = u"Test"_qs;
        listing.makeEn = u"Hyundai"_qs;
        listing.modelEn = u"Sonata"_qs;
        listing.year = 2023;
        listing.month = 1;
        listing.mileageKm = 12000;
        listing.price = 20000000;
        listing.currency = u"KRW"_qs;
        listing.fuel = Fuel::Petrol;
        listing.engineCc = 1999;
        listing.powerHp = 150;
        listing.url = QUrl(u"https://fem.encar.com/cars/detail/q1"_qs);
        CostService costs(m_settings.get());
        DetailPanel panel(nullptr, &costs, nullptr);
        panel.showListing(listing, nullptr);
        QVERIFY(panel.copyQuoteButton()->isEnabled());
        QApplication::clipboard()->clear();
        panel.copyQuoteButton()->click();
        QVERIFY(QApplication::clipboard()->text().isEmpty());
        QVERIFY(panel.findChild<QLabel *>(u"detailStatus"_qs)->text().contains(tr("No quote")));

        Customs::RateTable rates;
        rates.date = rates.requestedDate = QDate::currentDate();
        rates.origin = Customs::RateOrigin::Manual;
        rates.setManual(u"KRW"_qs, *Customs::Rational::parse(u"0.05"_qs));
        rates.setManual(u"EUR"_qs, 100);
        rates.setManual(u"USD"_qs, 90);
        costs.setRates(rates);
        panel.copyQuoteButton()->click();
        const Quote::ProfileLoad profile = Quote::loadCostProfile(Quote::exampleProfilePaths().constFirst());
        const Quote::ListingQuote expected = Quote::quoteForListing(listing, costs.context(), rates, *profile.profile);
        QVERIFY2(expected.card, qPrintable(expected.error));
        const QString text = QApplication::clipboard()->text();
        QCOMPARE(text, Quote::quoteText(*expected.card, Quote::Language::Russian));
        QVERIFY(text.startsWith(u"Hyundai Sonata\n"));
        QVERIFY(text.contains(u"Lot fee (Korean dealer)"));
        QVERIFY(text.contains(u"https://fem.encar.com/cars/detail/q1"));
        // 20 000 000 ₩ at 0.05 × 1.02 = 1 020 000,00 ₽
        QVERIFY(text.contains(u"1\u00a0020\u00a0000,00 ₽"));
    }
};

QTEST_MAIN(TestDetailPanel)
#include "tst_detailpanel.moc"
