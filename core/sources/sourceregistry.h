#pragma once

// Which marketplaces exist: source id → factory. The GUI lists its panes from it, carscout-cli resolves SOURCE
// with it. The dictionary is loaded once per registry and handed to every source it creates.
//
// Adding a marketplace = one line in registerBuiltInSources() (sourceregistry.cpp), e.g.
//   addSource<Kb::KbChaChaChaSource>(registry, Kb::sourceInfo());
// where the source has a constructor (Net::HttpClient &, TermDictionary, QObject *parent).

#include "core/net/sourcepolicy.h"
#include "core/sources/source.h"
#include "core/sources/terms.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace CarScout::Net {
class HttpClient;
}

namespace CarScout::Sources {

using SourceFactory = std::function<Source *(Net::HttpClient &client, const TermDictionary &terms, QObject *parent)>;

class SourceRegistry
{
public:
    explicit SourceRegistry(TermDictionary terms = {});

    // Every built-in marketplace, with the dictionary from resources/terms (TermDictionary::loadDefault()).
    static SourceRegistry withBuiltInSources();

    // Registers (or replaces, by info.id) a source; create() installs info.policy into the client.
    void add(const SourceInfo &info, SourceFactory factory);

    QStringList ids() const;                       // in registration order
    bool contains(const QString &id) const;
    QString displayName(const QString &id) const;  // empty for an unknown id
    const SourceInfo *info(const QString &id) const;   // nullptr for an unknown id
    QList<SourceInfo> infos() const;               // in registration order

    // A new source using `client` (parent: `parent`); nullptr for an unknown id. Installs the source's policy.
    Source *create(const QString &id, Net::HttpClient &client, QObject *parent = nullptr) const;

    const TermDictionary &terms() const { return m_terms; }
    QString termsError() const { return m_termsError; }   // why loading the dictionary was incomplete, if it was

private:
    struct Entry
    {
        SourceInfo info;
        SourceFactory factory;
    };
    const Entry *find(const QString &id) const;

    TermDictionary m_terms;
    QString m_termsError;
    QList<Entry> m_entries;
};

template<typename SourceType>
void addSource(SourceRegistry &registry, const SourceInfo &info)
{
    registry.add(info, [](Net::HttpClient &client, const TermDictionary &terms, QObject *parent) -> Source * {
        return new SourceType(client, terms, parent);
    });
}

// One line per marketplace (sourceregistry.cpp).
void registerBuiltInSources(SourceRegistry &registry);

} // namespace CarScout::Sources
