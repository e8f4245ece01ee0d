#pragma once

// Filter levels of both Bobaedream sources:
//  - motorcycles: GET /bike2/get_cardepth.php → JSON [{sno, cname, cnt, chk}] (sources.md §2), levels
//    category → maker → model → sub-model. Known quirks, tolerated: the dep parameter's meaning is doubtful
//    (a reply can be of another level: replyLevel() tells by the names), replies can hold other parents' items
//    (dropped when an item names its parent), bodies may be CP949, items may be numbers or strings, null or
//    "" counts, an object keyed "0","1",… instead of an array, or an empty body for "none".
//  - cars: POST /mycar/proc/ajax_maker_new.php → makers as a JSON list, models as an object keyed "0","1",…
//    (che168-bobaedream.md §6.2); car_cnt is null on the model level.

#include "core/sources/source.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace CarScout::Sources {
class TermDictionary;
}

namespace CarScout::Sources::Bobae {

// Level names (FilterNode::level), top first.
inline constexpr const char *kBikeLevels[] = {"category", "maker", "model", "submodel"};
inline constexpr const char *kCarLevels[] = {"maker", "model"};

struct CatalogReply
{
    QList<FilterNode> nodes;
    QStringList warnings;   // items skipped or dropped (never fatal)
    QString error;          // non-empty: the reply is unusable; says what and where
    bool ok() const { return error.isEmpty(); }
};

// level 0–3; parent = the sno the request named (empty for categories and makers).
CatalogReply parseBikeLevel(const QByteArray &body, const QByteArray &charset, int level, const QString &parent,
                            const TermDictionary *terms = nullptr);

// The level a reply's names belong to when the dictionary recognises most of them (0 categories, 1 makers);
// -1 when it cannot tell. A reply to a model request that is really the makers list answers 1.
int replyLevel(const QList<FilterNode> &nodes, const TermDictionary *terms);

// Car makers (makerNo empty) or the models of one maker. Maker keys are the maker_no codes; model keys are the
// model *names*, because the list ignores model_no and the model is matched against titles.
CatalogReply parseCarMakerModels(const QByteArray &body, const QByteArray &charset, const QString &makerNo,
                                 const TermDictionary *terms = nullptr);

// JSON bytes as UTF-8: by the declared charset, else UTF-8 when valid, else CP949 (the site's PC charset).
QByteArray jsonAsUtf8(const QByteArray &body, const QByteArray &charset, QString *error);

} // namespace CarScout::Sources::Bobae
