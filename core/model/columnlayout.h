#pragma once

// Which columns a table shows, in which order and how wide, as a plain value that round-trips through a
// QVariantMap (for QSettings) or JSON bytes. Keyed by column key, so a saved layout survives columns being
// added or reordered in a later version. The GUI applies it to its QHeaderView.

#include "core/model/listingcolumns.h"

#include <QByteArray>
#include <QList>
#include <QVariantMap>

namespace CarScout::Model {

struct ColumnState
{
    Column column = Column::Title;
    bool visible = true;
    int width = 0;   // pixels; 0 = the view's default

    friend bool operator==(const ColumnState &, const ColumnState &) = default;
};

struct ColumnLayout
{
    QList<ColumnState> columns;   // visual order; every Column exactly once

    // defaultVisibleColumns() first (visible), then the others (hidden) in Column order.
    static ColumnLayout defaults();
    // Tolerant: unknown keys and duplicates are ignored, widths clamped to 0…4000, columns missing from the
    // saved value are appended with their default visibility. Anything unreadable gives defaults().
    static ColumnLayout fromVariantMap(const QVariantMap &map);
    static ColumnLayout fromJson(const QByteArray &json);
    QVariantMap toVariantMap() const;
    QByteArray toJson() const;

    QList<Column> visibleColumns() const;   // in visual order
    bool isVisible(Column column) const;
    void setVisible(Column column, bool visible);
    int width(Column column) const;
    void setWidth(Column column, int width);
    // Moves `column` to visual position `position` (clamped).
    void move(Column column, int position);
    int position(Column column) const;   // -1 only for an invalid layout

    friend bool operator==(const ColumnLayout &, const ColumnLayout &) = default;
};

} // namespace CarScout::Model
