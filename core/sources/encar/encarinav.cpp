#include "core/sources/encar/encarinav.h"

#include "core/sources/encar/encarquery.h"
#include "core/sources/encar/jsoninput.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace CarScout::Sources::Encar {

namespace {

JobError error(JobError::Kind kind, const QString &message)
{
    JobError e;
    e.kind = kind;
    e.message = u"Encar filter tree: "_qs + message;
    return e;
}

QString valueText(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : v.toString();
}

QJsonArray nodesOf(const QJsonObject &container)
{
    for (const char *key : {"Nodes", "Items", "nodes"}) {
        const QJsonValue v = container.value(QLatin1StringView(key));
        if (v.isArray())
            return v.toArray();
    }
    return {};
}

// The node for hierarchy level `level` among `nodes`: by Name, then by DisplayName (CarType), then the only one.
QJsonObject findNode(const QJsonArray &nodes, int level)
{
    const QLatin1StringView name(kLevelNames[level]);
    for (const QJsonValue &n : nodes) {
        const QJsonObject o = n.toObject();
        if (o.value(u"Name"_qs).toString() == name)
            return o;
    }
    if (level == 0) {
        for (const QJsonValue &n : nodes) {
            const QJsonObject o = n.toObject();
            if (o.value(u"DisplayName"_qs).toString() == u"국산여부")
                return o;
        }
    }
    if (nodes.size() == 1 && level > 0)
        return nodes.first().toObject();
    return {};
}

QJsonArray facetsOf(const QJsonObject &node)
{
    return node.value(u"Facets"_qs).toArray();
}

QJsonObject findFacet(const QJsonArray &facets, const QString &key)
{
    for (const QJsonValue &f : facets) {
        const QJsonObject o = f.toObject();
        if (valueText(o.value(u"Value"_qs)) == key)
            return o;
    }
    for (const QJsonValue &f : facets) {
        const QJsonObject o = f.toObject();
        if (o.value(u"DisplayValue"_qs).toString() == key)
            return o;
    }
    return {};
}

QJsonArray refinementNodes(const QJsonObject &facet)
{
    return nodesOf(facet.value(u"Refinements"_qs).toObject());
}

FilterNode toNode(const QJsonObject &facet, int level, const TermDictionary &terms)
{
    FilterNode n;
    n.key = valueText(facet.value(u"Value"_qs));
    n.name = facet.value(u"DisplayValue"_qs).toString();
    if (n.name.isEmpty())
        n.name = n.key;
    const QJsonArray eng = facet.value(u"Metadata"_qs).toObject().value(u"EngName"_qs).toArray();
    if (!eng.isEmpty())
        n.nameEn = eng.first().toString();
    if (n.nameEn.isEmpty()) {
        if (level == 0)
            n.nameEn = n.key == u"Y" ? u"Domestic"_qs : n.key == u"N" ? u"Imported"_qs : QString();
        else if (level == 1)
            n.nameEn = terms.lookup(u"maker", n.key, u"en");
        else if (level <= 3)
            n.nameEn = terms.modelName(n.key, u"en");
    }
    n.level = levelKey(level);
    const QJsonValue count = facet.value(u"Count"_qs);
    n.count = count.isDouble() ? wholeInt(count.toDouble()) : -1;
    n.hasChildren = level + 1 < kLevelCount;
    return n;
}

} // namespace

JobError parseINavChildren(const QByteArray &body, const QStringList &path, const TermDictionary &terms,
                           QList<FilterNode> *out)
{
    out->clear();
    if (const QString problem = checkJsonBody(body); !problem.isEmpty())
        return error(JobError::Kind::Parse, problem);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return error(JobError::Kind::Parse,
                     u"invalid JSON at byte %1 of %2: %3"_qs.arg(pe.offset).arg(body.size()).arg(pe.errorString()));
    if (!doc.isObject())
        return error(JobError::Kind::Parse, u"the document is not an object"_qs);
    return iNavChildren(doc.object(), path, terms, out);
}

JobError iNavChildren(const QJsonObject &response, const QStringList &path, const TermDictionary &terms,
                      QList<FilterNode> *out)
{
    out->clear();
    QJsonObject iNav;
    for (const char *key : {"iNav", "INav", "inav"}) {
        if (response.value(QLatin1StringView(key)).isObject())
            iNav = response.value(QLatin1StringView(key)).toObject();
    }
    if (iNav.isEmpty())
        return error(JobError::Kind::Parse, u"no \"iNav\" object in the response"_qs);
    const QJsonObject carTypeNode = findNode(nodesOf(iNav), 0);
    if (carTypeNode.isEmpty())
        return error(JobError::Kind::Parse, u"no CarType (국산여부) node in iNav.Nodes"_qs);
    const QJsonArray carTypes = facetsOf(carTypeNode);
    if (path.isEmpty()) {
        for (const QJsonValue &f : carTypes)
            out->append(toNode(f.toObject(), 0, terms));
        return {};
    }

    QStringList rest = path;
    const QString carType = isCarTypeKey(rest.first()) ? rest.takeFirst() : u"A"_qs;
    // Manufacturers: under the chosen car type, or under every expanded car type for "A".
    QJsonArray facets;
    bool expanded = false;
    for (const QJsonValue &f : carTypes) {
        const QJsonObject o = f.toObject();
        if (carType != u"A" && valueText(o.value(u"Value"_qs)) != carType)
            continue;
        const QJsonObject makers = findNode(refinementNodes(o), 1);
        if (makers.isEmpty())
            continue;
        expanded = true;
        for (const QJsonValue &m : facetsOf(makers))
            facets.append(m);
    }
    if (!expanded)
        return error(JobError::Kind::NotFound,
                     u"the response does not expand car type \"%1\" into manufacturers"_qs.arg(carType));

    int level = 1;
    for (const QString &key : rest) {
        if (level + 1 >= kLevelCount)
            return error(JobError::Kind::BadInput, u"\"%1\": the tree has no level below badge detail"_qs.arg(key));
        const QJsonObject facet = findFacet(facets, key);
        if (facet.isEmpty())
            return error(JobError::Kind::NotFound, u"\"%1\" is not among the %2 values (%3 of them)"_qs
                                                       .arg(key, levelKey(level)).arg(facets.size()));
        const QJsonObject child = findNode(refinementNodes(facet), level + 1);
        if (child.isEmpty())
            return error(JobError::Kind::NotFound,
                         u"\"%1\" has no %2 refinements in the response"_qs.arg(key, levelKey(level + 1)));
        facets = facetsOf(child);
        ++level;
    }
    for (const QJsonValue &f : facets)
        out->append(toNode(f.toObject(), level, terms));
    return {};
}

} // namespace CarScout::Sources::Encar
