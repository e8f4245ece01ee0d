#pragma once

// Per-source network behaviour: pacing, retries, circuit breaker, default headers and timeouts.
// HttpClient picks the policy by HttpRequest::source; sources install theirs with HttpClient::setSourcePolicy.

#include "core/net/httptypes.h"

#include <QList>
#include <QString>

namespace CarScout::Net {

// Pacing of request STARTS to one upstream host (waiting overlaps with requests in flight).
struct RateSchedule
{
    int minIntervalMs = 0;   // between two starts
    int jitterMs = 0;        // + U(0, jitterMs) on every gap
    int pauseEvery = 0;      // after every Nth start, an extra pause of U(pauseMinMs, pauseMaxMs); 0 = never
    int pauseMinMs = 0;
    int pauseMaxMs = 0;
    int maxConcurrent = 6;   // requests in flight per host (Qt opens at most 6 HTTP/1.1 connections anyway)
};

struct RetryPolicy
{
    int maxAttempts = 3;                               // attempts in total, the first one included
    int baseDelayMs = 1000;                            // backoff before retry n: base * 2^(n-1), capped
    int maxDelayMs = 30000;
    double jitter = 0.5;                               // backoff * (1 + jitter * U(0,1)), then capped
    QList<int> retryStatuses = {429, 500, 502, 503, 504};
    int blockedBackoffMs = 3000;                       // wait after the one session reset on a 403/block page
    int maxRetryAfterMs = 120000;                      // a longer Retry-After gives up instead of waiting
    bool resetSessionOnBlock = true;                   // forget the host's cookies once, retry on a closing connection
};

struct BreakerConfig
{
    int failureThreshold = 5;   // consecutive failed calls that open the breaker; 0 = no breaker
    int coolDownMs = 30000;     // open → half-open (one probe) after this long
};

struct SourcePolicy
{
    RateSchedule rate;
    RetryPolicy retry;
    BreakerConfig breaker;
    HeaderList headers;                  // sent with every request of the source (request headers win)
    int timeoutMs = 0;                   // no-progress transfer timeout; 0 = ClientConfig::defaultTimeoutMs
    int totalTimeoutMs = 0;              // cap on one attempt from start to end; 0 = 4 × the transfer timeout
    QList<QByteArray> blockPageMarkers;  // body substrings that mark a block/CAPTCHA page (case-sensitive)
};

// The services' defaults: the customs/rates services (cbr, tks, calcus) 1 s between requests, two at a time;
// anything else unpaced. A marketplace's policy comes with the marketplace (Sources::SourceInfo::policy).
SourcePolicy defaultSourcePolicy(const QString &source);

} // namespace CarScout::Net
