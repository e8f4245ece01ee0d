#include "ui/settings.h"

#include <QLocale>

namespace CarScout::Ui {

namespace {

template <typename Enum, size_t N>
QString keyOf(Enum value, const std::pair<Enum, const char16_t *> (&table)[N])
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return QString::fromUtf16(table[0].second);
}

template <typename Enum, size_t N>
Enum fromKey(QStringView key, const std::pair<Enum, const char16_t *> (&table)[N])
{
    for (const auto &[e, name] : table) {
        if (key == QStringView(name))
            return e;
    }
    return table[0].first;
}

const std::pair<ProxyType, const char16_t *> proxyTypes[] = {
    {ProxyType::System, u"system"}, {ProxyType::None, u"none"}, {ProxyType::Http, u"http"},
    {ProxyType::Socks5, u"socks5"}};
const std::pair<TokenMode, const char16_t *> tokenModes[] = {
    {TokenMode::Off, u"off"}, {TokenMode::Solver, u"solver"}, {TokenMode::Manual, u"manual"}};
const std::pair<Language, const char16_t *> languages[] = {
    {Language::System, u"system"}, {Language::English, u"en"}, {Language::Russian, u"ru"}};
const std::pair<CsvDelimiter, const char16_t *> delimiters[] = {
    {CsvDelimiter::Auto, u"auto"}, {CsvDelimiter::Comma, u"comma"}, {CsvDelimiter::Semicolon, u"semicolon"},
    {CsvDelimiter::Tab, u"tab"}};
const std::pair<ImporterType, const char16_t *> importers[] = {
    {ImporterType::Individual, u"individual"}, {ImporterType::Company, u"company"}};

int boundedInt(const QVariant &v, int fallback, int min, int max)
{
    bool ok = false;
    const int i = v.toInt(&ok);
    if (!v.isValid() || !ok || i < min || i > max)
        return fallback;
    return i;
}

qint64 boundedInt64(const QVariant &v, qint64 fallback)
{
    bool ok = false;
    const qint64 i = v.toLongLong(&ok);
    return (v.isValid() && ok && i >= 0) ? i : fallback;
}

} // namespace

QString proxyTypeKey(ProxyType type) { return keyOf(type, proxyTypes); }
ProxyType proxyTypeFromKey(QStringView key) { return fromKey(key, proxyTypes); }   // unknown → System
QString tokenModeKey(TokenMode mode) { return keyOf(mode, tokenModes); }
TokenMode tokenModeFromKey(QStringView key) { return fromKey(key, tokenModes); }
QString languageKey(Language language) { return keyOf(language, languages); }
Language languageFromKey(QStringView key) { return fromKey(key, languages); }
QString csvDelimiterKey(CsvDelimiter delimiter) { return keyOf(delimiter, delimiters); }
CsvDelimiter csvDelimiterFromKey(QStringView key) { return fromKey(key, delimiters); }
QString importerKey(ImporterType importer) { return keyOf(importer, importers); }
ImporterType importerFromKey(QStringView key) { return fromKey(key, importers); }

QChar resolveCsvDelimiter(CsvDelimiter delimiter, const QLocale &locale)
{
    switch (delimiter) {
    case CsvDelimiter::Comma:
        return u',';
    case CsvDelimiter::Semicolon:
        return u';';
    case CsvDelimiter::Tab:
        return u'\t';
    case CsvDelimiter::Auto:
        break;
    }
    return locale.language() == QLocale::Russian ? u';' : u',';
}

Settings::Settings(std::unique_ptr<QSettings> store, QObject *parent)
    : QObject(parent), m_store(std::move(store))
{
}

Settings::~Settings()
{
    m_store->sync();
}

std::unique_ptr<Settings> Settings::openDefault(QObject *parent)
{
    return std::make_unique<Settings>(
        std::make_unique<QSettings>(QStringLiteral("CarScout"), QStringLiteral("CarScout")), parent);
}

QVariant Settings::rawValue(const QString &path, const QVariant &fallback) const
{
    return m_store->value(path, fallback);
}

void Settings::setRawValue(const QString &path, const QVariant &value)
{
    m_store->setValue(path, value);
    emit changed(path);
}

