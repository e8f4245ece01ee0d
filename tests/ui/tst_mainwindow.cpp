// The main window shell over the emulator: a pane per registered source, menus and shortcuts, the status bar's
// live counters and breaker states, selection → detail panel, window/column state persisted; and the settings
// dialog writing settings and keychain secrets (a fake store) and reading them back; the window at 1280×800 with
// nothing of the detail panel clipped (English and Russian, placeholder and a listing); a marketplace's detail
// pause in the status bar with the time left.

#include "core/common/clock.h"
#include "core/customs/secretstore.h"
#include "core/sources/che168/che168source.h"
#include "core/model/listingtablemodel.h"
#include "ui/appcontext.h"
#include "ui/costservice.h"
#include "ui/detailpanel.h"
#include "ui/filterform.h"
#include "ui/i18n.h"
#include "ui/keychainsecretstore.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/netstatuswidget.h"
#include "ui/searchpane.h"
#include "ui/settingsdialog.h"
#include "uitestenv.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScopeGuard>
#include <QTreeWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTranslator>
#include <QtTest>

using namespace CarScout;
using namespace CarScout::Ui;

namespace {

// The widgets of the detail panel that would not show all they hold: narrower or lower than their minimum size
// hint, a one-line label narrower than its text, a wrapped label lower than its text, or anything reaching past
// the right edge of the panel's visible area.
QStringList clippedInPanel(QWidget *panel)
{
    QStringList problems;
    auto *scroll = panel->findChild<QScrollArea *>(u"detailScroll"_qs);
    if (!scroll)
        return {u"no scroll area"_qs};
    QWidget *viewport = scroll->viewport();
    for (QWidget *w : panel->findChildren<QWidget *>()) {
        const bool checked = qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QTreeWidget *>(w) || qobject_cast<QPlainTextEdit *>(w);
        if (!checked || !w->isVisibleTo(panel))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->text().isEmpty() && label->pixmap().isNull())
            continue;   // an empty line holds nothing to clip
        const QString name = QString::fromLatin1(w->metaObject()->className()) + u" \"" + w->objectName() + u"\" "
            + (qobject_cast<QLabel *>(w) ? qobject_cast<QLabel *>(w)->text().left(50)
                                          : qobject_cast<QAbstractButton *>(w) ? qobject_cast<QAbstractButton *>(w)->text() : QString());
        // What a layout gives a widget at least: its explicit minimum where set, else its minimum size hint.
        const QSize hint = w->minimumSizeHint();
        const QSize min(w->minimumWidth() > 0 ? w->minimumWidth() : qMin(hint.width(), w->maximumWidth()),
                        w->minimumHeight() > 0 ? w->minimumHeight() : qMin(hint.height(), w->maximumHeight()));
        if (w->width() < min.width() || w->height() < min.height())
            problems << u"%1: %2×%3 < minimum %4×%5"_qs.arg(name).arg(w->width()).arg(w->height()).arg(min.width()).arg(min.height());
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty()) {
            if (!label->wordWrap() && w->width() < label->sizeHint().width())
                problems << u"%1: width %2 < text %3"_qs.arg(name).arg(w->width()).arg(label->sizeHint().width());
            if (label->wordWrap() && w->height() < label->heightForWidth(w->width()))
                problems << u"%1: height %2 < wrapped text %3"_qs.arg(name).arg(w->height()).arg(label->heightForWidth(w->width()));
        }
        const int right = w->mapTo(viewport, QPoint(w->width(), 0)).x();
        if (right > viewport->width())
            problems << u"%1: right edge %2 past the visible %3"_qs.arg(name).arg(right).arg(viewport->width());
    }
    return problems;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    Test::DemoEnvironment m_env;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CostService> m_costs;
    Customs::MemorySecretStore m_secrets;

    AppContext context()
    {
        AppContext c;
        c.settings = m_settings.get();
        c.http = m_env.http.get();
        c.costs = m_costs.get();
        c.secrets = &m_secrets;
        c.terms = &m_env.registry.terms();
        c.sources = m_env.sources;
        return c;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_env.start());
        m_settings = m_env.openSettings();
        m_costs = std::make_unique<CostService>(m_settings.get());
        MessageBox::setAutoAnswer(QMessageBox::Ok);
    }

    void shellHasPanesMenusAndStatus()
    {
        AppContext c = context();
        MainWindow window(c);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.panes().size(), m_env.sources.size());
        QCOMPARE(window.panes().first()->sourceId(), m_env.sources.first()->id());

        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text().remove(u'&');
        QCOMPARE(menus, (QStringList{u"File"_qs, u"Search"_qs, u"Tools"_qs, u"View"_qs, u"Help"_qs}));
        QCOMPARE(window.exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QCOMPARE(window.calculatorAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        QVERIFY(window.searchAction()->isEnabled());
        QVERIFY(!window.cancelAction()->isEnabled());

        // A search through the menu action: the counters and the breaker states move.
        window.setCurrentPane(u"encar"_qs);
        SearchPane *pane = window.currentPane();
        pane->setPagesPerBatch(2);
        QSignalSpy finished(pane, &SearchPane::searchFinished);
        window.searchAction()->trigger();
        QVERIFY(window.cancelAction()->isEnabled());
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!window.netStatus()->countersText().startsWith(u"Requests: 0 "_qs), 5000);
        QVERIFY2(window.netStatus()->breakerText(u"encar"_qs).contains(u"OK"_qs), qPrintable(window.netStatus()->breakerText(u"encar"_qs)));
        QVERIFY(window.netStatus()->ratesText().contains(u"not loaded"_qs));

        // Selecting a row shows it in the detail panel.
        QVERIFY(pane->selectRow(0));
        QTRY_VERIFY_WITH_TIMEOUT(window.detailPanel()->hasListing(), 5000);
        QCOMPARE(window.detailPanel()->listing().id, pane->currentListing()->id);

        // Rates arriving: the date shows in the status bar and the cost columns get an estimator.
        Customs::RateTable rates;
        rates.date = rates.requestedDate = QDate(2026, 5, 4);
        rates.origin = Customs::RateOrigin::Manual;
        rates.setManual(u"KRW"_qs, *Customs::Rational::parse(u"0.06"_qs));
        rates.setManual(u"EUR"_qs, 95);
        m_costs->setRates(rates);
        QVERIFY(!window.netStatus()->ratesText().contains(u"not loaded"_qs));
        QVERIFY(pane->listingModel()->hasCostEstimator());
        const Model::CostEstimate *estimate = pane->listingModel()->costEstimate(0);
        QVERIFY(estimate);
        QVERIFY(estimate->priceRubKopecks.has_value());
    }

    void layoutIsPersisted()
    {
        QSize saved;
        {
            AppContext c = context();
            MainWindow window(c);
            window.resize(1111, 777);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1400, 777);
            window.findChild<QSplitter *>(u"mainSplitter"_qs)->setSizes({700, 300});
            saved = window.size();
            window.close();
        }
        QVERIFY(!m_settings->value(Keys::windowGeometry).isEmpty());
        AppContext c = context();
        MainWindow window(c);
        QCOMPARE(window.size(), saved);
        QCOMPARE(saved, QSize(1400, 777));
    }

    void settingsDialogRoundTrip()
    {
        m_secrets.write(SecretKeys::proxyPassword(), u"old"_qs, [](QString) {});
        SettingsDialog dialog(m_settings.get(), &m_secrets, {{u"encar"_qs, u"Encar"_qs}});
        QCOMPARE(dialog.proxyPasswordEdit()->text(), u"old"_qs);   // read back from the store
        dialog.proxyTypeBox()->setCurrentIndex(dialog.proxyTypeBox()->findData(u"socks5"_qs));
        dialog.proxyHostEdit()->setText(u"127.0.0.1"_qs);
        dialog.proxyPortBox()->setValue(1080);
        dialog.proxyUserEdit()->setText(u"dealer"_qs);
        dialog.proxyPasswordEdit()->setText(u"s3cret"_qs);
        SourceNetworkSettings encar{800, 100, 10, 1500, 2500, 4, 20000};
        dialog.setSourceRow(0, encar);
        dialog.tokenModeBox()->setCurrentIndex(dialog.tokenModeBox()->findData(u"solver"_qs));
        dialog.solverEndpointEdit()->setText(u"https://solver.example/api"_qs);
        dialog.solverKeyEdit()->setText(u"KEY-123"_qs);
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"ru"_qs));
        dialog.csvDelimiterBox()->setCurrentIndex(dialog.csvDelimiterBox()->findData(u"tab"_qs));
        dialog.csvBomBox()->setChecked(false);
        dialog.importerBox()->setCurrentIndex(dialog.importerBox()->findData(u"company"_qs));
        dialog.todayBox()->setChecked(false);
        dialog.declarationDateEdit()->setDate(QDate(2026, 7, 1));
        dialog.costsEdit()->setText(u"1200"_qs);
        dialog.costsCurrencyBox()->setCurrentText(u"USD"_qs);
        dialog.extraCostsEdit()->setText(u"90000"_qs);
        dialog.defaultPowerBox()->setValue(150);
        dialog.crossCheckBox()->setChecked(true);
        if (qEnvironmentVariableIsSet("CARSCOUT_UI_SHOTS"))   // visual checks: where to write pictures of the dialog
            dialog.grab().save(qEnvironmentVariable("CARSCOUT_UI_SHOTS") + u"/settingsdialog.png"_qs);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.languageChanged());

        // Settings: plain values only; the password never lands in the settings file.
        const ProxySettings proxy = m_settings->proxy();
        QCOMPARE(proxy, (ProxySettings{ProxyType::Socks5, u"127.0.0.1"_qs, 1080, u"dealer"_qs}));
        QCOMPARE(m_settings->sourceNetwork(u"encar"_qs), encar);
        QCOMPARE(m_settings->tokens(), (TokenSettings{TokenMode::Solver, u"https://solver.example/api"_qs}));
        QCOMPARE(m_settings->language(), Language::Russian);
        QCOMPARE(m_settings->csv(), (CsvSettings{CsvDelimiter::Tab, false}));
        const CustomsDefaults customs = m_settings->customs();
        QCOMPARE(customs.importer, ImporterType::Company);
        QCOMPARE(customs.declarationDate, std::optional<QDate>(QDate(2026, 7, 1)));
        QCOMPARE(customs.costsToBorder, 1200);
        QCOMPARE(customs.costsCurrency, u"USD"_qs);
        QCOMPARE(customs.extraCostsRub, 90000);
        QCOMPARE(customs.defaultPowerHp, 150);
        QVERIFY(customs.onlineCrossCheck);
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(!ini.contains("s3cret"));
        QVERIFY(!ini.contains("KEY-123"));
        std::optional<QString> stored;
        m_secrets.read(SecretKeys::proxyPassword(), [&stored](std::optional<QString> v, QString) { stored = v; });
        QCOMPARE(stored, std::optional<QString>(u"s3cret"_qs));
        m_secrets.read(SecretKeys::solverKey(), [&stored](std::optional<QString> v, QString) { stored = v; });
        QCOMPARE(stored, std::optional<QString>(u"KEY-123"_qs));

        // A second dialog shows what was saved.
        SettingsDialog again(m_settings.get(), &m_secrets, {{u"encar"_qs, u"Encar"_qs}});
        QCOMPARE(again.proxyHostEdit()->text(), u"127.0.0.1"_qs);
        QCOMPARE(again.proxyPasswordEdit()->text(), u"s3cret"_qs);
        QCOMPARE(again.sourceRow(0), encar);
        QVERIFY(!again.todayBox()->isChecked());
        QCOMPARE(again.defaultPowerBox()->value(), 150);
        m_settings->setLanguage(Language::System);
    }

    void settingsDialogRefusesAnIncompleteProxy()
    {
        MessageBox::clearHistory();
        SettingsDialog dialog(m_settings.get(), &m_secrets, {});
        dialog.proxyTypeBox()->setCurrentIndex(dialog.proxyTypeBox()->findData(u"http"_qs));
        dialog.proxyHostEdit()->clear();
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QCOMPARE(MessageBox::history().size(), 1);
        QVERIFY(MessageBox::history().first().contains(u"host"_qs));
    }

    // The main window at 1280×800 (a common laptop) on a first start: nothing of the detail panel is clipped,
    // neither its placeholder nor a listing with its detail, in English and in Russian.
    void fitsAt1280x800_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_qs;
        QTest::newRow("ru") << u"ru"_qs;
    }

    void fitsAt1280x800()
    {
        QFETCH(QString, language);
        const QLocale locale = language == u"ru" ? localeFor(Language::Russian) : QLocale(QLocale::English, QLocale::UnitedStates);
        const auto restore = qScopeGuard([before = QLocale()] {   // back to the source texts for the tests after this one
            for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
            QLocale::setDefault(before);
        });
        installTranslations(*QCoreApplication::instance(), locale);
        QTemporaryDir dir;   // a first start: no saved geometry
        Settings fresh(std::make_unique<QSettings>(dir.filePath(u"first.ini"_qs), QSettings::IniFormat));
        AppContext c = context();
        c.settings = &fresh;
        MainWindow window(c);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1280, 800));
        DetailPanel *panel = window.detailPanel();
        QVERIFY(panel->isVisible());
        qInfo("%s: window %dx%d, tabs %d (minimum %d), detail panel %d (minimum %d)", qPrintable(language), window.width(),
              window.height(), window.currentPane()->width(), window.currentPane()->minimumSizeHint().width(),
              panel->width(), panel->minimumSizeHint().width());
        for (SearchPane *p : window.panes())
            qInfo("  pane %s minimum %d; filter form %d", qPrintable(p->sourceId()), p->minimumSizeHint().width(),
                  p->filterForm()->minimumSizeHint().width());
        QVERIFY2(panel->width() >= panel->minimumSizeHint().width(), qPrintable(QString::number(panel->width())));
        QCoreApplication::processEvents();
        QStringList problems = clippedInPanel(panel);
        QVERIFY2(problems.isEmpty(), qPrintable(u"placeholder:\n"_qs + problems.join(u'\n')));

        window.setCurrentPane(u"encar"_qs);
        SearchPane *pane = window.currentPane();
        pane->setPagesPerBatch(1);
        QSignalSpy finished(pane, &SearchPane::searchFinished);
        window.searchAction()->trigger();
        QVERIFY(finished.wait(20000));
        QSignalSpy loaded(panel, &DetailPanel::detailLoaded);
        QVERIFY(pane->selectRow(0));
        QVERIFY(loaded.wait(10000));
        QCoreApplication::processEvents();
        problems = clippedInPanel(panel);
        if (qEnvironmentVariableIsSet("CARSCOUT_UI_SHOTS"))
            window.grab().save(qEnvironmentVariable("CARSCOUT_UI_SHOTS") + u"/mainwindow-1280x800-"_qs + language + u".png"_qs);
        QVERIFY2(problems.isEmpty(), qPrintable(u"listing:\n"_qs + problems.join(u'\n')));
        QCOMPARE(window.size(), QSize(1280, 800));
    }

    // A marketplace pausing its details (Che168's 514/403 pause): the status bar says so with the time left,
    // then that one trial request decides, and the note goes once the details resume.
    void detailPauseInTheStatusBar()
    {
        ManualClock clock;
        Sources::Che168::Che168Source che168(*m_env.http, m_env.registry.terms(), clock, {});
        AppContext c = context();
        c.sources.removeIf([](Sources::Source *s) { return s->id() == u"che168"; });   // every other marketplace too
        c.sources.append(&che168);
        MainWindow window(c);
        QVERIFY(window.netStatus()->pausesText().isEmpty());
        const QString host = u"apiuscdt.che168.com"_qs;
        Sources::Che168::DetailGate &gate = che168.detailGate();
        QCOMPARE(gate.admit(host, u"1"_qs).verdict, Sources::Che168::DetailGate::Verdict::Go);
        gate.finish(host, u"1"_qs, 514, false);
        window.refreshStatus();
        QString text = window.netStatus()->pausesText();
        QVERIFY2(text.contains(che168.displayName()) && text.contains(u"5 min 00 s left"_qs), qPrintable(text));
        // The note does not widen the window past 1280 px.
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.minimumSizeHint().width() <= 1280, qPrintable(QString::number(window.minimumSizeHint().width())));
        QCOMPARE(window.width(), 1280);
        clock.advance(61500);
        window.refreshStatus();
        text = window.netStatus()->pausesText();
        QVERIFY2(text.contains(u"3 min 59 s left"_qs), qPrintable(text));
        clock.advance(240000);
        window.refreshStatus();
        QVERIFY2(window.netStatus()->pausesText().contains(u"trial request"_qs), qPrintable(window.netStatus()->pausesText()));
        QCOMPARE(gate.admit(host, u"2"_qs).verdict, Sources::Che168::DetailGate::Verdict::Probe);
        gate.finish(host, u"2"_qs, 200, true);
        window.refreshStatus();
        QVERIFY(window.netStatus()->pausesText().isEmpty());
        QVERIFY(!window.netStatus()->findChild<QLabel *>(u"detailPauses"_qs)->isVisibleTo(window.netStatus()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
