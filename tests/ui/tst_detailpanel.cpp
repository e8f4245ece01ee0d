// The detail panel: a row of a listing model from the Encar emulator with its detail (photos, specs,
// inspection, accidents) written back into the row, plain-text rendering of remote text, the web-address guard,
// copy link; the panel following its row (a model edit shows at once, the power entered goes to the model,
// removal and reset clear it); the verdict, provenance, readable title, "passable", rule-change and export
// lines; the Korean inspection values in Russian.

#include "core/common/clock.h"
#include "core/customs/rates.h"
#include "core/model/listingcolumns.h"
#include "core/model/listingroles.h"
#include "core/model/listingtablemodel.h"
#include "core/services/photoservice.h"
#include "core/quote/listingquote.h"
#include "ui/costservice.h"
#include "ui/detailpanel.h"
#include "ui/detailtexts.h"
#include "ui/i18n.h"
#include "ui/searchpane.h"
#include "uitestenv.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QSpinBox>
#include <QTreeWidget>
#include <QTranslator>
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

// A model holding `listings`, as a pane's table holds its search results.
std::unique_ptr<Model::ListingTableModel> modelOf(const QList<Listing> &listings)
{
    auto model = std::make_unique<Model::ListingTableModel>();
    model->appendListings(listings);
    return model;
}

Customs::RateTable manualRates()
{
    Customs::RateTable rates;
    rates.date = rates.requestedDate = QDate(2026, 12, 2);
    rates.origin = Customs::RateOrigin::Manual;
    rates.setManual(u"KRW"_qs, *Customs::Rational::parse(u"0.06"_qs));
    rates.setManual(u"EUR"_qs, 95);
    rates.setManual(u"USD"_qs, 90);
    return rates;
}

