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

KbSearchJob::KbSearchJob(Net::HttpClient &client, const TermDictionary &terms, const SearchQuery &query, QObject *parent)
    : SearchJob(parent), m_client(client), m_terms(terms), m_query(query), m_group(Net::HttpClient::newGroupId()),
      m_resolver(client, m_terms, this, m_group)
{
    if (query.fuels.size() == 1)
        m_context.fuel = query.fuels.first();
    if (query.transmissions.size() == 1)
        m_context.transmission = query.transmissions.first();
    QMetaObject::invokeMethod(this, [this] {
        if (m_done)
            return;
        m_resolver.resolve(m_query.path, [this](const QStringList &codes, const QString &carName, const JobError &e) {
            if (e.isError()) {
                finish(e);
                return;
            }
            m_codes = codes;
            m_context.knownModel = carName;
            requestPage();
        });
    }, Qt::QueuedConnection);
}

void KbSearchJob::requestPage()
{
    if (m_done)
        return;
    ++m_page;
    JobError error;
    const std::optional<QUrl> url = listUrl(m_query, m_codes, m_page, &error, Clock::system().nowUtc().date().year());
    if (!url) {
        finish(error);
        return;
    }
    m_client.send(makeRequest(*url, xhrHeaders(), m_group), this, [this](const Net::HttpResponse &r) { onResponse(r); });
}

void KbSearchJob::onResponse(const Net::HttpResponse &response)
{
    if (m_done)
        return;
    m_progress.rateWaitMs += response.rateWaitMs;
    if (!response.ok()) {
        finish(networkError(QCoreApplication::translate("Sources", "KB ChaChaCha list page %1").arg(m_page), response));
        return;
    }
    // HTML parsing runs on the thread pool; this thread only merges.
    const QByteArray body = response.body;
    const QByteArray charset = response.charset.toLatin1();
    const TermDictionary terms = m_terms;   // copies (implicitly shared): the task may outlive a canceled job
    const KbListContext context = m_context;
    runOffThread(this, [body, charset, context, terms] {
        KbListContext c = context;
        c.terms = &terms;
        return parseListPage(body, charset, c);
    }, [this](const KbListPage &page) { onParsed(page); });
}

void KbSearchJob::onParsed(const KbListPage &page)
{
    if (m_done)
        return;
    if (!page.ok()) {
        finish(parseError(page.error + u" (page %1)"_qs.arg(m_page)));
        return;
    }
    const int rows = int(page.results.size());
    m_largestPage = std::max(m_largestPage, rows);
    QList<Listing> fresh;
    int newIds = 0;
    for (const Listing &l : page.results) {
        if (m_seen.contains(l.id))
            continue;
        m_seen.insert(l.id);
        ++newIds;
        // KB has no keyword parameter; the keyword filters titles here.
        if (!m_query.keyword.isEmpty() && !l.title.contains(m_query.keyword, Qt::CaseInsensitive))
            continue;
        fresh.append(l);
    }
    if (m_query.limit > 0 && m_progress.listingsSoFar + fresh.size() > m_query.limit)
        fresh.resize(m_query.limit - m_progress.listingsSoFar);
    m_progress.pagesFetched += 1;
    m_progress.listingsSoFar += int(fresh.size());
    m_progress.pagesExpected = m_query.maxPages;   // the fragment carries no total
    if (!fresh.isEmpty())
        emit pageReady(fresh);
    emit progress(m_progress);
    if (m_done)   // a receiver canceled
        return;

    // No total and no pager in the fragment: stop on an empty or short page, a page of repeats, or a limit.
    const bool emptyPage = rows == 0 || page.noResultsMarker;
    const bool shortPage = rows < m_largestPage;
    const bool onlyRepeats = newIds == 0;
    const bool limitReached = m_query.limit > 0 && m_progress.listingsSoFar >= m_query.limit;
    const bool pagesReached = m_query.maxPages > 0 && m_progress.pagesFetched >= m_query.maxPages;
    if (emptyPage || shortPage || onlyRepeats || limitReached || pagesReached)
        finish({});
    else
        requestPage();
}

