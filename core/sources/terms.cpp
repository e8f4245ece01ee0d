#include "core/sources/terms.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CarScout::Sources {

namespace {

bool isAscii(QStringView word)
{
    for (QChar c : word) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

TermDictionary loadFrom(const QString &directory, QString *error)
{
    TermDictionary dict;
    QStringList problems;
    const QDir dir(directory);
    const QStringList files = dir.entryList({u"*.json"_qs}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        problems << u"no *.json term files in %1"_qs.arg(directory);
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        QString why;
        if (!f.open(QIODevice::ReadOnly))
            problems << u"%1: %2"_qs.arg(f.fileName(), f.errorString());
        else if (!dict.addJson(f.readAll(), f.fileName(), &why))
            problems << why;
    }
    if (error)
        *error = problems.join(u"; "_qs);
    return dict;
}

} // namespace

TermDictionary TermDictionary::loadDefault(QString *error)
{
    return loadFrom(u":/carscout/terms"_qs, error);
}

TermDictionary TermDictionary::loadDirectory(const QString &directory, QString *error)
{
    return loadFrom(directory, error);
}

bool TermDictionary::addJson(const QByteArray &json, const QString &origin, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = origin + u": "_qs + why;
        return false;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(u"invalid JSON at byte %1: %2"_qs.arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return fail(u"top level is not an object"_qs);
    const QJsonValue terms = doc.object().value(u"terms"_qs);
    if (!terms.isObject())
        return fail(u"\"terms\" is missing or not an object"_qs);
    const QJsonObject categories = terms.toObject();
    for (auto c = categories.begin(); c != categories.end(); ++c) {
        if (!c.value().isObject())
            return fail(u"category \"%1\" is not an object"_qs.arg(c.key()));
        QHash<QString, Entry> &target = m_categories[c.key()];
        const QJsonObject entries = c.value().toObject();
        for (auto e = entries.begin(); e != entries.end(); ++e) {
            if (!e.value().isObject())
                return fail(u"term \"%1\" of \"%2\" is not an object"_qs.arg(e.key(), c.key()));
            if (target.contains(e.key()))
                continue;
            const QJsonObject o = e.value().toObject();
            target.insert(e.key(), Entry{o.value(u"en"_qs).toString(), o.value(u"ru"_qs).toString(),
                                         o.value(u"key"_qs).toString()});
        }
    }
    return true;
}

const TermDictionary::Entry *TermDictionary::entry(QStringView category, const QString &korean) const
{
    const auto c = m_categories.constFind(category.toString());
    if (c == m_categories.constEnd())
        return nullptr;
    const auto e = c->constFind(korean.trimmed());
    return e == c->constEnd() ? nullptr : &*e;
}

QString TermDictionary::lookup(QStringView category, const QString &korean, QStringView lang) const
{
    const Entry *e = entry(category, korean);
    if (!e)
        return {};
    if (lang == u"en")
        return e->en;
    if (lang == u"ru")
        return e->ru.isEmpty() ? e->en : e->ru;
    return {};
}

QString TermDictionary::translate(QStringView category, const QString &korean, QStringView lang) const
{
    const QString t = lookup(category, korean, lang);
    return t.isEmpty() ? korean : t;
}

QString TermDictionary::modelName(const QString &korean, QStringView lang) const
{
    const QString whole = lookup(u"model", korean, lang);
    if (!whole.isEmpty() || korean.trimmed().isEmpty())
        return whole;
    QStringList out;
    const QStringList words = korean.split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        QString t = lookup(u"model", w, lang);
        if (t.isEmpty())
            t = lookup(u"model_word", w, lang);
        if (t.isEmpty() && isAscii(w))
            t = w;
        if (t.isEmpty())
            return {};
        out << t;
    }
    return out.join(u' ');
}

Fuel TermDictionary::fuel(const QString &korean) const
{
    const Entry *e = entry(u"fuel", korean);
    return e ? fuelFromKey(e->key) : Fuel::Unknown;
}

Transmission TermDictionary::transmission(const QString &korean) const
{
    const Entry *e = entry(u"transmission", korean);
    return e ? transmissionFromKey(e->key) : Transmission::Unknown;
}

QStringList TermDictionary::categories() const
{
    QStringList out = m_categories.keys();
    out.sort();
    return out;
}

QStringList TermDictionary::terms(QStringView category) const
{
    QStringList out = m_categories.value(category.toString()).keys();
    out.sort();
    return out;
}

int TermDictionary::size() const
{
    int n = 0;
    for (const auto &c : m_categories)
        n += c.size();
    return n;
}

} // namespace CarScout::Sources