bool hasHangul(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
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
        const auto model = modelOf({listing});
        QSignalSpy rowChanged(model.get(), &QAbstractItemModel::dataChanged);
        panel.showRow(model->index(0, int(Model::Column::Title)), encar);
        // The listing shows at once (its readable title, the original beside it), the detail follows.
        QCOMPARE(panel.listing(), listing);
        QVERIFY(!panel.titleLabel()->text().isEmpty());
        QVERIFY(panel.titleLabel()->text() == listing.title || panel.originalTitleLabel()->text().contains(listing.title));
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

        // The detail filled fields the list lacked: they went into the model row, which the panel shows.
        QCOMPARE(model->listing(0), panel.listing());
        if (!(panel.listing() == listing))
            QVERIFY(rowChanged.count() >= 1);
    }

    // The panel follows its row in a real pane: a power typed in the panel goes to the model (the pane's power
    // column), an edit of the model shows in the panel, and the row's removal clears it.
    void panelFollowsTheModelRow()
    {
        Sources::Source *encar = m_env.source(u"encar"_qs);
        SearchPane::Dependencies deps;
        deps.settings = m_settings.get();
        SearchPane pane(encar, deps);
        pane.setPagesPerBatch(1);
        pane.setPageSize(10);
        QSignalSpy finished(&pane, &SearchPane::searchFinished);
        pane.startSearch();
        QVERIFY(finished.wait(20000));
        QVERIFY(pane.listingModel()->size() >= 3);
        QVERIFY(pane.selectRow(1));
        const QModelIndex current = pane.view()->currentIndex();
        const int modelRow = pane.selectedSourceRows().value(0);

        DetailPanel panel(nullptr, m_costs.get(), &m_env.registry.terms());
        panel.showRow(current, nullptr);
        QCOMPARE(panel.listing(), pane.listingModel()->listing(modelRow));

        // Power entered in the panel → the model row (through the pane's editable power column).
        QSignalSpy edited(&pane, &SearchPane::listingEdited);
        const int hp = pane.listingModel()->listing(modelRow).powerHp + 37;
        panel.powerBox()->setValue(hp);
        panel.findChild<QPushButton *>(u"applyPower"_qs)->click();
        QCOMPARE(pane.listingModel()->listing(modelRow).powerHp, hp);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(panel.listing().powerHp, hp);
        QVERIFY(treeRowsContaining(panel.specsTree(), QLocale().toString(hp)) >= 1);

        // An edit of the model (setData on the view's power column) → the panel.
        QAbstractItemModel *viewModel = pane.view()->model();
        QVERIFY(viewModel->setData(current.siblingAtColumn(int(Model::Column::PowerHp)), 211, Qt::EditRole));
        QCOMPARE(panel.powerBox()->value(), 211);
        QCOMPARE(panel.listing().powerHp, 211);
        // … and a replaced row (what the background details do).
        Listing changed = pane.listingModel()->listing(modelRow);
        changed.engineCc = 2199;
        QVERIFY(pane.listingModel()->setListing(modelRow, changed));
        QCOMPARE(panel.listing().engineCc, 2199);
        QVERIFY(panel.provenanceLabel()->text().contains(QLocale().toString(2199)));

        // Sorting moves the row: the panel stays on the same listing.
        const QString id = panel.listing().id;
        pane.view()->sortByColumn(int(Model::Column::Price), Qt::DescendingOrder);
        QCOMPARE(panel.listing().id, id);
        QVERIFY(panel.hasListing());

        // A new search resets the model: the row is gone, so is the listing.
        pane.startSearch();
        QVERIFY(!panel.hasListing());
        QCOMPARE(panel.titleLabel()->text(), tr("No listing selected"));
        QVERIFY(finished.wait(20000));
    }

    void rowRemovalClearsThePanel()
    {
        Listing a;
        a.source = u"encar"_qs;
        a.id = u"r1"_qs;
        a.title = u"keep me"_qs;
        Listing b = a;
        b.id = u"r2"_qs;
        b.title = u"remove me"_qs;
        const auto model = modelOf({a, b});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(model.get());
        proxy.setFilterKeyColumn(int(Model::Column::Title));
        DetailPanel panel(nullptr, nullptr, nullptr);
        panel.showRow(proxy.index(1, 0), nullptr);
        QCOMPARE(panel.listing().id, u"r2"_qs);
        proxy.setFilterFixedString(u"keep"_qs);   // rowsRemoved for r2 (and the model stays)
        QVERIFY(!panel.hasListing());
        panel.showRow(proxy.index(0, 0), nullptr);
        QCOMPARE(panel.listing().id, u"r1"_qs);
        model->clear();   // modelReset
        QVERIFY(!panel.hasListing());
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
        auto model = modelOf({listing});
        panel.showRow(model->index(0, 0), nullptr);
        // Shown literally, as the title or as the original beside a readable one.
        QVERIFY(panel.titleLabel()->text() == listing.title || panel.originalTitleLabel()->text().contains(listing.title));
        QCOMPARE(panel.titleLabel()->textFormat(), Qt::PlainText);
        QCOMPARE(panel.originalTitleLabel()->textFormat(), Qt::PlainText);
        QVERIFY(!panel.openButton()->isEnabled());
        QVERIFY(!panel.copyButton()->isEnabled());
        panel.openInBrowser();
        QVERIFY(opened.isEmpty());
        QVERIFY(panel.findChild<QLabel *>(u"detailStatus"_qs)->text().contains(u"javascript"_qs));

        listing.id = u"good"_qs;
        listing.url = QUrl(u"https://fem.encar.com/cars/detail/good"_qs);
        model->appendListings({listing});
        panel.showRow(model->index(1, 0), nullptr);
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
        const auto model = modelOf({listing});
        panel.showRow(model->index(0, 0), nullptr);
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
        const auto model = modelOf({listing});
        panel.showRow(model->index(0, 0), nullptr);
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

    // The 160 hp verdict with its margin, where displacement and power came from, the readable title beside the
    // original, and the customs through time: the "passable" saving, the rule change of 01.01.2027 and the
    // Korean export restriction on engines of 2,000 cm³ and more.
    void verdictProvenanceAndTimingLines()
    {
        QTemporaryDir dir;
        Settings settings(std::make_unique<QSettings>(dir.filePath(u"t.ini"_qs), QSettings::IniFormat));
        CustomsDefaults customs = settings.customs();
        customs.declarationDate = QDate(2026, 12, 10);   // 22 days before the 2027 tables
        settings.setCustoms(customs);
        const ManualClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
        CostService costs(&settings, &clock);
        costs.setRates(manualRates());

        Listing listing;
        listing.source = u"encar"_qs;
        listing.id = u"t1"_qs;
        listing.title = u"현대 쏘나타 가솔린 1.6 터보 프리미엄"_qs;
        listing.make = u"현대"_qs;
        listing.model = u"쏘나타 디 엣지(DN8)"_qs;   // a generation the specs catalog knows
        listing.year = 2024;
        listing.month = 6;
        listing.price = 80000000;   // 4.8 M RUB, over USD 50 000: Korea's export restriction by price
        listing.currency = u"KRW"_qs;
        listing.fuel = Fuel::Petrol;
        listing.engineCc = 1598;
        listing.powerHp = 150;
        const auto model = modelOf({listing});
        DetailPanel panel(nullptr, &costs, &m_env.registry.terms());
        panel.showRow(model->index(0, 0), nullptr);

        // Readable title in the GUI language (English here), the original beside it.
        QVERIFY2(!hasHangul(panel.titleLabel()->text()), qPrintable(panel.titleLabel()->text()));
        QVERIFY(panel.originalTitleLabel()->isVisibleTo(&panel));
        QVERIFY(panel.originalTitleLabel()->text().contains(listing.title));
        // The verdict: 150 hp is 10 under the 160 hp limit.
        QVERIFY2(panel.verdictLabel()->text().contains(u"yes"_qs), qPrintable(panel.verdictLabel()->text()));
        QVERIFY2(panel.verdictLabel()->text().contains(u"10 hp under the 160 hp limit"_qs), qPrintable(panel.verdictLabel()->text()));
        // Provenance of both values.
        QVERIFY2(panel.provenanceLabel()->text().contains(u"from the listing"_qs), qPrintable(panel.provenanceLabel()->text()));
        QVERIFY(panel.provenanceLabel()->text().contains(QLocale().toString(1598)));

        // Passable after the 3rd anniversary (June 2024 is counted from the 15th), with the saving against now.
        const QString passable = panel.passableLabel()->text();
        QVERIFY2(passable.contains(u"Passable from"_qs), qPrintable(passable));
        QVERIFY2(passable.contains(u".06.2027"_qs), qPrintable(passable));
        QVERIFY2(passable.contains(u"saving"_qs), qPrintable(passable));
        // The rule change and the export restriction in the breakdown.
        bool ruleChange = false;
        bool exportWarning = false;
        for (int i = 0; i < panel.customsTree()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = panel.customsTree()->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toString() == u"rule_change") {
                ruleChange = true;
                QVERIFY2(item->text(0).contains(u"01.01.2027"_qs), qPrintable(item->text(0)));
                QVERIFY2(item->text(1).contains(u"RUB"_qs) && item->text(2).contains(u"total then"_qs),
                         qPrintable(item->text(1) + u" / "_qs + item->text(2)));
            }
            if (item->text(0).startsWith(u"Export: "_qs))
                exportWarning = true;
        }
        QVERIFY(ruleChange);
        QVERIFY(exportWarning);

        // Over the limit (a row edit): "no" with the margin.
        Listing big = listing;
        big.engineCc = 2497;
        big.powerHp = 198;
        QVERIFY(model->setListing(0, big));
        QVERIFY2(panel.verdictLabel()->text().contains(u"no"_qs), qPrintable(panel.verdictLabel()->text()));
        QVERIFY2(panel.verdictLabel()->text().contains(u"38 hp over"_qs), qPrintable(panel.verdictLabel()->text()));
        // This car pays the full utilization fee, whose 2027 column differs: the rule-change line says by how much.
        QString change;
        for (int i = 0; i < panel.customsTree()->topLevelItemCount(); ++i) {
            if (panel.customsTree()->topLevelItem(i)->data(0, Qt::UserRole).toString() == u"rule_change")
                change = panel.customsTree()->topLevelItem(i)->text(1);
        }
        QVERIFY2(change.startsWith(u'+') || change.startsWith(u"−"_qs), qPrintable(change));
        // An electric car: the 80 hp rule.
        Listing ev = listing;
        ev.fuel = Fuel::Electric;
        ev.engineCc = 0;
        ev.powerHp = 78;
        QVERIFY(model->setListing(0, ev));
        QVERIFY2(panel.verdictLabel()->text().contains(u"80 hp"_qs), qPrintable(panel.verdictLabel()->text()));
        QVERIFY(panel.verdictLabel()->text().contains(u"near the limit"_qs));
    }

    void passableTexts_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("thenKopecks");
        QTest::addColumn<qint64>("nowKopecks");
        QTest::addColumn<QString>("expected");
        QTest::newRow("now") << int(Customs::Passable::State::Now) << qint64(0) << qint64(0) << u"Passable now"_qs;
        QTest::newRow("over 5") << int(Customs::Passable::State::Over5) << qint64(0) << qint64(0) << u"Over 5 years"_qs;
        QTest::newRow("later, cheaper") << int(Customs::Passable::State::Later) << qint64(50000000) << qint64(150000000)
                                        << u"saving 1,000,000.00 RUB"_qs;
        QTest::newRow("later, dearer") << int(Customs::Passable::State::Later) << qint64(150000000) << qint64(50000000)
                                       << u"no saving"_qs;
    }

    void passableTexts()
    {
        QFETCH(int, state);
        QFETCH(qint64, thenKopecks);
        QFETCH(qint64, nowKopecks);
        QFETCH(QString, expected);
        Customs::Passable p;
        p.state = Customs::Passable::State(state);
        p.date = QDate(2027, 6, 2);
        p.months = 6;
        p.totalKopecks = thenKopecks;
        const QString text = passableText(p, nowKopecks, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(text.contains(expected), qPrintable(text));
        if (p.state == Customs::Passable::State::Later)
            QVERIFY2(text.contains(u"02.06.2027"_qs) && text.contains(u"6 month"_qs), qPrintable(text));
        QVERIFY(passableText(std::nullopt, nowKopecks).isEmpty());
    }

    // The inspection line of a Korean report in Russian: the dictionary's words, no Hangul left.
    void koreanInspectionValuesInRussian_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("russian");
        QTest::newRow("tuning") << u"tuning: 없음"_qs << u"нет"_qs;
        QTest::newRow("recall") << u"recall: 해당없음"_qs << u"не применимо"_qs;
        QTest::newRow("engine") << u"engineCheck: 양호"_qs << u"исправно"_qs;
        QTest::newRow("unknown value kept") << u"recall: 미확인값"_qs << u"미확인값"_qs;
    }

    void koreanInspectionValuesInRussian()
    {
        QFETCH(QString, note);
        QFETCH(QString, russian);
        const QString text = inspectionNoteText(note, &m_env.registry.terms(), u"ru"_qs);
        QVERIFY2(text.endsWith(u": "_qs + russian), qPrintable(text));
        Sources::InspectionSummary report;
        report.replacedPanels = {u"후드"_qs};
        report.notes = {note};
        const QString line = inspectionText(report, &m_env.registry.terms(), u"ru"_qs);
        QVERIFY2(line.contains(u"Капот"_qs) && line.contains(russian), qPrintable(line));
    }

    // The real panel in the Russian GUI over the Encar demo detail: the report's Korean values come out Russian.
    void russianPanelShowsTheReportInRussian()
    {
        const auto restore = qScopeGuard([before = QLocale()] {   // back to the source texts for the tests after this one
            for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
            QLocale::setDefault(before);
        });
        QVERIFY(installTranslations(*QCoreApplication::instance(), localeFor(Language::Russian)));
        Sources::Source *encar = m_env.source(u"encar"_qs);
        Sources::SearchQuery query;
        query.pageSize = 20;
        query.maxPages = 1;
        QList<Listing> listings;
        Sources::SearchJob *job = encar->search(query);
        connect(job, &Sources::SearchJob::pageReady, this, [&listings](const QList<Listing> &page) { listings << page; });
        QSignalSpy finished(job, &Sources::SearchJob::finished);
        QVERIFY(finished.wait(10000));
        const auto model = modelOf(listings);
        DetailPanel panel(nullptr, nullptr, &m_env.registry.terms());
        int withReport = 0;
        for (int row = 0; row < model->size() && withReport < 3; ++row) {
            QSignalSpy loaded(&panel, &DetailPanel::detailLoaded);
            panel.showRow(model->index(row, 0), encar);
            QVERIFY(loaded.wait(10000));
            if (!panel.detail()->inspection || panel.detail()->inspection->notes.isEmpty())
                continue;
            ++withReport;
            const QString text = panel.inspectionLabel()->text();
            QVERIFY2(!hasHangul(text), qPrintable(text));
            QVERIFY2(text.contains(u"не применимо"_qs), qPrintable(text));
        }
        QVERIFY2(withReport > 0, "no demo listing with an inspection report among the first 20");
    }
};

QTEST_MAIN(TestDetailPanel)
#include "tst_detailpanel.moc"
