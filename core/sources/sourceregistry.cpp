#include "core/sources/sourceregistry.h"

#include "core/model/listingformat.h"
#include "core/net/httpclient.h"
#include "core/sources/encar/encarsource.h"
#include "core/sources/kbchachacha/kbsource.h"

namespace CarScout::Sources {

void registerBuiltInSources(SourceRegistry &registry)
{
    addSource<Encar::EncarSource>(registry, Encar::sourceInfo());
    addSource<Kb::KbChaChaChaSource>(registry, Kb::sourceInfo());
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

void SourceRegistry::add(const SourceInfo &info, SourceFactory factory)
{
    Model::registerSourceDisplayName(info.id, info.displayName);
    Entry entry{info, std::move(factory)};
    for (Entry &existing : m_entries) {
        if (existing.info.id == info.id) {
            existing = std::move(entry);
            return;
        }
    }
    m_entries.append(std::move(entry));
}

const SourceRegistry::Entry *SourceRegistry::find(const QString &id) const
{
    for (const Entry &e : m_entries) {
        if (e.info.id == id)
            return &e;
    }
    return nullptr;
}

QStringList SourceRegistry::ids() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << e.info.id;
    return out;
}

const SourceInfo *SourceRegistry::info(const QString &id) const
{
    const Entry *e = find(id);
    return e ? &e->info : nullptr;
}

QList<SourceInfo> SourceRegistry::infos() const
{
    QList<SourceInfo> out;
    for (const Entry &e : m_entries)
        out << e.info;
    return out;
}

bool SourceRegistry::contains(const QString &id) const
{
    return find(id) != nullptr;
}

QString SourceRegistry::displayName(const QString &id) const
{
    const Entry *e = find(id);
    return e ? e->info.displayName : QString();
}

Source *SourceRegistry::create(const QString &id, Net::HttpClient &client, QObject *parent) const
{
    const Entry *e = find(id);
    if (!e || !e->factory)
        return nullptr;
    client.setSourcePolicy(id, e->info.policy);
    return e->factory(client, m_terms, parent);
}

} // namespace CarScout::Sources
