// The Russian translation is complete (no unfinished or empty message, every plural form given, the same
// %-placeholders as the source) and is what the GUI loads for Russian.

#include "ui/i18n.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace CarScout::Ui;

namespace {
QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void russianIsComplete()
    {
        QFile file(QStringLiteral(CARSCOUT_TS_FILE));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString context, source;
        bool numerus = false;
        int messages = 0;
        QStringList problems;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
                ++messages;
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const auto type = xml.attributes().value(QStringLiteral("type")).toString();
                if (type == u"unfinished" || type == u"vanished" || type == u"obsolete")
                    problems << QStringLiteral("%1: \"%2\" is %3").arg(context, source, type);
                if (numerus) {
                    int forms = 0;
                    while (xml.readNextStartElement()) {
                        const QString form = xml.readElementText();
                        ++forms;
                        if (form.trimmed().isEmpty())
                            problems << QStringLiteral("%1: \"%2\" has an empty plural form").arg(context, source);
                        else if (!form.contains(u"%n") && source.contains(u"%n") && forms == 1)
                            problems << QStringLiteral("%1: \"%2\" drops %n").arg(context, source);
                    }
                    if (forms != 3)
                        problems << QStringLiteral("%1: \"%2\" has %3 plural forms, Russian needs 3").arg(context, source).arg(forms);
                } else {
                    const QString text = xml.readElementText();
                    if (text.trimmed().isEmpty() && !source.trimmed().isEmpty())
                        problems << QStringLiteral("%1: \"%2\" has an empty translation").arg(context, source);
                    else if (placeholders(text) != placeholders(source))
                        problems << QStringLiteral("%1: \"%2\" → \"%3\" changes the placeholders").arg(context, source, text);
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 300, qPrintable(QString::number(messages)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void russianIsLoaded()
    {
        QVERIFY(availableTranslations().contains(u"ru_RU"_qs) || availableTranslations().contains(u"ru"_qs));
        QVERIFY(installTranslations(*QCoreApplication::instance(), localeFor(Language::Russian)));
        QCOMPARE(QCoreApplication::translate("CarScout::Ui::MainWindow", "&File"), u"&Файл"_qs);
        QCOMPARE(QCoreApplication::translate("ListingColumns", "Price"), u"Цена"_qs);
        QCOMPARE(QCoreApplication::translate("CarScout::Ui::SearchPane", "%n listing(s)", nullptr, 5), u"5 объявлений"_qs);
        QCOMPARE(QCoreApplication::translate("CarScout::Ui::SearchPane", "%n listing(s)", nullptr, 2), u"2 объявления"_qs);
        QCOMPARE(QLocale().language(), QLocale::Russian);
    }

    void localeChoice()
    {
        QCOMPARE(localeFor(Language::English, QLocale(QLocale::Russian)).language(), QLocale::English);
        QCOMPARE(localeFor(Language::Russian, QLocale(QLocale::English)).language(), QLocale::Russian);
        QCOMPARE(localeFor(Language::System, QLocale(QLocale::Russian)).language(), QLocale::Russian);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
