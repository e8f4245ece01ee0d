#pragma once

// The raw sort keys of one column, by source row, for ListingFilterProxy. Each key is computed once (one
// data() call) and kept compact (16 bytes) so that sorting 100,000 rows stays in the CPU cache; texts are
// compared case-folded first, then exactly, through dense ranks built with one string sort, so the millions of
// comparisons of a sort are integer comparisons. Unknown values (invalid QVariant, empty text) are reported
// separately so the proxy can put them last in both directions.

#include <QString>
#include <QVariant>

#include <functional>
#include <vector>

namespace CarScout::Model {

class SortKeyCache
{
public:
    using ValueOf = std::function<QVariant(int row)>;
    using RowCount = std::function<int()>;

    SortKeyCache(ValueOf valueOf, RowCount rowCount);

    void clear();
    // Rows first..last changed: their keys are recomputed on demand.
    void invalidate(int first, int last);
    // Rows were inserted at first (rows after it shift down).
    void insertRows(int first, int count);

    bool isUnknown(int row);
    // <0, 0, >0; numbers before text when a column mixes both. Neither row may be unknown.
    int compare(int left, int right);

private:
    struct Key
    {
        enum class Kind : quint8 { NotComputed, Unknown, Integer, Real, Text };
        qint64 value = 0;   // Integer: the value; Real: the double's bits; Text: first 4 folded UTF-16 units
        quint32 slot = 0;   // index into m_texts when hasSlot (kept across recomputation for reuse)
        Kind kind = Kind::NotComputed;
        bool hasSlot = false;
    };
    struct Text
    {
        QString folded;
        QString original;
    };

    const Key &key(int row);
    void compute(Key &key, const QVariant &value);
    void buildRanks();

    ValueOf m_valueOf;
    RowCount m_rowCount;
    std::vector<Key> m_keys;
    std::vector<Text> m_texts;
    std::vector<quint32> m_ranks;   // by row, valid when m_ranksValid
    bool m_ranksValid = false;
};

} // namespace CarScout::Model
