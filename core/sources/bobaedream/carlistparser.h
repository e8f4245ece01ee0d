#pragma once

// Parser of Bobaedream's mobile car list (GET m.bobaedream.co.kr/mycar/mlist/0/{page}, UTF-8;
// che168-bobaedream.md §6.2): ids from href="/mycar/mview/(\d+)", the title from <span class="title">, the
// price from <strong class="price">N</strong><span class="unit">만원, other values recognised by content.
// 50 cars a page; the list ends with the first page that has none.

#include "core/model/listing.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CarScout::Sources {
class TermDictionary;
}

namespace CarScout::Sources::Bobae {

struct CarListPage
{
    QList<Listing> results;       // distinct ids, document order
    QStringList warnings;         // items skipped (never fatal)
    bool blocked = false;
    QString error;                // non-empty: unusable; says what and where
    bool ok() const { return error.isEmpty(); }
};

CarListPage parseCarList(const QByteArray &body, const QByteArray &charset = {}, const TermDictionary *terms = nullptr);

// "벤츠 GLS-클래스 X167 …" → make 벤츠 (a maker the dictionary knows), model = the rest; else both empty.
struct CarTitleParts
{
    QString make, model;
};
CarTitleParts splitCarTitle(const QString &title, const TermDictionary *terms);

// True when a title names the model (the catalog's model name), ignoring spaces: the list ignores model_no.
bool titleHasModel(const QString &title, const QString &model);

// The price of a <strong class="price">N</strong><span class="unit">만원</span> pair (list and detail):
// "23,900" + "만원" → 239 000 000; nullopt when the unit is not 만원 or the number is not one.
std::optional<qint64> priceFromParts(const QString &number, const QString &unit);

} // namespace CarScout::Sources::Bobae
