#include "core/sources/kbchachacha/kbcatalogparser.h"

#include "core/sources/terms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CarScout::Sources::Kb {

namespace {

// Unwraps the envelope; on failure sets `error` ("carMaker.json: …") and returns an empty object.
QJsonObject resultOf(const QByteArray &json, const QString &endpoint, QString &error)
{
    if (json.trimmed().isEmpty()) {
        error = endpoint + u": empty response body"_qs;
        return {};
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError) {
        const QByteArray head = json.left(64).trimmed();
        const bool html = head.startsWith('<');
        error = endpoint
            + (html ? QStringLiteral(": got HTML instead of JSON (block page?) — %1 at offset %2")
                    : QStringLiteral(": invalid JSON — %1 at offset %2 of %3 bytes"))
                  .arg(perr.errorString())
                  .arg(perr.offset)
                  .arg(json.size());
        return {};
    }
    if (!doc.isObject()) {
        error = endpoint + u": top level is not a JSON object"_qs;
        return {};
    }
    const QJsonObject top = doc.object();
    const QJsonValue status = top.value(u"status"_qs);
    if (!status.isDouble()) {
        error = endpoint + u": \"status\" missing or not a number"_qs;
        return {};
    }
    if (status.toInt() != 200) {
        error = endpoint + QStringLiteral(": status %1, message \"%2\"")
                               .arg(status.toInt())
                               .arg(top.value(u"message"_qs).toString());
        return {};
    }
    const QJsonValue result = top.value(u"result"_qs);
    if (!result.isObject()) {
        error = endpoint + u": \"result\" missing or not an object"_qs;
        return {};
    }
    return result.toObject();
}

// A string field (numbers accepted as their decimal text); error names the element.
bool stringField(const QJsonObject &item, const QString &field, const QString &where, QString &out, QString &error)
{
    const QJsonValue v = item.value(field);
    if (v.isString() && !v.toString().isEmpty()) {
        out = v.toString();
        return true;
    }
    if (v.isDouble()) {
        out = QString::number(qint64(v.toDouble()));
        return true;
    }
    error = where + u'.' + field + (v.isUndefined() ? u" is missing"_qs : u" is not a string"_qs);
    return false;
}

bool arrayField(const QJsonObject &obj, const QString &field, const QString &where, QJsonArray &out, QString &error)
{
    const QJsonValue v = obj.value(field);
    if (!v.isArray()) {
        error = where + u'.' + field + (v.isUndefined() ? u" is missing"_qs : u" is not an array"_qs);
        return false;
    }
    out = v.toArray();
    return true;
}

bool objectAt(const QJsonArray &arr, qsizetype i, const QString &where, QJsonObject &out, QString &error)
{
    if (!arr.at(i).isObject()) {
        error = QStringLiteral("%1[%2] is not an object").arg(where).arg(i);
        return false;
    }
    out = arr.at(i).toObject();
    return true;
}

int countIn(const QJsonObject &sale, const QString &key)
{
    const QJsonValue v = sale.value(key);
    return v.isDouble() ? v.toInt() : (sale.isEmpty() ? -1 : 0);
}

// code[] lists of carClass/carName: name field, code field, counts in sale{code: n}.
KbCatalogResult parseCodeList(const QByteArray &json, const QString &endpoint, const QString &nameField,
                              const QString &codeField, const QString &level, const TermDictionary *terms = nullptr)
{
    KbCatalogResult r;
    const QJsonObject result = resultOf(json, endpoint, r.error);
    if (!r.error.isEmpty())
        return r;
    QJsonArray code;
    if (!arrayField(result, u"code"_qs, endpoint + u": result"_qs, code, r.error))
        return r;
    const QJsonObject sale = result.value(u"sale"_qs).toObject();
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QString where = QStringLiteral("%1: result.code[%2]").arg(endpoint).arg(i);
        QJsonObject item;
        FilterNode n;
        if (!objectAt(code, i, endpoint + u": result.code"_qs, item, r.error)
            || !stringField(item, nameField, where, n.name, r.error) || !stringField(item, codeField, where, n.key, r.error))
            return r;
        n.level = level;
        n.count = countIn(sale, n.key);
        if (terms)
            n.nameEn = terms->modelName(n.name, u"en");
        r.nodes.append(n);
    }
    return r;
}

// A failed parse returns no nodes at all, never a partial list.
KbCatalogResult checked(KbCatalogResult r)
{
    if (!r.ok())
        r.nodes.clear();
    return r;
}

} // namespace