ProxySettings Settings::proxy() const
{
    ProxySettings p;
    m_store->beginGroup(QStringLiteral("network/proxy"));
    p.type = proxyTypeFromKey(m_store->value(QStringLiteral("type"), proxyTypeKey(p.type)).toString());
    p.host = m_store->value(QStringLiteral("host")).toString().trimmed();
    p.port = boundedInt(m_store->value(QStringLiteral("port")), 0, 0, 65535);
    p.user = m_store->value(QStringLiteral("user")).toString();
    m_store->endGroup();
    return p;
}

void Settings::setProxy(const ProxySettings &proxy)
{
    m_store->beginGroup(QStringLiteral("network/proxy"));
    m_store->setValue(QStringLiteral("type"), proxyTypeKey(proxy.type));
    m_store->setValue(QStringLiteral("host"), proxy.host);
    m_store->setValue(QStringLiteral("port"), proxy.port);
    m_store->setValue(QStringLiteral("user"), proxy.user);
    m_store->endGroup();
    emit changed(QStringLiteral("network/proxy"));
}

SourceNetworkSettings Settings::sourceNetwork(const QString &source) const
{
    const SourceNetworkSettings d;
    SourceNetworkSettings s;
    m_store->beginGroup(u"sources/" + source);
    s.intervalMs = boundedInt(m_store->value(QStringLiteral("intervalMs")), d.intervalMs, 0, 600000);
    s.jitterMs = boundedInt(m_store->value(QStringLiteral("jitterMs")), d.jitterMs, 0, 600000);
    s.pauseEvery = boundedInt(m_store->value(QStringLiteral("pauseEvery")), d.pauseEvery, 0, 100000);
    s.pauseMinMs = boundedInt(m_store->value(QStringLiteral("pauseMinMs")), d.pauseMinMs, 0, 600000);
    s.pauseMaxMs = boundedInt(m_store->value(QStringLiteral("pauseMaxMs")), d.pauseMaxMs, 0, 600000);
    s.retries = boundedInt(m_store->value(QStringLiteral("retries")), d.retries, 1, 20);
    s.timeoutMs = boundedInt(m_store->value(QStringLiteral("timeoutMs")), d.timeoutMs, 1000, 600000);
    m_store->endGroup();
    if (s.pauseMaxMs < s.pauseMinMs)
        s.pauseMaxMs = s.pauseMinMs;
    return s;
}

bool Settings::hasSourceNetwork(const QString &source) const
{
    return m_store->contains(u"sources/" + source + u"/intervalMs");
}

void Settings::setSourceNetwork(const QString &source, const SourceNetworkSettings &s)
{
    m_store->beginGroup(u"sources/" + source);
    m_store->setValue(QStringLiteral("intervalMs"), s.intervalMs);
    m_store->setValue(QStringLiteral("jitterMs"), s.jitterMs);
    m_store->setValue(QStringLiteral("pauseEvery"), s.pauseEvery);
    m_store->setValue(QStringLiteral("pauseMinMs"), s.pauseMinMs);
    m_store->setValue(QStringLiteral("pauseMaxMs"), s.pauseMaxMs);
    m_store->setValue(QStringLiteral("retries"), s.retries);
    m_store->setValue(QStringLiteral("timeoutMs"), s.timeoutMs);
    m_store->endGroup();
    emit changed(u"sources/" + source);
}

TokenSettings Settings::tokens() const
{
    TokenSettings t;
    t.mode = tokenModeFromKey(m_store->value(QStringLiteral("tokens/mode"), tokenModeKey(t.mode)).toString());
    t.solverEndpoint = m_store->value(QStringLiteral("tokens/solverEndpoint")).toString().trimmed();
    return t;
}

void Settings::setTokens(const TokenSettings &tokens)
{
    m_store->setValue(QStringLiteral("tokens/mode"), tokenModeKey(tokens.mode));
    m_store->setValue(QStringLiteral("tokens/solverEndpoint"), tokens.solverEndpoint);
    emit changed(QStringLiteral("tokens"));
}

Language Settings::language() const
{
    return languageFromKey(value(Keys::language));
}

void Settings::setLanguage(Language language)
{
    setValue(Keys::language, languageKey(language));
}

CsvSettings Settings::csv() const
{
    CsvSettings c;
    c.delimiter = csvDelimiterFromKey(
        m_store->value(QStringLiteral("csv/delimiter"), csvDelimiterKey(c.delimiter)).toString());
    c.byteOrderMark = m_store->value(QStringLiteral("csv/bom"), c.byteOrderMark).toBool();
    return c;
}

