#include "ui/settingsdialog.h"

#include "core/quote/profilestore.h"
#include "core/sources/sourceregistry.h"
#include "core/store/databaseurl.h"
#include "ui/costprofilespage.h"
#include "ui/keychainsecretstore.h"
#include "ui/messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CarScout::Ui {

namespace {
enum SourceColumn { IntervalCol, JitterCol, PauseEveryCol, PauseMinCol, PauseMaxCol, RetriesCol, TimeoutCol, SourceColumnCount };

QSpinBox *spin(QWidget *parent, int min, int max, int step, const QString &suffix = {})
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setFrame(false);
    return box;
}

QLineEdit *moneyEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), edit));
    return edit;
}
} // namespace

SettingsDialog::SettingsDialog(Settings *settings, Customs::SecretStore *secrets, const QList<QPair<QString, QString>> &sources,
                               const QHash<QString, SourceNetworkSettings> &effective, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_secrets(secrets), m_sources(sources), m_effective(effective)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_sources.append({QStringLiteral("photos"), tr("Photos")});
    m_sources.append({QStringLiteral("cbr"), tr("CBR exchange rates")});
    m_sources.append({QStringLiteral("tks"), tr("tks.ru cross-check")});
    m_sources.append({QStringLiteral("calcus"), tr("calcus.ru cross-check")});

    auto *tabs = new QTabWidget(this);
    tabs->addTab(createNetworkPage(), tr("&Network"));
    tabs->addTab(createTokensPage(), tr("&Tokens"));
    tabs->addTab(createCustomsPage(), tr("&Customs"));
    tabs->addTab(createQuotePage(), tr("&Quote"));
    tabs->addTab(createMarketplacesPage(), tr("&Marketplaces"));
    tabs->addTab(createGeneralPage(), tr("&General"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    load();
    resize(760, 520);
}

QWidget *SettingsDialog::createNetworkPage()
{
    auto *page = new QWidget(this);
    m_proxyType = new QComboBox(page);
    m_proxyType->setObjectName(QStringLiteral("proxyType"));
    m_proxyType->addItem(tr("System proxy settings"), proxyTypeKey(ProxyType::System));
    m_proxyType->addItem(tr("No proxy"), proxyTypeKey(ProxyType::None));
    m_proxyType->addItem(tr("HTTP proxy"), proxyTypeKey(ProxyType::Http));
    m_proxyType->addItem(tr("SOCKS5 proxy"), proxyTypeKey(ProxyType::Socks5));
    m_proxyHost = new QLineEdit(page);
    m_proxyHost->setObjectName(QStringLiteral("proxyHost"));
    m_proxyPort = new QSpinBox(page);
    m_proxyPort->setObjectName(QStringLiteral("proxyPort"));
    m_proxyPort->setRange(0, 65535);
    m_proxyUser = new QLineEdit(page);
    m_proxyUser->setObjectName(QStringLiteral("proxyUser"));
    m_proxyPassword = new QLineEdit(page);
    m_proxyPassword->setObjectName(QStringLiteral("proxyPassword"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_secretsNote = new QLabel(page);
    m_secretsNote->setTextFormat(Qt::PlainText);
    m_secretsNote->setWordWrap(true);
    m_secretsNote->setText(m_secrets ? tr("Passwords and keys are kept in the system keychain, never in the settings file.")
                                     : tr("No system keychain is available: passwords and keys cannot be saved."));
    connect(m_proxyType, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("Proxy:"), m_proxyType);
    form->addRow(tr("Host:"), m_proxyHost);
    form->addRow(tr("Port:"), m_proxyPort);
    form->addRow(tr("User:"), m_proxyUser);
    form->addRow(tr("Password:"), m_proxyPassword);
    form->addRow(QString(), m_secretsNote);

    m_sourceTable = new QTableWidget(int(m_sources.size()), SourceColumnCount, page);
    m_sourceTable->setObjectName(QStringLiteral("sourceTable"));
    m_sourceTable->setHorizontalHeaderLabels({tr("Interval"), tr("Jitter"), tr("Pause every"), tr("Pause from"),
                                              tr("Pause to"), tr("Attempts"), tr("Timeout")});
    QStringList names;
    for (const auto &[id, name] : std::as_const(m_sources))
        names.append(name);
    m_sourceTable->setVerticalHeaderLabels(names);
    for (int row = 0; row < m_sources.size(); ++row) {
        m_sourceTable->setCellWidget(row, IntervalCol, spin(m_sourceTable, 0, 600000, 100, tr(" ms")));
        m_sourceTable->setCellWidget(row, JitterCol, spin(m_sourceTable, 0, 600000, 50, tr(" ms")));
        m_sourceTable->setCellWidget(row, PauseEveryCol, spin(m_sourceTable, 0, 100000, 1));
        m_sourceTable->setCellWidget(row, PauseMinCol, spin(m_sourceTable, 0, 600000, 500, tr(" ms")));
        m_sourceTable->setCellWidget(row, PauseMaxCol, spin(m_sourceTable, 0, 600000, 500, tr(" ms")));
        m_sourceTable->setCellWidget(row, RetriesCol, spin(m_sourceTable, 1, 20, 1));
        m_sourceTable->setCellWidget(row, TimeoutCol, spin(m_sourceTable, 1000, 600000, 1000, tr(" ms")));
    }
    m_sourceTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_sourceTable->setToolTip(tr("Minimum time between requests to a marketplace, a random extra, a longer pause "
                                 "every N requests, attempts per request and the transfer timeout"));

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Request pacing and patience per service:"), page));
    layout->addWidget(m_sourceTable, 1);
    return page;
}

QWidget *SettingsDialog::createTokensPage()
{
    auto *page = new QWidget(this);
    m_tokenMode = new QComboBox(page);
    m_tokenMode->setObjectName(QStringLiteral("tokenMode"));
    m_tokenMode->addItem(tr("Off (no CAPTCHA-protected cross-checks)"), tokenModeKey(TokenMode::Off));
    m_tokenMode->addItem(tr("Solver service"), tokenModeKey(TokenMode::Solver));
    m_tokenMode->addItem(tr("Token entered by hand"), tokenModeKey(TokenMode::Manual));
    m_solverEndpoint = new QLineEdit(page);
    m_solverEndpoint->setObjectName(QStringLiteral("solverEndpoint"));
    m_solverEndpoint->setPlaceholderText(QStringLiteral("https://…"));
    m_solverKey = new QLineEdit(page);
    m_solverKey->setObjectName(QStringLiteral("solverKey"));
    m_solverKey->setEchoMode(QLineEdit::Password);
    m_manualToken = new QLineEdit(page);
    m_manualToken->setObjectName(QStringLiteral("manualToken"));
    m_manualToken->setEchoMode(QLineEdit::Password);
    connect(m_tokenMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabled);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Token provider:"), m_tokenMode);
    form->addRow(tr("Solver endpoint:"), m_solverEndpoint);
    form->addRow(tr("Solver key:"), m_solverKey);
    form->addRow(tr("Manual token:"), m_manualToken);
    return page;
}

QWidget *SettingsDialog::createGeneralPage()
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), languageKey(Language::System));
    m_language->addItem(QStringLiteral("English"), languageKey(Language::English));
    m_language->addItem(QStringLiteral("Русский"), languageKey(Language::Russian));
    m_csvDelimiter = new QComboBox(page);
    m_csvDelimiter->setObjectName(QStringLiteral("csvDelimiter"));
    m_csvDelimiter->addItem(tr("By language (; for Russian, , otherwise)"), csvDelimiterKey(CsvDelimiter::Auto));
    m_csvDelimiter->addItem(tr("Comma ,"), csvDelimiterKey(CsvDelimiter::Comma));
    m_csvDelimiter->addItem(tr("Semicolon ;"), csvDelimiterKey(CsvDelimiter::Semicolon));
    m_csvDelimiter->addItem(tr("Tab"), csvDelimiterKey(CsvDelimiter::Tab));
    m_csvBom = new QCheckBox(tr("Write a UTF-8 byte order mark (for Excel)"), page);
    m_csvBom->setObjectName(QStringLiteral("csvBom"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), new QLabel(tr("A new language applies after a restart."), page));
    form->addRow(tr("CSV delimiter:"), m_csvDelimiter);
    form->addRow(QString(), m_csvBom);
    return page;
}

QWidget *SettingsDialog::createCustomsPage()
{
    auto *page = new QWidget(this);
    m_importer = new QComboBox(page);
    m_importer->setObjectName(QStringLiteral("importer"));
    m_importer->addItem(tr("Individual, personal use"), importerKey(ImporterType::Individual));
    m_importer->addItem(tr("Company (or resale)"), importerKey(ImporterType::Company));
    m_today = new QCheckBox(tr("Today + lead time"), page);
    m_today->setObjectName(QStringLiteral("declarationToday"));
    m_declarationDate = new QDateEdit(page);
    m_declarationDate->setObjectName(QStringLiteral("declarationDate"));
    m_declarationDate->setCalendarPopup(true);
    m_declarationDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(m_today, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    m_leadTime = new QSpinBox(page);
    m_leadTime->setObjectName(QStringLiteral("leadTimeDays"));
    m_leadTime->setRange(0, 365);
    m_leadTime->setSuffix(tr(" days"));
    m_leadTime->setToolTip(tr("From purchase to the customs declaration (shipping): the default declaration date is "
                              "today plus this, so the rules and the car's age of that day apply."));
    m_costs = moneyEdit(page);
    m_costs->setObjectName(QStringLiteral("costsToBorder"));
    m_costsCurrency = new QComboBox(page);
    m_costsCurrency->setObjectName(QStringLiteral("costsCurrency"));
    for (const char *code : {"RUB", "KRW", "CNY", "USD", "EUR"})
        m_costsCurrency->addItem(QString::fromLatin1(code));
    m_extraCosts = moneyEdit(page);
    m_extraCosts->setObjectName(QStringLiteral("extraCostsRub"));
    m_defaultPower = new QSpinBox(page);
    m_defaultPower->setObjectName(QStringLiteral("defaultPower"));
    m_defaultPower->setRange(0, 3000);
    m_defaultPower->setSpecialValueText(tr("none: ask per listing"));
    m_defaultPower->setSuffix(tr(" hp"));
    m_crossCheck = new QCheckBox(tr("Cross-check with the online calculators (tks.ru, calcus.ru)"), page);
    m_crossCheck->setObjectName(QStringLiteral("crossCheck"));

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_today);
    dateRow->addWidget(m_declarationDate, 1);
    auto *costsRow = new QHBoxLayout;
    costsRow->addWidget(m_costs, 1);
    costsRow->addWidget(m_costsCurrency);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Importer:"), m_importer);
    form->addRow(tr("Declaration date:"), dateRow);
    form->addRow(tr("Lead time:"), m_leadTime);
    form->addRow(tr("Costs to the border:"), costsRow);
    form->addRow(tr("Other costs (RUB):"), m_extraCosts);
    form->addRow(tr("Power when unknown:"), m_defaultPower);
    form->addRow(QString(), m_crossCheck);
    return page;
}

QWidget *SettingsDialog::createQuotePage()
{
    auto *page = new QWidget(this);
    m_profiles = new CostProfilesPage(Quote::ProfileStore(Quote::ProfileStore::defaultDirectory()),
                                      m_settings->value(Keys::activeProfile), page);
    auto lineEdit = [page](const char *name) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(QLatin1StringView(name));
        return edit;
    };
    m_dealerName = lineEdit("dealerName");
    m_dealerPhone = lineEdit("dealerPhone");
    m_dealerMessenger = lineEdit("dealerMessenger");
    m_dealerMessenger->setPlaceholderText(tr("Telegram @name, WhatsApp +7 …"));
    m_dealerEmail = lineEdit("dealerEmail");
    auto *dealer = new QGroupBox(tr("On every quote (text and PDF)"), page);
    auto *form = new QFormLayout(dealer);
    form->addRow(tr("Dealer name:"), m_dealerName);
    form->addRow(tr("Phone:"), m_dealerPhone);
    form->addRow(tr("Messenger:"), m_dealerMessenger);
    form->addRow(tr("E-mail:"), m_dealerEmail);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_profiles, 1);
    layout->addWidget(dealer);
    return page;
}

