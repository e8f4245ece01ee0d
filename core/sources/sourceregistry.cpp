#include "core/sources/sourceregistry.h"

#include "core/net/httpclient.h"
#include "core/sources/encar/encarsource.h"
#include "core/sources/kbchachacha/kbrequests.h"
#include "core/sources/kbchachacha/kbsource.h"

namespace CarScout::Sources {

void registerBuiltInSources(SourceRegistry &registry)
{
    addSource<Encar::EncarSource>(registry, u"encar"_qs, u"Encar"_qs, Encar::sourcePolicy());
    addSource<Kb::KbChaChaChaSource>(registry, u"kbchachacha"_qs, u"KB ChaChaCha"_qs, Kb::sourcePolicy());
}

SourceRegistry::SourceRegistry(TermDictionary terms) : m_terms(std::move(terms)) {}

SourceRegistry SourceRegistry::withBuiltInSources()
{
    QString error;
    SourceRegistry registry(TermDictionary::loadDefault(&error));
    registry.m_termsError = error;
    registerBuiltInSources(registry);
    return registry;
}

void SourceRegistry::add(const QString &id, const QString &displayName, SourceFactory factory,
                         std::optional<Net::SourcePolicy> policy)
{
    Entry entry{id, displayName, std::move(factory), std::move(policy)};
    for (Entry &existing : m_entries) {
        if (existing.id == id) {
            existing = std::move(entry);
            return;
        }
    }
    m_entries.append(std::move(entry));
}

const SourceRegistry::Entry *SourceRegistry::find(const QString &id) const
{
    for (const Entry &e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

QStringList SourceRegistry::ids() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << e.id;
    return out;
}

bool SourceRegistry::contains(const QString &id) const
{
    return find(id) != nullptr;
}

QString SourceRegistry::displayName(const QString &id) const
{
    const Entry *e = find(id);
    return e ? e->displayName : QString();
}

Source *SourceRegistry::create(const QString &id, Net::HttpClient &client, QObject *parent) const
{
    const Entry *e = find(id);
    if (!e || !e->factory)
        return nullptr;
    if (e->policy)
        client.setSourcePolicy(id, *e->policy);
    return e->factory(client, m_terms, parent);
}

} // namespace CarScout::Sources
