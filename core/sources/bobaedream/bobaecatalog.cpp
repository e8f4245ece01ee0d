#include "core/sources/bobaedream/bobaecatalog.h"

#include "core/net/charset.h"
#include "core/sources/html/htmldocument.h"
#include "core/sources/terms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

#include <cmath>

namespace CarScout::Sources::Bobae {

namespace {

const char *const kBikeTermCategories[] = {"motorcycle_category", "motorcycle_maker"};

QString entityDecoded(QString s)
{
    s.replace(u"&lt;"_qs, u"<"_qs).replace(u"&gt;"_qs, u">"_qs).replace(u"&quot;"_qs, u"\""_qs);
    s.replace(u"&#39;"_qs, u"'"_qs).replace(u"&nbsp;"_qs, u" "_qs).replace(u"&amp;"_qs, u"&"_qs);
    return s.simplified();
}

// A string or a number as text; empty for null/absent/other.
QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        // Codes and counts are whole numbers well inside qint64; 2e97 or 1.5 is neither (and 2e97 would not fit).
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
    }
    return {};
}

QString firstOf(const QJsonObject &o, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *k : keys) {
        const QString v = scalarText(o.value(QString::fromUtf16(k)));
        if (!v.isEmpty())
            return v;
    }
    return {};
}

int countOf(const QJsonObject &o, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *k : keys) {
        const QString v = scalarText(o.value(QString::fromUtf16(k)));
        bool ok = false;
        const int n = QString(v).remove(u',').toInt(&ok);
        if (ok && n >= 0)
            return n;
    }
    return -1;
}

// The items of a reply: an array, an object keyed "0","1",…, or either under "data"/"list"/"result".
// Empty body, "null" and "[]" are "no items". Returns false with *error on anything else.
bool itemsOf(const QByteArray &utf8, QList<QJsonValue> &items, QString *error)
{
    const QByteArray trimmed = utf8.trimmed();
    if (trimmed.isEmpty() || trimmed == "null" || trimmed == "[]" || trimmed == "{}")
        return true;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &perr);
    if (perr.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not JSON (%1 at offset %2; starts with \"%3\")")
                     .arg(perr.errorString())
                     .arg(perr.offset)
                     .arg(QString::fromUtf8(trimmed.left(40)).simplified());
        return false;
    }
    QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    if (root.isObject()) {
        const QJsonObject o = root.toObject();
        for (const char16_t *k : {u"data", u"list", u"result"}) {
            const QJsonValue inner = o.value(QString::fromUtf16(k));
            if (inner.isArray() || inner.isObject()) {
                root = inner;
                break;
            }
        }
    }
    if (root.isArray()) {
        for (const QJsonValue &v : root.toArray())
            items.append(v);
        return true;
    }
    const QJsonObject o = root.toObject();
    // Keyed "0","1",…: in numeric key order (QJsonObject sorts keys as strings: "10" before "2").
    QList<QPair<int, QJsonValue>> keyed;
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool ok = false;
        const int index = it.key().toInt(&ok);
        if (!ok) {
            *error = QStringLiteral("a JSON object whose key \"%1\" is not an index").arg(it.key());
            return false;
        }
        keyed.append({index, it.value()});
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &k : std::as_const(keyed))
        items.append(k.second);
    return true;
}

} // namespace

QByteArray jsonAsUtf8(const QByteArray &body, const QByteArray &charset, QString *error)
{
    QByteArray name = charset;
    if (name.isEmpty())
        name = Html::HtmlDocument::firstInvalidUtf8(body) < 0 ? QByteArray("UTF-8") : QByteArray("CP949");
    if (Html::HtmlDocument::canonicalEncoding(name) == "UTF-8") {
        const qsizetype bad = Html::HtmlDocument::firstInvalidUtf8(body);
        if (bad >= 0) {
            if (error)
                *error = QStringLiteral("bytes are not valid UTF-8 at byte offset %1 (wrong charset?)").arg(bad);
            return {};
        }
        return body.startsWith("\xEF\xBB\xBF") ? body.mid(3) : body;
    }
    QStringDecoder decoder(Net::decoderNameFor(name).constData());
    if (!decoder.isValid()) {
        if (error)
            *error = QStringLiteral("unsupported character encoding \"%1\"").arg(QString::fromLatin1(name));
        return {};
    }
    const QString text = decoder.decode(body);
    if (decoder.hasError()) {
        if (error)
            *error = QStringLiteral("bytes are not valid %1").arg(QString::fromLatin1(name));
        return {};
    }
    return text.toUtf8();
}

