#include "core/sources/html/htmldocument.h"

#include "core/sources/html/htmldocument_p.h"

#include <QDebug>

#include <libxml/parser.h>
#include <libxml/xpathInternals.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <iconv.h>
#include <limits>
#include <mutex>

namespace CarScout::Html {

namespace {

void initLibxml()
{
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

HtmlParseError makeError(HtmlParseError::Kind kind, QString message, qsizetype offset = -1)
{
    return HtmlParseError{kind, std::move(message), offset};
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

qsizetype indexOfCaseInsensitive(QByteArrayView hay, QByteArrayView needle, qsizetype from)
{
    for (qsizetype i = from; i + needle.size() <= hay.size(); ++i) {
        qsizetype k = 0;
        while (k < needle.size() && lower(hay[i + k]) == needle[k])
            ++k;
        if (k == needle.size())
            return i;
    }
    return -1;
}

// The charset named by a <meta charset=…> or <meta http-equiv content="…; charset=…"> in the prolog.
QByteArray prescanMetaCharset(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 1024));
    qsizetype pos = 0;
    while ((pos = indexOfCaseInsensitive(head, "<meta", pos)) >= 0) {
        qsizetype tagEnd = head.indexOf('>', pos);
        if (tagEnd < 0)
            tagEnd = head.size();
        const QByteArrayView tag = head.sliced(pos, tagEnd - pos);
        const qsizetype cs = indexOfCaseInsensitive(tag, "charset", 0);
        if (cs >= 0) {
            qsizetype i = cs + 7;
            while (i < tag.size() && (tag[i] == ' ' || tag[i] == '='))
                ++i;
            while (i < tag.size() && (tag[i] == '"' || tag[i] == '\''))
                ++i;
            qsizetype j = i;
            while (j < tag.size() && (std::isalnum(uchar(tag[j])) || tag[j] == '-' || tag[j] == '_' || tag[j] == '.'
                                      || tag[j] == ':'))
                ++j;
            if (j > i)
                return tag.sliced(i, j - i).toByteArray();
        }
        pos = tagEnd;
    }
    return {};
}

// Converts `bytes` from `encoding` to UTF-8; on an invalid sequence reports its byte offset.
bool convertToUtf8(QByteArrayView bytes, const QByteArray &encoding, QByteArray &out, HtmlParseError &error)
{
    iconv_t cd = iconv_open("UTF-8", encoding.constData());
    if (cd == iconv_t(-1)) {
        error = makeError(HtmlParseError::Kind::UnsupportedEncoding,
                          QStringLiteral("unsupported character encoding \"%1\"").arg(QString::fromLatin1(encoding)));
        return false;
    }
    out.resize(bytes.size() * 2 + 16);
    char *in = const_cast<char *>(bytes.data());
    size_t inLeft = size_t(bytes.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    bool ok = true;
    while (inLeft > 0) {
        const size_t r = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        if (r != size_t(-1))
            continue;
        if (errno == E2BIG) {
            const qsizetype used = outPtr - out.data();
            out.resize(out.size() * 2);
            outPtr = out.data() + used;
            outLeft = size_t(out.size() - used);
            continue;
        }
        const qsizetype offset = in - bytes.data();
        error = makeError(HtmlParseError::Kind::InvalidBytes,
                          QStringLiteral("bytes are not valid %1 at byte offset %2%3")
                              .arg(QString::fromLatin1(encoding))
                              .arg(offset)
                              .arg(errno == EINVAL ? QStringLiteral(" (truncated multi-byte sequence)") : QString()),
                          offset);
        ok = false;
        break;
    }
    iconv_close(cd);
    if (ok)
        out.resize(outPtr - out.data());
    return ok;
}

} // namespace

HtmlDocumentPrivate::~HtmlDocumentPrivate()
{
    for (xmlXPathCompExprPtr c : std::as_const(compiled))
        xmlXPathFreeCompExpr(c);
    if (xpath)
        xmlXPathFreeContext(xpath);
    if (doc)
        xmlFreeDoc(doc);
}

QList<HtmlNode> HtmlDocumentPrivate::select(const char *expression, xmlNodePtr context)
{
    QList<HtmlNode> out;
    if (!doc || !xpath)
        return out;
    const QByteArray key = QByteArray::fromRawData(expression, qsizetype(std::strlen(expression)));
    auto it = compiled.constFind(key);
    xmlXPathCompExprPtr comp = nullptr;
    if (it == compiled.constEnd()) {
        comp = xmlXPathCtxtCompile(xpath, reinterpret_cast<const xmlChar *>(expression));
        if (!comp) {
            qWarning("HtmlDocument: invalid XPath expression: %s", expression);
            return out;
        }
        compiled.insert(QByteArray(expression), comp);   // deep copy: the caller's buffer may go away
    } else {
        comp = it.value();
    }
    xpath->node = context;
    xmlXPathObjectPtr result = xmlXPathCompiledEval(comp, xpath);
    if (!result)
        return out;
    if (result->type == XPATH_NODESET && result->nodesetval) {
        const xmlNodeSetPtr set = result->nodesetval;
        out.reserve(set->nodeNr);
        for (int i = 0; i < set->nodeNr; ++i)
            out.append(HtmlNode(set->nodeTab[i], this));
    }
    xmlXPathFreeObject(result);
    return out;
}

HtmlDocument::HtmlDocument() : d(std::make_unique<HtmlDocumentPrivate>()) {}
HtmlDocument::~HtmlDocument() = default;
HtmlDocument::HtmlDocument(HtmlDocument &&other) noexcept = default;
HtmlDocument &HtmlDocument::operator=(HtmlDocument &&other) noexcept = default;

HtmlDocument HtmlDocument::parse(QByteArrayView bytes, QByteArrayView encoding, QByteArrayView fallbackEncoding)
{
    initLibxml();
    HtmlDocument result;
    HtmlDocumentPrivate &p = *result.d;

    QByteArray label = encoding.isEmpty() ? detectEncoding(bytes) : encoding.toByteArray();
    if (label.isEmpty())
        label = fallbackEncoding.toByteArray();
    p.encoding = canonicalEncoding(label);

    // Strip a UTF-8 byte-order mark; libxml2 gets plain UTF-8 from here on.
    QByteArrayView input = bytes;
    QByteArray converted;
    if (p.encoding == "UTF-8") {
        if (input.startsWith("\xEF\xBB\xBF"))
            input = input.sliced(3);
        const qsizetype bad = firstInvalidUtf8(input);
        if (bad >= 0) {
            const qsizetype offset = bad + (bytes.size() - input.size());
            p.error = makeError(HtmlParseError::Kind::InvalidBytes,
                                QStringLiteral("bytes are not valid UTF-8 at byte offset %1 (wrong charset?)").arg(offset),
                                offset);
            return result;
        }
    } else {
        if (!convertToUtf8(input, p.encoding, converted, p.error))
            return result;
        if (converted.startsWith("\xEF\xBB\xBF"))
            converted.remove(0, 3);
        input = converted;
    }

    qsizetype firstNonSpace = 0;
    while (firstNonSpace < input.size() && std::isspace(uchar(input[firstNonSpace])))
        ++firstNonSpace;
    if (firstNonSpace == input.size()) {
        p.error = makeError(HtmlParseError::Kind::Empty,
                            bytes.isEmpty() ? QStringLiteral("empty document (0 bytes)")
                                            : QStringLiteral("document holds only whitespace (%1 bytes)").arg(bytes.size()));
        return result;
    }
    if (input.size() > std::numeric_limits<int>::max()) {
        p.error = makeError(HtmlParseError::Kind::Internal, QStringLiteral("document too large"));
        return result;
    }

    p.doc = htmlReadMemory(input.data(), int(input.size()), nullptr, "UTF-8",
                           HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                               | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC);
    if (!p.doc || !xmlDocGetRootElement(p.doc)) {
        p.error = makeError(HtmlParseError::Kind::Empty, QStringLiteral("no HTML element found in %1 bytes").arg(bytes.size()));
        return result;
    }
    p.xpath = xmlXPathNewContext(p.doc);
    if (!p.xpath) {
        p.error = makeError(HtmlParseError::Kind::Internal, QStringLiteral("cannot create an XPath context"));
        return result;
    }
    // XPath errors are reported by select() (qWarning with the expression), not printed by libxml2 to stderr.
    p.xpath->error = [](void *, xmlErrorPtr) {};
    return result;
}

bool HtmlDocument::isValid() const
{
    return d->doc && d->xpath && d->error.kind == HtmlParseError::Kind::None;
}

const HtmlParseError &HtmlDocument::error() const
{
    return d->error;
}

QByteArray HtmlDocument::encoding() const
{
    return d->encoding;
}

HtmlNode HtmlDocument::root() const
{
    if (!isValid())
        return {};
    return d->node(xmlDocGetRootElement(d->doc));
}

QList<HtmlNode> HtmlDocument::select(const char *xpath) const
{
    if (!isValid())
        return {};
    return d->select(xpath, reinterpret_cast<xmlNodePtr>(d->doc));
}

HtmlNode HtmlDocument::first(const char *xpath) const
{
    const QList<HtmlNode> nodes = select(xpath);
    return nodes.isEmpty() ? HtmlNode() : nodes.first();
}

QByteArray HtmlDocument::detectEncoding(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return "UTF-8";
    if (bytes.startsWith("\xFF\xFE"))
        return "UTF-16LE";
    if (bytes.startsWith("\xFE\xFF"))
        return "UTF-16BE";
    const QByteArray meta = prescanMetaCharset(bytes);
    if (!meta.isEmpty())
        return canonicalEncoding(meta);
    if (firstInvalidUtf8(bytes) < 0)
        return "UTF-8";
    return {};
}

QByteArray HtmlDocument::canonicalEncoding(QByteArrayView label)
{
    QByteArray l = label.trimmed().toByteArray().toLower();
    if (l.isEmpty() || l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8")
        return "UTF-8";
    // WHATWG maps every EUC-KR label to windows-949 (a superset); Korean sites rely on that.
    if (l == "euc-kr" || l == "euckr" || l == "cp949" || l == "windows-949" || l == "x-windows-949" || l == "uhc"
        || l == "ks_c_5601-1987" || l == "ks_c_5601-1989" || l == "ksc5601" || l == "ksc_5601" || l == "korean"
        || l == "iso-ir-149" || l == "csksc56011987" || l == "cseuckr")
        return "CP949";
    if (l == "latin1" || l == "iso-8859-1" || l == "us-ascii" || l == "ascii" || l == "windows-1252")
        return "WINDOWS-1252";   // as browsers read them
    if (l == "gb2312" || l == "gbk" || l == "x-gbk" || l == "gb18030")
        return "GB18030";
    return l.toUpper();
}

qsizetype HtmlDocument::firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Fast path over ASCII, eight bytes at a time.
        while (i + 8 <= n) {
            quint64 w;
            std::memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        uint cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return i;
        i += len;
    }
    return -1;
}

} // namespace CarScout::Html
