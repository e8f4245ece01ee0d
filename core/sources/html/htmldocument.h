#pragma once

// A parsed HTML document: libxml2's forgiving HTML parser (recovery on, no network, no error output) with
// XPath queries. Used by every HTML marketplace (KB ChaChaCha in UTF-8, Bobaedream in EUC-KR/CP949).
//
// Encoding: the caller's label wins; otherwise a byte-order mark, then a <meta charset> in the first
// 1024 bytes, then UTF-8 when the bytes are valid UTF-8, then the caller's fallback. Bytes that are not
// valid in the chosen encoding are an error with the byte offset; they are never silently replaced.
// Documents are not thread-safe, but separate documents may be parsed and queried on separate threads.

#include "core/sources/html/htmlnode.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace CarScout::Html {

struct HtmlParseError
{
    enum class Kind { None, Empty, UnsupportedEncoding, InvalidBytes, Internal };
    Kind kind = Kind::None;
    QString message;          // specific: what and where ("not valid UTF-8 at byte offset 1234")
    qsizetype byteOffset = -1;
};

class HtmlDocument
{
public:
    HtmlDocument();
    ~HtmlDocument();
    HtmlDocument(HtmlDocument &&other) noexcept;
    HtmlDocument &operator=(HtmlDocument &&other) noexcept;
    HtmlDocument(const HtmlDocument &) = delete;
    HtmlDocument &operator=(const HtmlDocument &) = delete;

    // encoding: an IANA/WHATWG label ("utf-8", "euc-kr", "cp949"); empty = detect (see above).
    static HtmlDocument parse(QByteArrayView bytes, QByteArrayView encoding = {},
                              QByteArrayView fallbackEncoding = "UTF-8");

    bool isValid() const;                      // parsed, with a root element
    const HtmlParseError &error() const;
    QByteArray encoding() const;               // the encoding the bytes were read as (canonical name)

    HtmlNode root() const;                     // <html>
    QList<HtmlNode> select(const char *xpath) const;   // from the document node
    HtmlNode first(const char *xpath) const;

    // The encoding the detection rules pick (without the fallback: empty when nothing says).
    static QByteArray detectEncoding(QByteArrayView bytes);
    // Canonical iconv name for a label: "euc-kr"/"ks_c_5601-1987"/"windows-949" → "CP949"; "utf8" → "UTF-8".
    static QByteArray canonicalEncoding(QByteArrayView label);
    // Offset of the first byte that is not valid UTF-8, or -1 when all are.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes);

private:
    std::unique_ptr<HtmlDocumentPrivate> d;
};

} // namespace CarScout::Html
