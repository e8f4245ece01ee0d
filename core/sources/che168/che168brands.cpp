#include "core/sources/che168/che168brands.h"

#include "core/sources/che168/che168json.h"
#include "core/sources/che168/che168listparser.h"
#include "core/sources/che168/che168units.h"

#include <QJsonArray>
#include <QJsonObject>

namespace CarScout::Sources::Che168 {

JobError parseBrands(const QByteArray &body, QList<Che168Brand> *out, QStringList *warnings)
{
    const QString what = u"Che168 brand list"_qs;
    out->clear();
    QJsonValue resultValue;
    if (JobError e = readEnvelope(body, what, &resultValue); e.isError())
        return e;
    if (!resultValue.isObject())
        return parseError(what, u"\"result\" is an array, expected an object with \"brands\""_qs);
    JsonReader r;
    const QJsonArray groups = r.array(resultValue.toObject(), u"brands"_qs, u"result."_qs);
    if (!r.ok())
        return parseError(what, r.error);
    if (groups.isEmpty())
        return parseError(what, u"\"result.brands\" is missing or empty"_qs);
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QString at = u"result.brands[%1]."_qs.arg(g);
        if (!groups.at(g).isObject())
            return parseError(what, u"\"%1\" is %2, expected an object"_qs.arg(at.chopped(1), jsonTypeName(groups.at(g))));
        const QJsonObject group = groups.at(g).toObject();
        const QString letter = r.string(group, u"letter"_qs, at);
        const QJsonArray brands = r.array(group, u"brand"_qs, at);
        if (!r.ok())
            return parseError(what, r.error);
        for (qsizetype i = 0; i < brands.size(); ++i) {
            JsonReader br;
            const QString path = at + u"brand[%1]."_qs.arg(i);
            const QJsonObject o = brands.at(i).toObject();
            Che168Brand b;
            b.letter = letter;
            b.id = br.id(o, u"bid"_qs, path);
            b.name = br.string(o, u"name"_qs, path).trimmed();
            b.pinyin = br.string(o, u"py"_qs, path);
            const QString price = br.string(o, u"price"_qs, path);
            const std::optional<double> onSale = br.number(o, u"on_sale_num"_qs, path);
            if (!brands.at(i).isObject())
                br.fail(path.chopped(1), u"is %1, expected an object"_qs.arg(jsonTypeName(brands.at(i))));
            else if (br.ok() && (b.id.isEmpty() || b.name.isEmpty()))
                br.fail(path + (b.id.isEmpty() ? u"bid"_qs : u"name"_qs), u"is missing"_qs);
            if (!br.ok()) {
                if (warnings)
                    *warnings << u"brand skipped: "_qs + br.error;
                continue;
            }
            b.fromPriceCny = priceFromWan(price);
            b.onSale = onSale.value_or(0) != 0 || b.fromPriceCny.has_value();
            out->append(b);
        }
    }
    if (out->isEmpty())
        return parseError(what, u"no brand could be read"_qs);
    return {};
}

QList<FilterNode> brandNodes(const QList<Che168Brand> &brands, const TermDictionary &terms)
{
    QList<FilterNode> out;
    out.reserve(brands.size());
    for (const Che168Brand &b : brands) {
        FilterNode n;
        n.key = b.id;
        n.name = b.name;
        n.nameEn = terms.lookup(u"maker", b.name, u"en");
        n.level = QString::fromLatin1(kLevelMaker);
        n.count = b.onSale ? -1 : 0;
        n.hasChildren = true;
        out << n;
    }
    return out;
}

} // namespace CarScout::Sources::Che168
