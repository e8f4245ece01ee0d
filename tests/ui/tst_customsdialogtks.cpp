// The calculator's tks.ru cross-check end to end on loopback: a fake CAPTCHA solver service (createTask /
// getTaskResult, as in tests/customs) feeds the token pool, a fake tks.ru answers with a synthetic
// table.autocalc_res fragment, and the dialog shows the offline and online figures line by line with the
// differences. Also: the pool is idle until the cross-check is switched on, the manual path opens the
// prefilled calculator page, and demo mode keeps it off with a reason.

#include "core/common/clock.h"
#include "core/customs/solverservice.h"
#include "core/demo/replayserver.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "core/net/sourcepolicy.h"
#include "core/services/crosscheckservice.h"
#include "ui/costservice.h"
#include "ui/customsbreakdown.h"
#include "ui/customsdialog.h"
#include "ui/keychainsecretstore.h"
#include "ui/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace CarScout;
using namespace CarScout::Ui;

namespace {

// customs.md §11.1 vector 1 as tks.ru would print it, except the duty: 10 RUB more, so three lines differ
// (duty and both totals). Synthetic: only the row labels and the table class follow the real page.
const char kTksFragment[] = R"(<div><table class="autocalc_res">
<tr><td>платеж</td><td>ставка</td><td>сумма (руб)</td></tr>
<tr><td>Таможенное оформление</td><td></td><td>1 067.00</td></tr>
<tr><td>Пошлина</td><td>15%</td><td>8 545.25</td></tr>
<tr><td>Акциз</td><td>нет</td><td>0.00</td></tr>
<tr><td>НДС</td><td>20%</td><td>13 087.39</td></tr>
<tr><td>Итого</td><td></td><td>22 699.64</td></tr>
<tr><td>Утилизационный сбор</td><td></td><td>0.00</td></tr>
<tr><td>Итого с утилизационным сбором</td><td></td><td>22 699.64</td></tr>
<tr><td>Курс Евро</td><td>90.1356 руб. за 1 ЕВРО</td></tr>
</table></div>)";

QByteArray json(const char *text)
{
    return QByteArray(text);
}

Demo::ReplayResponse jsonReply(const QByteArray &body)
{
    return {200, {{"Content-Type", "application/json"}}, body};
}

class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened.append(url); }
};

void enterVector1(CustomsDialog &dialog)
{
    dialog.findChild<QComboBox *>(u"importer"_qs)->setCurrentIndex(1);
    dialog.findChild<QComboBox *>(u"vehicle"_qs)->setCurrentIndex(1);
    dialog.findChild<QComboBox *>(u"powertrain"_qs)->setCurrentIndex(0);
    dialog.findChild<QSpinBox *>(u"engineCc"_qs)->setValue(355);
    dialog.findChild<QDoubleSpinBox *>(u"power"_qs)->setValue(1);
    dialog.findChild<QLineEdit *>(u"produced"_qs)->setText(u"2024-05"_qs);
    dialog.findChild<QDateEdit *>(u"declared"_qs)->setDate(QDate(2025, 6, 21));
    dialog.findChild<QLineEdit *>(u"price"_qs)->setText(u"1000000"_qs);
    dialog.findChild<QComboBox *>(u"currency"_qs)->setCurrentText(u"KRW"_qs);
    dialog.setRate(u"KRW"_qs, 1000, u"56.9017"_qs);
    dialog.setRate(u"EUR"_qs, 1, u"90.1356"_qs);
    dialog.setRate(u"USD"_qs, 1, u"78.5016"_qs);
}

QStringList row(const QTreeWidget *tree, int i)
{
    const QTreeWidgetItem *item = tree->topLevelItem(i);
    return {item->text(0), item->text(1), item->text(2), item->text(3)};
}

} // namespace

