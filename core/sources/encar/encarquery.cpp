#include "core/sources/encar/encarquery.h"

#include <array>
#include <utility>

namespace CarScout::Sources::Encar {

namespace {

constexpr std::array<const char *, kLevelCount> kLevelKeys{"car_type", "maker", "model_group", "model",
                                                            "badge_group", "badge", "badge_detail"};

constexpr std::array<std::pair<SortOrder, const char *>, 6> kSorts{{
    {SortOrder::Newest, "ModifiedDate"}, {SortOrder::PriceAsc, "PriceAsc"}, {SortOrder::PriceDesc, "PriceDesc"},
    {SortOrder::MileageAsc, "MileageAsc"}, {SortOrder::MileageDesc, "MileageDesc"}, {SortOrder::YearDesc, "Year"},
}};

QString term(QStringView name, const QString &value)
{
    return name.toString() + u'.' + escapeValue(value) + u'.';
}

QString range(QStringView name, std::optional<int> from, std::optional<int> to)
{
    return name.toString() + u".range("_qs + (from ? QString::number(*from) : QString()) + u".."_qs
        + (to ? QString::number(*to) : QString()) + u")."_qs;
}

QString anyOf(QStringView name, const QStringList &values)
{
    if (values.size() == 1)
        return term(name, values.first());
    QStringList parts;
    for (const QString &v : values)
        parts << term(name, v);
    return u"(Or."_qs + parts.join(u"_."_qs) + u')';
}

// (C.Level0.V0._.(C.Level1.V1._.Level2.V2.)) — the innermost selected level without C./parentheses.
QString hierarchyExpression(const QStringList &names, const QStringList &values, int i)
{
    const QString here = term(names.at(i), values.at(i));
    if (i + 1 == values.size())
        return here;
    return u"(C."_qs + here + u"_."_qs + hierarchyExpression(names, values, i + 1) + u')';
}

// A recursive-descent reader of q for the demo backend; errors name the character offset.
class QReader
{
public:
    explicit QReader(const QString &text) : m_s(text) {}

    bool parse(EncarFilter &out, QString *error)
    {
        if (!expect(u"(And.")) {
            fail(u"expected \"(And.\"");
        } else {
            readConjuncts(out, Group::And);
            if (m_error.isEmpty() && m_pos != m_s.size())
                fail(u"unexpected text after the closing parenthesis");
        }
        if (!m_error.isEmpty() && error)
            *error = m_error;
        return m_error.isEmpty();
    }

private:
    enum class Group { And, Or, C };

    bool atEnd() const { return m_pos >= m_s.size(); }
    bool lookingAt(QStringView token) const { return QStringView(m_s).mid(m_pos).startsWith(token); }
    bool expect(QStringView token)
    {
        if (!lookingAt(token))
            return false;
        m_pos += token.size();
        return true;
    }
    void fail(QStringView what)
    {
        if (m_error.isEmpty())
            m_error = u"q: %1 at character %2"_qs.arg(what.toString()).arg(m_pos);
    }

    // conjunct ( "_." conjunct )* ")"
    void readConjuncts(EncarFilter &out, Group group)
    {
        int cLevel = -1;
        for (;;) {
            if (lookingAt(u"(")) {
                ++m_pos;
                if (expect(u"C."))
                    readConjuncts(out, Group::C);
                else if (expect(u"Or."))
                    readConjuncts(out, Group::Or);
                else if (expect(u"And."))
                    readConjuncts(out, Group::And);
                else
                    fail(u"expected \"C.\", \"Or.\" or \"And.\" after \"(\"");
            } else {
                readTerm(out, group, cLevel);
            }
            if (!m_error.isEmpty())
                return;
            if (expect(u")"))
                return;
            if (!expect(u"_.")) {
                fail(atEnd() ? u"missing \")\"" : u"expected \"_.\" or \")\"");
                return;
            }
        }
    }

    QString readName()
    {
        const int start = m_pos;
        while (!atEnd() && (m_s.at(m_pos).isLetterOrNumber()))
            ++m_pos;
        return m_s.mid(start, m_pos - start);
    }

    // Up to the first '.' not written as "_."; returns the unescaped value and consumes the '.'.
    QString readValue()
    {
        const int start = m_pos;
        while (!atEnd()) {
            if (m_s.at(m_pos) == u'.' && !(m_pos > start && m_s.at(m_pos - 1) == u'_'))
                break;
            ++m_pos;
        }
        if (atEnd()) {
            fail(u"unterminated value");
            return {};
        }
        const QString raw = m_s.mid(start, m_pos - start);
        ++m_pos;
        return unescapeValue(raw);
    }