void Settings::setCsv(const CsvSettings &csv)
{
    m_store->setValue(QStringLiteral("csv/delimiter"), csvDelimiterKey(csv.delimiter));
    m_store->setValue(QStringLiteral("csv/bom"), csv.byteOrderMark);
    emit changed(QStringLiteral("csv"));
}

CustomsDefaults Settings::customs() const
{
    const CustomsDefaults d;
    CustomsDefaults c;
    m_store->beginGroup(QStringLiteral("customs"));
    c.importer = importerFromKey(m_store->value(QStringLiteral("importer"), importerKey(d.importer)).toString());
    const QDate date = QDate::fromString(m_store->value(QStringLiteral("declarationDate")).toString(), Qt::ISODate);
    if (date.isValid())
        c.declarationDate = date;
    c.leadTimeDays = boundedInt(m_store->value(QStringLiteral("leadTimeDays")), d.leadTimeDays, 0, 365);
    c.costsToBorder = boundedInt64(m_store->value(QStringLiteral("costsToBorder")), d.costsToBorder);
    const QString currency = m_store->value(QStringLiteral("costsCurrency")).toString().trimmed().toUpper();
    c.costsCurrency = currency.size() == 3 ? currency : d.costsCurrency;
    c.extraCostsRub = boundedInt64(m_store->value(QStringLiteral("extraCostsRub")), d.extraCostsRub);
    c.defaultPowerHp = boundedInt(m_store->value(QStringLiteral("defaultPowerHp")), d.defaultPowerHp, 0, 5000);
    c.onlineCrossCheck = m_store->value(QStringLiteral("onlineCrossCheck"), d.onlineCrossCheck).toBool();
    m_store->endGroup();
    return c;
}

void Settings::setCustoms(const CustomsDefaults &c)
{
    m_store->beginGroup(QStringLiteral("customs"));
    m_store->setValue(QStringLiteral("importer"), importerKey(c.importer));
    m_store->setValue(QStringLiteral("declarationDate"),
                      c.declarationDate ? c.declarationDate->toString(Qt::ISODate) : QString());
    m_store->setValue(QStringLiteral("leadTimeDays"), c.leadTimeDays);
    m_store->setValue(QStringLiteral("costsToBorder"), c.costsToBorder);
    m_store->setValue(QStringLiteral("costsCurrency"), c.costsCurrency);
    m_store->setValue(QStringLiteral("extraCostsRub"), c.extraCostsRub);
    m_store->setValue(QStringLiteral("defaultPowerHp"), c.defaultPowerHp);
    m_store->setValue(QStringLiteral("onlineCrossCheck"), c.onlineCrossCheck);
    m_store->endGroup();
    emit changed(QStringLiteral("customs"));
}

QString DealerSettings::contactsLine() const
{
    QStringList parts;
    for (const QString &part : {phone, messenger, email}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(u", ");
}

DealerSettings Settings::dealer() const
{
    DealerSettings d;
    m_store->beginGroup(QStringLiteral("dealer"));
    d.name = m_store->value(QStringLiteral("name")).toString().trimmed();
    d.phone = m_store->value(QStringLiteral("phone")).toString().trimmed();
    d.messenger = m_store->value(QStringLiteral("messenger")).toString().trimmed();
    d.email = m_store->value(QStringLiteral("email")).toString().trimmed();
    m_store->endGroup();
    return d;
}

void Settings::setDealer(const DealerSettings &d)
{
    m_store->beginGroup(QStringLiteral("dealer"));
    m_store->setValue(QStringLiteral("name"), d.name.trimmed());
    m_store->setValue(QStringLiteral("phone"), d.phone.trimmed());
    m_store->setValue(QStringLiteral("messenger"), d.messenger.trimmed());
    m_store->setValue(QStringLiteral("email"), d.email.trimmed());
    m_store->endGroup();
    emit changed(QStringLiteral("dealer"));
}

QByteArray Settings::headerState(const QString &paneId) const
{
    return m_store->value(u"panes/" + paneId + u"/header").toByteArray();
}

void Settings::setHeaderState(const QString &paneId, const QByteArray &state)
{
    m_store->setValue(u"panes/" + paneId + u"/header", state);
}

void Settings::sync()
{
    m_store->sync();
}

QString Settings::fileName() const
{
    return m_store->fileName();
}

} // namespace CarScout::Ui
