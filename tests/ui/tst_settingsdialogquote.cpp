// The settings dialog's quote, marketplace and team-database fields, offscreen: what OK writes, read back from
// the settings file itself; the database password only in the keychain (never in the file); the marketplace
// fields come from the marketplace's SourceInfo.

#include "core/customs/secretstore.h"
#include "core/sources/che168/che168source.h"
#include "ui/costprofilespage.h"
#include "core/net/clientconfig.h"
#include "core/net/httpclient.h"
#include "ui/keychainsecretstore.h"
#include "ui/marketplacesettings.h"
#include "ui/messagebox.h"
#include "ui/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

using namespace CarScout;
using namespace CarScout::Ui;

class TestSettingsDialogQuote : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(u"carscout.ini"_qs); }
    std::unique_ptr<Settings> open() const
    {
        return std::make_unique<Settings>(std::make_unique<QSettings>(iniPath(), QSettings::IniFormat));
    }
    static QList<QPair<QString, QString>> sources()
    {
        const Sources::SourceInfo che168 = Sources::Che168::sourceInfo();
        return {{che168.id, che168.displayName}};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void defaults()
    {
        QFile::remove(iniPath());
        const auto settings = open();
        QCOMPARE(settings->value(Keys::panAutoLookup), false);   // opt-in
        QCOMPARE(settings->value(Keys::activeProfile), QString());
        QCOMPARE(settings->dealer(), DealerSettings());
        Customs::MemorySecretStore secrets;
        SettingsDialog dialog(settings.get(), &secrets, sources());
        QVERIFY(!dialog.panAutoBox()->isChecked());
        QCOMPARE(dialog.profilesPage()->activeProfilePath(), QString());
        // Che168's signing fields, from its SourceInfo, with the proven defaults as placeholders.
        QLineEdit *salt = dialog.marketplaceSettingEdit(QString::fromLatin1(Sources::Che168::kSaltSettingKey));
        QLineEdit *version = dialog.marketplaceSettingEdit(QString::fromLatin1(Sources::Che168::kVersionSettingKey));
        QVERIFY(salt && version);
        QCOMPARE(salt->placeholderText(), QString::fromLatin1(Sources::Che168::kDefaultSalt));
        QCOMPARE(version->placeholderText(), QString::fromLatin1(Sources::Che168::kDefaultVersion));
        QVERIFY(!salt->toolTip().isEmpty());
    }

    void okWritesTheSettingsAndKeepsThePasswordOutOfTheFile()
    {
        QFile::remove(iniPath());
        Customs::MemorySecretStore secrets;
        {
            const auto settings = open();
            SettingsDialog dialog(settings.get(), &secrets, sources());
            dialog.dealerNameEdit()->setText(u"Avto Vostok"_qs);
            dialog.dealerPhoneEdit()->setText(u"+7 914 000-00-00"_qs);
            dialog.dealerMessengerEdit()->setText(u"Telegram @avtovostok"_qs);
            dialog.dealerEmailEdit()->setText(u"sales@avtovostok.example"_qs);
            dialog.panAutoBox()->setChecked(true);
            dialog.marketplaceSettingEdit(QString::fromLatin1(Sources::Che168::kSaltSettingKey))->setText(u" rotated.salt "_qs);
            dialog.marketplaceSettingEdit(QString::fromLatin1(Sources::Che168::kVersionSettingKey))->setText(u"11.50.0"_qs);
            // The password typed into the address moves to the keychain.
            dialog.workspaceUrlEdit()->setText(u"postgresql://team:s3cret-pw@db.example:5433/carscout"_qs);
            QComboBox *active = dialog.profilesPage()->activeBox();
            active->setCurrentIndex(1);   // the first shipped example
            const QString activePath = dialog.profilesPage()->activeProfilePath();
            QVERIFY(!activePath.isEmpty());
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(settings->value(Keys::activeProfile), activePath);
        }
        QString stored;
        secrets.read(SecretKeys::workspacePassword(), [&stored](std::optional<QString> value, QString) { stored = value.value_or(QString()); });
        QCOMPARE(stored, u"s3cret-pw"_qs);

        const auto settings = open();
        const DealerSettings dealer = settings->dealer();
        QCOMPARE(dealer.name, u"Avto Vostok"_qs);
        QCOMPARE(dealer.contactsLine(), u"+7 914 000-00-00, Telegram @avtovostok, sales@avtovostok.example"_qs);
        QCOMPARE(settings->value(Keys::panAutoLookup), true);
        QCOMPARE(settings->rawValue(QString::fromLatin1(Sources::Che168::kSaltSettingKey)).toString(), u"rotated.salt"_qs);
        QCOMPARE(settings->rawValue(QString::fromLatin1(Sources::Che168::kVersionSettingKey)).toString(), u"11.50.0"_qs);
        QCOMPARE(settings->value(Keys::workspaceUrl), u"postgresql://team@db.example:5433/carscout"_qs);

        // The file itself: everything above, never the password.
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("Avto Vostok"));
        QVERIFY(text.contains("db.example"));
        QVERIFY(text.contains("rotated.salt"));
        QVERIFY2(!text.contains("s3cret-pw"), text.constData());

        // Opened again, the dialog shows the saved values and the password from the keychain.
        SettingsDialog again(settings.get(), &secrets, sources());
        QCOMPARE(again.dealerMessengerEdit()->text(), u"Telegram @avtovostok"_qs);
        QVERIFY(again.panAutoBox()->isChecked());
        QCOMPARE(again.workspaceUrlEdit()->text(), u"postgresql://team@db.example:5433/carscout"_qs);
        QCOMPARE(again.workspacePasswordEdit()->text(), u"s3cret-pw"_qs);
        QCOMPARE(again.profilesPage()->activeProfilePath(), settings->value(Keys::activeProfile));
        QCOMPARE(readSecretNow(secrets, SecretKeys::workspacePassword()), u"s3cret-pw"_qs);
    }

    // The marketplace takes the dealer's values at once (no restart): a rotated salt signs the next request.
    void marketplaceGetsItsSettings()
    {
        QFile::remove(iniPath());
        const auto settings = open();
        Net::HttpClient http{Net::ClientConfig()};
        Sources::Che168::Che168Source source(http, {});
        QList<Sources::Source *> sources{&source};
        settings->setRawValue(QString::fromLatin1(Sources::Che168::kSaltSettingKey), u" rotated.salt "_qs);
        applyMarketplaceSettings(sources, *settings);
        QCOMPARE(source.signing().salt, u"rotated.salt"_qs);
        QCOMPARE(source.signing().version, QString::fromLatin1(Sources::Che168::kDefaultVersion));
        settings->setRawValue(QString::fromLatin1(Sources::Che168::kSaltSettingKey), QString());
        applyMarketplaceSettings(sources, *settings);
        QCOMPARE(source.signing(), Sources::Che168::SigningConfig{});   // blank: the proven defaults
    }

    void badDatabaseAddressKeepsTheDialogOpen()
    {
        QFile::remove(iniPath());
        const auto settings = open();
        Customs::MemorySecretStore secrets;
        SettingsDialog dialog(settings.get(), &secrets, sources());
        dialog.workspaceUrlEdit()->setText(u"mysql://nobody@host/db"_qs);
        MessageBox::setAutoAnswer(QMessageBox::Ok);
        MessageBox::clearHistory();
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QCOMPARE(MessageBox::history().size(), 1);
        QVERIFY(MessageBox::history().constFirst().contains(u"mysql"_qs));
        QCOMPARE(settings->value(Keys::workspaceUrl), QString());
    }
};

QTEST_MAIN(TestSettingsDialogQuote)
#include "tst_settingsdialogquote.moc"
