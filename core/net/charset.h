#pragma once

#include <QByteArray>
#include <QString>

namespace CarScout::Net {

// The charset a response declares: the Content-Type charset parameter, else (for HTML) a <meta charset> or
// <meta http-equiv="Content-Type" content="…; charset=…"> in the first 4 KiB. Empty when none.
QByteArray declaredCharset(const QByteArray &contentType, const QByteArray &body);

struct DecodedBody
{
    QString text;
    QString charset;        // what was used ("UTF-8" when none was declared or the declared one is unknown)
    bool declaredUnknown = false;
};

// Decodes by the declared charset (EUC-KR, CP949, GB18030, … through Qt's ICU-backed QStringDecoder); a UTF-8
// BOM wins. Unknown charsets fall back to UTF-8 and say so.
DecodedBody decodeBody(const QByteArray &body, const QByteArray &contentType);

} // namespace CarScout::Net