CatalogReply parseBikeLevel(const QByteArray &body, const QByteArray &charset, int level, const QString &parent,
                            const TermDictionary *terms)
{
    CatalogReply r;
    const QString where = QStringLiteral("get_cardepth.php (level %1%2)")
                              .arg(level < 0 || level > 3 ? QStringLiteral("%1").arg(level) : QString::fromLatin1(kBikeLevels[level]))
                              .arg(parent.isEmpty() ? QString() : u", parent "_qs + parent);
    if (level < 0 || level > 3) {
        r.error = where + u": there are four levels (0–3)"_qs;
        return r;
    }
    QString err;
    const QByteArray utf8 = jsonAsUtf8(body, charset, &err);
    QList<QJsonValue> items;
    if (!err.isEmpty() || !itemsOf(utf8, items, &err)) {
        r.error = where + u": "_qs + err;
        return r;
    }
    QSet<QString> seen;
    int otherParents = 0;
    QStringList otherParentNames;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            r.warnings.append(QStringLiteral("%1: item %2 is not an object; skipped").arg(where).arg(i));
            continue;
        }
        const QJsonObject o = items.at(i).toObject();
        const QString sno = firstOf(o, {u"sno", u"no", u"code"});
        const QString name = entityDecoded(firstOf(o, {u"cname", u"name"}));
        if (sno.isEmpty() || name.isEmpty()) {
            r.warnings.append(QStringLiteral("%1: item %2 has no sno or cname; skipped").arg(where).arg(i));
            continue;
        }
        // Some replies carry other parents' items (another maker's models); an item that names its parent
        // tells us which.
        const QString itemParent = firstOf(o, {u"parval", u"pno", u"parent", u"p_sno", level == 3 ? u"model_no" : u"maker_no"});
        if (!parent.isEmpty() && level >= 2 && !itemParent.isEmpty() && itemParent != parent) {
            ++otherParents;
            if (otherParentNames.size() < 3)
                otherParentNames.append(name);
            continue;
        }
        if (seen.contains(sno))
            continue;
        seen.insert(sno);
        FilterNode n;
        n.key = sno;
        n.name = name;
        n.level = QString::fromLatin1(kBikeLevels[level]);
        n.count = countOf(o, {u"cnt", u"count", u"car_cnt"});
        n.hasChildren = level < 3;
        if (terms && level <= 1)
            n.nameEn = terms->lookup(QString::fromLatin1(kBikeTermCategories[level]), name, u"en");
        r.nodes.append(n);
    }
    if (otherParents > 0)
        r.warnings.append(QStringLiteral("%1: %2 item(s) of another parent dropped (%3)")
                              .arg(where)
                              .arg(otherParents)
                              .arg(otherParentNames.join(u", "_qs)));
    return r;
}

int replyLevel(const QList<FilterNode> &nodes, const TermDictionary *terms)
{
    if (!terms || nodes.size() < 2)
        return -1;
    for (int level = 0; level <= 1; ++level) {
        int known = 0;
        for (const FilterNode &n : nodes) {
            if (!terms->lookup(QString::fromLatin1(kBikeTermCategories[level]), n.name, u"en").isEmpty())
                ++known;
        }
        if (known * 2 > nodes.size())
            return level;
    }
    return -1;
}

CatalogReply parseCarMakerModels(const QByteArray &body, const QByteArray &charset, const QString &makerNo,
                                 const TermDictionary *terms)
{
    CatalogReply r;
    const bool models = !makerNo.isEmpty();
    const QString where = models ? u"ajax_maker_new.php (models of maker "_qs + makerNo + u')' : u"ajax_maker_new.php (makers)"_qs;
    QString err;
    const QByteArray utf8 = jsonAsUtf8(body, charset, &err);
    QList<QJsonValue> items;
    if (!err.isEmpty() || !itemsOf(utf8, items, &err)) {
        r.error = where + u": "_qs + err;
        return r;
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            r.warnings.append(QStringLiteral("%1: item %2 is not an object; skipped").arg(where).arg(i));
            continue;
        }
        const QJsonObject o = items.at(i).toObject();
        // Field names vary between the two levels; the known spellings first.
        const QString code = models ? firstOf(o, {u"model_no", u"no", u"code", u"sno"})
                                    : firstOf(o, {u"maker_no", u"no", u"code", u"sno"});
        const QString name = entityDecoded(models ? firstOf(o, {u"model_name", u"name", u"cname", u"title"})
                                                  : firstOf(o, {u"maker_name", u"name", u"cname", u"title"}));
        if (code.isEmpty() || name.isEmpty()) {
            r.warnings.append(QStringLiteral("%1: item %2 has no code or name; skipped").arg(where).arg(i));
            continue;
        }
        const QString key = models ? name : code;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        FilterNode n;
        n.key = key;
        n.name = name;
        n.level = QString::fromLatin1(kCarLevels[models ? 1 : 0]);
        n.count = countOf(o, {u"car_cnt", u"cnt", u"count"});
        n.hasChildren = !models;
        if (terms)
            n.nameEn = models ? terms->modelName(name, u"en") : terms->lookup(u"maker", name, u"en");
        r.nodes.append(n);
    }
    return r;
}

} // namespace CarScout::Sources::Bobae
