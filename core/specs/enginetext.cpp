#include "core/specs/enginetext.h"

#include <QHash>

namespace CarScout::Specs {

namespace {

// Which fuel words a text used, in the order they appeared; combined once at the end (a hybrid's base fuel,
// "디젤 … 하이브리드" → hybrid_diesel).
struct FuelWords
{
    bool petrol = false, diesel = false, lpg = false, hybrid = false, electric = false, hydrogen = false;

    Fuel combined() const
    {
        if (hydrogen)
            return Fuel::Hydrogen;
        if (hybrid)
            return diesel ? Fuel::HybridDiesel : lpg ? Fuel::HybridLpg : Fuel::HybridPetrol;
        if (electric && !petrol && !diesel && !lpg)
            return Fuel::Electric;
        if (diesel)
            return Fuel::Diesel;
        if (lpg)
            return Fuel::Lpg;
        if (petrol)
            return Fuel::Petrol;
        return Fuel::Unknown;
    }
};

enum class Word { Petrol, Diesel, Lpg, Hybrid, PlugIn, Electric, Hydrogen, Turbo, TurboDiesel, Auto, Manual, Cvt, SemiAuto, Awd, FourWd, TwoWd };

// Whole-word vocabulary of Encar/KB engine texts (upper-cased). Variant codes are patterns (see below).
const QHash<QString, Word> &vocabulary()
{
    static const QHash<QString, Word> words = {
        {u"가솔린"_qs, Word::Petrol}, {u"휘발유"_qs, Word::Petrol}, {u"GASOLINE"_qs, Word::Petrol}, {u"MPI"_qs, Word::Petrol},
        {u"GDI"_qs, Word::Petrol}, {u"GDE"_qs, Word::Petrol}, {u"SCE"_qs, Word::Petrol},
        {u"디젤"_qs, Word::Diesel}, {u"경유"_qs, Word::Diesel}, {u"DIESEL"_qs, Word::Diesel}, {u"CRDI"_qs, Word::Diesel},
        {u"DCI"_qs, Word::Diesel}, {u"XDI"_qs, Word::Diesel}, {u"E-XDI"_qs, Word::Diesel},
        {u"LPG"_qs, Word::Lpg}, {u"LPI"_qs, Word::Lpg}, {u"LPLI"_qs, Word::Lpg}, {u"LPE"_qs, Word::Lpg}, {u"LPGI"_qs, Word::Lpg},
        {u"하이브리드"_qs, Word::Hybrid}, {u"HEV"_qs, Word::Hybrid}, {u"HYBRID"_qs, Word::Hybrid},
        {u"PHEV"_qs, Word::PlugIn}, {u"플러그인"_qs, Word::PlugIn}, {u"PLUG-IN"_qs, Word::PlugIn}, {u"TFSIE"_qs, Word::PlugIn},
        {u"전기"_qs, Word::Electric}, {u"EV"_qs, Word::Electric}, {u"BEV"_qs, Word::Electric}, {u"일렉트릭"_qs, Word::Electric},
        {u"ELECTRIC"_qs, Word::Electric}, {u"E-TRON"_qs, Word::Electric}, {u"전동화"_qs, Word::Electric},
        {u"GV60"_qs, Word::Electric}, {u"타이칸"_qs, Word::Electric}, {u"TAYCAN"_qs, Word::Electric}, {u"IX"_qs, Word::Electric},
        {u"IX3"_qs, Word::Electric}, {u"I4"_qs, Word::Electric}, {u"I5"_qs, Word::Electric}, {u"I7"_qs, Word::Electric},
        {u"수소"_qs, Word::Hydrogen}, {u"수소전기"_qs, Word::Hydrogen}, {u"넥쏘"_qs, Word::Hydrogen}, {u"FCEV"_qs, Word::Hydrogen},
        {u"터보"_qs, Word::Turbo}, {u"TURBO"_qs, Word::Turbo}, {u"T-GDI"_qs, Word::Turbo}, {u"TGDI"_qs, Word::Turbo},
        {u"T-GDE"_qs, Word::Turbo}, {u"TSI"_qs, Word::Turbo}, {u"TFSI"_qs, Word::Turbo}, {u"TCE"_qs, Word::Turbo},
        {u"VGT"_qs, Word::TurboDiesel}, {u"E-VGT"_qs, Word::TurboDiesel}, {u"TDI"_qs, Word::TurboDiesel},
        {u"오토"_qs, Word::Auto}, {u"자동"_qs, Word::Auto}, {u"AT"_qs, Word::Auto}, {u"A/T"_qs, Word::Auto},
        {u"DCT"_qs, Word::Auto}, {u"수동"_qs, Word::Manual}, {u"MT"_qs, Word::Manual}, {u"M/T"_qs, Word::Manual},
        {u"CVT"_qs, Word::Cvt}, {u"IVT"_qs, Word::Cvt}, {u"세미오토"_qs, Word::SemiAuto},
        {u"AWD"_qs, Word::Awd}, {u"4MATIC"_qs, Word::Awd}, {u"콰트로"_qs, Word::Awd}, {u"QUATTRO"_qs, Word::Awd},
        {u"HTRAC"_qs, Word::Awd}, {u"H-TRAC"_qs, Word::Awd}, {u"4WD"_qs, Word::FourWd}, {u"4X4"_qs, Word::FourWd},
        {u"2WD"_qs, Word::TwoWd}, {u"FWD"_qs, Word::TwoWd}, {u"RWD"_qs, Word::TwoWd},
    };
    return words;
}

bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }
bool isLatin(QChar c) { return c >= u'A' && c <= u'Z'; }

int digitsAt(QStringView s, qsizetype from, qsizetype count)
{
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i)
        v = v * 10 + (s[i].unicode() - u'0');
    return v;
}

