#include "core/sources/bobaedream/bobaevalues.h"

#include <QRegularExpression>

namespace CarScout::Sources::Bobae {

namespace {

// Text without spaces (incl. NBSP) and thousands separators: "1,250 만원" → "1250만원".
QString compact(QStringView text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace() && c != u',' && c != QChar(0x00A0))
            s.append(c);
    }
    return s;
}

bool validMonth(int m)
{
    return m >= 1 && m <= 12;
}

bool validYear(int y)
{
    return y >= 1950 && y <= 2099;
}

int modelYearFrom(const QString &captured)
{
    if (captured.isEmpty())
        return 0;
    return captured.size() == 4 ? captured.toInt() : fullYear(captured.toInt());
}

std::optional<YearMonth> checked(YearMonth ym)
{
    if (!validYear(ym.year) || (ym.month != 0 && !validMonth(ym.month)) || ym.day < 0 || ym.day > 31)
        return std::nullopt;
    if (ym.day != 0 && ym.month == 0)
        return std::nullopt;
    return ym;
}

} // namespace

int fullYear(int twoDigitYear)
{
    if (twoDigitYear >= 100)
        return twoDigitYear;
    return twoDigitYear >= 70 ? 1900 + twoDigitYear : 2000 + twoDigitYear;
}

std::optional<YearMonth> parseListYear(QStringView text)
{
    // A month needs 년…월 or a separator: "20225" is not May 2022.
    static const QRegularExpression re(uR"(^((?:19|20)\d{2})(?:년식?(?:(\d{1,2})월식?)?|[/.\-](\d{1,2})월?)?$)"_qs);
    const QRegularExpressionMatch m = re.match(compact(text));
    if (!m.hasMatch())
        return std::nullopt;
    const QString month = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
    return checked({m.captured(1).toInt(), month.isEmpty() ? 0 : month.toInt(), 0, 0});
}

std::optional<YearMonth> parseYearMonth(QStringView text)
{
    const QString s = compact(text);
    static const QRegularExpression modelYearRe(uR"(\(?((?:19|20)?\d{2})년형\)?$)"_qs);
    QString head = s;
    int modelYear = 0;
    const QRegularExpressionMatch my = modelYearRe.match(s);
    if (my.hasMatch()) {
        modelYear = modelYearFrom(my.captured(1));
        head = s.left(my.capturedStart(0));
    }
    if (head.isEmpty())
        return std::nullopt;
    if (std::optional<YearMonth> ym = parseListYear(head)) {
        ym->modelYear = modelYear;
        return checked(*ym);
    }
    // "24/02/13", "23/02/10": YY/MM/DD; "24/02": YY/MM.
    static const QRegularExpression shortRe(uR"(^(\d{2})[/.\-](\d{1,2})(?:[/.\-](\d{1,2}))?(?:식)?$)"_qs);
    const QRegularExpressionMatch m = shortRe.match(head);
    if (!m.hasMatch())
        return std::nullopt;
    return checked({fullYear(m.captured(1).toInt()), m.captured(2).toInt(),
                    m.captured(3).isEmpty() ? 0 : m.captured(3).toInt(), modelYear});
}

std::optional<YearMonth> parseDate(QStringView text)
{
    static const QRegularExpression re(uR"(^((?:19|20)\d{2})[/.\-](\d{1,2})[/.\-](\d{1,2})$)"_qs);
    const QRegularExpressionMatch m = re.match(compact(text));
    if (!m.hasMatch())
        return std::nullopt;
    const YearMonth ym{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), 0};
    if (ym.day < 1)
        return std::nullopt;
    return checked(ym);
}