static KbCatalogResult parseMakersUnchecked(const QByteArray &json, const TermDictionary *terms)
{
    const QString endpoint = u"carMaker.json"_qs;
    KbCatalogResult r;
    const QJsonObject result = resultOf(json, endpoint, r.error);
    if (!r.error.isEmpty())
        return r;
    bool any = false;
    for (const QString &group : {u"국산"_qs, u"수입"_qs}) {
        if (!result.contains(group))
            continue;
        any = true;
        QJsonArray makers;
        if (!arrayField(result, group, endpoint + u": result"_qs, makers, r.error))
            return r;
        for (qsizetype i = 0; i < makers.size(); ++i) {
            const QString where = QStringLiteral("%1: result.%2[%3]").arg(endpoint, group).arg(i);
            QJsonObject item;
            FilterNode n;
            if (!objectAt(makers, i, endpoint + u": result."_qs + group, item, r.error)
                || !stringField(item, u"makerName"_qs, where, n.name, r.error)
                || !stringField(item, u"makerCode"_qs, where, n.key, r.error))
                return r;
            const QJsonValue count = item.value(u"count"_qs);
            if (!count.isUndefined() && !count.isDouble()) {
                r.error = where + u".count is not a number"_qs;
                return r;
            }
            n.count = count.isDouble() ? count.toInt() : -1;
            n.level = u"maker"_qs;
            if (terms)
                n.nameEn = terms->lookup(u"maker", n.name, u"en");
            r.nodes.append(n);
        }
    }
    if (!any)
        r.error = endpoint + u": result has neither \"국산\" nor \"수입\" maker lists"_qs;
    return r;
}

KbCatalogResult parseClasses(const QByteArray &json, const TermDictionary *terms)
{
    return checked(parseCodeList(json, u"carClass.json"_qs, u"className"_qs, u"classCode"_qs, u"class"_qs, terms));
}

KbCatalogResult parseCars(const QByteArray &json)
{
    return checked(parseCodeList(json, u"carName.json"_qs, u"carName"_qs, u"carCode"_qs, u"car"_qs));
}

static KbCatalogResult parseModelsUnchecked(const QByteArray &json)
{
    const QString endpoint = u"carModel.json"_qs;
    KbCatalogResult r;
    const QJsonObject result = resultOf(json, endpoint, r.error);
    if (!r.error.isEmpty())
        return r;
    QJsonArray models;
    if (!arrayField(result, u"codeModel"_qs, endpoint + u": result"_qs, models, r.error))
        return r;
    const QJsonObject sale = result.value(u"sale"_qs).toObject();
    for (qsizetype i = 0; i < models.size(); ++i) {
        const QString where = QStringLiteral("%1: result.codeModel[%2]").arg(endpoint).arg(i);
        QJsonObject item;
        FilterNode n;
        if (!objectAt(models, i, endpoint + u": result.codeModel"_qs, item, r.error)
            || !stringField(item, u"modelName"_qs, where, n.name, r.error)
            || !stringField(item, u"modelCode"_qs, where, n.key, r.error))
            return r;
        n.level = u"model"_qs;
        const QJsonValue s = sale.value(n.key);
        n.count = s.isObject() ? s.toObject().value(u"modelCount"_qs).toInt(0) : (sale.isEmpty() ? -1 : 0);
        r.nodes.append(n);
    }
    return r;
}

static KbCatalogResult parseGradesUnchecked(const QByteArray &json, const QString &modelCode)
{
    const QString endpoint = u"carModel.json"_qs;
    KbCatalogResult r;
    const QJsonObject result = resultOf(json, endpoint, r.error);
    if (!r.error.isEmpty())
        return r;
    QJsonArray grades;
    if (!arrayField(result, u"codeGrade"_qs, endpoint + u": result"_qs, grades, r.error))
        return r;
    const QJsonObject sale = result.value(u"sale"_qs).toObject();
    const QJsonObject modelSale = sale.value(modelCode).toObject();
    for (qsizetype i = 0; i < grades.size(); ++i) {
        const QString where = QStringLiteral("%1: result.codeGrade[%2]").arg(endpoint).arg(i);
        QJsonObject item;
        QString itemModel, gradeCode;
        FilterNode n;
        if (!objectAt(grades, i, endpoint + u": result.codeGrade"_qs, item, r.error)
            || !stringField(item, u"modelCode"_qs, where, itemModel, r.error))
            return r;
        if (itemModel != modelCode)
            continue;
        if (!stringField(item, u"gradeName"_qs, where, n.name, r.error)
            || !stringField(item, u"gradeCode"_qs, where, gradeCode, r.error))
            return r;
        n.key = item.value(u"modelGradeCode"_qs).toString();
        if (n.key.isEmpty())
            n.key = modelCode + u'|' + gradeCode;
        n.level = u"grade"_qs;
        n.hasChildren = false;
        const QJsonValue c = modelSale.value(gradeCode);
        n.count = c.isDouble() ? c.toInt() : (sale.isEmpty() ? -1 : 0);
        r.nodes.append(n);
    }
    return r;
}

KbCatalogResult parseMakers(const QByteArray &json, const TermDictionary *terms)
{
    return checked(parseMakersUnchecked(json, terms));
}

KbCatalogResult parseModels(const QByteArray &json)
{
    return checked(parseModelsUnchecked(json));
}

KbCatalogResult parseGrades(const QByteArray &json, const QString &modelCode)
{
    return checked(parseGradesUnchecked(json, modelCode));
}

} // namespace CarScout::Sources::Kb