QWidget *SettingsDialog::createMarketplacesPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    // Each marketplace's own settings, as its SourceInfo describes them (none are spelled here).
    Sources::SourceRegistry registry;
    Sources::registerBuiltInSources(registry);
    for (const auto &[id, name] : std::as_const(m_sources)) {
        const Sources::SourceInfo *info = registry.info(id);
        if (!info || info->settings.isEmpty())
            continue;
        auto *box = new QGroupBox(name, page);
        auto *form = new QFormLayout(box);
        for (const Sources::SourceSetting &setting : info->settings) {
            auto *edit = new QLineEdit(box);
            edit->setObjectName(setting.key);
            edit->setPlaceholderText(setting.defaultValue);
            edit->setToolTip(QCoreApplication::translate("SourceSettings", setting.help));
            form->addRow(QCoreApplication::translate("SourceSettings", setting.label) + u':', edit);
            m_marketplaceEdits.insert(setting.key, edit);
        }
        layout->addWidget(box);
    }

    auto *specs = new QGroupBox(tr("Engine specs"), page);
    m_panAuto = new QCheckBox(tr("Look up missing power and engine size online at pan-auto.ru (Encar cars)"), specs);
    m_panAuto->setObjectName(QStringLiteral("panAutoLookup"));
    m_panAuto->setToolTip(tr("Off by default and always off in the demo: each lookup sends the listing's id to "
                             "pan-auto.ru, one request a second."));
    (new QVBoxLayout(specs))->addWidget(m_panAuto);
    layout->addWidget(specs);

    auto *team = new QGroupBox(tr("Team database"), page);
    m_workspaceUrl = new QLineEdit(team);
    m_workspaceUrl->setObjectName(QStringLiteral("workspaceUrl"));
    m_workspaceUrl->setPlaceholderText(tr("empty = this computer's own file; postgresql://USER@HOST:PORT/DATABASE"));
    m_workspaceUrl->setToolTip(tr("Saved searches, price history and notes: an SQLite file (sqlite:///PATH) or a "
                                  "PostgreSQL server shared by the team. Applies after a restart."));
    m_workspacePassword = new QLineEdit(team);
    m_workspacePassword->setObjectName(QStringLiteral("workspacePassword"));
    m_workspacePassword->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout(team);
    form->addRow(tr("Database:"), m_workspaceUrl);
    form->addRow(tr("Password:"), m_workspacePassword);
    form->addRow(QString(), new QLabel(tr("The password is kept in the system keychain, never in the settings file."), team));
    layout->addWidget(team);
    layout->addStretch(1);
    return page;
}

