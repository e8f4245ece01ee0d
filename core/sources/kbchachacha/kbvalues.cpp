#include "core/sources/kbchachacha/kbvalues.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <array>
#include <cmath>

namespace CarScout::Sources::Kb {

namespace {

QString compact(QStringView text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace() && c != u',')
            s.append(c);
    }
    return s;
}

bool isAllDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

int modelYearFrom(const QString &captured)
{
    if (captured.isEmpty())
        return 0;
    const int y = captured.toInt();
    return captured.size() == 4 ? y : fullYear(y);
}

} // namespace

int fullYear(int twoDigitYear)
{
    if (twoDigitYear >= 100)
        return twoDigitYear;
    return twoDigitYear >= 70 ? 1900 + twoDigitYear : 2000 + twoDigitYear;
}

std::optional<Registration> parseCardRegistration(QStringView text)
{
    static const QRegularExpression re(uR"(^(\d{2}|\d{4})/(\d{1,2})식(?:\((\d{2}|\d{4})년형\))?$)"_qs);
    const QRegularExpressionMatch m = re.match(compact(text));
    if (!m.hasMatch())
        return std::nullopt;
    Registration r{fullYear(m.captured(1).toInt()), m.captured(2).toInt(), modelYearFrom(m.captured(3))};
    if (r.month < 1 || r.month > 12)
        return std::nullopt;
    return r;
}

std::optional<Registration> parseDetailRegistration(QStringView text)
{
    static const QRegularExpression re(uR"(^(\d{2}|\d{4})년(\d{1,2})월(?:\((\d{2}|\d{4})년형\))?$)"_qs);
    const QRegularExpressionMatch m = re.match(compact(text));
    if (!m.hasMatch())
        return std::nullopt;
    Registration r{fullYear(m.captured(1).toInt()), m.captured(2).toInt(), modelYearFrom(m.captured(3))};
    if (r.month < 1 || r.month > 12)
        return std::nullopt;
    return r;
}

std::optional<int> parseMileageKm(QStringView text)
{
    QString s = compact(text).toLower();
    if (!s.endsWith(u"km"_qs))
        return std::nullopt;
    s.chop(2);
    bool ok = false;
    const int km = s.toInt(&ok);
    if (!ok || km < 0 || !isAllDigits(s))
        return std::nullopt;
    return km;
}

std::optional<qint64> parsePriceManwon(QStringView text)
{
    QString s = compact(text);
    if (!s.endsWith(u"만원"_qs))
        return std::nullopt;
    s.chop(2);
    qint64 manwon = 0;
    const qsizetype eok = s.indexOf(u'억');
    if (eok >= 0) {
        const QString high = s.left(eok);
        // Bounded digit counts: no car costs more, and the products below cannot overflow.
        if (!isAllDigits(high) || high.size() > 6)
            return std::nullopt;
        manwon = high.toLongLong() * 10000;
        s = s.mid(eok + 1);
        if (s.isEmpty())
            return manwon * 10000;
    }
    if (!isAllDigits(s) || s.size() > 8)
        return std::nullopt;
    manwon += s.toLongLong();
    return manwon * 10000;
}

std::optional<int> parseDisplacementCc(QStringView text)
{
    QString s = compact(text).toLower();
    if (!s.endsWith(u"cc"_qs))
        return std::nullopt;
    s.chop(2);
    if (!isAllDigits(s))
        return std::nullopt;
    return s.toInt();
}

