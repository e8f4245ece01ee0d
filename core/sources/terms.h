#pragma once

// Korean → English/Russian vocabulary for makers, models, fuel, transmission, body, colour and region names.
// Data, not code: resources/terms/*.json (embedded at :/carscout/terms/). Load once, pass the value around.

#include "core/model/listing.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace CarScout::Sources {

class TermDictionary
{
public:
    struct Entry
    {
        QString en;
        QString ru;
        QString key;   // fuel/transmission: the DESIGN §3 enum key; empty otherwise
    };

    // Every *.json under :/carscout/terms/ (sorted by name), merged. On a bad file, *error says which and why
    // and the good files are still loaded.
    static TermDictionary loadDefault(QString *error = nullptr);
    // The same from a directory on disk (tests, tools).
    static TermDictionary loadDirectory(const QString &directory, QString *error = nullptr);

    // Merges one file's JSON ({"source", "notes", "terms": {category: {korean: {en, ru, key?}}}}). Terms already
    // present keep their first translation. Returns false with a specific message on malformed input.
    bool addJson(const QByteArray &json, const QString &origin, QString *error);

    // The translation of `korean` in `category` for `lang` ("en", "ru", or "ko" = the original);
    // unknown terms (and unknown languages) come back unchanged.
    QString translate(QStringView category, const QString &korean, QStringView lang) const;
    // Like translate, but empty when the term is unknown.
    QString lookup(QStringView category, const QString &korean, QStringView lang) const;
    const Entry *entry(QStringView category, const QString &korean) const;

    // A model name in `lang`: the whole name when listed, else word by word (model, model_word, ASCII kept);
    // empty when any word is unknown.
    QString modelName(const QString &korean, QStringView lang) const;

    Fuel fuel(const QString &korean) const;                   // Fuel::Unknown when not listed
    Transmission transmission(const QString &korean) const;   // Transmission::Unknown when not listed

    QStringList categories() const;
    QStringList terms(QStringView category) const;
    int size() const;
    bool isEmpty() const { return size() == 0; }

private:
    QHash<QString, QHash<QString, Entry>> m_categories;
};

} // namespace CarScout::Sources