// "1.6", "2.5T", "1.35T", "3.0L", "2.2D", "1.6터보", "3.3T-GDI" → nominal cm³; the suffix sets turbo/diesel.
int displacementToken(QStringView t, bool *turbo, bool *diesel)
{
    if (t.size() < 3 || !isDigit(t[0]) || t[1] != u'.' || !isDigit(t[2]))
        return 0;
    qsizetype end = 3;
    int decimals = t[2].unicode() - u'0';
    int scale = 100;
    if (end < t.size() && isDigit(t[end])) {       // 1.35
        decimals = decimals * 10 + (t[end].unicode() - u'0');
        scale = 10;
        ++end;
    }
    const QStringView suffix = t.mid(end);
    if (!suffix.isEmpty()) {
        if (suffix == u"T" || suffix.startsWith(u"T-") || suffix == u"TGDI" || suffix == u"터보" || suffix == u"TURBO")
            *turbo = true;
        else if (suffix == u"D" || suffix == u"TD" || suffix == u"CRDI") {
            *diesel = true;
            *turbo = suffix != u"D";
        } else if (suffix != u"L" && suffix != u"I")
            return 0;   // "1.6X" is some trim code, not a displacement
    }
    const int cc = (t[0].unicode() - u'0') * 1000 + decimals * scale;
    return cc >= 600 && cc <= 8500 ? cc : 0;
}

// Hyundai/Genesis size codes: HG240, HG300, TG270, BH380, DH330, G330 → the litres × 1000.
int sizeCodeToken(QStringView t)
{
    static const QStringView prefixes[] = {u"HG", u"TG", u"BH", u"DH", u"IG", u"G"};
    for (QStringView p : prefixes) {
        if (t.size() == p.size() + 3 && t.startsWith(p) && isDigit(t[p.size()]) && isDigit(t[p.size() + 1])
            && t[p.size() + 2] == u'0') {
            const int code = digitsAt(t, p.size(), 3);
            if (code >= 200 && code <= 500)
                return code * 10;
        }
    }
    return 0;
}