int displacementFromTitle(QStringView title)
{
    static const QRegularExpression re(uR"(^(\d{1,2})\.(\d)(?:T|L|터보)?$)"_qs);
    for (QStringView token : title.split(u' ', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = re.match(token);
        if (m.hasMatch())
            return m.captured(1).toInt() * 1000 + m.captured(2).toInt() * 100;
    }
    return 0;
}

std::optional<int> parseOwnerChanges(QStringView text)
{
    const QString s = compact(text);
    if (s == u"없음"_qs || s == u"0"_qs)
        return 0;
    if (s.endsWith(u'회') && isAllDigits(QStringView(s).chopped(1)))
        return QStringView(s).chopped(1).toInt();
    return std::nullopt;
}

Fuel fuelFromName(QStringView name)
{
    const QString s = compact(name).toUpper();
    if (s.isEmpty())
        return Fuel::Unknown;
    const bool hybrid = s.contains(u"HEV"_qs) || s.contains(u"하이브리드"_qs) || s.contains(u"+전기"_qs);
    if (hybrid) {
        if (s.contains(u"디젤"_qs))
            return Fuel::HybridDiesel;
        if (s.contains(u"LPG"_qs) || s.contains(u"LPI"_qs))
            return Fuel::HybridLpg;
        return Fuel::HybridPetrol;
    }
    if (s.contains(u"수소"_qs))
        return Fuel::Hydrogen;
    if (s == u"전기"_qs || s == u"EV"_qs)
        return Fuel::Electric;
    if (s.contains(u"LPG"_qs) || s.contains(u"LPI"_qs))
        return Fuel::Lpg;   // also 가솔린+LPG (bi-fuel)
    if (s.startsWith(u"가솔린"_qs) || s == u"휘발유"_qs)
        return Fuel::Petrol;
    if (s.startsWith(u"디젤"_qs) || s == u"경유"_qs)
        return Fuel::Diesel;
    if (s.contains(u"CNG"_qs))
        return Fuel::Cng;
    return Fuel::Other;
}

Transmission transmissionFromName(QStringView name)
{
    const QString s = compact(name).toUpper();
    if (s.isEmpty())
        return Transmission::Unknown;
    if (s == u"세미오토"_qs)
        return Transmission::SemiAutomatic;
    if (s == u"오토"_qs || s == u"자동"_qs || s == u"A/T"_qs)
        return Transmission::Automatic;
    if (s == u"수동"_qs || s == u"M/T"_qs)
        return Transmission::Manual;
    if (s == u"CVT"_qs || s == u"무단변속기"_qs)
        return Transmission::Cvt;
    return Transmission::Other;
}

namespace {

struct GasCode
{
    Fuel fuel;
    const char16_t *code;
};
constexpr std::array<GasCode, 10> kGasCodes{{
    {Fuel::Petrol, u"004001"}, {Fuel::Diesel, u"004002"}, {Fuel::Lpg, u"004003"}, {Fuel::Lpg, u"004010"},
    {Fuel::HybridLpg, u"004004"}, {Fuel::HybridPetrol, u"004005"}, {Fuel::HybridDiesel, u"004011"},
    {Fuel::Cng, u"004006"}, {Fuel::Electric, u"004007"}, {Fuel::Other, u"004008"},
}};

struct GbnCode
{
    Transmission transmission;
    const char16_t *code;
};
constexpr std::array<GbnCode, 4> kGbnCodes{{
    {Transmission::Manual, u"005001"}, {Transmission::Automatic, u"005002"},
    {Transmission::SemiAutomatic, u"005003"}, {Transmission::Cvt, u"005004"},
}};

} // namespace

QStringList gasCodes(Fuel fuel)
{
    QStringList out;
    for (const GasCode &g : kGasCodes) {
        if (g.fuel == fuel)
            out.append(QString::fromUtf16(g.code));
    }
    return out;
}

Fuel fuelFromGasCode(QStringView code)
{
    if (code == u"004010")
        return Fuel::Lpg;
    for (const GasCode &g : kGasCodes) {
        if (code == QStringView(g.code))
            return g.fuel;
    }
    return Fuel::Unknown;
}

QString autoGbnCode(Transmission transmission)
{
    for (const GbnCode &g : kGbnCodes) {
        if (g.transmission == transmission)
            return QString::fromUtf16(g.code);
    }
    return {};
}

Transmission transmissionFromAutoGbn(QStringView code)
{
    for (const GbnCode &g : kGbnCodes) {
        if (code == QStringView(g.code))
            return g.transmission;
    }
    return Transmission::Unknown;
}

QString sortParameter(SortOrder sort)
{
    switch (sort) {
    case SortOrder::Newest: return u"-orderDate"_qs;
    case SortOrder::PriceAsc: return u"sellAmt"_qs;
    case SortOrder::PriceDesc: return u"-sellAmt"_qs;
    case SortOrder::MileageAsc: return u"km"_qs;
    case SortOrder::MileageDesc: return u"-km"_qs;
    case SortOrder::YearDesc: return u"-regiDay"_qs;
    }
    return u"-orderDate"_qs;
}

QString photoFolder(QStringView carSeq)
{
    if (carSeq.size() < 4 || !isAllDigits(carSeq))
        return {};
    const QChar d = carSeq[3];
    const QString dir = d == u'0' ? u"img10"_qs : u"img0"_qs + d;
    return dir + u"/img"_qs + carSeq.first(4);
}

QUrl photoUrl(QStringView carSeq, QStringView fileName, int width)
{
    const QString folder = photoFolder(carSeq);
    if (folder.isEmpty() || fileName.isEmpty() || fileName.contains(u'/'))
        return {};
    QUrl url;
    url.setScheme(u"https"_qs);
    url.setHost(QString::fromLatin1(kImageHost));
    url.setPath(u"/IMG/carimg/l/"_qs + folder + u'/' + fileName);
    if (width > 0)
        url.setQuery(u"width="_qs + QString::number(width));
    return url;
}

QUrl normalizedPhotoUrl(QStringView carSeq, const QString &src)
{
    if (src.isEmpty() || src.contains(u"noimage"_qs))
        return {};
    const QUrl base(u"https://www.kbchachacha.com/"_qs);
    const QUrl url = base.resolved(QUrl(src));
    const QString file = url.path().section(u'/', -1);
    if (url.host() == QLatin1StringView(kImageHost) && url.path().startsWith(u"/IMG/carimg/"_qs)
        && file.startsWith(carSeq.toString() + u'_')) {
        const QUrl rule = photoUrl(carSeq, file);
        if (rule.isValid())
            return rule;
    }
    return url;
}

QUrl detailPageUrl(QStringView carSeq)
{
    QUrl url(u"https://www.kbchachacha.com/public/car/detail.kbc"_qs);
    QUrlQuery q;
    q.addQueryItem(u"carSeq"_qs, carSeq.toString());
    url.setQuery(q);
    return url;
}

TitleParts splitTitle(QStringView title, QStringView knownModel)
{
    TitleParts parts;
    const QString t = title.toString().simplified();
    const qsizetype firstSpace = t.indexOf(u' ');
    if (firstSpace < 0) {
        parts.make = t;
        return parts;
    }
    // Every KB maker name is one word (현대, KG모빌리티, 한국GM, 르노코리아, 벤츠 …).
    parts.make = t.left(firstSpace);
    const QString rest = t.mid(firstSpace + 1);
    if (!knownModel.isEmpty() && (rest == knownModel || rest.startsWith(knownModel.toString() + u' '))) {
        parts.model = knownModel.toString();
        parts.trim = rest.mid(knownModel.size()).trimmed();
        return parts;
    }
    const QStringList words = rest.split(u' ', Qt::SkipEmptyParts);
    static const QStringList kPrefixes = {u"더"_qs, u"뉴"_qs, u"올"_qs, u"디"_qs, u"신형"_qs, u"The"_qs, u"New"_qs, u"All"_qs};
    qsizetype end = 0;   // model = words[0, end]
    while (end < words.size() - 1 && kPrefixes.contains(words[end]))
        ++end;
    // A generation code in parentheses close behind belongs to the model: "쏘나타 디 엣지(DN8)".
    for (qsizetype i = end; i < std::min<qsizetype>(words.size(), end + 4); ++i) {
        if (words[i].endsWith(u')') && !words[i].endsWith(u"년형)"_qs)) {
            end = i;
            break;
        }
    }
    parts.model = words.mid(0, end + 1).join(u' ');
    parts.trim = words.mid(end + 1).join(u' ');
    return parts;
}

} // namespace CarScout::Sources::Kb
