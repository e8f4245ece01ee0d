#include "core/model/columnlayout.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace CarScout::Model {

namespace {

constexpr int kLayoutVersion = 1;
constexpr int kMaxWidth = 4000;

bool defaultVisible(Column column) { return defaultVisibleColumns().contains(column); }

} // namespace

ColumnLayout ColumnLayout::defaults()
{
    ColumnLayout layout;
    const QList<Column> visible = defaultVisibleColumns();
    for (Column c : visible)
        layout.columns.append({c, true, 0});
    for (int i = 0; i < columnCount; ++i) {
        if (!visible.contains(Column(i)))
            layout.columns.append({Column(i), false, 0});
    }
    return layout;
}

ColumnLayout ColumnLayout::fromVariantMap(const QVariantMap &map)
{
    if (map.value(u"version"_qs).toInt() != kLayoutVersion)
        return defaults();
    ColumnLayout layout;
    QList<bool> seen(columnCount, false);
    const QVariantList saved = map.value(u"columns"_qs).toList();
    for (const QVariant &entry : saved) {
        const QVariantMap m = entry.toMap();
        const std::optional<Column> column = columnFromKey(m.value(u"key"_qs).toString());
        if (!column || seen.at(int(*column)))
            continue;
        seen[int(*column)] = true;
        ColumnState state;
        state.column = *column;
        state.visible = m.contains(u"visible"_qs) ? m.value(u"visible"_qs).toBool() : defaultVisible(*column);
        state.width = std::clamp(m.value(u"width"_qs).toInt(), 0, kMaxWidth);
        layout.columns.append(state);
    }
    if (layout.columns.isEmpty())
        return defaults();
    for (int i = 0; i < columnCount; ++i) {
        if (!seen.at(i))
            layout.columns.append({Column(i), defaultVisible(Column(i)), 0});
    }
    return layout;
}

ColumnLayout ColumnLayout::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isObject() ? fromVariantMap(doc.object().toVariantMap()) : defaults();
}

QVariantMap ColumnLayout::toVariantMap() const
{
    QVariantList saved;
    for (const ColumnState &s : columns) {
        saved.append(QVariantMap{{u"key"_qs, columnKey(s.column)}, {u"visible"_qs, s.visible},
                                 {u"width"_qs, s.width}});
    }
    return {{u"version"_qs, kLayoutVersion}, {u"columns"_qs, saved}};
}

QByteArray ColumnLayout::toJson() const
{
    return QJsonDocument(QJsonObject::fromVariantMap(toVariantMap())).toJson(QJsonDocument::Compact);
}

QList<Column> ColumnLayout::visibleColumns() const
{
    QList<Column> result;
    for (const ColumnState &s : columns) {
        if (s.visible)
            result.append(s.column);
    }
    return result;
}

int ColumnLayout::position(Column column) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).column == column)
            return int(i);
    }
    return -1;
}

bool ColumnLayout::isVisible(Column column) const
{
    const int i = position(column);
    return i >= 0 && columns.at(i).visible;
}

void ColumnLayout::setVisible(Column column, bool visible)
{
    if (const int i = position(column); i >= 0)
        columns[i].visible = visible;
}

int ColumnLayout::width(Column column) const
{
    const int i = position(column);
    return i >= 0 ? columns.at(i).width : 0;
}

void ColumnLayout::setWidth(Column column, int width)
{
    if (const int i = position(column); i >= 0)
        columns[i].width = std::clamp(width, 0, kMaxWidth);
}

void ColumnLayout::move(Column column, int position)
{
    const int from = this->position(column);
    if (from < 0)
        return;
    const int to = std::clamp(position, 0, int(columns.size()) - 1);
    columns.move(from, to);
}

} // namespace CarScout::Model
