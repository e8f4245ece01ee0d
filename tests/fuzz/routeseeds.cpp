#include "tests/fuzz/routeseeds.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace CarScout::Fuzz {

namespace {

struct Body
{
    QString path;
    QByteArray bytes;
};

// The exchanges' bodies of one route table, in table order; empty (and a message) when it cannot be read.
QList<Body> routeBodies(const QString &demo)
{
    const QString dir = u":/carscout/demo/"_qs + demo;
    QFile file(dir + u"/routes.json"_qs);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "no route table %s: %s\n", qPrintable(file.fileName()), qPrintable(file.errorString()));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isArray()) {
        std::fprintf(stderr, "%s is not a route table: %s\n", qPrintable(file.fileName()), qPrintable(error.errorString()));
        return {};
    }
    QList<Body> bodies;
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject o = value.toObject();
        Body body{o.value(u"path").toString(), {}};
        if (o.contains(u"bodyBase64")) {
            body.bytes = QByteArray::fromBase64(o.value(u"bodyBase64").toString().toLatin1());
        } else if (o.contains(u"bodyFile")) {
            QFile bodyFile(dir + u'/' + o.value(u"bodyFile").toString());
            if (bodyFile.open(QIODevice::ReadOnly))
                body.bytes = bodyFile.readAll();
        } else {
            body.bytes = o.value(u"body").toString().toUtf8();
        }
        if (!body.bytes.isEmpty())
            bodies.append(body);
    }
    return bodies;
}

} // namespace

bool writeRouteSeeds(const QList<RouteSeedRule> &rules,
                     const std::function<void(const QString &, const QString &, const QByteArray &)> &write)
{
    bool ok = true;
    QHash<QString, QList<Body>> tables;
    for (const RouteSeedRule &rule : rules) {
        if (!tables.contains(rule.demo))
            tables.insert(rule.demo, routeBodies(rule.demo));
        const QList<Body> &bodies = tables[rule.demo];
        QList<const Body *> matching;
        for (const Body &body : bodies)
            if (rule.path.match(body.path).hasMatch())
                matching.append(&body);
        if (matching.isEmpty()) {
            std::fprintf(stderr, "no seed for %s: no exchange of the %s demo matches %s\n", qPrintable(rule.target),
                         qPrintable(rule.demo), qPrintable(rule.path.pattern()));
            ok = false;
            continue;
        }
        const qsizetype count = qMin<qsizetype>(rule.maxSeeds, matching.size());
        for (qsizetype i = 0; i < count; ++i) {
            const qsizetype index = i * matching.size() / count;
            write(rule.target, u"route-%1-%2"_qs.arg(rule.demo).arg(index), matching.at(index)->bytes);
        }
    }
    return ok;
}

} // namespace CarScout::Fuzz