QStringList SettingsDialog::sourceIds() const
{
    QStringList ids;
    for (const auto &[id, name] : m_sources)
        ids.append(id);
    return ids;
}

SourceNetworkSettings SettingsDialog::sourceRow(int row) const
{
    auto value = [this, row](int column) { return static_cast<QSpinBox *>(m_sourceTable->cellWidget(row, column))->value(); };
    SourceNetworkSettings s;
    s.intervalMs = value(IntervalCol);
    s.jitterMs = value(JitterCol);
    s.pauseEvery = value(PauseEveryCol);
    s.pauseMinMs = value(PauseMinCol);
    s.pauseMaxMs = qMax(value(PauseMaxCol), s.pauseMinMs);
    s.retries = value(RetriesCol);
    s.timeoutMs = value(TimeoutCol);
    return s;
}

void SettingsDialog::setSourceRow(int row, const SourceNetworkSettings &s)
{
    auto set = [this, row](int column, int v) { static_cast<QSpinBox *>(m_sourceTable->cellWidget(row, column))->setValue(v); };
    set(IntervalCol, s.intervalMs);
    set(JitterCol, s.jitterMs);
    set(PauseEveryCol, s.pauseEvery);
    set(PauseMinCol, s.pauseMinMs);
    set(PauseMaxCol, s.pauseMaxMs);
    set(RetriesCol, s.retries);
    set(TimeoutCol, s.timeoutMs);
}

