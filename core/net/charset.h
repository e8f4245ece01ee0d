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

// The decoder to use for a declared charset, as browsers do (WHATWG Encoding): EUC-KR/CP949/KS C 5601 →
// windows-949 (ICU's "EUC-KR" and "CP949" converters mangle the UHC extension syllables such as 갂 0x8141),
// GB2312/GBK → gb18030, ISO-8859-1/ASCII → windows-1252; anything else unchanged.
QByteArray decoderNameFor(const QByteArray &charset);

// The charset decodeBody would report, without decoding: the declared one when Qt can decode it, else "UTF-8".
QString bodyCharset(const QByteArray &body, const QByteArray &contentType);

// Decodes by the declared charset (through Qt's ICU-backed QStringDecoder and decoderNameFor); a UTF-8 BOM wins.
// Unknown charsets fall back to UTF-8 and say so. `charset` in the result is the declared name.
DecodedBody decodeBody(const QByteArray &body, const QByteArray &contentType);

} // namespace CarScout::Net
