#include "core/sources/kbchachacha/kbrequests.h"

#include "core/sources/kbchachacha/kbvalues.h"

#include <QUrlQuery>

namespace CarScout::Sources::Kb {

namespace {

const QString kBase = u"https://www.kbchachacha.com"_qs;

QString range(qint64 from, qint64 to)
{
    return QString::number(from) + u',' + QString::number(to);
}

} // namespace

Net::SourcePolicy sourcePolicy()
{
    Net::SourcePolicy policy;
    policy.rate = {1000, 0, 10, 500, 2000, 6};   // the seed: 1 s, 0.5–2 s every 10th
    policy.headers = {{"Accept-Language", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7"}};
    return policy;
}

QUrl catalogUrl(const QStringList &codes)
{
    static const char *const kEndpoints[] = {"carMaker", "carClass", "carName", "carModel", "carModel"};
    static const char16_t *const kParams[] = {u"makerCode", u"classCode", u"carCode"};
    const int depth = int(std::min<qsizetype>(codes.size(), 4));
    QUrl url(kBase + u"/public/search/"_qs + QString::fromLatin1(kEndpoints[depth]) + u".json"_qs);
    QUrlQuery q;
    q.addQueryItem(u"page"_qs, u"1"_qs);
    q.addQueryItem(u"sort"_qs, u"-orderDate"_qs);
    for (int i = 0; i < std::min(depth, 3); ++i)
        q.addQueryItem(QString::fromUtf16(kParams[i]), codes.at(i));
    url.setQuery(q);
    return url;
}

std::optional<QUrl> listUrl(const SearchQuery &query, const QStringList &codes, int page, JobError *error,
                            int currentYear)
{
    auto fail = [error](const QString &message) -> std::optional<QUrl> {
        if (error) {
            error->kind = JobError::Kind::BadInput;
            error->message = message;
        }
        return std::nullopt;
    };
    QUrlQuery q;
    q.addQueryItem(u"page"_qs, QString::number(page));
    q.addQueryItem(u"sort"_qs, sortParameter(query.sort));
    static const char16_t *const kParams[] = {u"makerCode", u"classCode", u"carCode", u"modelCode", u"modelGradeCode"};
    for (int i = 0; i < std::min<int>(int(codes.size()), 5); ++i)
        q.addQueryItem(QString::fromUtf16(kParams[i]), codes.at(i));
    if (query.yearFrom || query.yearTo)
        q.addQueryItem(u"regiDay"_qs, range(query.yearFrom.value_or(1980), query.yearTo.value_or(currentYear + 1)));
    if (query.mileageMaxKm)
        q.addQueryItem(u"km"_qs, range(0, *query.mileageMaxKm));
    if (query.priceMin || query.priceMax) {
        // KRW → 만원: the lower bound rounds up, the upper bound down, so every hit is within the range.
        const qint64 lo = query.priceMin ? (*query.priceMin + 9999) / 10000 : 0;
        const qint64 hi = query.priceMax ? *query.priceMax / 10000 : 99999;
        q.addQueryItem(u"sellAmt"_qs, range(lo, hi));
    }
    if (!query.fuels.isEmpty()) {
        QStringList gas;
        for (Fuel f : query.fuels) {
            const QStringList c = gasCodes(f);
            if (c.isEmpty())
                return fail(u"KB ChaChaCha has no fuel filter for \"%1\""_qs.arg(fuelKey(f)));
            gas.append(c);
        }
        q.addQueryItem(u"gas"_qs, gas.join(u','));
    }
    if (!query.transmissions.isEmpty()) {
        QStringList gbn;
        for (Transmission t : query.transmissions) {
            const QString c = autoGbnCode(t);
            if (c.isEmpty())
                return fail(u"KB ChaChaCha has no transmission filter for \"%1\""_qs.arg(transmissionKey(t)));
            gbn.append(c);
        }
        q.addQueryItem(u"autoGbn"_qs, gbn.join(u','));
    }
    QUrl url(kBase + u"/public/search/list.empty"_qs);
    url.setQuery(q);
    return url;
}

QUrl detailUrl(const QString &carSeq)
{
    return detailPageUrl(carSeq);
}

Net::HeaderList xhrHeaders()
{
    return {{"X-Requested-With", "XMLHttpRequest"},
            {"Referer", "https://www.kbchachacha.com/public/search/main.kbc"},
            {"Accept", "*/*"}};
}

Net::HeaderList documentHeaders()
{
    return {{"Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"},
            {"Referer", "https://www.kbchachacha.com/public/search/main.kbc"}};
}

Net::HttpRequest makeRequest(const QUrl &url, const Net::HeaderList &headers, quint64 group)
{
    Net::HttpRequest r;
    r.url = url;
    r.headers = headers;
    r.source = QString::fromLatin1(kSourceId);
    r.group = group;
    return r;
}

bool isCode(int level, const QString &key)
{
    if (key.isEmpty())
        return false;
    auto digits = [](QStringView s) {
        if (s.isEmpty())
            return false;
        for (QChar c : s) {
            if (!c.isDigit())
                return false;
        }
        return true;
    };
    if (level == 4) {
        const qsizetype bar = key.indexOf(u'|');
        return bar > 0 && digits(QStringView(key).left(bar)) && digits(QStringView(key).mid(bar + 1));
    }
    return digits(key);
}

} // namespace CarScout::Sources::Kb
