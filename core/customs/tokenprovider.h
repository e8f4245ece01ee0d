#pragma once

// Where CAPTCHA tokens for tks.ru come from (customs.md §9). One requestToken() → exactly one tokenReady or
// failed, unless cancelAll() came first (then nothing).

#include <QObject>
#include <QString>

namespace CarScout::Customs {

class TokenProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void requestToken() = 0;
    virtual void cancelAll() = 0;

signals:
    void tokenReady(const QString &token);
    void failed(const QString &reason);
};

} // namespace CarScout::Customs
