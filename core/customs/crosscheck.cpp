#include "core/customs/crosscheck.h"

#include <QCoreApplication>

#include "core/customs/calcus.h"
#include "core/customs/captchatokenpool.h"
#include "core/customs/tks.h"

#include <QTimer>

#include <memory>

namespace CarScout::Customs {

CrossCheck::CrossCheck(Net::HttpClient *http, CaptchaTokenPool *pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_tks(new TksClient(http, this))
    , m_calcus(new CalcusClient(http, this))
{
}

void CrossCheck::checkTks(const Input &input, const Result &offline, std::function<void(const CrossCheckReply &)> done,
                          int tokenWaitMs)
{
    if (!m_pool || !m_pool->isEnabled()) {
        done({std::nullopt, QCoreApplication::translate("Customs", "the tks.ru cross-check is off (no CAPTCHA token source enabled)")});
        return;
    }
    if (const auto token = m_pool->take()) {
        runTks(input, offline, *token, std::move(done));
        return;
    }
    // Wait for the next token, or give up after tokenWaitMs.
    auto state = std::make_shared<std::pair<QMetaObject::Connection, bool>>();
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const auto finish = [this, state, timer, input, offline, done](std::optional<QString> token) {
        if (state->second)
            return;
        state->second = true;
        disconnect(state->first);
        timer->deleteLater();
        if (token)
            runTks(input, offline, *token, done);
        else
            done({std::nullopt, QCoreApplication::translate("Customs", "no CAPTCHA token arrived in time for the tks.ru cross-check")});
    };
    state->first = connect(m_pool, &CaptchaTokenPool::tokenAvailable, this, [this, finish] {
        if (m_pool)
            if (const auto token = m_pool->take())
                finish(token);
    });
    connect(timer, &QTimer::timeout, this, [finish] { finish(std::nullopt); });
    timer->start(tokenWaitMs);
}

void CrossCheck::runTks(const Input &input, const Result &offline, const QString &token,
                        std::function<void(const CrossCheckReply &)> done)
{
    m_tks->calculate(input, token, [offline, done](const TksResult &result, const QString &networkError) {
        if (!networkError.isEmpty()) {
            done({std::nullopt, networkError});
            return;
        }
        if (result.status != TksResult::Status::Ok) {
            done({std::nullopt, result.error});
            return;
        }
        done({compare(offline, onlineFigures(result)), {}});
    });
}

void CrossCheck::checkCalcus(const Input &input, const Result &offline, std::function<void(const CrossCheckReply &)> done)
{
    m_calcus->calculate(input, [offline, done](const CalcusResult &result, const QString &networkError) {
        if (!networkError.isEmpty()) {
            done({std::nullopt, networkError});
            return;
        }
        if (!result.ok) {
            done({std::nullopt, result.error});
            return;
        }
        done({compare(offline, onlineFigures(result)), {}});
    });
}

} // namespace CarScout::Customs
