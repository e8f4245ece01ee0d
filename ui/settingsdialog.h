#pragma once

// The settings dialog: proxy (password in the OS keychain), per-source politeness (interval, jitter, pauses,
// retries, timeout), CAPTCHA token provider, language, CSV defaults, customs defaults, the cost profiles and the
// dealer's contacts for quotes, each marketplace's own settings (from its SourceInfo), the online specs lookup
// and the team database (its password in the keychain). Reads the Settings object when opened and writes it on
// OK; secrets go to the SecretStore only.

#include "ui/settings.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPair>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace CarScout::Customs {
class SecretStore;
}

namespace CarScout::Ui {

class CostProfilesPage;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // sources: (id, display name) of every marketplace; the customs/rates services are added by the dialog.
    // effective: what each service uses when the dealer saved nothing for it (the sources' own policies).
    SettingsDialog(Settings *settings, Customs::SecretStore *secrets, const QList<QPair<QString, QString>> &sources,
                   const QHash<QString, SourceNetworkSettings> &effective = {}, QWidget *parent = nullptr);

    // Writes the form to the settings (and secrets). Also what OK does.
    void apply();

    // Form fields by purpose (tests).
    QComboBox *proxyTypeBox() const { return m_proxyType; }
    QLineEdit *proxyHostEdit() const { return m_proxyHost; }
    QSpinBox *proxyPortBox() const { return m_proxyPort; }
    QLineEdit *proxyUserEdit() const { return m_proxyUser; }
    QLineEdit *proxyPasswordEdit() const { return m_proxyPassword; }
    QTableWidget *sourceTable() const { return m_sourceTable; }
    QComboBox *tokenModeBox() const { return m_tokenMode; }
    QLineEdit *solverEndpointEdit() const { return m_solverEndpoint; }
    QLineEdit *solverKeyEdit() const { return m_solverKey; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *csvDelimiterBox() const { return m_csvDelimiter; }
    QCheckBox *csvBomBox() const { return m_csvBom; }
    QComboBox *importerBox() const { return m_importer; }
    QCheckBox *todayBox() const { return m_today; }
    QDateEdit *declarationDateEdit() const { return m_declarationDate; }
    QLineEdit *costsEdit() const { return m_costs; }
    QComboBox *costsCurrencyBox() const { return m_costsCurrency; }
    QLineEdit *extraCostsEdit() const { return m_extraCosts; }
    QSpinBox *defaultPowerBox() const { return m_defaultPower; }
    QCheckBox *crossCheckBox() const { return m_crossCheck; }
    CostProfilesPage *profilesPage() const { return m_profiles; }
    QLineEdit *dealerNameEdit() const { return m_dealerName; }
    QLineEdit *dealerPhoneEdit() const { return m_dealerPhone; }
    QLineEdit *dealerMessengerEdit() const { return m_dealerMessenger; }
    QLineEdit *dealerEmailEdit() const { return m_dealerEmail; }
    QCheckBox *panAutoBox() const { return m_panAuto; }
    QLineEdit *workspaceUrlEdit() const { return m_workspaceUrl; }
    QLineEdit *workspacePasswordEdit() const { return m_workspacePassword; }
    // The marketplace settings' fields by settings key ("sources/<id>/…").
    QLineEdit *marketplaceSettingEdit(const QString &key) const { return m_marketplaceEdits.value(key); }

    // Source ids in table order.
    QStringList sourceIds() const;
    SourceNetworkSettings sourceRow(int row) const;
    void setSourceRow(int row, const SourceNetworkSettings &s);

    bool languageChanged() const { return m_languageChanged; }

public slots:
    void accept() override;

private:
    QWidget *createNetworkPage();
    QWidget *createTokensPage();
    QWidget *createGeneralPage();
    QWidget *createCustomsPage();
    QWidget *createQuotePage();
    QWidget *createMarketplacesPage();
    bool checkWorkspaceUrl();
    void load();
    void updateEnabled();

    Settings *m_settings;
    Customs::SecretStore *m_secrets;
    QList<QPair<QString, QString>> m_sources;
    QHash<QString, SourceNetworkSettings> m_effective;
    QString m_loadedProxyPassword;
    QString m_loadedSolverKey;
    QString m_loadedManualToken;
    QString m_loadedWorkspacePassword;
    bool m_languageChanged = false;

    QComboBox *m_proxyType = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QSpinBox *m_proxyPort = nullptr;
    QLineEdit *m_proxyUser = nullptr;
    QLineEdit *m_proxyPassword = nullptr;
    QLabel *m_secretsNote = nullptr;
    QTableWidget *m_sourceTable = nullptr;
    QComboBox *m_tokenMode = nullptr;
    QLineEdit *m_solverEndpoint = nullptr;
    QLineEdit *m_solverKey = nullptr;
    QLineEdit *m_manualToken = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_csvDelimiter = nullptr;
    QCheckBox *m_csvBom = nullptr;
    QComboBox *m_importer = nullptr;
    QCheckBox *m_today = nullptr;
    QDateEdit *m_declarationDate = nullptr;
    QSpinBox *m_leadTime = nullptr;
    QLineEdit *m_costs = nullptr;
    QComboBox *m_costsCurrency = nullptr;
    QLineEdit *m_extraCosts = nullptr;
    QSpinBox *m_defaultPower = nullptr;
    QCheckBox *m_crossCheck = nullptr;
    CostProfilesPage *m_profiles = nullptr;
    QLineEdit *m_dealerName = nullptr;
    QLineEdit *m_dealerPhone = nullptr;
    QLineEdit *m_dealerMessenger = nullptr;
    QLineEdit *m_dealerEmail = nullptr;
    QCheckBox *m_panAuto = nullptr;
    QLineEdit *m_workspaceUrl = nullptr;
    QLineEdit *m_workspacePassword = nullptr;
    QHash<QString, QLineEdit *> m_marketplaceEdits;
};

} // namespace CarScout::Ui
