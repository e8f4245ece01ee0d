#include "core/sources/che168/che168jobs.h"

#include "core/net/httpclient.h"
#include "core/sources/che168/che168detailparser.h"
#include "core/sources/che168/che168requests.h"
#include "core/sources/che168/che168source.h"
#include "core/sources/sourcejobs.h"

#include <QCoreApplication>
#include <QHash>

namespace CarScout::Sources::Che168 {

namespace {

bool isId(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (QChar c : key) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

QString pageId(const Clock &clock)
{
    // The m-web client's page-view id: a millisecond timestamp.
    return QString::number(clock.nowUtc().toMSecsSinceEpoch());
}

const char *levelName(int level)
{
    static const char *const names[] = {"make", "series", "model year", "version"};
    return names[std::clamp(level, 0, 3)];
}

// The cars of a page by infoid, for keep(): what the list tells beyond Listing (new energy, emission, …).
using PageCars = QHash<QString, Che168Car>;

} // namespace

// ---- path resolution ------------------------------------------------------------------------------------------

Che168PathResolver::Che168PathResolver(JobCore &core, const TermDictionary &terms, QObject *context,
                                       const Clock &clock)
    : m_core(core), m_terms(terms), m_context(context), m_clock(clock)
{
}

void Che168PathResolver::resolve(const QStringList &path, Done done)
{
    m_path.clear();
    for (const QString &key : path)
        m_path << key.trimmed();
    m_ids.clear();
    m_brandName.clear();
    m_done = std::move(done);
    step();
}

void Che168PathResolver::step()
{
    if (m_canceled)
        return;
    const int level = int(m_ids.size());
    if (level == m_path.size()) {
        m_done(m_ids, m_brandName, {});
        return;
    }
    const QString key = m_path.at(level);
    // Ids go as they are, except the brand, whose name the listings' make needs (one cached-size request).
    if (isId(key) && level > 0) {
        m_ids.append(key);
        step();
        return;
    }
    Net::HttpRequest request;
    if (JobError e = catalogRequest(m_ids, pageId(m_clock), &request); e.isError()) {
        m_done({}, {}, e);
        return;
    }
    m_core.send(request, m_context, [this, level, key](const Net::HttpResponse &r) {
        if (m_canceled)
            return;
        if (!r.ok()) {
            m_done({}, {}, networkError(QCoreApplication::translate("Sources", "Che168 %1 list").arg(QLatin1StringView(levelName(level))), r));
            return;
        }
        QList<FilterNode> nodes;
        if (JobError e = catalogChildren(m_ids, r.body, m_terms, &nodes); e.isError()) {
            m_done({}, {}, e);
            return;
        }
        const FilterNode *match = nullptr;
        for (const FilterNode &n : nodes) {
            if (!match && (n.key == key || n.name == key))
                match = &n;
        }
        for (const FilterNode &n : nodes) {
            if (!match && (n.name.compare(key, Qt::CaseInsensitive) == 0
                           || (!n.nameEn.isEmpty() && n.nameEn.compare(key, Qt::CaseInsensitive) == 0)))
                match = &n;
        }
        if (!match) {
            QStringList known;
            for (const FilterNode &n : nodes.mid(0, 12))
                known << (n.nameEn.isEmpty() ? n.name : n.nameEn + u" (" + n.name + u')');
            JobError e;
            e.kind = JobError::Kind::BadInput;
            e.message = QCoreApplication::translate("Sources", "Che168 has no %1 \"%2\" (known: %3%4)")
                            .arg(QLatin1StringView(levelName(level)), key, known.join(u", "_qs),
                                 nodes.size() > 12 ? u", …"_qs : QString());
            m_done({}, {}, e);
            return;
        }
        if (level == 0)
            m_brandName = match->name;
        m_ids.append(match->key);
        step();
    });
}

// ---- search ---------------------------------------------------------------------------------------------------

namespace {

SearchQuery withPageSize(SearchQuery query)
{
    query.pageSize = kPageSize;   // what the API serves; pagesExpected counts in it
    return query;
}

} // namespace

Che168SearchJob::Che168SearchJob(Net::HttpClient &client, Che168Source &source, const TermDictionary &terms,
                                 const SearchQuery &query, QObject *parent)
    : SearchJobBase(client, source, withPageSize(query), parent), m_source(source), m_terms(terms),
      m_resolver(core(), m_terms, this, source.clock()), m_year(source.clock().nowUtc().date().year())
{
}

void Che168SearchJob::prepare(std::function<void(const JobError &error)> ready)
{
    m_resolver.resolve(query().path, [this, ready](const QStringList &ids, const QString &brandName, const JobError &e) {
        if (!e.isError()) {
            SearchQuery q = query();
            q.path = ids;
            m_plan = planQuery(q, m_year);
            m_context.brandName = brandName;
        }
        ready(e);
    });
}

std::optional<Net::HttpRequest> Che168SearchJob::pageRequest(const QString &cursor, JobError *error)
{
    bool ok = false;
    const int page = cursor.toInt(&ok);
    if (!ok || page < 1) {
        error->kind = JobError::Kind::BadInput;
        error->message = QCoreApplication::translate("Sources", "Che168: \"%1\" is not a page to go on from").arg(cursor);
        return std::nullopt;
    }
    return searchRequest(m_plan.filter, page, pageId(m_source.clock()));
}

SearchJobBase::PageParser Che168SearchJob::pageParser() const
{
    // Copies (implicitly shared): the parse may outlive a canceled job.
    return [terms = m_terms, context = m_context](const Net::HttpResponse &response) {
        Che168SearchPage page;
        ParsedPage parsed;
        parsed.error = parseSearchPage(response.body, terms, &page, context);
        if (parsed.error.isError())
            return parsed;
        PageCars cars;
        for (const Che168Car &car : std::as_const(page.cars)) {
            parsed.listings << car.listing;
            cars.insert(car.listing.id, car);
        }
        parsed.warnings = page.warnings;
        parsed.rows = int(page.cars.size());
        parsed.totalAvailable = page.totalCount;
        parsed.lastPage = page.cars.isEmpty() || (page.pageCount >= 0 && page.pageIndex >= page.pageCount);
        parsed.extra = cars;
        return parsed;
    };
}

QString Che168SearchJob::nextCursor(const QString &cursor, const ParsedPage &)
{
    return QString::number(cursor.toInt() + 1);
}

QString Che168SearchJob::pageLabel(const QString &cursor) const
{
    return QCoreApplication::translate("Sources", "Che168 search page %1").arg(cursor);
}

QList<Listing> Che168SearchJob::keep(const QList<Listing> &unseen, const ParsedPage &page)
{
    // The ranges again, exactly, and what the API cannot filter (emission, petrol/diesel vs new energy).
    const PageCars *cars = std::any_cast<PageCars>(&page.extra);
    QList<Listing> out;
    for (const Listing &l : unseen) {
        const auto it = cars ? cars->constFind(l.id) : PageCars::const_iterator();
        if (!cars || it == cars->constEnd() || passes(*it, m_plan.client, m_year)) {
            if (query().keyword.isEmpty() || l.title.contains(query().keyword, Qt::CaseInsensitive))
                out << l;
        }
    }
    return out;
}

// ---- catalog --------------------------------------------------------------------------------------------------

Che168CatalogJob::Che168CatalogJob(Net::HttpClient &client, Che168Source &source, const TermDictionary &terms,
                                   const QStringList &path, QObject *parent)
    : CatalogJobBase(client, source, parent), m_source(source), m_terms(terms), m_path(path),
      m_resolver(core(), m_terms, this, source.clock())
{
}

void Che168CatalogJob::start()
{
    if (m_path.size() >= 4) {
        finish({});   // a version is a leaf
        return;
    }
    // Ids need no lookup here: the level's own request names them.
    bool allIds = true;
    for (const QString &key : m_path)
        allIds = allIds && isId(key.trimmed());
    auto request = [this](const QStringList &ids) {
        Net::HttpRequest r;
        if (JobError e = catalogRequest(ids, pageId(m_source.clock()), &r); e.isError()) {
            fail(e);
            return;
        }
        send(r, [this, ids](const Net::HttpResponse &response) {
            if (!response.ok()) {
                fail(networkError(QCoreApplication::translate("Sources", "Che168 %1 list")
                                      .arg(QLatin1StringView(levelName(int(ids.size())))), response));
                return;
            }
            QList<FilterNode> nodes;
            const JobError e = catalogChildren(ids, response.body, m_terms, &nodes);
            finish(nodes, e);
        });
    };
    if (allIds) {
        QStringList ids;
        for (const QString &key : m_path)
            ids << key.trimmed();
        request(ids);
        return;
    }
    m_resolver.resolve(m_path, [this, request](const QStringList &ids, const QString &, const JobError &e) {
        if (e.isError())
            fail(e);
        else
            request(ids);
    });
}

// ---- detail ---------------------------------------------------------------------------------------------------

struct Che168DetailJob::Info
{
    Che168CarInfo car;
};

Che168DetailJob::Che168DetailJob(Net::HttpClient &client, Che168Source &source, const TermDictionary &terms,
                                 const QString &infoId, QObject *parent)
    : DetailJobBase(client, source, parent), m_source(source), m_terms(terms), m_id(infoId.trimmed()),
      m_host(QString::fromLatin1(kDetailHost))
{
}

void Che168DetailJob::start()
{
    if (!isId(m_id)) {
        JobError e;
        e.kind = JobError::Kind::BadInput;
        e.message = QCoreApplication::translate("Sources", "Che168 listing id \"%1\" is not an infoid (digits)").arg(m_id);
        fail(e);
        return;
    }
    const DetailGate::Admission admission = m_source.detailGate().admit(m_host, m_id);
    switch (admission.verdict) {
    case DetailGate::Verdict::Join:
        m_source.waitForDetail(m_id, this);
        return;
    case DetailGate::Verdict::Paused: {
        JobError e;
        e.kind = JobError::Kind::Network;
        e.netError = Net::ErrorKind::BreakerOpen;
        e.message = admission.retryInMs > 0
            ? QCoreApplication::translate("Sources", "Che168 car %1: detail requests are paused for %2 s more because "
                                                     "Che168 limited the request rate (HTTP 514/403); then one request "
                                                     "tests whether it is lifted")
                  .arg(m_id).arg((admission.retryInMs + 999) / 1000)
            : QCoreApplication::translate("Sources", "Che168 car %1: detail requests are paused while one request "
                                                     "tests whether Che168 lifted its rate limit")
                  .arg(m_id);
        fail(e);
        return;
    }
    case DetailGate::Verdict::Go:
    case DetailGate::Verdict::Probe:
        break;
    }
    m_leading = true;
    send(carInfoRequest(m_id, m_source.deviceId()), [this](const Net::HttpResponse &r) { onCarInfo(r); });
}

JobError Che168DetailJob::capError(const QString &what, const Net::HttpResponse &response) const
{
    JobError e = networkError(what, response);
    if (DetailGate::isFrequencyCap(response.status))
        e.message += QCoreApplication::translate("Sources", " — Che168 limited the request rate: detail requests "
                                                            "pause for %1 s, then one request tests whether it is lifted")
                         .arg(kDetailCoolDownMs / 1000);
    return e;
}

void Che168DetailJob::onCarInfo(const Net::HttpResponse &response)
{
    m_lastStatus = response.status;
    if (!response.ok()) {
        m_source.detailGate().finish(m_host, m_id, response.status, false);
        m_leading = false;
        done({}, capError(QCoreApplication::translate("Sources", "Che168 car %1").arg(m_id), response));
        return;
    }
    offThread([body = response.body, id = m_id, terms = m_terms] {
        auto info = std::make_shared<Info>();
        const JobError e = parseCarInfo(body, id, terms, &info->car);
        return std::make_pair(info, e);
    }, [this](const std::pair<std::shared_ptr<Info>, JobError> &parsed) {
        if (parsed.second.isError()) {
            // The host answered: no sign of a rate limit.
            m_source.detailGate().finish(m_host, m_id, m_lastStatus, true);
            m_leading = false;
            done({}, parsed.second);
            return;
        }
        m_info = parsed.first;
        send(paramItemsRequest(m_id, m_source.deviceId()), [this](const Net::HttpResponse &r) { onParams(r); });
    });
}

void Che168DetailJob::onParams(const Net::HttpResponse &response)
{
    m_source.detailGate().finish(m_host, m_id, response.status, response.ok());
    m_leading = false;
    if (!response.ok()) {
        // The car without its spec sheet (no power figure): still worth showing, with the reason.
        const JobError e = capError(QCoreApplication::translate("Sources", "Che168 spec sheet of car %1").arg(m_id), response);
        done(buildDetail(m_info->car, nullptr, e.message, m_terms), {});
        return;
    }
    offThread([body = response.body, id = m_id, info = m_info, terms = m_terms] {
        Che168Params params;
        const JobError e = parseParamItems(body, id, &params);
        return e.isError() ? buildDetail(info->car, nullptr, e.message, terms) : buildDetail(info->car, &params, {}, terms);
    }, [this](const ListingDetail &detail) { done(detail, {}); });
}

void Che168DetailJob::done(const ListingDetail &detail, const JobError &error)
{
    const QString id = m_id;
    Che168Source &source = m_source;
    finish(detail, error);
    source.detailDone(id, detail, error);
}

void Che168DetailJob::onCanceled()
{
    if (!m_leading)
        return;
    m_leading = false;
    m_source.detailGate().finish(m_host, m_id, 0, false);
    // The jobs waiting for this fetch start over (the first of them fetches).
    QMetaObject::invokeMethod(&m_source, [source = &m_source, id = m_id] { source->detailAbandoned(id); },
                              Qt::QueuedConnection);
}

} // namespace CarScout::Sources::Che168
