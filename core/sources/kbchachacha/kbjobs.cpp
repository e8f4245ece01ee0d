#include "core/sources/kbchachacha/kbjobs.h"

#include "core/common/clock.h"
#include "core/net/httpclient.h"
#include "core/sources/kbchachacha/kbcatalogparser.h"
#include "core/sources/kbchachacha/kbrequests.h"
#include "core/sources/kbchachacha/kbvalues.h"
#include "core/sources/sourcejobs.h"

#include <QCoreApplication>

namespace CarScout::Sources::Kb {

namespace {

KbCatalogResult parseLevel(int level, const QByteArray &body, const QStringList &codes, const TermDictionary &terms)
{
    switch (level) {
    case 0: return parseMakers(body, &terms);
    case 1: return parseClasses(body, &terms);
    case 2: return parseCars(body);
    case 3: return parseModels(body);
    default: return parseGrades(body, codes.value(3));
    }
}

const char *levelName(int level)
{
    return kLevels[std::clamp(level, 0, 4)];
}

} // namespace

JobError parseError(const QString &message)
{
    JobError e;
    e.kind = JobError::Kind::Parse;
    e.message = u"KB ChaChaCha "_qs + message;
    return e;
}

// ---- path resolution ------------------------------------------------------------------------------------------

KbPathResolver::KbPathResolver(Net::HttpClient &client, const TermDictionary &terms, QObject *context, quint64 group)
    : m_client(client), m_terms(terms), m_context(context), m_group(group)
{
}

void KbPathResolver::resolve(const QStringList &path, Done done)
{
    m_path = path;
    m_codes.clear();
    m_done = std::move(done);
    if (m_path.size() > 5) {
        JobError e;
        e.kind = JobError::Kind::BadInput;
        e.message = u"KB ChaChaCha filter tree has 5 levels (maker, class, car, model, grade); got %1"_qs.arg(path.size());
        m_done({}, {}, e);
        return;
    }
    step();
}

void KbPathResolver::step()
{
    if (m_canceled)
        return;
    const int level = int(m_codes.size());
    if (level == m_path.size()) {
        m_done(m_codes, m_carName, {});
        return;
    }
    const QString key = m_path.at(level).trimmed();
    if (isCode(level, key)) {
        m_codes.append(key);
        step();
        return;
    }
    // A name: fetch the level and look it up.
    const Net::HttpRequest request = makeRequest(catalogUrl(m_codes), xhrHeaders(), m_group);
    m_client.send(request, m_context, [this, level, key](const Net::HttpResponse &r) {
        if (m_canceled)
            return;
        if (!r.ok()) {
            m_done({}, {}, networkError(QCoreApplication::translate("Sources", "KB ChaChaCha %1 list").arg(QString::fromLatin1(levelName(level))), r));
            return;
        }
        const KbCatalogResult nodes = parseLevel(level, r.body, m_codes, m_terms);
        if (!nodes.ok()) {
            m_done({}, {}, parseError(nodes.error));
            return;
        }
        const FilterNode *match = nullptr;
        for (const FilterNode &n : nodes.nodes) {
            if (n.name == key || n.key == key) {
                match = &n;
                break;
            }
        }
        for (const FilterNode &n : nodes.nodes) {
            if (!match && (n.name.compare(key, Qt::CaseInsensitive) == 0 || (!n.nameEn.isEmpty() && n.nameEn.compare(key, Qt::CaseInsensitive) == 0)))
                match = &n;
        }
        if (!match) {
            QStringList known;
            for (const FilterNode &n : nodes.nodes.mid(0, 12))
                known << n.name;
            JobError e;
            e.kind = JobError::Kind::BadInput;
            e.message = u"KB ChaChaCha has no %1 \"%2\" (known: %3%4)"_qs.arg(QString::fromLatin1(levelName(level)), key,
                                                                                 known.join(u", "_qs),
                                                                                 nodes.nodes.size() > 12 ? u", …"_qs : QString());
            m_done({}, {}, e);
            return;
        }
        if (level == 2)
            m_carName = match->name;
        m_codes.append(match->key);
        step();
    });
}

// ---- search ---------------------------------------------------------------------------------------------------

KbSearchJob::KbSearchJob(Net::HttpClient &client, const Source &source, const TermDictionary &terms,
                         const SearchQuery &query, QObject *parent)
    : SearchJobBase(client, source, query, parent), m_terms(terms), m_resolver(client, m_terms, this, core().group())
{
    if (query.fuels.size() == 1)
        m_context.fuel = query.fuels.first();
    if (query.transmissions.size() == 1)
        m_context.transmission = query.transmissions.first();
}

void KbSearchJob::prepare(std::function<void(const JobError &error)> ready)
{
    m_resolver.resolve(query().path, [this, ready](const QStringList &codes, const QString &carName, const JobError &e) {
        m_codes = codes;
        m_context.knownModel = carName;
        ready(e);
    });
}

std::optional<Net::HttpRequest> KbSearchJob::pageRequest(const QString &cursor, JobError *error)
{
    const std::optional<QUrl> url = listUrl(query(), m_codes, cursor.toInt(), error, Clock::system().nowUtc().date().year());
    if (!url)
        return std::nullopt;
    return makeRequest(*url, xhrHeaders(), core().group());
}

SearchJobBase::PageParser KbSearchJob::pageParser() const
{
    // Copies (implicitly shared): the parse may outlive a canceled job.
    return [terms = m_terms, context = m_context](const Net::HttpResponse &response) {
        KbListContext c = context;
        c.terms = &terms;
        const KbListPage page = parseListPage(response.body, response.charset.toLatin1(), c);
        ParsedPage parsed;
        if (!page.ok()) {
            parsed.error = parseError(page.error);
            return parsed;
        }
        parsed.listings = page.results;
        parsed.lastPage = page.noResultsMarker;
        return parsed;
    };
}

QString KbSearchJob::nextCursor(const QString &cursor, const ParsedPage &page)
{
    // No total and no pager in the fragment: an empty page or one shorter than the largest so far is the last.
    const int rows = int(page.listings.size());
    m_largestPage = std::max(m_largestPage, rows);
    if (rows == 0 || rows < m_largestPage)
        return {};
    return QString::number(cursor.toInt() + 1);
}

QString KbSearchJob::pageLabel(const QString &cursor) const
{
    return QCoreApplication::translate("Sources", "KB ChaChaCha list page %1").arg(cursor);
}

QList<Listing> KbSearchJob::keep(const QList<Listing> &unseen, const ParsedPage &)
{
    // KB has no keyword parameter; the keyword filters titles here.
    if (query().keyword.isEmpty())
        return unseen;
    QList<Listing> out;
    for (const Listing &l : unseen) {
        if (l.title.contains(query().keyword, Qt::CaseInsensitive))
            out.append(l);
    }
    return out;
}

// ---- catalog --------------------------------------------------------------------------------------------------

KbCatalogJob::KbCatalogJob(Net::HttpClient &client, const Source &source, const TermDictionary &terms,
                           const QStringList &path, QObject *parent)
    : CatalogJobBase(client, source, parent), m_terms(terms), m_path(path),
      m_resolver(client, m_terms, this, core().group())
{
}

void KbCatalogJob::start()
{
    m_resolver.resolve(m_path, [this](const QStringList &codes, const QString &, const JobError &e) {
        if (e.isError())
            fail(e);
        else if (codes.size() >= 5)
            finish({});   // grades are leaves
        else
            requestLevel(codes);
    });
}

void KbCatalogJob::requestLevel(const QStringList &codes)
{
    const int level = int(codes.size());
    send(makeRequest(catalogUrl(codes), xhrHeaders(), core().group()), [this, level, codes](const Net::HttpResponse &r) {
        if (!r.ok()) {
            fail(networkError(QCoreApplication::translate("Sources", "KB ChaChaCha %1 list").arg(QString::fromLatin1(levelName(level))), r));
            return;
        }
        const KbCatalogResult nodes = parseLevel(level, r.body, codes, m_terms);
        finish(nodes.nodes, nodes.ok() ? JobError{} : parseError(nodes.error));
    });
}

// ---- detail ---------------------------------------------------------------------------------------------------

KbDetailJob::KbDetailJob(Net::HttpClient &client, const Source &source, const TermDictionary &terms,
                         const QString &carSeq, QObject *parent)
    : DetailJobBase(client, source, parent), m_terms(terms), m_seq(carSeq.trimmed())
{
}

void KbDetailJob::start()
{
    if (!isCode(0, m_seq)) {
        JobError e;
        e.kind = JobError::Kind::BadInput;
        e.message = u"KB ChaChaCha listing id \"%1\" is not a carSeq (digits)"_qs.arg(m_seq);
        fail(e);
        return;
    }
    send(makeRequest(detailUrl(m_seq), documentHeaders(), core().group()), [this](const Net::HttpResponse &r) {
        if (!r.ok()) {
            fail(networkError(QCoreApplication::translate("Sources", "KB ChaChaCha listing %1").arg(m_seq), r));
            return;
        }
        offThread([body = r.body, charset = r.charset.toLatin1(), seq = m_seq, terms = m_terms] {
            return parseDetailPage(body, seq, charset, &terms);
        }, [this](const KbDetailResult &result) { finish(result.detail, result.ok() ? JobError{} : parseError(result.error)); });
    });
}

} // namespace CarScout::Sources::Kb
