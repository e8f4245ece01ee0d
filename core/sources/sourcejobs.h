#pragma once

// Plumbing every marketplace's jobs share: the canceled and network errors, and parsing a body off the
// GUI thread.

#include "core/net/httptypes.h"
#include "core/sources/source.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace CarScout::Sources {

// Kind Canceled, message "canceled".
JobError canceledError();

// "<what>: <reason> (HTTP <status>)"; a 404 is NotFound, a canceled request canceledError().
JobError networkError(const QString &what, const Net::HttpResponse &response);

// Runs `work` on the thread pool and hands its result to `done` on `context`'s thread. The watcher is a child of
// `context`: once the context is deleted nothing is delivered, so `work` must own copies of all it reads.
// `done` still runs after a cancel that left the context alive; it checks that itself.
template<typename Work, typename Done>
void runOffThread(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        const Result result = watcher->result();
        watcher->deleteLater();
        done(result);
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace CarScout::Sources