class TestCustomsDialogTks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    Demo::ReplayServer m_server;
    std::unique_ptr<Net::HttpClient> m_http;
    Customs::MemorySecretStore m_secrets;
    SystemClock m_clock;
    int m_createTasks = 0;
    QList<QUrlQuery> m_tksQueries;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_settings = std::make_unique<Settings>(
            std::make_unique<QSettings>(m_dir.filePath(u"s.ini"_qs), QSettings::IniFormat));

        m_server.addHandler(u"solver.test"_qs, [this](const Demo::ReplayRequest &req) -> std::optional<Demo::ReplayResponse> {
            const QJsonObject body = QJsonDocument::fromJson(req.body).object();
            if (body.value(u"clientKey").toString() != u"k-123")
                return jsonReply(json(R"({"errorId":1,"errorCode":"ERROR_KEY_DOES_NOT_EXIST"})"));
            if (req.path.endsWith(u"/createTask")) {
                if (body.value(u"task").toObject().value(u"websiteURL").toString() != u"https://www.tks.ru/auto/calc/")
                    return jsonReply(json(R"({"errorId":1,"errorCode":"ERROR_BAD_TASK"})"));
                ++m_createTasks;
                return jsonReply(QStringLiteral(R"({"errorId":0,"taskId":"task-%1"})").arg(m_createTasks).toUtf8());
            }
            if (req.path.endsWith(u"/getTaskResult")) {
                const QString task = body.value(u"taskId").toString();
                return jsonReply(QStringLiteral(R"({"errorId":0,"status":"ready","solution":{"gRecaptchaResponse":"tok-%1"}})")
                                     .arg(task.mid(5)).toUtf8());
            }
            return std::nullopt;
        });
        m_server.addHandler(u"www.tks.ru"_qs, [this](const Demo::ReplayRequest &req) -> std::optional<Demo::ReplayResponse> {
            m_tksQueries.append(req.query);
            if (req.query.queryItemValue(u"captcha"_qs).isEmpty())
                return Demo::ReplayResponse{200, {{"Content-Type", "text/html; charset=utf-8"}},
                                            QStringLiteral("<p>На форму расчёта установлена CAPTCHA</p>").toUtf8()};
            return Demo::ReplayResponse{200, {{"Content-Type", "text/html; charset=utf-8"}}, QByteArray(kTksFragment)};
        });
        QVERIFY(m_server.listen());

        Net::ClientConfig config;
        config.remaps.insert(u"www.tks.ru"_qs, QUrl(m_server.baseUrlFor(u"www.tks.ru"_qs)));
        m_http = std::make_unique<Net::HttpClient>(config);
        for (const QString &source : {u"tks"_qs, u"captcha-solver"_qs}) {
            Net::SourcePolicy policy = m_http->sourcePolicy(source);
            policy.rate.minIntervalMs = 0;
            policy.retry.maxAttempts = 1;
            policy.blockPageMarkers.clear();
            m_http->setSourcePolicy(source, policy);
        }
        m_secrets.write(SecretKeys::solverKey(), u"k-123"_qs, [](const QString &) {});
    }

    void solverTokensLineByLine()
    {
        Services::CrossCheckService::Options options;
        options.calcus = false;   // tks.ru only here
        options.pool.targetSize = 1;
        options.pool.refillIntervalMs = 5;
        options.solverPollIntervalMs = 5;
        options.tokenWaitMs = 5000;
        Services::CrossCheckService tks(m_http.get(), &m_secrets, &m_clock, options);
        tks.configureTokens({Services::TksTokenSource::Mode::Solver, m_server.baseUrlFor(u"solver.test"_qs), SecretKeys::solverKey()});
        QCOMPARE(tks.tksMode(), Services::CrossCheckService::TksMode::Solver);

        CostService costs(m_settings.get());
        m_createTasks = 0;
        m_tksQueries.clear();
        {
            CustomsDialog dialog(&costs, m_settings.get(), &tks);
            enterVector1(dialog);
            QVERIFY2(dialog.result().ok, qPrintable(dialog.result().error));
            auto *enabled = dialog.findChild<QCheckBox *>(u"crossEnabled"_qs);
            QVERIFY(enabled->isEnabled());
            QVERIFY(!enabled->isChecked());   // off by default
            QVERIFY(!dialog.findChild<QPushButton *>(u"tksOpen"_qs)->isVisibleTo(&dialog));

            // Off: the pool is idle and nothing was asked.
            QTest::qWait(50);
            QVERIFY(!tks.tksPoolRunning());
            QCOMPARE(m_createTasks, 0);
            QCOMPARE(m_tksQueries.size(), 0);

            enabled->setChecked(true);
            QVERIFY(tks.tksPoolRunning());
            QTRY_COMPARE_WITH_TIMEOUT(dialog.tksTree()->topLevelItemCount(), 7, 10000);

            const QTreeWidget *tree = dialog.tksTree();
            QCOMPARE(row(tree, 0), QStringList({u"Clearance fee"_qs, formatRoubles(106700), formatRoubles(106700), u"equal"_qs}));
            QCOMPARE(row(tree, 1), QStringList({u"Import duty / ETS"_qs, formatRoubles(853525), formatRoubles(854525),
                                                formatRoubles(1000)}));
            QCOMPARE(row(tree, 2), QStringList({u"Excise"_qs, formatRoubles(0), formatRoubles(0), u"equal"_qs}));
            QCOMPARE(row(tree, 3), QStringList({u"VAT"_qs, formatRoubles(1308739), formatRoubles(1308739), u"equal"_qs}));
            QCOMPARE(row(tree, 4), QStringList({u"Utilization fee"_qs, formatRoubles(0), formatRoubles(0), u"equal"_qs}));
            QCOMPARE(row(tree, 5), QStringList({u"Total without utilization fee"_qs, formatRoubles(2268964),
                                                formatRoubles(2269964), formatRoubles(1000)}));
            QCOMPARE(row(tree, 6), QStringList({u"Total"_qs, formatRoubles(2268964), formatRoubles(2269964), formatRoubles(1000)}));
            QCOMPARE(dialog.tksNote()->text(), u"tks.ru differs on 3 line(s)."_qs);

            // One tks.ru request, with the pool's token and the dialog's inputs.
            QCOMPARE(m_tksQueries.size(), 1);
            QCOMPARE(m_tksQueries.first().queryItemValue(u"captcha"_qs), u"tok-1"_qs);
            QCOMPARE(m_tksQueries.first().queryItemValue(u"volume"_qs), u"355"_qs);
            QCOMPARE(m_tksQueries.first().queryItemValue(u"face"_qs), u"jur"_qs);
            QCOMPARE(m_tksQueries.first().queryItemValue(u"cost"_qs), u"1000000"_qs);

            // A changed input asks again with the next (single-use) token.
            dialog.findChild<QSpinBox *>(u"engineCc"_qs)->setValue(356);
            QTRY_COMPARE_WITH_TIMEOUT(m_tksQueries.size(), 2, 10000);
            QVERIFY(m_tksQueries.last().queryItemValue(u"captcha"_qs) != u"tok-1"_qs);
            QCOMPARE(m_tksQueries.last().queryItemValue(u"volume"_qs), u"356"_qs);

            enabled->setChecked(false);
            QVERIFY(!tks.tksPoolRunning());
            enabled->setChecked(true);
            QVERIFY(tks.tksPoolRunning());
        }
        // Closing the dialog stops the pool.
        QVERIFY(!tks.tksPoolRunning());
        QVERIFY(!tks.pool()->timerActive());
    }

    void solverErrorIsShown()
    {
        Customs::MemorySecretStore noKey;
        Services::CrossCheckService::Options options;
        options.calcus = false;   // tks.ru only here
        options.pool.targetSize = 1;
        options.pool.refillIntervalMs = 5;
        options.pool.backoffBaseMs = 60000;
        options.solverPollIntervalMs = 5;
        options.tokenWaitMs = 200;
        Services::CrossCheckService tks(m_http.get(), &noKey, &m_clock, options);
        tks.configureTokens({Services::TksTokenSource::Mode::Solver, m_server.baseUrlFor(u"solver.test"_qs), SecretKeys::solverKey()});
        CostService costs(m_settings.get());
        CustomsDialog dialog(&costs, m_settings.get(), &tks);
        enterVector1(dialog);
        dialog.findChild<QCheckBox *>(u"crossEnabled"_qs)->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.tksNote()->text().startsWith(u"tks.ru: no CAPTCHA token"), 10000);
        QCOMPARE(dialog.tksTree()->topLevelItemCount(), 0);
    }

    void manualOpensTheCalculator()
    {
        Services::CrossCheckService::Options options;
        options.calcus = false;
        Services::CrossCheckService tks(m_http.get(), &m_secrets, &m_clock, options);
        tks.configureTokens({Services::TksTokenSource::Mode::Manual, QString(), SecretKeys::solverKey()});
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"https"_qs, &catcher, "open");
        CostService costs(m_settings.get());
        CustomsDialog dialog(&costs, m_settings.get(), &tks);
        enterVector1(dialog);
        auto *open = dialog.findChild<QPushButton *>(u"tksOpen"_qs);
        QVERIFY(open->isVisibleTo(&dialog));
        QVERIFY(!dialog.tksTree()->isVisibleTo(&dialog));
        QVERIFY(!dialog.findChild<QCheckBox *>(u"crossEnabled"_qs)->isEnabled());   // no calcus hook, no solver
        open->click();
        QDesktopServices::unsetUrlHandler(u"https"_qs);
        QCOMPARE(catcher.opened.size(), 1);
        const QUrl url = catcher.opened.first();
        QCOMPARE(url.host(), u"www.tks.ru"_qs);
        QCOMPARE(url.path(), u"/auto/calc/"_qs);
        QCOMPARE(QUrlQuery(url).queryItemValue(u"volume"_qs), u"355"_qs);
        QVERIFY(!QUrlQuery(url).hasQueryItem(u"captcha"_qs));
    }

    void demoModeExplainsWhyNot()
    {
        Services::CrossCheckService::Options options;
        options.calcus = false;   // tks.ru only here
        options.demoMode = true;
        Services::CrossCheckService tks(m_http.get(), &m_secrets, &m_clock, options);
        tks.configureTokens({Services::TksTokenSource::Mode::Solver, m_server.baseUrlFor(u"solver.test"_qs), SecretKeys::solverKey()});
        QCOMPARE(tks.tksMode(), Services::CrossCheckService::TksMode::Unavailable);
        QVERIFY(!tks.pool());
        CostService costs(m_settings.get());
        CustomsDialog dialog(&costs, m_settings.get(), &tks);
        QVERIFY(!dialog.findChild<QCheckBox *>(u"crossEnabled"_qs)->isEnabled());
        QVERIFY(dialog.tksNote()->isVisibleTo(&dialog));
        QVERIFY(dialog.tksNote()->text().contains(u"demo mode"));
        QVERIFY(!dialog.findChild<QPushButton *>(u"tksOpen"_qs)->isVisibleTo(&dialog));
    }
};

QTEST_MAIN(TestCustomsDialogTks)
#include "tst_customsdialogtks.moc"