    QString readParenthesized()
    {
        const int close = m_s.indexOf(u')', m_pos);
        if (close < 0) {
            fail(u"missing \")\"");
            return {};
        }
        const QString inside = m_s.mid(m_pos, close - m_pos);
        m_pos = close + 1;
        if (!expect(u"."))
            fail(u"expected \".\" after \")\"");
        return inside;
    }

    void readRange(const QString &name, EncarFilter &out)
    {
        const QString inside = readParenthesized();
        if (!m_error.isEmpty())
            return;
        const int dots = inside.indexOf(u".."_qs);
        if (dots < 0) {
            fail(u"range without \"..\"");
            return;
        }
        auto number = [&](const QString &s, std::optional<int> &into) {
            if (s.isEmpty())
                return;
            bool ok = false;
            const int v = s.toInt(&ok);
            if (!ok)
                fail(u"range bound is not a number");
            else
                into = v;
        };
        std::optional<int> from, to;
        number(inside.left(dots), from);
        number(inside.mid(dots + 2), to);
        if (name == u"Year") {
            out.yearFrom = from;
            out.yearTo = to;
        } else if (name == u"Mileage") {
            out.mileageFrom = from;
            out.mileageTo = to;
        } else if (name == u"Price") {
            out.priceFrom = from;
            out.priceTo = to;
        }
    }

    void readTerm(EncarFilter &out, Group group, int &cLevel)
    {
        const QString name = readName();
        if (name.isEmpty() || !expect(u".")) {
            fail(u"expected Name.Value.");
            return;
        }
        if (expect(u"range(")) {
            readRange(name, out);
            return;
        }
        if (name == u"Simple" && expect(u"keyword(")) {
            out.keyword = readParenthesized();
            return;
        }
        const QString value = readValue();
        if (!m_error.isEmpty())
            return;
        int level = -1;
        for (int i = 0; i < kLevelCount; ++i) {
            if (name == QLatin1StringView(kLevelNames[i]))
                level = i;
        }
        if (level >= 0) {
            if (group == Group::Or) {
                fail(u"hierarchy levels cannot be alternatives");
                return;
            }
            if (level <= cLevel) {
                fail(u"hierarchy level out of order");
                return;
            }
            cLevel = level;
            if (level == 0) {
                out.carType = value;
            } else {
                if (out.hierarchy.size() != level - 1) {
                    fail(u"hierarchy level skipped");
                    return;
                }
                out.hierarchy << value;
            }
        } else if (name == u"FuelType") {
            out.fuelTypes << value;
        } else if (name == u"Transmission") {
            out.transmissions << value;
        } else if (name == u"SellType") {
            out.sellType = value;
        }
        // Hidden, Condition, Trust, GreenType, …: accepted and ignored.
    }

