#include "core/sources/sourcejobs.h"

namespace CarScout::Sources {

JobError canceledError()
{
    JobError e;
    e.kind = JobError::Kind::Canceled;
    e.message = u"canceled"_qs;
    e.netError = Net::ErrorKind::Canceled;
    return e;
}

JobError networkError(const QString &what, const Net::HttpResponse &response)
{
    if (response.error == Net::ErrorKind::Canceled)
        return canceledError();
    JobError e;
    e.netError = response.error;
    e.kind = response.status == 404 ? JobError::Kind::NotFound : JobError::Kind::Network;
    QString reason = response.errorMessage;
    if (reason.isEmpty())
        reason = Net::errorKindName(response.error);
    if (response.status > 0 && !reason.contains(QString::number(response.status)))
        reason += u" (HTTP %1)"_qs.arg(response.status);
    e.message = what + u": "_qs + reason;
    return e;
}

} // namespace CarScout::Sources