void KbSearchJob::cancel()
{
    if (m_done)
        return;
    m_resolver.cancel();
    m_client.cancelGroup(m_group);
    finish(canceledError());
}

void KbSearchJob::finish(const JobError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_resolver.cancel();
    if (error.isError())
        m_client.cancelGroup(m_group);
    emit finished(error);
    // A parse still running on the pool holds only copies; its watcher (our child) goes with us.
    deleteLater();
}

// ---- catalog --------------------------------------------------------------------------------------------------

KbCatalogJob::KbCatalogJob(Net::HttpClient &client, const TermDictionary &terms, const QStringList &path, QObject *parent)
    : CatalogJob(parent), m_client(client), m_terms(terms), m_group(Net::HttpClient::newGroupId()),
      m_resolver(client, m_terms, this, m_group)
{
    QMetaObject::invokeMethod(this, [this, path] {
        if (m_done)
            return;
        m_resolver.resolve(path, [this](const QStringList &codes, const QString &, const JobError &e) {
            if (e.isError()) {
                finish({}, e);
                return;
            }
            const int level = int(codes.size());
            if (level >= 5) {
                finish({}, {});   // grades are leaves
                return;
            }
            m_client.send(makeRequest(catalogUrl(codes), xhrHeaders(), m_group), this,
                          [this, level, codes](const Net::HttpResponse &r) {
                              if (m_done)
                                  return;
                              if (!r.ok()) {
                                  finish({}, networkError(QCoreApplication::translate("Sources", "KB ChaChaCha %1 list").arg(QString::fromLatin1(levelName(level))), r));
                                  return;
                              }
                              const KbCatalogResult nodes = parseLevel(level, r.body, codes, m_terms);
                              finish(nodes.nodes, nodes.ok() ? JobError{} : parseError(nodes.error));
                          });
        });
    }, Qt::QueuedConnection);
}

void KbCatalogJob::cancel()
{
    if (m_done)
        return;
    m_resolver.cancel();
    m_client.cancelGroup(m_group);
    finish({}, canceledError());
}

void KbCatalogJob::finish(const QList<FilterNode> &children, const JobError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_resolver.cancel();
    emit finished(children, error);
    deleteLater();
}

// ---- detail ---------------------------------------------------------------------------------------------------

KbDetailJob::KbDetailJob(Net::HttpClient &client, const TermDictionary &terms, const QString &carSeq, QObject *parent)
    : DetailJob(parent), m_client(client), m_terms(terms), m_seq(carSeq.trimmed()), m_group(Net::HttpClient::newGroupId())
{
    QMetaObject::invokeMethod(this, [this] {
        if (m_done)
            return;
        if (!isCode(0, m_seq)) {
            JobError e;
            e.kind = JobError::Kind::BadInput;
            e.message = u"KB ChaChaCha listing id \"%1\" is not a carSeq (digits)"_qs.arg(m_seq);
            finish({}, e);
            return;
        }
        m_client.send(makeRequest(detailUrl(m_seq), documentHeaders(), m_group), this, [this](const Net::HttpResponse &r) {
            if (m_done)
                return;
            if (!r.ok()) {
                finish({}, networkError(QCoreApplication::translate("Sources", "KB ChaChaCha listing %1").arg(m_seq), r));
                return;
            }
            const QByteArray body = r.body;
            const QByteArray charset = r.charset.toLatin1();
            const QString seq = m_seq;
            const TermDictionary terms = m_terms;
            runOffThread(this, [body, charset, seq, terms] { return parseDetailPage(body, seq, charset, &terms); },
                         [this](const KbDetailResult &result) {
                             finish(result.detail, result.ok() ? JobError{} : parseError(result.error));
                         });
        });
    }, Qt::QueuedConnection);
}

void KbDetailJob::cancel()
{
    if (m_done)
        return;
    m_client.cancelGroup(m_group);
    finish({}, canceledError());
}

void KbDetailJob::finish(const ListingDetail &detail, const JobError &error)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(error.isError() ? ListingDetail{} : detail, error);
    deleteLater();
}

} // namespace CarScout::Sources::Kb