    const QString m_s;
    int m_pos = 0;
    QString m_error;
};

} // namespace

QString levelKey(int level)
{
    return level >= 0 && level < kLevelCount ? QString::fromLatin1(kLevelKeys[level]) : QString();
}

QString escapeValue(const QString &value)
{
    QString out = value;
    return out.replace(u'.', u"_."_qs);
}

QString unescapeValue(const QString &value)
{
    QString out = value;
    return out.replace(u"_."_qs, u"."_qs);
}

QString buildQ(const EncarFilter &f)
{
    QStringList conjuncts{u"Hidden.N."_qs};

    QStringList names{QString::fromLatin1(kLevelNames[0])};
    QStringList values{f.carType.isEmpty() ? u"A"_qs : f.carType};
    for (int i = 0; i < f.hierarchy.size() && i + 1 < kLevelCount; ++i) {
        names << QString::fromLatin1(kLevelNames[i + 1]);
        values << f.hierarchy.at(i);
    }
    conjuncts << hierarchyExpression(names, values, 0);

    if (f.yearFrom || f.yearTo)
        conjuncts << range(u"Year", f.yearFrom, f.yearTo);
    if (f.mileageFrom || f.mileageTo)
        conjuncts << range(u"Mileage", f.mileageFrom, f.mileageTo);
    if (f.priceFrom || f.priceTo)
        conjuncts << range(u"Price", f.priceFrom, f.priceTo);
    if (!f.fuelTypes.isEmpty())
        conjuncts << anyOf(u"FuelType", f.fuelTypes);
    if (!f.transmissions.isEmpty())
        conjuncts << anyOf(u"Transmission", f.transmissions);
    if (!f.sellType.isEmpty())
        conjuncts << term(u"SellType", f.sellType);
    if (!f.keyword.isEmpty())
        conjuncts << u"Simple.keyword("_qs + f.keyword + u")."_qs;

    return u"(And."_qs + conjuncts.join(u"_."_qs) + u')';
}

QString buildSr(const QString &sort, int offset, int limit)
{
    return u'|' + sort + u'|' + QString::number(offset) + u'|' + QString::number(limit);
}

QString sortName(SortOrder sort)
{
    for (const auto &[s, name] : kSorts) {
        if (s == sort)
            return QString::fromLatin1(name);
    }
    return u"ModifiedDate"_qs;
}

std::optional<SortOrder> sortFromName(QStringView name)
{
    for (const auto &[s, n] : kSorts) {
        if (name == QLatin1StringView(n))
            return s;
    }
    return std::nullopt;
}

bool isCarTypeKey(QStringView key)
{
    return key == u"Y" || key == u"N" || key == u"A";
}

QStringList fuelValues(Fuel fuel)
{
    switch (fuel) {
    case Fuel::Petrol: return {u"가솔린"_qs};
    case Fuel::Diesel: return {u"디젤"_qs};
    case Fuel::Lpg: return {u"LPG(일반인 구입)"_qs, u"LPG"_qs, u"가솔린+LPG"_qs};   // bi-fuel counts as LPG
    case Fuel::HybridPetrol: return {u"가솔린+전기"_qs};
    case Fuel::HybridDiesel: return {u"디젤+전기"_qs};
    case Fuel::HybridLpg: return {u"LPG+전기"_qs};
    case Fuel::Electric: return {u"전기"_qs};
    case Fuel::Hydrogen: return {u"수소"_qs};
    case Fuel::Cng: return {u"CNG"_qs};
    case Fuel::Other: return {u"기타"_qs};
    case Fuel::Unknown: break;
    }
    return {};
}

QString transmissionValue(Transmission t)
{
    switch (t) {
    case Transmission::Automatic: return u"오토"_qs;
    case Transmission::Manual: return u"수동"_qs;
    case Transmission::Cvt: return u"CVT"_qs;
    case Transmission::SemiAutomatic: return u"세미오토"_qs;
    case Transmission::Other: return u"기타"_qs;
    case Transmission::Unknown: break;
    }
    return {};
}

EncarFilter filterFromQuery(const SearchQuery &q)
{
    EncarFilter f;
    QStringList path = q.path;
    if (!path.isEmpty() && isCarTypeKey(path.first()))
        f.carType = path.takeFirst();
    f.hierarchy = path.mid(0, kLevelCount - 1);
    if (q.yearFrom)
        f.yearFrom = *q.yearFrom * 100 + 1;
    if (q.yearTo)
        f.yearTo = *q.yearTo * 100 + 12;
    if (q.mileageMaxKm)
        f.mileageTo = *q.mileageMaxKm;
    if (q.priceMin)
        f.priceFrom = int((*q.priceMin + 9999) / 10000);
    if (q.priceMax)
        f.priceTo = int(*q.priceMax / 10000);
    for (Fuel fuel : q.fuels) {
        for (const QString &v : fuelValues(fuel)) {
            if (!f.fuelTypes.contains(v))
                f.fuelTypes << v;
        }
    }
    for (Transmission t : q.transmissions) {
        const QString v = transmissionValue(t);
        if (!v.isEmpty() && !f.transmissions.contains(v))
            f.transmissions << v;
    }
    f.keyword = q.keyword;
    return f;
}

QUrl listUrl(const QString &q, const QString &sr, bool withINav)
{
    QByteArray url = "http://api.encar.com/search/car/list/premium?count=true&q=" + QUrl::toPercentEncoding(q)
        + "&sr=" + QUrl::toPercentEncoding(sr);
    if (withINav)
        url += "&inav=%7CMetadata%7CSort";
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

std::optional<EncarFilter> parseQ(const QString &q, QString *error)
{
    EncarFilter f;
    f.carType.clear();
    QReader reader(q);
    if (!reader.parse(f, error))
        return std::nullopt;
    if (f.carType.isEmpty())
        f.carType = u"A"_qs;
    return f;
}

std::optional<SrParts> parseSr(const QString &sr, QString *error)
{
    const QStringList parts = sr.split(u'|');
    bool okOffset = false, okLimit = false;
    if (parts.size() == 4 && parts.at(0).isEmpty()) {
        SrParts out{parts.at(1), parts.at(2).toInt(&okOffset), parts.at(3).toInt(&okLimit)};
        if (okOffset && okLimit && out.offset >= 0 && out.limit >= 0)
            return out;
    }
    if (error)
        *error = u"sr: expected |Sort|offset|limit, got \"%1\""_qs.arg(sr);
    return std::nullopt;
}

} // namespace CarScout::Sources::Encar
