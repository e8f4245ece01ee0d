#pragma once

// Secrets (the solver service's API key) behind an interface: the GUI backs it with QtKeychain (the OS
// keychain); tests and headless runs use MemorySecretStore. Callbacks may run later (keychain jobs are async).

#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace CarScout::Customs {

class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // value empty + error empty = no such secret.
    virtual void read(const QString &key, std::function<void(std::optional<QString> value, QString error)> done) = 0;
    virtual void write(const QString &key, const QString &value, std::function<void(QString error)> done) = 0;
    virtual void remove(const QString &key, std::function<void(QString error)> done) = 0;
};

class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString &key, std::function<void(std::optional<QString>, QString)> done) override
    {
        const auto it = m_values.constFind(key);
        done(it == m_values.constEnd() ? std::nullopt : std::optional<QString>(*it), {});
    }
    void write(const QString &key, const QString &value, std::function<void(QString)> done) override
    {
        m_values.insert(key, value);
        done({});
    }
    void remove(const QString &key, std::function<void(QString)> done) override
    {
        m_values.remove(key);
        done({});
    }

private:
    QHash<QString, QString> m_values;
};

} // namespace CarScout::Customs
