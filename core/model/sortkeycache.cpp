#include "core/model/sortkeycache.h"

#include <algorithm>
#include <bit>

namespace CarScout::Model {

SortKeyCache::SortKeyCache(ValueOf valueOf, RowCount rowCount)
    : m_valueOf(std::move(valueOf))
    , m_rowCount(std::move(rowCount))
{
}

void SortKeyCache::clear()
{
    m_keys = {};
    m_texts = {};
    m_ranks = {};
    m_ranksValid = false;
}

void SortKeyCache::invalidate(int first, int last)
{
    const auto end = std::min(std::size_t(std::max(last + 1, 0)), m_keys.size());
    for (auto row = std::size_t(std::max(first, 0)); row < end; ++row)
        m_keys[row].kind = Key::Kind::NotComputed;
    m_ranksValid = false;
}

void SortKeyCache::insertRows(int first, int count)
{
    m_ranksValid = false;
    // Appends need nothing: keys past the end are computed on demand.
    if (first >= 0 && std::size_t(first) < m_keys.size())
        m_keys.insert(m_keys.begin() + first, std::size_t(count), Key{});
}

const SortKeyCache::Key &SortKeyCache::key(int row)
{
    const auto r = std::size_t(row);
    if (r >= m_keys.size())
        m_keys.resize(std::max(r + 1, std::size_t(std::max(m_rowCount(), 0))));
    Key &k = m_keys[r];
    if (k.kind == Key::Kind::NotComputed) {
        compute(k, m_valueOf(row));
        m_ranksValid = false;
    }
    return k;
}

void SortKeyCache::compute(Key &key, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType: key.kind = Key::Kind::Unknown; return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::Bool:
        key.kind = Key::Kind::Integer;
        key.value = value.toLongLong();
        return;
    case QMetaType::ULongLong:
    case QMetaType::ULong:
    case QMetaType::Double:
    case QMetaType::Float:
        key.kind = Key::Kind::Real;
        key.value = std::bit_cast<qint64>(value.toDouble());
        return;
    default: break;
    }
    QString text = value.toString();
    if (text.isEmpty()) {
        key.kind = Key::Kind::Unknown;
        return;
    }
    key.kind = Key::Kind::Text;
    Text entry{text.toCaseFolded(), std::move(text)};
    quint64 prefix = 0;
    for (qsizetype i = 0; i < 4; ++i)
        prefix = (prefix << 16) | (i < entry.folded.size() ? entry.folded.at(i).unicode() : 0u);
    key.value = qint64(prefix ^ (quint64(1) << 63));   // unsigned order as signed order
    if (key.hasSlot) {
        m_texts[key.slot] = std::move(entry);   // the row's text from an earlier computation
    } else {
        key.slot = quint32(m_texts.size());
        key.hasSlot = true;
        m_texts.push_back(std::move(entry));
    }
}

void SortKeyCache::buildRanks()
{
    const int rows = m_rowCount();
    if (m_keys.size() < std::size_t(rows))
        m_keys.resize(std::size_t(rows));
    std::vector<quint32> textRows;
    for (int row = 0; row < rows; ++row) {
        Key &k = m_keys[std::size_t(row)];
        if (k.kind == Key::Kind::NotComputed)
            compute(k, m_valueOf(row));
        if (k.kind == Key::Kind::Text)
            textRows.push_back(quint32(row));
    }
    auto textOf = [this](quint32 row) -> const Text & { return m_texts[m_keys[row].slot]; };
    std::sort(textRows.begin(), textRows.end(), [&](quint32 a, quint32 b) {
        if (m_keys[a].value != m_keys[b].value)
            return m_keys[a].value < m_keys[b].value;
        const int folded = QString::compare(textOf(a).folded, textOf(b).folded, Qt::CaseSensitive);
        return folded != 0 ? folded < 0 : QString::compare(textOf(a).original, textOf(b).original) < 0;
    });
    m_ranks.assign(m_keys.size(), 0);
    quint32 rank = 0;
    for (std::size_t i = 0; i < textRows.size(); ++i) {
        if (i > 0 && textOf(textRows[i]).original != textOf(textRows[i - 1]).original)
            ++rank;
        m_ranks[textRows[i]] = rank;
    }
    m_ranksValid = true;
}

bool SortKeyCache::isUnknown(int row) { return key(row).kind == Key::Kind::Unknown; }

int SortKeyCache::compare(int left, int right)
{
    using Kind = Key::Kind;
    const Key l = key(left);    // copies: computing the other key may reallocate m_keys
    const Key r = key(right);
    if (l.kind == r.kind && l.kind != Kind::Real) {
        if (l.value != r.value)
            return l.value < r.value ? -1 : 1;   // numbers, or texts differing in their first 4 units
        if (l.kind != Kind::Text)
            return 0;
        if (!m_ranksValid)
            buildRanks();
        const quint32 a = m_ranks[std::size_t(left)];
        const quint32 b = m_ranks[std::size_t(right)];
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    const bool lNumber = l.kind == Kind::Integer || l.kind == Kind::Real;
    const bool rNumber = r.kind == Kind::Integer || r.kind == Kind::Real;
    if (lNumber && rNumber) {
        const double x = l.kind == Kind::Integer ? double(l.value) : std::bit_cast<double>(l.value);
        const double y = r.kind == Kind::Integer ? double(r.value) : std::bit_cast<double>(r.value);
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    return lNumber ? -1 : 1;
}

} // namespace CarScout::Model
