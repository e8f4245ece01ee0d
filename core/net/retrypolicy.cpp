#include "core/net/retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace CarScout::Net {

qint64 backoffDelayMs(const RetryPolicy &policy, int retry, double jitterDraw)
{
    const int exponent = std::clamp(retry - 1, 0, 30);
    const double raw = double(std::max(0, policy.baseDelayMs)) * std::pow(2.0, exponent);
    const double jittered = raw * (1.0 + std::max(0.0, policy.jitter) * std::clamp(jitterDraw, 0.0, 1.0));
    return qint64(std::min(jittered, double(std::max(0, policy.maxDelayMs))));
}

RetryDecision decideRetry(const RetryPolicy &policy, const AttemptOutcome &outcome, double jitterDraw)
{
    using Action = RetryDecision::Action;
    RetryDecision decision;
    switch (outcome.error) {
    case ErrorKind::None:
        decision.reason = u"succeeded"_qs;
        return decision;
    case ErrorKind::Canceled:
    case ErrorKind::TooLarge:
    case ErrorKind::Redirect:
    case ErrorKind::Tls:
    case ErrorKind::Proxy:
    case ErrorKind::BreakerOpen:
    case ErrorKind::Other:
        decision.reason = u"%1 is not retried"_qs.arg(errorKindName(outcome.error));
        return decision;
    case ErrorKind::Blocked:
    case ErrorKind::Connection:
    case ErrorKind::Timeout:
    case ErrorKind::HttpStatus:
        break;
    }

    if (outcome.attempt >= policy.maxAttempts) {
        decision.reason = u"gave up after %1 attempt(s)"_qs.arg(outcome.attempt);
        return decision;
    }

    if (outcome.error == ErrorKind::Blocked) {
        if (!policy.resetSessionOnBlock || outcome.sessionAlreadyReset) {
            decision.reason = u"blocked again after a session reset"_qs;
            if (!policy.resetSessionOnBlock)
                decision.reason = u"blocked (HTTP %1 or a block page)"_qs.arg(outcome.status);
            return decision;
        }
        decision.action = Action::ResetSessionAndRetry;
        const double jittered = policy.blockedBackoffMs * (1.0 + policy.jitter * std::clamp(jitterDraw, 0.0, 1.0));
        decision.delayMs = qint64(jittered);
        decision.holdHost = true;
        decision.reason = u"blocked: session reset, retrying once"_qs;
        return decision;
    }

    if (outcome.error == ErrorKind::Connection || outcome.error == ErrorKind::Timeout) {
        if (!outcome.idempotent) {
            decision.reason = u"%1 on a non-idempotent request is not retried"_qs.arg(errorKindName(outcome.error));
            return decision;
        }
        decision.action = Action::Retry;
        decision.delayMs = backoffDelayMs(policy, outcome.attempt, jitterDraw);
        decision.reason = u"%1, retry %2"_qs.arg(errorKindName(outcome.error)).arg(outcome.attempt);
        return decision;
    }

    // HttpStatus
    if (!policy.retryStatuses.contains(outcome.status)) {
        decision.reason = u"HTTP %1 is not retried"_qs.arg(outcome.status);
        return decision;
    }
    if (!outcome.idempotent && outcome.status != 429) {
        decision.reason = u"HTTP %1 on a non-idempotent request is not retried"_qs.arg(outcome.status);
        return decision;
    }
    if (outcome.retryAfterMs) {
        if (*outcome.retryAfterMs > policy.maxRetryAfterMs) {
            decision.reason = u"HTTP %1 with Retry-After %2 s, longer than the %3 s limit"_qs.arg(outcome.status)
                                  .arg(*outcome.retryAfterMs / 1000)
                                  .arg(policy.maxRetryAfterMs / 1000);
            return decision;
        }
        decision.action = Action::Retry;
        decision.delayMs = *outcome.retryAfterMs;
        decision.holdHost = true;
        decision.reason = u"HTTP %1, Retry-After %2 ms"_qs.arg(outcome.status).arg(decision.delayMs);
        return decision;
    }
    decision.action = Action::Retry;
    decision.delayMs = backoffDelayMs(policy, outcome.attempt, jitterDraw);
    decision.holdHost = outcome.status == 429;
    decision.reason = u"HTTP %1, retry %2"_qs.arg(outcome.status).arg(outcome.attempt);
    return decision;
}

} // namespace CarScout::Net