// Maker variant codes: BMW 520d / 530e / xDrive30d, Mercedes E220d / E300e / GLC300e, Lexus ES300h, Volvo D4 / T8.
void variantCode(QStringView t, FuelWords *f, bool *plugIn)
{
    QStringView core = t;
    if (core.startsWith(u"XDRIVE") || core.startsWith(u"SDRIVE"))
        core = core.mid(6);
    qsizetype letters = 0;
    while (letters < core.size() && isLatin(core[letters]))
        ++letters;
    qsizetype digits = letters;
    while (digits < core.size() && isDigit(core[digits]))
        ++digits;
    const qsizetype n = digits - letters;
    if (n < 1 || n > 3 || letters > 4)
        return;
    const QStringView tail = core.mid(digits);
    if (letters == 1 && n == 1 && tail.isEmpty()) {   // Volvo D4 / T8
        if (core[0] == u'D')
            f->diesel = true;
        else if (core[0] == u'T' && core[1] == u'8')
            f->hybrid = *plugIn = true;
        return;
    }
    if (n < 2 || tail.size() != 1)
        return;
    if (tail == u"D")
        f->diesel = true;
    else if (tail == u"E")
        f->hybrid = *plugIn = true;
    else if (tail == u"H")
        f->hybrid = true;
}

// Electric model names that carry no fuel word: EV3/EV6/EV9, 아이오닉5/6/9, EQA…EQS (not EQ900).
bool electricModelToken(QStringView t)
{
    if (t.size() == 3 && t.startsWith(u"EV") && isDigit(t[2]))
        return true;
    if (t.size() == 5 && t.startsWith(u"아이오닉") && isDigit(t[4]) && t[4] != u'0')
        return true;
    return t.size() == 3 && t.startsWith(u"EQ") && isLatin(t[2]);
}

void setDrive(EngineHints *h, QStringView drive)
{
    if (h->drive.isEmpty())
        h->drive = drive.toString();
}

} // namespace

QString compactKey(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out += c.toUpper();
    }
    return out;
}

EngineHints parseEngineText(QStringView text)
{
    EngineHints h;
    FuelWords fuel;
    const QString upper = text.toString().toUpper();
    QStringView previous;
    qsizetype i = 0;
    const auto isSeparator = [](QChar c) {
        return c.isSpace() || c == u'(' || c == u')' || c == u',' || c == u'[' || c == u']' || c == u'·' || c == u'+';
    };
    while (i < upper.size()) {
        while (i < upper.size() && isSeparator(upper[i]))
            ++i;
        qsizetype end = i;
        while (end < upper.size() && !isSeparator(upper[end]))
            ++end;
        if (end == i)
            break;
        const QStringView t = QStringView(upper).mid(i, end - i);
        i = end;
        h.tokens.append(t.toString());

        bool diesel = false;
        if (const int cc = displacementToken(t, &h.turbo, &diesel)) {
            if (h.nominalCc == 0)
                h.nominalCc = cc;
            fuel.diesel |= diesel;
        } else if (const int size = sizeCodeToken(t)) {
            if (h.nominalCc == 0)
                h.nominalCc = size;
        } else if (const auto it = vocabulary().constFind(h.tokens.last()); it != vocabulary().cend()) {
            switch (*it) {
            case Word::Petrol: fuel.petrol = true; break;
            case Word::Diesel: fuel.diesel = true; break;
            case Word::Lpg: fuel.lpg = true; break;
            case Word::Hybrid: fuel.hybrid = true; break;
            case Word::PlugIn: fuel.hybrid = h.plugIn = true; break;
            case Word::Electric: fuel.electric = true; break;
            case Word::Hydrogen: fuel.hydrogen = true; break;
            case Word::Turbo: h.turbo = true; break;
            case Word::TurboDiesel: h.turbo = fuel.diesel = true; break;
            case Word::Auto: h.transmission = Transmission::Automatic; break;
            case Word::Manual: h.transmission = Transmission::Manual; break;
            case Word::Cvt: h.transmission = Transmission::Cvt; break;
            case Word::SemiAuto: h.transmission = Transmission::SemiAutomatic; break;
            case Word::Awd: setDrive(&h, u"AWD"); break;
            case Word::FourWd: setDrive(&h, u"4WD"); break;
            case Word::TwoWd: setDrive(&h, u"2WD"); break;
            }
        } else if (t.endsWith(u"터보") && t.size() > 2) {
            h.turbo = true;
            bool ignored = false;
            if (const int cc = displacementToken(t.chopped(2), &h.turbo, &ignored); cc && h.nominalCc == 0)
                h.nominalCc = cc;
        } else if (t.endsWith(u"하이브리드")) {
            fuel.hybrid = true;   // "하이브리드(가솔린)" is split at the bracket; "K5하이브리드" is not
        } else if (electricModelToken(t)) {
            fuel.electric = true;
        } else if ((previous == u"모델" || previous == u"MODEL") && (t == u"3" || t == u"Y" || t == u"S" || t == u"X")) {
            fuel.electric = true;   // Tesla 모델 3 / Y / S / X
        } else {
            if (t.startsWith(u"XDRIVE"))
                setDrive(&h, u"AWD");
            variantCode(t, &fuel, &h.plugIn);
        }
        previous = t;
    }
    h.fuel = fuel.combined();
    return h;
}

