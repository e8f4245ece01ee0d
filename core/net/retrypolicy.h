#pragma once

#include "core/net/httptypes.h"
#include "core/net/sourcepolicy.h"

#include <QString>

#include <optional>

namespace CarScout::Net {

// What one attempt ended with, as the retry policy sees it.
struct AttemptOutcome
{
    int attempt = 1;                            // 1-based number of the attempt that just ended
    int status = 0;                             // HTTP status; 0 when none arrived
    ErrorKind error = ErrorKind::None;          // classification of this attempt (Blocked for 403/block page)
    bool idempotent = true;
    std::optional<qint64> retryAfterMs;         // parsed Retry-After, when the response had one
    bool sessionAlreadyReset = false;           // the one session reset of this call has been used
};

struct RetryDecision
{
    enum class Action { GiveUp, Retry, ResetSessionAndRetry };
    Action action = Action::GiveUp;
    qint64 delayMs = 0;
    bool holdHost = false;                      // a 429/Retry-After: the whole host queue waits delayMs
    QString reason;                             // why (for logs and the final error message)

    bool retries() const { return action != Action::GiveUp; }
};

// The retry policy as a pure function. jitterDraw is a number in [0, 1) from the caller's random source
// (tests pass fixed values). Rules, in order:
//   success, Canceled, TooLarge, Redirect, Tls, Proxy, BreakerOpen → give up (nothing to retry);
//   no attempts left → give up;
//   Blocked (403 / block page) → reset the session once and wait blockedBackoffMs (jittered); the second → give up;
//   Connection / Timeout → retry idempotent requests only, exponential backoff;
//   HTTP status in retryStatuses → retry (non-idempotent only on 429), Retry-After wins over the backoff and
//   holds the host; a Retry-After beyond maxRetryAfterMs gives up; any other status (400, 404, …) → give up.
RetryDecision decideRetry(const RetryPolicy &policy, const AttemptOutcome &outcome, double jitterDraw);

// Capped exponential backoff before retry number `retry` (1 = the first retry), jittered by jitterDraw in [0, 1).
qint64 backoffDelayMs(const RetryPolicy &policy, int retry, double jitterDraw);

} // namespace CarScout::Net
