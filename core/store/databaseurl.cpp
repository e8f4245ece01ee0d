#include "core/store/databaseurl.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace CarScout::Store {

QString DatabaseUrl::driverName() const
{
    return kind == Kind::Sqlite ? u"QSQLITE"_qs : u"QPSQL"_qs;
}

QString DatabaseUrl::displayString() const
{
    if (kind == Kind::Sqlite)
        return u"sqlite://"_qs + path;
    return u"postgresql://%1@%2:%3/%4"_qs.arg(user, host).arg(port).arg(database);
}

std::optional<DatabaseUrl> parseDatabaseUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    DatabaseUrl url;
    if (trimmed.startsWith(u"sqlite://")) {
        url.kind = DatabaseUrl::Kind::Sqlite;
        url.path = QUrl::fromPercentEncoding(trimmed.mid(9).toUtf8());
        if (url.path.isEmpty() || !QDir::isAbsolutePath(url.path)) {
            *error = u"database URL \"%1\": sqlite:// needs an absolute file path, e.g. sqlite:///home/me/carscout.sqlite"_qs
                         .arg(text);
            return std::nullopt;
        }
        url.path = QDir::cleanPath(url.path);
        return url;
    }
    if (!trimmed.startsWith(u"postgresql://") && !trimmed.startsWith(u"postgres://")) {
        *error = u"database URL \"%1\": expected sqlite://ABSOLUTE/PATH or postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE"_qs
                     .arg(text);
        return std::nullopt;
    }
    const QUrl parsed(trimmed, QUrl::StrictMode);
    url.kind = DatabaseUrl::Kind::Postgres;
    url.user = parsed.userName(QUrl::FullyDecoded);
    url.password = parsed.password(QUrl::FullyDecoded);
    url.host = parsed.host();
    url.port = parsed.port(5432);
    url.database = parsed.path(QUrl::FullyDecoded).mid(1);
    QString what;
    if (!parsed.isValid())
        what = parsed.errorString();
    else if (url.user.isEmpty())
        what = u"no USER before the @"_qs;
    else if (url.host.isEmpty())
        what = u"no HOST"_qs;
    else if (url.database.isEmpty() || url.database.contains(u'/'))
        what = u"expected /DATABASE after the host"_qs;
    else if (parsed.hasQuery() || parsed.hasFragment())
        what = u"options after ? or # are not supported"_qs;
    if (!what.isEmpty()) {
        // Never echo a password back.
        *error = u"database URL \"%1\": %2"_qs.arg(parsed.toDisplayString(QUrl::RemovePassword), what);
        return std::nullopt;
    }
    return url;
}

DatabaseUrl defaultDatabaseUrl()
{
    DatabaseUrl url;
    url.kind = DatabaseUrl::Kind::Sqlite;
    // The GUI ("CarScout") and the CLI ("carscout-cli") have different AppDataLocations but one workspace:
    // the organisation's data folder, ~/.local/share/CarScout/carscout.sqlite on Linux.
    url.path = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/CarScout/carscout.sqlite"_qs;
    return url;
}

} // namespace CarScout::Store
