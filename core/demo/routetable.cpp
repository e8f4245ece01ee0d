#include "core/demo/routetable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CarScout::Demo {

namespace {

QString exactKey(const QString &host, const QByteArray &method, const QString &path)
{
    return host + u' ' + QString::fromLatin1(method) + u' ' + path;
}

QList<std::pair<QString, QString>> fields(const QJsonObject &object)
{
    QList<std::pair<QString, QString>> out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.append({it.key(), it.value().toVariant().toString()});
    return out;
}

} // namespace

QUrlQuery formFields(const QByteArray &body)
{
    QByteArray encoded = body;
    encoded.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(encoded));
}

bool RouteTable::load(const QByteArray &json, QString *error, const QString &baseDir)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(u"recording: %1 at byte %2"_qs.arg(parseError.errorString()).arg(parseError.offset));
    QJsonArray array;
    QHash<QString, QByteArray> fragments;
    if (document.isArray()) {
        array = document.array();
    } else if (document.isObject() && document.object().value(u"exchanges").isArray()) {
        array = document.object().value(u"exchanges").toArray();
        const QJsonObject table = document.object().value(u"fragments").toObject();
        for (auto it = table.begin(); it != table.end(); ++it)
            fragments.insert(it.key(), it.value().toString().toUtf8());
    } else {
        return fail(u"recording: the top level must be an array of exchanges (or {\"exchanges\": […]})"_qs);
    }

    QList<Exchange> loaded;
    loaded.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Exchange exchange;
        exchange.host = o.value(u"host").toString().toLower();
        exchange.prefix = o.contains(u"pathPrefix");
        exchange.path = o.value(exchange.prefix ? u"pathPrefix" : u"path").toString();
        if (exchange.host.isEmpty() || !exchange.path.startsWith(u'/'))
            return fail(u"recording: exchange %1 needs \"host\" and a \"path\" starting with /"_qs.arg(i));
        exchange.method = o.value(u"method").toString(u"GET"_qs).toLatin1();
        for (const auto &[name, value] : fields(o.value(u"query").toObject()))
            exchange.query.append({name, value});
        for (const auto &[name, value] : fields(o.value(u"form").toObject()))
            exchange.form.append({name, value});
        exchange.response.status = o.value(u"status").toInt(200);
        for (const auto &[name, value] : fields(o.value(u"headers").toObject()))
            exchange.response.headers.append({name.toLatin1(), value.toUtf8()});
        if (o.contains(u"bodyBase64")) {
            const auto decoded = QByteArray::fromBase64Encoding(o.value(u"bodyBase64").toString().toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return fail(u"recording: exchange %1 has invalid bodyBase64"_qs.arg(i));
            exchange.response.body = *decoded;
        } else if (o.contains(u"bodyFile")) {
            QFile file(baseDir + u'/' + o.value(u"bodyFile").toString());
            if (!file.open(QIODevice::ReadOnly))
                return fail(u"recording: exchange %1: bodyFile %2 cannot be read"_qs.arg(i).arg(file.fileName()));
            exchange.response.body = file.readAll();
        } else if (o.contains(u"bodyJoin")) {
            const QJsonObject join = o.value(u"bodyJoin").toObject();
            const QByteArray separator = join.value(u"separator").toString().toUtf8();
            exchange.joined << join.value(u"prefix").toString().toUtf8();
            const QJsonArray keys = join.value(u"fragments").toArray();
            for (qsizetype k = 0; k < keys.size(); ++k) {
                const auto fragment = fragments.constFind(keys.at(k).toString());
                if (fragment == fragments.constEnd())
                    return fail(u"recording: exchange %1 joins the unknown fragment \"%2\""_qs.arg(i).arg(keys.at(k).toString()));
                if (k > 0)
                    exchange.joined << separator;
                exchange.joined << *fragment;
            }
            exchange.joined << join.value(u"suffix").toString().toUtf8();
        } else {
            exchange.response.body = o.value(u"body").toString().toUtf8();
        }
        loaded.append(std::move(exchange));
    }

    const qsizetype base = m_exchanges.size();
    for (qsizetype i = 0; i < loaded.size(); ++i) {
        const Exchange &exchange = loaded.at(i);
        if (!m_hosts.contains(exchange.host))
            m_hosts << exchange.host;
        if (exchange.prefix)
            m_prefixes[exchange.host].append(base + i);
        else
            m_exact[exactKey(exchange.host, exchange.method, exchange.path)].append(base + i);
    }
    m_exchanges.append(std::move(loaded));
    return true;
}

QStringList RouteTable::hosts() const
{
    return m_hosts;
}

bool RouteTable::matches(const Exchange &exchange, const ReplayRequest &request, const QUrlQuery &form) const
{
    if (exchange.method != request.method)
        return false;
    if (exchange.prefix && !request.path.startsWith(exchange.path))
        return false;
    for (const Field &field : exchange.query) {
        if (request.query.queryItemValue(field.name, QUrl::FullyDecoded) != field.value)
            return false;
    }
    for (const Field &field : exchange.form) {
        if (form.queryItemValue(field.name, QUrl::FullyDecoded) != field.value)
            return false;
    }
    return true;
}

std::optional<ReplayResponse> RouteTable::answer(const ReplayRequest &request) const
{
    static const QList<qsizetype> none;
    const QList<qsizetype> &exact = m_exact.contains(exactKey(request.host, request.method, request.path))
        ? *m_exact.constFind(exactKey(request.host, request.method, request.path)) : none;
    const QList<qsizetype> &prefixes = m_prefixes.contains(request.host) ? *m_prefixes.constFind(request.host) : none;
    const QUrlQuery form = formFields(request.body);
    // Both lists ascend: walk them together so that table order decides between an exact path and a prefix.
    qsizetype e = 0, p = 0;
    while (e < exact.size() || p < prefixes.size()) {
        const bool takeExact = p >= prefixes.size() || (e < exact.size() && exact.at(e) < prefixes.at(p));
        const Exchange &exchange = m_exchanges.at(takeExact ? exact.at(e++) : prefixes.at(p++));
        if (!matches(exchange, request, form))
            continue;
        if (exchange.joined.isEmpty())
            return exchange.response;
        ReplayResponse response = exchange.response;
        qsizetype total = 0;
        for (const QByteArray &part : exchange.joined)
            total += part.size();
        response.body.reserve(total);
        for (const QByteArray &part : exchange.joined)
            response.body += part;
        return response;
    }
    return std::nullopt;
}

} // namespace CarScout::Demo