EngineHints mergeHints(const EngineHints &primary, const EngineHints &secondary)
{
    EngineHints h = primary;
    if (h.nominalCc == 0)
        h.nominalCc = secondary.nominalCc;
    if (h.fuel == Fuel::Unknown)
        h.fuel = secondary.fuel;
    h.turbo = h.turbo || secondary.turbo;
    h.plugIn = h.plugIn || secondary.plugIn;
    if (h.transmission == Transmission::Unknown)
        h.transmission = secondary.transmission;
    if (h.drive.isEmpty())
        h.drive = secondary.drive;
    h.tokens += secondary.tokens;
    return h;
}

EngineHints hintsFromListing(const Listing &listing)
{
    // Encar: model + trim (Badge BadgeDetail); KB: the title holds model and grade (model/trim are split from it).
    const QString text = listing.trim.isEmpty() && !listing.title.isEmpty()
        ? listing.title
        : listing.model + u' ' + listing.trim;
    EngineHints h = parseEngineText(text);
    if (listing.fuel != Fuel::Unknown && listing.fuel != Fuel::Other) {
        // The facet is authoritative, but "가솔린" on a hybrid's list row is common: a hybrid word in the text
        // upgrades a petrol facet, never the other way round.
        const bool textHybrid = h.fuel == Fuel::HybridPetrol || h.fuel == Fuel::HybridDiesel || h.fuel == Fuel::HybridLpg;
        if (!(textHybrid && (listing.fuel == Fuel::Petrol || listing.fuel == Fuel::Diesel || listing.fuel == Fuel::Lpg)))
            h.fuel = listing.fuel;
    }
    if (listing.transmission != Transmission::Unknown)
        h.transmission = listing.transmission;
    return h;
}

QString engineSignature(const EngineHints &hints)
{
    QStringList parts;
    if (hints.nominalCc > 0)
        parts << QString::number(hints.nominalCc / 1000.0, 'f', hints.nominalCc % 100 ? 2 : 1) + (hints.turbo ? u"T"_qs : QString());
    else if (hints.turbo)
        parts << u"T"_qs;
    if (hints.fuel != Fuel::Unknown)
        parts << fuelKey(hints.fuel);
    if (hints.plugIn)
        parts << u"plug-in"_qs;
    // An EV's power follows its battery and drive, not a displacement.
    if (hints.fuel == Fuel::Electric) {
        for (const QString &t : hints.tokens) {
            if (t == u"롱레인지" || t == u"스탠다드" || t == u"퍼포먼스" || t == u"LONG" || t == u"STANDARD" || t == u"PERFORMANCE")
                parts << t;
        }
        if (!hints.drive.isEmpty())
            parts << hints.drive;
    }
    return parts.join(u' ');
}

} // namespace CarScout::Specs
