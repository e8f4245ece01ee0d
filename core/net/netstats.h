#pragma once

#include <QtGlobal>

namespace CarScout::Net {

// Counters of one HttpClient since it was created (a snapshot; HttpClient::statsChanged says when it moved).
struct NetStats
{
    qint64 requests = 0;            // calls sent (HttpClient::send)
    qint64 attempts = 0;            // HTTP exchanges started: first attempts, retries and redirects
    qint64 retries = 0;
    qint64 redirects = 0;
    qint64 succeeded = 0;
    qint64 failures = 0;            // calls that ended with an error other than Canceled
    qint64 canceled = 0;
    qint64 breakerRejections = 0;   // calls rejected without sending because a breaker was open
    qint64 sessionResets = 0;       // one host's cookies dropped after a 403/block page
    qint64 bytesReceived = 0;       // response bodies
    qint64 rateWaitMs = 0;          // time calls spent waiting for the per-host pacing (summed over calls)
    int activeCalls = 0;            // not finished yet: queued, waiting to retry or running
    int runningCalls = 0;           // with an exchange on the wire
};

} // namespace CarScout::Net
