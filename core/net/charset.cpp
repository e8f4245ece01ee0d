#include "core/net/charset.h"

#include <QList>
#include <QRegularExpression>
#include <QStringDecoder>

namespace CarScout::Net {

namespace {

QByteArray charsetParameter(const QByteArray &value)
{
    for (const QByteArray &part : value.split(';')) {
        const QByteArray p = part.trimmed();
        if (p.size() > 8 && p.left(8).compare("charset=", Qt::CaseInsensitive) == 0) {
            QByteArray name = p.mid(8).trimmed();
            if (name.size() >= 2 && (name.front() == '"' || name.front() == '\'') && name.back() == name.front())
                name = name.mid(1, name.size() - 2);
            return name.trimmed();
        }
    }
    return {};
}

bool hasUtf8Bom(const QByteArray &body)
{
    return body.startsWith("\xEF\xBB\xBF");
}

} // namespace

QByteArray decoderNameFor(const QByteArray &charset)
{
    const QByteArray name = charset.trimmed().toLower();
    static const QList<QByteArray> korean = {"euc-kr", "euckr", "cp949", "ms949", "uhc", "x-windows-949",
                                             "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "korean",
                                             "csksc56011987", "iso-ir-149", "windows-949"};
    static const QList<QByteArray> chinese = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "chinese",
                                              "csgb2312", "iso-ir-58", "gb18030"};
    if (korean.contains(name))
        return "windows-949";
    if (chinese.contains(name))
        return "gb18030";
    if (name == "iso-8859-1" || name == "latin1" || name == "us-ascii" || name == "ascii")
        return "windows-1252";
    return charset.trimmed();
}

QByteArray declaredCharset(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray fromHeader = charsetParameter(contentType);
    if (!fromHeader.isEmpty())
        return fromHeader;
    const QByteArray head = body.left(4096);
    const QByteArray lowerType = contentType.toLower();
    if (!lowerType.isEmpty() && !lowerType.contains("html") && !lowerType.contains("xml"))
        return {};
    static const QRegularExpression meta(
        uR"(<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+))"_qs, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = meta.match(QString::fromLatin1(head));
    if (match.hasMatch())
        return match.captured(1).toLatin1();
    static const QRegularExpression xmlDecl(uR"(^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_\-:.]+))"_qs);
    const QRegularExpressionMatch xml = xmlDecl.match(QString::fromLatin1(head.left(200)));
    if (xml.hasMatch())
        return xml.captured(1).toLatin1();
    return {};
}

QString bodyCharset(const QByteArray &body, const QByteArray &contentType)
{
    if (!hasUtf8Bom(body)) {
        const QByteArray declared = declaredCharset(contentType, body);
        if (!declared.isEmpty() && QStringDecoder(decoderNameFor(declared).constData()).isValid())
            return QString::fromLatin1(declared);
    }
    return u"UTF-8"_qs;
}

DecodedBody decodeBody(const QByteArray &body, const QByteArray &contentType)
{
    DecodedBody result;
    if (hasUtf8Bom(body)) {
        result.text = QString::fromUtf8(body.mid(3));
        result.charset = u"UTF-8"_qs;
        return result;
    }
    const QByteArray declared = declaredCharset(contentType, body);
    if (!declared.isEmpty()) {
        QStringDecoder decoder(decoderNameFor(declared).constData());
        if (decoder.isValid()) {
            result.text = decoder.decode(body);
            result.charset = QString::fromLatin1(declared);
            return result;
        }
        result.declaredUnknown = true;
    }
    result.text = QString::fromUtf8(body);
    result.charset = u"UTF-8"_qs;
    return result;
}

} // namespace CarScout::Net
