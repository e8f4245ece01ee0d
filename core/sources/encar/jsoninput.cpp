#include "core/sources/encar/jsoninput.h"

#include <QJsonDocument>

namespace CarScout::Sources::Encar {

qsizetype invalidUtf8Offset(const QByteArray &data)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int min = 0;
        if ((c & 0xe0) == 0xc0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        unsigned int cp = c & (0x3f >> extra);
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xc0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += extra + 1;
    }
    return -1;
}

QString describeInvalidUtf8(const QByteArray &body)
{
    const qsizetype bad = invalidUtf8Offset(body);
    if (bad < 0)
        return {};
    return u"not UTF-8 at byte %1 (wrong charset? byte 0x%2)"_qs.arg(bad).arg(int(uchar(body.at(bad))), 2, 16, QChar(u'0'));
}

QString checkJsonBody(const QByteArray &body, bool scanUtf8)
{
    qsizetype start = 0;
    if (body.startsWith("\xef\xbb\xbf"))
        start = 3;
    while (start < body.size() && QChar::isSpace(uchar(body.at(start))))
        ++start;
    if (start == body.size())
        return body.isEmpty() ? u"empty response body"_qs : u"response body is only whitespace"_qs;
    if (body.startsWith("\xfe\xff") || body.startsWith("\xff\xfe") || (body.size() > 1 && body.at(1) == '\0'))
        return u"response is UTF-16, expected UTF-8 JSON"_qs;
    const char first = body.at(start);
    if (first == '<') {
        const QByteArray head = body.mid(start, 40).simplified();
        return u"block page: HTML instead of JSON (starts with \"%1\")"_qs.arg(QString::fromUtf8(head));
    }
    return scanUtf8 ? describeInvalidUtf8(body) : QString();
}

QString describeJsonError(const QByteArray &body, const QString &fallback)
{
    QJsonParseError pe;
    QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return u"invalid JSON at byte %1 of %2: %3"_qs.arg(pe.offset).arg(body.size()).arg(pe.errorString());
    return u"invalid JSON: "_qs + fallback;
}

qint64 wholeNumber(double value)
{
    // 2^53: beyond it doubles are not whole numbers anyway; well inside qint64.
    constexpr double limit = 9007199254740992.0;
    return value > -limit && value < limit ? qint64(value) : 0;
}

int wholeInt(double value)
{
    return value > -2147483648.0 && value < 2147483648.0 ? int(value) : 0;
}

} // namespace CarScout::Sources::Encar
