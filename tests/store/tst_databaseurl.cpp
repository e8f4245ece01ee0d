#include "core/store/databaseurl.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace CarScout::Store;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("pathOrHost");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("database");
        QTest::newRow("sqlite") << u"sqlite:///home/dealer/carscout.sqlite"_qs << false
                                << u"/home/dealer/carscout.sqlite"_qs << 0 << QString() << QString() << QString();
        QTest::newRow("sqlite, spaces escaped") << u"sqlite:///tmp/my%20cars/db.sqlite"_qs << false
                                                << u"/tmp/my cars/db.sqlite"_qs << 0 << QString() << QString() << QString();
        QTest::newRow("postgresql, all parts") << u"postgresql://anna:s%40cret@db.local:6543/cars"_qs << true
                                               << u"db.local"_qs << 6543 << u"anna"_qs << u"s@cret"_qs << u"cars"_qs;
        QTest::newRow("postgres, default port, no password") << u"postgres://team@127.0.0.1/carscout"_qs << true
                                                             << u"127.0.0.1"_qs << 5432 << u"team"_qs << QString()
                                                             << u"carscout"_qs;
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(bool, postgres);
        QFETCH(QString, pathOrHost);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, database);
        QString error;
        const std::optional<DatabaseUrl> url = parseDatabaseUrl(text, &error);
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(url->kind == DatabaseUrl::Kind::Postgres, postgres);
        if (postgres) {
            QCOMPARE(url->driverName(), u"QPSQL"_qs);
            QCOMPARE(url->host, pathOrHost);
            QCOMPARE(url->port, port);
            QCOMPARE(url->user, user);
            QCOMPARE(url->password, password);
            QCOMPARE(url->database, database);
            QVERIFY(password.isEmpty() || !url->displayString().contains(password));
        } else {
            QCOMPARE(url->driverName(), u"QSQLITE"_qs);
            QCOMPARE(url->path, pathOrHost);
        }
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("relative sqlite path") << u"sqlite://carscout.sqlite"_qs << u"absolute"_qs;
        QTest::newRow("empty sqlite path") << u"sqlite://"_qs << u"absolute"_qs;
        QTest::newRow("other scheme") << u"mysql://u@h/db"_qs << u"expected sqlite://"_qs;
        QTest::newRow("no user") << u"postgresql://db.local/cars"_qs << u"USER"_qs;
        QTest::newRow("no database") << u"postgresql://anna@db.local"_qs << u"DATABASE"_qs;
        QTest::newRow("options") << u"postgresql://anna@db.local/cars?sslmode=require"_qs << u"not supported"_qs;
        QTest::newRow("password never echoed") << u"postgresql://anna:hunter2@db.local"_qs << u"DATABASE"_qs;
    }
    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, reasonPart);
        QString error;
        QVERIFY(!parseDatabaseUrl(text, &error));
        QVERIFY2(error.contains(reasonPart), qPrintable(error));
        QVERIFY2(!error.contains(u"hunter2"), qPrintable(error));
    }

    void defaultIsSqliteInAppData()
    {
        QStandardPaths::setTestModeEnabled(true);
        const DatabaseUrl url = defaultDatabaseUrl();
        QCOMPARE(url.kind, DatabaseUrl::Kind::Sqlite);
        QVERIFY(url.path.endsWith(u"/carscout.sqlite"));
        QVERIFY(QDir::isAbsolutePath(url.path));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
