#include "core/quote/profilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace CarScout::Quote {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CarScout::Quote", text);
}

bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// A file name from a profile name: letters and digits kept (any script), the rest as '-'.
QString slugOf(const QString &name)
{
    QString slug;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            slug += c;
        else if (!slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    return slug.isEmpty() ? u"profile"_qs : slug.left(60);
}

} // namespace

ProfileStore::ProfileStore(QString directory) : m_directory(std::move(directory)) {}

QString ProfileStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/profiles";
}

QList<StoredProfile> ProfileStore::list() const
{
    QList<StoredProfile> profiles;
    auto add = [&profiles](const QString &path, bool builtIn) {
        const ProfileLoad load = loadCostProfile(path);
        profiles.append({path, builtIn, load.profile, load.error});
    };
    for (const QString &path : exampleProfilePaths())
        add(path, true);
    const QDir dir(m_directory);
    for (const QString &file : dir.entryList({u"*.json"_qs}, QDir::Files, QDir::Name))
        add(dir.filePath(file), false);
    return profiles;
}

QString ProfileStore::newPathFor(const QString &name) const
{
    const QDir dir(m_directory);
    const QString slug = slugOf(name);
    QString path = dir.filePath(slug + u".json");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(slug + u'-' + QString::number(n) + u".json");
    return path;
}

QString ProfileStore::save(const CostProfile &profile, const QString &path, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("cannot create the folder %1").arg(m_directory);
        return {};
    }
    const bool ownFile = !path.isEmpty() && !path.startsWith(u':')
                         && QFileInfo(path).absolutePath() == QFileInfo(m_directory).absoluteFilePath();
    const QString target = ownFile ? path : newPathFor(profile.name);
    CostProfile mine = profile;
    mine.example = profile.example && ownFile;   // a copy of an example is the dealer's own
    return writeAtomically(target, costProfileJson(mine), error) ? target : QString();
}

bool ProfileStore::remove(const QString &path, QString *error) const
{
    if (path.startsWith(u':') || QFileInfo(path).absolutePath() != QFileInfo(m_directory).absoluteFilePath()) {
        if (error)
            *error = tr("%1 is not one of your profiles").arg(path);
        return false;
    }
    if (!QFile::remove(path)) {
        if (error)
            *error = tr("cannot remove %1").arg(path);
        return false;
    }
    return true;
}

QString ProfileStore::importFile(const QString &source, ProfileError *error) const
{
    const ProfileLoad load = loadCostProfile(source);
    if (!load.profile) {
        if (error)
            *error = load.error;
        return {};
    }
    QFile file(source);
    QByteArray data;
    if (file.open(QIODevice::ReadOnly))
        data = file.readAll();
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = {source, 0, tr("cannot create the folder %1").arg(m_directory)};
        return {};
    }
    // The file as the dealer wrote it (notes and sources kept), under a fresh name in the folder.
    const QString target = newPathFor(load.profile->name);
    QString why;
    if (!writeAtomically(target, data, &why)) {
        if (error)
            *error = {source, 0, why};
        return {};
    }
    return target;
}

bool ProfileStore::exportTo(const CostProfile &profile, const QString &target, QString *error)
{
    return writeAtomically(target, costProfileJson(profile), error);
}

} // namespace CarScout::Quote
