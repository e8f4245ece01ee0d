#pragma once

// The opt-in online cross-checks (customs.md §9): tks.ru with a token from the CaptchaTokenPool, and
// calcus.ru; each ends in a line-by-line Comparison with the offline result. Off unless the GUI/CLI calls it.

#include "core/customs/comparison.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace CarScout::Net {
class HttpClient;
}

namespace CarScout::Customs {

class CaptchaTokenPool;
class CalcusClient;
class TksClient;

struct CrossCheckReply
{
    std::optional<Comparison> comparison;
    QString error;                 // network failure, CAPTCHA rejected, unparsable page, no token in time
};

class CrossCheck : public QObject
{
    Q_OBJECT
public:
    CrossCheck(Net::HttpClient *http, CaptchaTokenPool *pool, QObject *parent = nullptr);

    // Waits up to tokenWaitMs for a pool token (the pool must be enabled), then asks tks.ru.
    void checkTks(const Input &input, const Result &offline, std::function<void(const CrossCheckReply &)> done,
                  int tokenWaitMs = 120000);
    void checkCalcus(const Input &input, const Result &offline, std::function<void(const CrossCheckReply &)> done);

private:
    void runTks(const Input &input, const Result &offline, const QString &token, std::function<void(const CrossCheckReply &)> done);

    QPointer<CaptchaTokenPool> m_pool;
    TksClient *m_tks;
    CalcusClient *m_calcus;
};

} // namespace CarScout::Customs
