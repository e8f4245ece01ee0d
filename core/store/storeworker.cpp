#include "core/store/storeworker.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QThread>

namespace CarScout::Store {

StoreRequest::StoreRequest(quint64 id, std::shared_ptr<std::atomic_bool> canceled)
    : m_id(id), m_canceled(std::move(canceled))
{
}

StoreRequest::~StoreRequest() = default;

bool StoreRequest::isCanceled() const
{
    return m_canceled->load();
}

void StoreRequest::cancel()
{
    if (m_finished || m_canceled->exchange(true))
        return;
    deleteLater();
}

// The worker thread's side: the connection, the workspace over it, and the loop that runs requests in order.
class StoreWorker::Core : public QObject
{
public:
    Core(StoreWorker *facade, const Clock &clock, std::shared_ptr<std::atomic_int> delayMs)
        : m_facade(facade), m_clock(clock), m_delayMs(std::move(delayMs))
    {
    }

    void open(const DatabaseUrl &url)
    {
        QString error;
        m_db = Database::open(url, &error);
        if (m_db)
            m_workspace = std::make_unique<Workspace>(*m_db, m_clock);
        else
            m_openError = error;
        QMetaObject::invokeMethod(m_facade, [facade = m_facade, error] { facade->onOpened(error); }, Qt::QueuedConnection);
    }

    void run(quint64 id, const Work &work, const std::shared_ptr<std::atomic_bool> &canceled)
    {
        // A canceled request is still answered (with nothing), so the facade forgets it.
        if (const int delay = m_delayMs->load(); delay > 0 && !canceled->load())
            QThread::msleep(ulong(delay));
        std::any result;
        QString error;
        if (!canceled->load() && !m_workspace) {
            error = m_openError;
        } else if (!canceled->load()) {
            result = work(*m_workspace, &error);
            if (!result.has_value() && error.isEmpty())
                error = QCoreApplication::translate("Store", "The workspace request failed.");
        }
        QMetaObject::invokeMethod(m_facade, [facade = m_facade, id, result = std::move(result), error] {
            facade->deliver(id, result, error);
        }, Qt::QueuedConnection);
    }

    // Last on the thread: the connection is closed where it was opened.
    void close()
    {
        m_workspace.reset();
        m_db.reset();
        QThread::currentThread()->quit();
    }

private:
    StoreWorker *m_facade;
    const Clock &m_clock;
    std::shared_ptr<std::atomic_int> m_delayMs;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    QString m_openError;
};

StoreWorker::StoreWorker(const DatabaseUrl &url, const Clock &clock, QObject *parent)
    : QObject(parent), m_url(url), m_thread(new QThread), m_delayMs(std::make_shared<std::atomic_int>(0))
{
    m_thread->setObjectName(u"carscout-store"_qs);
    m_core = new Core(this, clock, m_delayMs);
    m_core->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(m_core, [core = m_core, url] { core->open(url); }, Qt::QueuedConnection);
}

StoreWorker::~StoreWorker()
{
    for (const QPointer<StoreRequest> &request : std::as_const(m_pending)) {
        if (request) {
            request->m_canceled->store(true);
            delete request.data();
        }
    }
    m_pending.clear();
    QMetaObject::invokeMethod(m_core, [core = m_core] { core->close(); }, Qt::QueuedConnection);
    m_thread->wait();
    delete m_core;
    delete m_thread;
}

StoreRequest *StoreWorker::submit(Work work)
{
    const quint64 id = m_nextId++;
    auto canceled = std::make_shared<std::atomic_bool>(false);
    auto *request = new StoreRequest(id, canceled);
    m_pending.insert(id, request);
    QMetaObject::invokeMethod(m_core, [core = m_core, id, work = std::move(work), canceled] {
        core->run(id, work, canceled);
    }, Qt::QueuedConnection);
    return request;
}

void StoreWorker::deliver(quint64 id, std::any result, const QString &error)
{
    const QPointer<StoreRequest> request = m_pending.take(id);
    if (!request || request->isCanceled())
        return;
    request->m_result = std::move(result);
    request->m_error = error;
    request->m_finished = true;
    emit request->finished();
    if (request)
        request->deleteLater();
}

void StoreWorker::onOpened(const QString &error)
{
    m_open = error.isEmpty();
    m_openError = error;
    emit opened(error);
}

} // namespace CarScout::Store
