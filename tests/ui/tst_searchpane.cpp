// A search pane against the Encar emulator on loopback: the filter cascade, results streaming in page by page,
// sort and instant range filters, cancel, load more, column layout, and the model tester on every proxy.

#include "core/model/listingfilterproxy.h"
#include "core/model/listingroles.h"
#include "core/model/listingtablemodel.h"
#include "core/sources/terms.h"
#include "ui/filterform.h"
#include "ui/searchpane.h"
#include "ui/thumbnailproxy.h"
#include "uitestenv.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTableView>
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace CarScout;
using namespace CarScout::Ui;

class TestSearchPane : public QObject
{
    Q_OBJECT

private:
    Test::DemoEnvironment m_env;
    std::unique_ptr<Settings> m_settings;

    std::unique_ptr<SearchPane> makePane(const QString &sourceId = u"encar"_qs)
    {
        SearchPane::Dependencies deps;
        deps.http = m_env.http.get();
        deps.settings = m_settings.get();
        deps.terms = &m_env.registry.terms();
        auto pane = std::make_unique<SearchPane>(m_env.source(sourceId), deps);
        pane->resize(1200, 700);
        return pane;
    }

    static bool waitIdle(SearchPane *pane, int ms = 20000)
    {
        QSignalSpy finished(pane, &SearchPane::searchFinished);
        return pane->isSearching() ? finished.wait(ms) : true;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_env.start());
        QVERIFY(m_env.source(u"encar"_qs));
        m_settings = m_env.openSettings();
    }

    void filterCascade_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("encar") << u"encar"_qs;
        QTest::newRow("kbchachacha") << u"kbchachacha"_qs;
    }

    void filterCascade()
    {
        QFETCH(QString, source);
        if (!m_env.source(source))
            QSKIP("source not registered");
        auto pane = makePane(source);
        FilterForm *form = pane->filterForm();
        QVERIFY(form->levelCount() >= 3);
        QSignalSpy loaded(form, &FilterForm::catalogLoaded);
        form->loadTopLevel();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.last().at(0).toInt(), 0);
        QComboBox *top = form->levelCombo(0);
        QVERIFY(top->isEnabled());
        QVERIFY2(top->count() > 1, "the top level has entries besides Any");
        QVERIFY(!form->levelCombo(1)->isEnabled());

        // Picking an entry loads the next level from the catalog; counts are shown in the items.
        const QString topKey = top->itemData(1, Qt::UserRole).toString();
        QVERIFY(form->selectKey(0, topKey));
        QVERIFY(form->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(form->levelCombo(1)->isEnabled(), 10000);
        QComboBox *makers = form->levelCombo(1);
        QVERIFY(makers->count() > 1);
        QVERIFY(makers->itemData(1, Qt::UserRole + 1).toInt() > 0);
        QVERIFY2(makers->itemText(1).contains(QLocale().toString(makers->itemData(1, Qt::UserRole + 1).toInt())),
                 qPrintable(makers->itemText(1)));

        const QString makerKey = makers->itemData(1, Qt::UserRole).toString();
        QVERIFY(form->selectKey(1, makerKey));
        QTRY_VERIFY_WITH_TIMEOUT(form->levelCombo(2)->isEnabled(), 10000);
        QVERIFY(form->levelCombo(2)->count() > 1);
        QCOMPARE(form->selectedPath(), (QStringList{topKey, makerKey}));
        QCOMPARE(form->query().path, (QStringList{topKey, makerKey}));

        // Changing a higher level clears and reloads everything below it.
        QVERIFY(form->selectKey(0, topKey));
        QVERIFY(!form->levelCombo(2)->isEnabled());
        QCOMPARE(form->levelCombo(2)->count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(form->levelCombo(1)->isEnabled(), 10000);
        QCOMPARE(form->selectedPath(), QStringList{topKey});
    }

    void searchStreamsRowsPageByPage_data()
    {
        filterCascade_data();
    }

    void searchStreamsRowsPageByPage()
    {
        QFETCH(QString, source);
        if (!m_env.source(source))
            QSKIP("source not registered");
        auto pane = makePane(source);
        QAbstractItemModelTester modelTester(pane->listingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(pane->filterProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester thumbTester(pane->thumbnailProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
        pane->setPageSize(20);
        pane->setPagesPerBatch(3);

        QSignalSpy pages(pane.get(), &SearchPane::pageArrived);
        QSignalSpy finished(pane.get(), &SearchPane::searchFinished);
        // The state at the moment the search ends (the view may ask for more pages right after).
        bool progressShownAtEnd = true, searchEnabledAtEnd = false;
        connect(pane.get(), &SearchPane::searchFinished, this, [&] {
            progressShownAtEnd = pane->progressBar()->isVisible();
            searchEnabledAtEnd = pane->findChild<QPushButton *>(u"searchButton"_qs)->isEnabled();
        }, Qt::SingleShotConnection);
        pane->startSearch();
        QVERIFY(pane->isSearching());
        QVERIFY(pane->progressBar()->isVisible());
        QVERIFY(!pane->findChild<QPushButton *>(u"searchButton"_qs)->isEnabled());
        QVERIFY(pane->findChild<QPushButton *>(u"cancelButton"_qs)->isEnabled());
        QVERIFY(finished.wait(20000));
        QVERIFY2(!finished.last().at(0).value<Sources::JobError>().isError(),
                 qPrintable(finished.last().at(0).value<Sources::JobError>().message));
        // Rows arrived in several steps, each page growing the model.
        QVERIFY2(pages.count() >= 2, qPrintable(QString::number(pages.count())));
        QVERIFY(pages.first().at(0).toInt() < pages.last().at(0).toInt());
        QCOMPARE(pane->listingModel()->size(), pages.last().at(0).toInt());
        QVERIFY(pane->listingModel()->size() > 20);
        QVERIFY(!progressShownAtEnd);
        QVERIFY(searchEnabledAtEnd);
        QVERIFY(waitIdle(pane.get()));

        // Thumbnails are requested for painted rows only and arrive as decorations.
        QTRY_VERIFY_WITH_TIMEOUT(pane->thumbnailProxy()->loadedCount() > 0, 10000);
        QVERIFY(pane->thumbnailProxy()->requestsSent() < pane->listingModel()->size());
        auto decorated = [&pane] {
            const int column = pane->thumbnailProxy()->thumbnailColumn();
            for (int row = 0; row < 5; ++row) {
                if (pane->thumbnailProxy()->index(row, column).data(Qt::DecorationRole).canConvert<QPixmap>())
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(decorated(), 10000);

        // Load more goes on with the next pages of the same query, appending (the demo has more than 3 pages).
        QVERIFY(waitIdle(pane.get()));   // the view may have asked for the next batch itself
        QVERIFY(pane->canLoadMore());
        const int before = pane->listingModel()->size();
        pane->loadMore();
        QVERIFY(waitIdle(pane.get()));
        QVERIFY(pane->listingModel()->size() > before);
    }

    void sortAndRangeFilter()
    {
        auto pane = makePane();
        pane->setPageSize(50);
        pane->setPagesPerBatch(2);
        pane->startSearch();
        QVERIFY(waitIdle(pane.get()));
        const int total = pane->listingModel()->size();
        QVERIFY(total > 10);

        // Sort by price (raw values, not text): ascending order of the underlying numbers.
        const int priceColumn = int(Model::Column::Price);
        pane->view()->sortByColumn(priceColumn, Qt::AscendingOrder);
        QAbstractItemModel *shown = pane->view()->model();
        qint64 previous = -1;
        int known = 0;
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QVariant v = shown->index(row, priceColumn).data(Model::UnderlyingDataRole);
            if (!v.isValid())
                continue;   // unknown prices sort last
            QVERIFY2(v.toLongLong() >= previous, qPrintable(QStringLiteral("row %1").arg(row)));
            previous = v.toLongLong();
            ++known;
        }
        QVERIFY(known > 5);

        // A maximum price typed in the form filters at once, without a new search.
        const qint64 median = shown->index(known / 2, priceColumn).data(Model::UnderlyingDataRole).toLongLong();
        pane->filterForm()->priceMaxEdit()->setText(QString::number(median));
        QVERIFY(!pane->isSearching());
        QVERIFY(shown->rowCount() < total);
        QVERIFY(shown->rowCount() > 0);
        for (int row = 0; row < shown->rowCount(); ++row)
            QVERIFY(shown->index(row, priceColumn).data(Model::UnderlyingDataRole).toLongLong() <= median);
        QVERIFY(pane->findChild<QLabel *>(u"rowCount"_qs)->text().contains(QString::number(shown->rowCount())));

        // Year range too; clearing the inputs shows everything again.
        const int yearFrom = 2020;
        pane->filterForm()->yearFromBox()->setValue(yearFrom);
        for (int row = 0; row < shown->rowCount(); ++row)
            QVERIFY(shown->index(row, int(Model::Column::Year)).data(Model::UnderlyingDataRole).toInt() / 100 >= yearFrom);
        pane->filterForm()->priceMaxEdit()->clear();
        pane->filterForm()->yearFromBox()->setValue(pane->filterForm()->yearFromBox()->minimum());
        QCOMPARE(shown->rowCount(), total);
    }

    void thumbnailsComeFromTheDiskCacheNextTime()
    {
        QTemporaryDir cache;
        SearchPane::Dependencies deps;
        deps.http = m_env.http.get();
        deps.terms = &m_env.registry.terms();
        deps.thumbnailCacheDir = cache.path();
        int downloaded = 0;
        for (int round = 0; round < 2; ++round) {
            SearchPane pane(m_env.source(u"encar"_qs), deps);
            pane.resize(1200, 500);
            pane.setPagesPerBatch(1);
            pane.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pane));
            pane.startSearch();
            QVERIFY(waitIdle(&pane));
            QTRY_VERIFY_WITH_TIMEOUT(pane.thumbnailProxy()->loadedCount() >= 3 && pane.thumbnailProxy()->pendingCount() == 0, 10000);
            if (round == 0) {
                downloaded = pane.thumbnailProxy()->requestsSent();
                QVERIFY(downloaded > 0);
                QVERIFY(!QDir(cache.path()).entryList({u"*.png"_qs}).isEmpty());
            } else {
                // Same rows, same photos: read from disk, nothing downloaded.
                QCOMPARE(pane.thumbnailProxy()->requestsSent(), 0);
                QVERIFY(pane.thumbnailProxy()->diskHits() > 0);
            }
        }
    }

    void scrollingToTheEndLoadsMore()
    {
        auto pane = makePane();
        pane->resize(1200, 600);
        pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
        pane->setPageSize(20);
        pane->setPagesPerBatch(2);
        pane->startSearch();
        QVERIFY(waitIdle(pane.get()));
        QVERIFY(pane->canLoadMore());
        const int before = pane->listingModel()->size();
        QSignalSpy started(pane.get(), &SearchPane::searchStarted);
        pane->view()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(started.count() >= 1, 5000);
        QVERIFY(waitIdle(pane.get()));
        QVERIFY(pane->listingModel()->size() > before);
        QCOMPARE(started.count(), 1);   // one request per batch, not one per scroll event
    }

    void powerIsEditableInTheTable()
    {
        auto pane = makePane();
        pane->setPagesPerBatch(1);
        pane->startSearch();
        QVERIFY(waitIdle(pane.get()));
        QAbstractItemModel *shown = pane->view()->model();
        const QModelIndex power = shown->index(0, int(Model::Column::PowerHp));
        QVERIFY(shown->flags(power) & Qt::ItemIsEditable);
        QVERIFY(!(shown->flags(shown->index(0, int(Model::Column::Price))) & Qt::ItemIsEditable));
        const Listing before = shown->index(0, 0).data(Model::ListingRole).value<Listing>();
        QSignalSpy edited(pane.get(), &SearchPane::listingEdited);
        QVERIFY(!shown->setData(power, u"lots"_qs));
        QVERIFY(shown->setData(power, 163));
        QCOMPARE(edited.count(), 1);
        const int row = pane->listingModel()->rowOf(before.source, before.id);
        QCOMPARE(pane->listingModel()->listing(row).powerHp, 163);
        QCOMPARE(shown->index(0, int(Model::Column::PowerHp)).data(Qt::EditRole).toInt(), 163);
    }

    void koreanTermsShownInTheGuiLanguage()
    {
        auto pane = makePane();
        pane->setPagesPerBatch(1);
        pane->startSearch();
        QVERIFY(waitIdle(pane.get()));
        QAbstractItemModel *shown = pane->view()->model();
        QVERIFY(shown->rowCount() > 0);
        const Sources::TermDictionary &terms = m_env.registry.terms();
        int translated = 0;
        for (int row = 0; row < shown->rowCount(); ++row) {
            const Listing listing = shown->index(row, 0).data(Model::ListingRole).value<Listing>();
            const QString expected = terms.lookup(u"maker"_qs, listing.make, u"en"_qs);
            if (expected.isEmpty())
                continue;
            QCOMPARE(shown->index(row, int(Model::Column::Make)).data().toString(), expected);
            // Sorting and export keep the marketplace's own value.
            QCOMPARE(shown->index(row, int(Model::Column::Make)).data(Model::UnderlyingDataRole).toString(), listing.make);
            ++translated;
        }
        QVERIFY(translated > 0);
    }

    void cancelStopsAtOnce()
    {
        auto pane = makePane();
        pane->setPageSize(10);
        pane->setPagesPerBatch(50);
        // Slow the emulator down so the search is surely still running when canceled.
        m_env.server.setLatencyMs(150);
        QSignalSpy finished(pane.get(), &SearchPane::searchFinished);
        QSignalSpy pages(pane.get(), &SearchPane::pageArrived);
        pane->startSearch();
        QVERIFY(pages.wait(10000));
        pane->cancelSearch();
        m_env.server.setLatencyMs(0);
        QVERIFY(!pane->isSearching());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<Sources::JobError>().kind, Sources::JobError::Kind::Canceled);
        const int kept = pane->listingModel()->size();
        QVERIFY(kept > 0);
        QTest::qWait(400);   // nothing arrives after the cancel
        QCOMPARE(pane->listingModel()->size(), kept);
        QCOMPARE(finished.count(), 1);
        QVERIFY(pane->statusLabel()->text().contains(QString::number(kept)));
        QVERIFY(pane->findChild<QPushButton *>(u"searchButton"_qs)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(m_env.http->stats().activeCalls, 0, 5000);
    }

    void columnLayoutIsPersisted()
    {
        {
            auto pane = makePane();
            pane->setColumnVisible(int(Model::Column::Seller), true);
            pane->setColumnVisible(int(Model::Column::Location), false);
            pane->view()->horizontalHeader()->resizeSection(int(Model::Column::Title), 222);
            pane->saveLayout();
        }
        auto pane = makePane();
        const QHeaderView *header = pane->view()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(int(Model::Column::Seller)));
        QVERIFY(header->isSectionHidden(int(Model::Column::Location)));
        QCOMPARE(header->sectionSize(int(Model::Column::Title)), 222);
        m_settings->setHeaderState(u"encar"_qs, {});
    }

    void failedSearchShowsTheReason()
    {
        // A remap to a closed port: the search fails with a readable message in the pane, nothing modal.
        Net::ClientConfig config = m_env.http->config();
        const Net::ClientConfig saved = config;
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        config.remaps.insert(u"api.encar.com"_qs, QUrl(QStringLiteral("http://127.0.0.1:%1/api.encar.com").arg(port)));
        m_env.http->setConfig(config);
        Net::SourcePolicy policy = m_env.http->sourcePolicy(u"encar"_qs);
        const Net::SourcePolicy savedPolicy = policy;
        policy.retry.maxAttempts = 1;
        policy.breaker.failureThreshold = 0;
        m_env.http->setSourcePolicy(u"encar"_qs, policy);

        auto pane = makePane();
        pane->startSearch();
        QVERIFY(waitIdle(pane.get()));
        QVERIFY(pane->errorLabel()->isVisibleTo(pane.get()));
        QVERIFY2(pane->errorLabel()->text().contains(u"Encar"_qs), qPrintable(pane->errorLabel()->text()));
        QCOMPARE(pane->errorLabel()->textFormat(), Qt::PlainText);
        m_env.http->setConfig(saved);
        m_env.http->setSourcePolicy(u"encar"_qs, savedPolicy);
    }
};

QTEST_MAIN(TestSearchPane)
#include "tst_searchpane.moc"