void SettingsDialog::load()
{
    const ProxySettings proxy = m_settings->proxy();
    m_proxyType->setCurrentIndex(qMax(0, m_proxyType->findData(proxyTypeKey(proxy.type))));
    m_proxyHost->setText(proxy.host);
    m_proxyPort->setValue(proxy.port);
    m_proxyUser->setText(proxy.user);
    for (int row = 0; row < m_sources.size(); ++row) {
        const QString &id = m_sources.at(row).first;
        setSourceRow(row, m_settings->hasSourceNetwork(id) || !m_effective.contains(id) ? m_settings->sourceNetwork(id)
                                                                                          : m_effective.value(id));
    }

    const TokenSettings tokens = m_settings->tokens();
    m_tokenMode->setCurrentIndex(qMax(0, m_tokenMode->findData(tokenModeKey(tokens.mode))));
    m_solverEndpoint->setText(tokens.solverEndpoint);

    m_language->setCurrentIndex(qMax(0, m_language->findData(languageKey(m_settings->language()))));
    const CsvSettings csv = m_settings->csv();
    m_csvDelimiter->setCurrentIndex(qMax(0, m_csvDelimiter->findData(csvDelimiterKey(csv.delimiter))));
    m_csvBom->setChecked(csv.byteOrderMark);

    const CustomsDefaults customs = m_settings->customs();
    m_importer->setCurrentIndex(qMax(0, m_importer->findData(importerKey(customs.importer))));
    m_today->setChecked(!customs.declarationDate.has_value());
    m_leadTime->setValue(customs.leadTimeDays);
    m_declarationDate->setDate(customs.declarationDate.value_or(QDate::currentDate()));
    m_costs->setText(customs.costsToBorder > 0 ? QString::number(customs.costsToBorder) : QString());
    const int currency = m_costsCurrency->findText(customs.costsCurrency);
    if (currency < 0)
        m_costsCurrency->addItem(customs.costsCurrency);
    m_costsCurrency->setCurrentText(customs.costsCurrency);
    m_extraCosts->setText(customs.extraCostsRub > 0 ? QString::number(customs.extraCostsRub) : QString());
    m_defaultPower->setValue(customs.defaultPowerHp);
    m_crossCheck->setChecked(customs.onlineCrossCheck);

    const DealerSettings dealer = m_settings->dealer();
    m_dealerName->setText(dealer.name);
    m_dealerPhone->setText(dealer.phone);
    m_dealerMessenger->setText(dealer.messenger);
    m_dealerEmail->setText(dealer.email);
    m_panAuto->setChecked(m_settings->value(Keys::panAutoLookup));
    m_workspaceUrl->setText(m_settings->value(Keys::workspaceUrl));
    for (auto it = m_marketplaceEdits.cbegin(); it != m_marketplaceEdits.cend(); ++it)
        it.value()->setText(m_settings->rawValue(it.key()).toString());

    if (m_secrets) {
        // The keychain may answer later; fill the fields then unless the dealer has typed something already.
        const QPointer<SettingsDialog> self(this);
        auto fill = [self](QLineEdit *SettingsDialog::*field, QString SettingsDialog::*loaded) {
            return [self, field, loaded](std::optional<QString> value, QString error) {
                if (!self)
                    return;
                if (!error.isEmpty()) {
                    self->m_secretsNote->setText(tr("The system keychain could not be read: %1").arg(error));
                    return;
                }
                self->*loaded = value.value_or(QString());
                if ((self->*field)->text().isEmpty())
                    (self->*field)->setText(self->*loaded);
            };
        };
        m_secrets->read(SecretKeys::proxyPassword(), fill(&SettingsDialog::m_proxyPassword, &SettingsDialog::m_loadedProxyPassword));
        m_secrets->read(SecretKeys::solverKey(), fill(&SettingsDialog::m_solverKey, &SettingsDialog::m_loadedSolverKey));
        m_secrets->read(SecretKeys::manualToken(), fill(&SettingsDialog::m_manualToken, &SettingsDialog::m_loadedManualToken));
        m_secrets->read(SecretKeys::workspacePassword(),
                        fill(&SettingsDialog::m_workspacePassword, &SettingsDialog::m_loadedWorkspacePassword));
    }
    updateEnabled();
}

