#include "core/demo/demobackends.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace CarScout::Demo {

namespace {

QMutex &registryLock()
{
    static QMutex lock;
    return lock;
}

QList<DemoBackend> &registry()
{
    static QList<DemoBackend> backends{
        DemoBackend{u"bench"_qs, {QString::fromLatin1(benchHost)}, &installBenchBackend}};
    return backends;
}

} // namespace

void registerDemoBackend(const DemoBackend &backend)
{
    QMutexLocker lock(&registryLock());
    for (DemoBackend &existing : registry()) {
        if (existing.name == backend.name) {
            existing = backend;
            return;
        }
    }
    registry().append(backend);
}

QList<DemoBackend> demoBackends()
{
    QMutexLocker lock(&registryLock());
    return registry();
}

void installDemoBackends(ReplayServer &server)
{
    for (const DemoBackend &backend : demoBackends()) {
        if (backend.install)
            backend.install(server);
    }
}

QHash<QString, QUrl> demoRemaps(const ReplayServer &server)
{
    QHash<QString, QUrl> remaps;
    for (const DemoBackend &backend : demoBackends()) {
        for (const QString &host : backend.hosts)
            remaps.insert(host.toLower(), QUrl(server.baseUrlFor(host.toLower())));
    }
    return remaps;
}

QStringList demoRemapArguments(const ReplayServer &server)
{
    QStringList lines;
    const QHash<QString, QUrl> remaps = demoRemaps(server);
    for (auto it = remaps.begin(); it != remaps.end(); ++it)
        lines.append(u"--remap %1=%2"_qs.arg(it.key(), it.value().toString()));
    lines.sort();
    return lines;
}

void installBenchBackend(ReplayServer &server)
{
    server.addHandler(QString::fromLatin1(benchHost), [](const ReplayRequest &request) -> std::optional<ReplayResponse> {
        if (request.path != u"/item")
            return std::nullopt;
        bool ok = false;
        const qint64 id = request.query.queryItemValue(u"id"_qs).toLongLong(&ok);
        if (!ok)
            return ReplayResponse{400, {{"Content-Type", "text/plain"}}, "id must be an integer\n"};
        const QJsonObject item{
            {u"id"_qs, id},
            {u"title"_qs, u"Synthetic listing %1"_qs.arg(id)},
            {u"price"_qs, 10000000 + (id * 7919) % 90000000},
            {u"year"_qs, 2010 + int(id % 15)},
            {u"mileage_km"_qs, (id * 104729) % 250000},
            {u"photos"_qs, QJsonArray{u"https://example.invalid/p/%1_1.jpg"_qs.arg(id),
                                      u"https://example.invalid/p/%1_2.jpg"_qs.arg(id)}},
        };
        return ReplayResponse{200, {{"Content-Type", "application/json; charset=utf-8"}},
                              QJsonDocument(item).toJson(QJsonDocument::Compact)};
    });
}

} // namespace CarScout::Demo
