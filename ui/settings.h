#pragma once

// The GUI's settings: typed keys with defaults over one QSettings store (the KeePassXC Config table idea),
// grouped into small value types for the settings dialog. No singleton: one Settings object is created by the
// application and passed to whoever needs it. Secrets (proxy password, solver key) never go here: SecretStore.

#include <QDate>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace CarScout::Ui {

template <typename T>
struct SettingKey
{
    QString path;
    T defaultValue;
};

enum class ProxyType { None, System, Http, Socks5 };
QString proxyTypeKey(ProxyType type);
ProxyType proxyTypeFromKey(QStringView key);   // unknown → System (the default)

struct ProxySettings
{
    ProxyType type = ProxyType::System;
    QString host;
    int port = 0;
    QString user;
    friend bool operator==(const ProxySettings &, const ProxySettings &) = default;
};

// Per marketplace (and per service: "cbr", "tks", …) politeness and patience.
struct SourceNetworkSettings
{
    int intervalMs = 500;        // minimum time between request starts
    int jitterMs = 250;          // random extra on top of the interval
    int pauseEvery = 20;         // a longer pause every N requests (0 = never)
    int pauseMinMs = 1000;
    int pauseMaxMs = 3000;
    int retries = 3;             // attempts in total for idempotent requests
    int timeoutMs = 30000;       // transfer timeout
    friend bool operator==(const SourceNetworkSettings &, const SourceNetworkSettings &) = default;
};

enum class TokenMode { Off, Solver, Manual };
QString tokenModeKey(TokenMode mode);
TokenMode tokenModeFromKey(QStringView key);

struct TokenSettings
{
    TokenMode mode = TokenMode::Off;
    QString solverEndpoint;      // the key itself lives in the SecretStore
    friend bool operator==(const TokenSettings &, const TokenSettings &) = default;
};

enum class Language { System, English, Russian };
QString languageKey(Language language);
Language languageFromKey(QStringView key);

enum class CsvDelimiter { Auto, Comma, Semicolon, Tab };   // Auto: ';' for Russian locales, ',' otherwise
QString csvDelimiterKey(CsvDelimiter delimiter);
CsvDelimiter csvDelimiterFromKey(QStringView key);
QChar resolveCsvDelimiter(CsvDelimiter delimiter, const QLocale &locale);

struct CsvSettings
{
    CsvDelimiter delimiter = CsvDelimiter::Auto;
    bool byteOrderMark = true;
    friend bool operator==(const CsvSettings &, const CsvSettings &) = default;
};

enum class ImporterType { Individual, Company };
QString importerKey(ImporterType importer);
ImporterType importerFromKey(QStringView key);

struct CustomsDefaults
{
    ImporterType importer = ImporterType::Individual;
    std::optional<QDate> declarationDate;   // empty = today + leadTimeDays
    int leadTimeDays = 45;                  // purchase to declaration (the usual shipping time), for the default date
    qint64 costsToBorder = 0;               // whole units of costsCurrency (freight to the Russian border)
    QString costsCurrency = QStringLiteral("RUB");
    qint64 extraCostsRub = 0;               // added to the landed cost (broker, delivery inside Russia, …)
    int defaultPowerHp = 0;                 // used when a listing has no power; 0 = ask the dealer
    bool onlineCrossCheck = false;          // tks.ru / calcus.ru beside the offline engine
    friend bool operator==(const CustomsDefaults &, const CustomsDefaults &) = default;

    QDate effectiveDeclarationDate(const QDate &today) const { return declarationDate.value_or(today.addDays(leadTimeDays)); }
};

// Who sends the quote: on the text card and the PDF.
struct DealerSettings
{
    QString name;
    QString phone;
    QString messenger;   // "Telegram @autodealer", "WhatsApp +7 …"
    QString email;
    friend bool operator==(const DealerSettings &, const DealerSettings &) = default;

    QString contactsLine() const;   // the non-empty contacts joined with ", "
};

namespace Keys {
inline const SettingKey<QString> language{QStringLiteral("ui/language"), QStringLiteral("system")};
inline const SettingKey<QByteArray> windowGeometry{QStringLiteral("window/geometry"), {}};
inline const SettingKey<QByteArray> windowState{QStringLiteral("window/state"), {}};
inline const SettingKey<QByteArray> splitterState{QStringLiteral("window/splitter"), {}};
inline const SettingKey<int> currentTab{QStringLiteral("window/currentTab"), 0};
inline const SettingKey<bool> priceInRoubles{QStringLiteral("search/priceInRoubles"), false};
// The workspace (saved searches, history, notes): sqlite:///PATH or postgresql://USER@HOST[:PORT]/DB, without
// a password; empty = the SQLite file shared with carscout-cli.
inline const SettingKey<QString> workspaceUrl{QStringLiteral("workspace/url"), QString()};
inline const SettingKey<int> watchRefreshMinutes{QStringLiteral("workspace/refreshMinutes"), 0};   // 0 = never
// The cost profile of the landed column and the quotes: a profile file (core/quote/profilestore.h) or a shipped
// example's resource path; empty = none (the Customs page's costs).
inline const SettingKey<QString> activeProfile{QStringLiteral("quote/activeProfile"), QString()};
// The pan-auto.ru online lookup of engine specs (core/specs/panautolookup.h): opt-in, never in demo mode.
inline const SettingKey<bool> panAutoLookup{QStringLiteral("specs/panAutoLookup"), false};
} // namespace Keys

class Settings : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of the store. Tests pass an INI file in a temporary directory.
    explicit Settings(std::unique_ptr<QSettings> store, QObject *parent = nullptr);
    ~Settings() override;

    // The user's settings file (QSettings native format, organisation/application "CarScout").
    static std::unique_ptr<Settings> openDefault(QObject *parent = nullptr);

    template <typename T>
    T value(const SettingKey<T> &key) const
    {
        const QVariant v = m_store->value(key.path);
        if (!v.isValid() || !v.canConvert<T>())
            return key.defaultValue;
        return v.value<T>();
    }

    template <typename T>
    void setValue(const SettingKey<T> &key, const T &value)
    {
        m_store->setValue(key.path, QVariant::fromValue(value));
        emit changed(key.path);
    }

    QVariant rawValue(const QString &path, const QVariant &fallback = {}) const;
    void setRawValue(const QString &path, const QVariant &value);

    ProxySettings proxy() const;
    void setProxy(const ProxySettings &proxy);

    SourceNetworkSettings sourceNetwork(const QString &source) const;
    bool hasSourceNetwork(const QString &source) const;   // the dealer saved values for this source
    void setSourceNetwork(const QString &source, const SourceNetworkSettings &settings);

    TokenSettings tokens() const;
    void setTokens(const TokenSettings &tokens);

    Language language() const;
    void setLanguage(Language language);

    CsvSettings csv() const;
    void setCsv(const CsvSettings &csv);

    CustomsDefaults customs() const;
    void setCustoms(const CustomsDefaults &customs);

    DealerSettings dealer() const;
    void setDealer(const DealerSettings &dealer);

    // The column layout (QHeaderView::saveState) of one pane.
    QByteArray headerState(const QString &paneId) const;
    void setHeaderState(const QString &paneId, const QByteArray &state);

    void sync();
    QString fileName() const;

signals:
    void changed(const QString &path);   // a key, or a group path such as "network/proxy"

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace CarScout::Ui
