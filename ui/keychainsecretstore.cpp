#include "ui/keychainsecretstore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace CarScout::Ui {

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

void KeychainSecretStore::read(const QString &key, std::function<void(std::optional<QString>, QString)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::EntryNotFound)
            done(std::nullopt, QString());
        else if (read->error() != QKeychain::NoError)
            done(std::nullopt, read->errorString());
        else
            done(read->textData(), QString());
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, std::function<void(QString)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(value);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *j) {
        if (done)
            done(j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, std::function<void(QString)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *j) {
        const bool fine = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        if (done)
            done(fine ? QString() : j->errorString());
    });
    job->start();
}

QString readSecretNow(Customs::SecretStore &store, const QString &key, int timeoutMs, QString *error)
{
    struct Answer
    {
        bool done = false;
        QString value, error;
        QEventLoop loop;
    };
    auto answer = std::make_shared<Answer>();
    store.read(key, [answer](std::optional<QString> value, QString why) {
        answer->done = true;
        answer->value = value.value_or(QString());
        answer->error = why;
        answer->loop.quit();
    });
    if (!answer->done) {
        QTimer::singleShot(timeoutMs, &answer->loop, &QEventLoop::quit);
        answer->loop.exec();
    }
    if (error)
        *error = answer->done ? answer->error : QStringLiteral("the keychain did not answer");
    return answer->value;
}

} // namespace CarScout::Ui
