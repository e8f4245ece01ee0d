#pragma once

#include "core/customs/secretstore.h"

#include <QString>

namespace CarScout::Ui {

// Entry names used by the GUI (the solver key name is the one SolverConfig::keyName defaults to).
namespace SecretKeys {
inline QString proxyPassword() { return QStringLiteral("proxy/password"); }
inline QString solverKey() { return QStringLiteral("captcha-solver/api-key"); }
inline QString manualToken() { return QStringLiteral("captcha/manual-token"); }
inline QString workspacePassword() { return QStringLiteral("workspace/password"); }   // the team database's
} // namespace SecretKeys

// Reads one secret and waits for the answer (at most `timeoutMs`, events keep running): for start-up code that
// cannot go on without it, such as opening the team database. Empty when there is none or on an error.
QString readSecretNow(Customs::SecretStore &store, const QString &key, int timeoutMs = 5000, QString *error = nullptr);

// The OS keychain through QtKeychain (Secret Service / KWallet on Linux), service name "CarScout".
class KeychainSecretStore final : public Customs::SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("CarScout"));
    void read(const QString &key, std::function<void(std::optional<QString> value, QString error)> done) override;
    void write(const QString &key, const QString &value, std::function<void(QString error)> done) override;
    void remove(const QString &key, std::function<void(QString error)> done) override;

private:
    QString m_service;
};

} // namespace CarScout::Ui
