#include "core/net/sourcepolicy.h"

namespace CarScout::Net {

SourcePolicy defaultSourcePolicy(const QString &source)
{
    SourcePolicy policy;
    // Marketplaces bring their own policy (Sources::SourceInfo::policy); these are the services'.
    if (source == u"cbr" || source == u"tks" || source == u"calcus") {
        policy.rate = {1000, 0, 0, 0, 0, 2};
    }
    return policy;
}

} // namespace CarScout::Net
