#pragma once

// Where the dealer's cost profiles live: one JSON file per profile in a folder (the GUI's
// AppDataLocation/profiles), beside the shipped examples (read-only, in the resources). Files are written
// atomically (QSaveFile); a file that does not parse is listed with its error, never dropped or overwritten.

#include "core/quote/costprofile.h"

#include <QList>
#include <QString>

namespace CarScout::Quote {

struct StoredProfile
{
    QString path;                          // the file (":/quote/…" for a shipped example)
    bool builtIn = false;                  // a shipped example: read-only
    std::optional<CostProfile> profile;    // empty: `error` says why
    ProfileError error;
};

class ProfileStore
{
public:
    explicit ProfileStore(QString directory);

    // QStandardPaths::AppDataLocation + "/profiles".
    static QString defaultDirectory();

    QString directory() const { return m_directory; }

    // The shipped examples first, then every *.json of the folder by file name.
    QList<StoredProfile> list() const;

    // Writes `profile` to `path` (one of the folder's files), or to a new file named after the profile when
    // `path` is empty or a shipped example. Returns the path written; empty with *error on failure.
    QString save(const CostProfile &profile, const QString &path, QString *error) const;
    bool remove(const QString &path, QString *error) const;

    // Copies a profile file into the folder after checking it: a bad file is refused with its error (file,
    // line, what) and nothing is written. Returns the new path, or empty.
    QString importFile(const QString &source, ProfileError *error) const;

    // Writes `profile` as JSON to any path (atomically).
    static bool exportTo(const CostProfile &profile, const QString &target, QString *error);

private:
    QString newPathFor(const QString &name) const;

    QString m_directory;
};

} // namespace CarScout::Quote