std::optional<int> parseDisplacementCc(QStringView text, bool requireUnit)
{
    static const QRegularExpression withUnit(uR"(^(\d{2,5})cc$)"_qs, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bare(uR"(^(\d{2,5})(?:cc)?$)"_qs, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = (requireUnit ? withUnit : bare).match(compact(text));
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

std::optional<int> parseMileageKm(QStringView text, bool requireUnit)
{
    const QString s = compact(text);
    static const QRegularExpression manRe(uR"(^(\d{1,3}(?:\.\d)?)만(?:km)?$)"_qs, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch man = manRe.match(s);
    if (man.hasMatch())
        return int(man.captured(1).toDouble() * 10000 + 0.5);
    static const QRegularExpression withUnit(uR"(^(\d{1,7})km$)"_qs, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bare(uR"(^(\d{1,7})(?:km)?$)"_qs, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = (requireUnit ? withUnit : bare).match(s);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

SharedDetailField readSharedDetailField(QStringView label, const QString &value, Listing &listing)
{
    SharedDetailField r;
    r.shared = true;
    if (label == u"연식") {
        r.year = parseYearMonth(value);
        if (r.year) {
            listing.year = r.year->year;
            listing.month = r.year->month;
        } else {
            r.expected = "a year like 2022, 2022년 5월 or 24/02/13(23년형)";
        }
    } else if (label == u"주행거리") {
        if (const std::optional<int> km = parseMileageKm(value, false))
            listing.mileageKm = *km;
        else
            r.expected = "a mileage like 12,345km";
    } else if (label == u"배기량") {
        if (const std::optional<int> cc = parseDisplacementCc(value, false))
            listing.engineCc = *cc;
        else
            r.expected = "a displacement like 125cc";
    } else if (label == u"연료") {
        listing.fuel = fuelFromName(value);
    } else if (label == u"변속기") {
        listing.transmission = transmissionFromName(value);
    } else if (label == u"색상") {
        listing.color = value;
    } else {
        r.shared = false;
    }
    return r;
}

bool isPriceOnRequestText(QStringView text)
{
    const QString s = compact(text);
    static const QStringList kWords = {u"가격문의"_qs, u"가격상담"_qs, u"전화문의"_qs, u"상담"_qs, u"문의"_qs,
                                       u"협의"_qs, u"가격협의"_qs};
    return kWords.contains(s);
}

std::optional<qint64> parseManwonNumber(QStringView text)
{
    static const QRegularExpression re(uR"(^(\d{1,6})$)"_qs);
    const QRegularExpressionMatch m = re.match(compact(text));
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLongLong() * 10000;
}

std::optional<Price> parsePrice(QStringView text)
{
    if (isPriceOnRequestText(text))
        return Price{PriceKind::OnRequest, 0};
    // "1억2300만원", "2억원", "2억만원", "320만원"
    static const QRegularExpression re(uR"(^(?:(\d{1,3})억)?(\d{1,5})?만?원$)"_qs);
    const QString s = compact(text);
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return std::nullopt;
    const bool hasMan = s.contains(u'만');
    if (!m.captured(2).isEmpty() && !hasMan)
        return std::nullopt;   // "25,700,000원": not a 만원 amount, and never how Bobaedream writes a price
    const qint64 eok = m.captured(1).isEmpty() ? 0 : m.captured(1).toLongLong();
    const qint64 man = m.captured(2).isEmpty() ? 0 : m.captured(2).toLongLong();
    const qint64 krw = eok * 100'000'000 + man * 10'000;
    if (krw <= 0)
        return std::nullopt;
    return Price{PriceKind::Amount, krw};
}

std::optional<int> parsePowerHp(QStringView text)
{
    static const QRegularExpression re(uR"(^(\d{1,4})(?:\.\d+)?(?:마력|ps|hp)(?:[/(@].*)?$)"_qs,
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(compact(text));
    if (!m.hasMatch())
        return std::nullopt;
    const int hp = m.captured(1).toInt();
    return hp > 0 ? std::optional<int>(hp) : std::nullopt;
}

std::optional<int> parseCount(QStringView text)
{
    static const QRegularExpression re(uR"(^(\d{1,3})(?:회|건)?$)"_qs);
    const QRegularExpressionMatch m = re.match(compact(text));
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

QString normalizedVin(QStringView text)
{
    const QString s = compact(text).toUpper();
    static const QRegularExpression re(uR"(^[A-HJ-NPR-Z0-9]{17}$)"_qs);
    return re.match(s).hasMatch() ? s : QString();
}

SellerKind sellerKindFromText(QStringView text)
{
    QString s = compact(text);
    if (s.startsWith(u'(') && s.endsWith(u')'))
        s = s.mid(1, s.size() - 2);
    if (s == u"개인"_qs || s == u"개인판매"_qs)
        return SellerKind::Private;
    if (s == u"업체"_qs || s == u"업체판매"_qs)
        return SellerKind::Business;
    if (s == u"딜러"_qs || s == u"딜러판매"_qs)
        return SellerKind::Dealer;
    return SellerKind::Unknown;
}

QString sellerKindName(SellerKind kind)
{
    switch (kind) {
    case SellerKind::Private: return u"개인"_qs;
    case SellerKind::Business: return u"업체"_qs;
    case SellerKind::Dealer: return u"딜러"_qs;
    case SellerKind::Unknown: break;
    }
    return {};
}

QString provinceOf(QStringView text)
{
    // Short name → the long forms a page may write instead.
    static const QList<QPair<QString, QStringList>> kProvinces = {
        {u"서울"_qs, {u"서울특별시"_qs, u"서울시"_qs}},
        {u"부산"_qs, {u"부산광역시"_qs, u"부산시"_qs}},
        {u"대구"_qs, {u"대구광역시"_qs, u"대구시"_qs}},
        {u"인천"_qs, {u"인천광역시"_qs, u"인천시"_qs}},
        {u"광주"_qs, {u"광주광역시"_qs, u"광주시"_qs}},
        {u"대전"_qs, {u"대전광역시"_qs, u"대전시"_qs}},
        {u"울산"_qs, {u"울산광역시"_qs, u"울산시"_qs}},
        {u"세종"_qs, {u"세종특별자치시"_qs, u"세종시"_qs}},
        {u"경기"_qs, {u"경기도"_qs}},
        {u"강원"_qs, {u"강원도"_qs, u"강원특별자치도"_qs}},
        {u"충북"_qs, {u"충청북도"_qs}},
        {u"충남"_qs, {u"충청남도"_qs}},
        {u"전북"_qs, {u"전라북도"_qs, u"전북특별자치도"_qs}},
        {u"전남"_qs, {u"전라남도"_qs}},
        {u"경북"_qs, {u"경상북도"_qs}},
        {u"경남"_qs, {u"경상남도"_qs}},
        {u"제주"_qs, {u"제주도"_qs, u"제주특별자치도"_qs}},
    };
    const QString s = text.trimmed().toString();
    const QString first = s.section(u' ', 0, 0);
    for (const auto &[shortName, longNames] : kProvinces) {
        if (first == shortName || longNames.contains(first))
            return shortName;
    }
    // "서울강남구" without the space.
    for (const auto &[shortName, longNames] : kProvinces) {
        for (const QString &l : longNames) {
            if (s.startsWith(l) && s.size() > l.size())
                return shortName;
        }
    }
    return {};
}

Fuel fuelFromName(QStringView name)
{
    const QString s = compact(name);
    if (s.isEmpty())
        return Fuel::Unknown;
    if (s.contains(u"하이브리드"_qs) || s.contains(u"+전기"_qs)) {
        if (s.contains(u"디젤"_qs) || s.contains(u"경유"_qs))
            return Fuel::HybridDiesel;
        if (s.contains(u"LPG"_qs))
            return Fuel::HybridLpg;
        return Fuel::HybridPetrol;
    }
    if (s == u"휘발유"_qs || s == u"가솔린"_qs)
        return Fuel::Petrol;
    if (s == u"디젤"_qs || s == u"경유"_qs)
        return Fuel::Diesel;
    if (s.startsWith(u"LPG"_qs) || s == u"가솔린+LPG"_qs)
        return s == u"가솔린+LPG"_qs ? Fuel::Petrol : Fuel::Lpg;
    if (s == u"전기"_qs)
        return Fuel::Electric;
    if (s.startsWith(u"수소"_qs))
        return Fuel::Hydrogen;
    if (s == u"CNG"_qs)
        return Fuel::Cng;
    return Fuel::Other;
}

Transmission transmissionFromName(QStringView name)
{
    const QString s = compact(name);
    if (s.isEmpty())
        return Transmission::Unknown;
    if (s.startsWith(u"세미"_qs))
        return Transmission::SemiAutomatic;
    if (s.startsWith(u"자동"_qs) || s.startsWith(u"오토"_qs))
        return Transmission::Automatic;   // also "자동 8단" and the site's broken "자동 Array단"
    if (s.startsWith(u"수동"_qs))
        return Transmission::Manual;
    if (s.contains(u"CVT"_qs) || s.startsWith(u"무단"_qs))
        return Transmission::Cvt;
    return Transmission::Other;
}

QString bikePhotoBase(const QUrl &url)
{
    if (!url.host().endsWith(u"bobaedream.co.kr"_qs) || !url.path().contains(u"/direct_bike/"_qs))
        return {};
    static const QRegularExpression re(uR"(/(cb\d+)_\d+(?:_s\d+)?\.(?:jpe?g|png|gif)$)"_qs,
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(url.path());
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

QUrl fullSizeBikePhoto(const QUrl &url)
{
    QUrl out = url;
    QString path = url.path();
    static const QRegularExpression thumb(uR"(_s\d+(\.(?:jpe?g|png|gif))$)"_qs, QRegularExpression::CaseInsensitiveOption);
    path.replace(thumb, u"\\1"_qs);
    out.setPath(path);
    return out;
}

QString carPhotoFolder(const QUrl &url)
{
    static const QRegularExpression re(uR"(/CyberCar/[^/]+/([^/]+)/img_([^/_]+)_\d+\.(?:jpe?g|png|gif)$)"_qs,
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(url.path());
    if (!m.hasMatch() || m.captured(1) != m.captured(2))
        return {};
    return m.captured(1);
}

QUrl absoluteUrl(QStringView src, const QUrl &base)
{
    const QString s = src.trimmed().toString();
    if (s.isEmpty() || s.startsWith(u"javascript:"_qs, Qt::CaseInsensitive) || s.startsWith(u"data:"_qs))
        return {};
    if (s.startsWith(u"//"_qs))
        return QUrl(u"https:"_qs + s);
    const QUrl u(s);
    if (!u.isValid())
        return {};
    return u.isRelative() ? base.resolved(u) : u;
}

QString bikeIdFromHref(QStringView href)
{
    static const QRegularExpression re(uR"(bike_view\.php\?(?:[^#]*&(?:amp;)?)?no=(\d+))"_qs);
    const QRegularExpressionMatch m = re.match(href);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString carIdFromHref(QStringView href)
{
    static const QRegularExpression re(uR"(/mycar/mview/(\d+)(?:[/?#]|$))"_qs);
    const QRegularExpressionMatch m = re.match(href);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString blockPageMarker(QStringView text)
{
    static const QStringList kMarkers = {u"비정상적인 접근"_qs, u"접근이 차단"_qs,   u"접근이 제한"_qs,
                                         u"자동입력 방지"_qs,   u"자동등록방지"_qs,   u"Access Denied"_qs,
                                         u"Too Many Requests"_qs, u"captcha"_qs,     u"보안문자"_qs};
    for (const QString &m : kMarkers) {
        if (text.contains(m, Qt::CaseInsensitive))
            return m;
    }
    return {};
}

} // namespace CarScout::Sources::Bobae
