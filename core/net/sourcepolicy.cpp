#include "core/net/sourcepolicy.h"

namespace CarScout::Net {

SourcePolicy defaultSourcePolicy(const QString &source)
{
    SourcePolicy policy;
    if (source == u"encar" || source == u"bobaedream") {
        policy.rate = {500, 0, 20, 1000, 3000, 6};
        policy.blockPageMarkers = {};
    } else if (source == u"kbchachacha") {
        policy.rate = {1000, 0, 10, 500, 2000, 6};
    } else if (source == u"che168") {
        policy.rate = {200, 0, 20, 500, 1500, 6};
        policy.retry.maxAttempts = 4;
        policy.retry.baseDelayMs = 500;
    } else if (source == u"cbr" || source == u"tks" || source == u"calcus") {
        policy.rate = {1000, 0, 0, 0, 0, 2};
    }
    return policy;
}

} // namespace CarScout::Net
