#include "core/demo/routetabledemos.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CarScout::Demo {

namespace {

const QString kDemoRoot = u":/carscout/demo"_qs;

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QStringList routeTableHosts(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonArray exchanges = document.isArray() ? document.array()
                                                    : document.object().value(u"exchanges").toArray();
    if (parseError.error != QJsonParseError::NoError || (!document.isArray() && exchanges.isEmpty())) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                ? u"%1 at byte %2"_qs.arg(parseError.errorString()).arg(parseError.offset)
                : u"the top level is not an array of exchanges (nor {\"exchanges\": [...]})"_qs;
        return {};
    }
    QStringList hosts;
    for (const QJsonValue &exchange : exchanges) {
        const QString host = exchange.toObject().value(u"host").toString().toLower();
        if (!host.isEmpty() && !hosts.contains(host))
            hosts << host;
    }
    return hosts;
}

QStringList registerRouteTableDemos(QStringList *errors)
{
    QStringList names;
    const QStringList dirs = QDir(kDemoRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : dirs) {
        const QString dir = kDemoRoot + u'/' + name;
        const QString tablePath = dir + u"/routes.json"_qs;
        if (!QFile::exists(tablePath))
            continue;   // a demo with a backend of its own
        QString error;
        const QStringList hosts = routeTableHosts(readResource(tablePath), &error);
        if (hosts.isEmpty()) {
            if (errors)
                *errors << u"%1: %2"_qs.arg(name, error.isEmpty() ? u"the route table names no host"_qs : error);
            continue;
        }
        registerDemoBackend({name, hosts, [tablePath, dir, name](ReplayServer &server) {
            QString error;
            if (!server.addRecording(readResource(tablePath), &error, dir))
                qWarning("demo %s: %s", qPrintable(name), qPrintable(error));
        }});
        names << name;
    }
    return names;
}

} // namespace CarScout::Demo