void SettingsDialog::updateEnabled()
{
    const ProxyType type = proxyTypeFromKey(m_proxyType->currentData().toString());
    const bool manualProxy = type == ProxyType::Http || type == ProxyType::Socks5;
    for (QWidget *w : {static_cast<QWidget *>(m_proxyHost), static_cast<QWidget *>(m_proxyPort),
                       static_cast<QWidget *>(m_proxyUser), static_cast<QWidget *>(m_proxyPassword)})
        w->setEnabled(manualProxy);
    m_proxyPassword->setEnabled(manualProxy && m_secrets);
    const TokenMode mode = tokenModeFromKey(m_tokenMode->currentData().toString());
    m_solverEndpoint->setEnabled(mode == TokenMode::Solver);
    m_solverKey->setEnabled(mode == TokenMode::Solver && m_secrets);
    m_manualToken->setEnabled(mode == TokenMode::Manual && m_secrets);
    m_workspacePassword->setEnabled(m_secrets);
    m_declarationDate->setEnabled(!m_today->isChecked());
    m_leadTime->setEnabled(m_today->isChecked());
}

void SettingsDialog::apply()
{
    ProxySettings proxy;
    proxy.type = proxyTypeFromKey(m_proxyType->currentData().toString());
    proxy.host = m_proxyHost->text().trimmed();
    proxy.port = m_proxyPort->value();
    proxy.user = m_proxyUser->text();
    m_settings->setProxy(proxy);
    for (int row = 0; row < m_sources.size(); ++row) {
        const QString &id = m_sources.at(row).first;
        const SourceNetworkSettings row_ = sourceRow(row);
        const SourceNetworkSettings before = m_settings->hasSourceNetwork(id) || !m_effective.contains(id)
                                                 ? m_settings->sourceNetwork(id) : m_effective.value(id);
        if (m_settings->hasSourceNetwork(id) || !(row_ == before))
            m_settings->setSourceNetwork(id, row_);
    }

    TokenSettings tokens;
    tokens.mode = tokenModeFromKey(m_tokenMode->currentData().toString());
    tokens.solverEndpoint = m_solverEndpoint->text().trimmed();
    m_settings->setTokens(tokens);

    const Language language = languageFromKey(m_language->currentData().toString());
    m_languageChanged = language != m_settings->language();
    m_settings->setLanguage(language);
    CsvSettings csv;
    csv.delimiter = csvDelimiterFromKey(m_csvDelimiter->currentData().toString());
    csv.byteOrderMark = m_csvBom->isChecked();
    m_settings->setCsv(csv);

    CustomsDefaults customs;
    customs.importer = importerFromKey(m_importer->currentData().toString());
    if (!m_today->isChecked())
        customs.declarationDate = m_declarationDate->date();
    customs.leadTimeDays = m_leadTime->value();
    customs.costsToBorder = m_costs->text().toLongLong();
    customs.costsCurrency = m_costsCurrency->currentText();
    customs.extraCostsRub = m_extraCosts->text().toLongLong();
    customs.defaultPowerHp = m_defaultPower->value();
    customs.onlineCrossCheck = m_crossCheck->isChecked();
    m_settings->setCustoms(customs);

    DealerSettings dealer;
    dealer.name = m_dealerName->text();
    dealer.phone = m_dealerPhone->text();
    dealer.messenger = m_dealerMessenger->text();
    dealer.email = m_dealerEmail->text();
    m_settings->setDealer(dealer);
    m_settings->setValue(Keys::activeProfile, m_profiles->activeProfilePath());
    m_settings->setValue(Keys::panAutoLookup, m_panAuto->isChecked());
    for (auto it = m_marketplaceEdits.cbegin(); it != m_marketplaceEdits.cend(); ++it)
        m_settings->setRawValue(it.key(), it.value()->text().trimmed());
    // The database URL without its password: a password typed into the URL moves to the keychain.
    const QString urlText = m_workspaceUrl->text().trimmed();
    QString urlError;
    const std::optional<Store::DatabaseUrl> url = urlText.isEmpty() ? std::nullopt : Store::parseDatabaseUrl(urlText, &urlError);
    if (url && !url->password.isEmpty())
        m_workspacePassword->setText(url->password);
    m_settings->setValue(Keys::workspaceUrl, url ? url->displayString() : QString());
    m_workspaceUrl->setText(url ? url->displayString() : QString());

    if (m_secrets) {
        auto report = [](const QString &error) {
            if (!error.isEmpty())
                MessageBox::warning(nullptr, tr("Settings"), tr("The system keychain refused the secret: %1").arg(error));
        };
        auto store = [this, &report](const QString &key, const QString &value, const QString &loaded) {
            if (value == loaded)
                return;
            if (value.isEmpty())
                m_secrets->remove(key, report);
            else
                m_secrets->write(key, value, report);
        };
        store(SecretKeys::proxyPassword(), m_proxyPassword->text(), m_loadedProxyPassword);
        store(SecretKeys::solverKey(), m_solverKey->text(), m_loadedSolverKey);
        store(SecretKeys::manualToken(), m_manualToken->text(), m_loadedManualToken);
        store(SecretKeys::workspacePassword(), m_workspacePassword->text(), m_loadedWorkspacePassword);
        m_loadedWorkspacePassword = m_workspacePassword->text();
        m_loadedProxyPassword = m_proxyPassword->text();
        m_loadedSolverKey = m_solverKey->text();
        m_loadedManualToken = m_manualToken->text();
    }
    m_settings->sync();
}

void SettingsDialog::accept()
{
    const ProxyType type = proxyTypeFromKey(m_proxyType->currentData().toString());
    if ((type == ProxyType::Http || type == ProxyType::Socks5)
        && (m_proxyHost->text().trimmed().isEmpty() || m_proxyPort->value() == 0)) {
        MessageBox::warning(this, tr("Settings"), tr("The proxy needs a host and a port."));
        return;
    }
    const TokenMode mode = tokenModeFromKey(m_tokenMode->currentData().toString());
    if (mode == TokenMode::Solver) {
        const QUrl endpoint(m_solverEndpoint->text().trimmed());
        if (!endpoint.isValid() || (endpoint.scheme() != u"https" && endpoint.scheme() != u"http") || endpoint.host().isEmpty()) {
            MessageBox::warning(this, tr("Settings"), tr("The solver endpoint must be an http or https address."));
            return;
        }
    }
    if (!checkWorkspaceUrl())
        return;
    // Unsaved edits of a cost profile are saved with OK; a profile that does not check keeps the dialog open
    // with its error (and the file its last good content).
    if (m_profiles->isDirty() && !m_profiles->saveCurrent()) {
        MessageBox::warning(this, tr("Settings"), m_profiles->errorText());
        return;
    }
    apply();
    QDialog::accept();
}

bool SettingsDialog::checkWorkspaceUrl()
{
    const QString text = m_workspaceUrl->text().trimmed();
    QString error;
    if (text.isEmpty() || Store::parseDatabaseUrl(text, &error))
        return true;
    MessageBox::warning(this, tr("Settings"), tr("The team database address is not usable: %1").arg(error));
    return false;
}

} // namespace CarScout::Ui
