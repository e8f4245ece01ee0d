#include "core/sources/html/htmlnode.h"

#include "core/sources/html/htmldocument_p.h"

#include <libxml/tree.h>

#include <cstring>

namespace CarScout::Html {

namespace {

bool isElementNamed(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->name && std::strcmp(reinterpret_cast<const char *>(n->name), name) == 0;
}

bool isSkippedElement(const xmlNode *n)
{
    return isElementNamed(n, "script") || isElementNamed(n, "style");
}

bool isBlockElement(const xmlNode *n)
{
    static constexpr const char *kBlocks[] = {"p", "div", "li", "tr", "dt", "dd", "h1", "h2", "h3", "h4",
                                              "h5", "h6", "ul", "ol", "dl", "table", "section", "article"};
    if (n->type != XML_ELEMENT_NODE)
        return false;
    for (const char *b : kBlocks) {
        if (std::strcmp(reinterpret_cast<const char *>(n->name), b) == 0)
            return true;
    }
    return false;
}

const xmlChar *attributeValue(const xmlNode *n, QByteArrayView name)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return nullptr;
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (name == QByteArrayView(reinterpret_cast<const char *>(a->name))) {
            if (a->children && a->children->type == XML_TEXT_NODE && !a->children->next)
                return a->children->content ? a->children->content : reinterpret_cast<const xmlChar *>("");
            return reinterpret_cast<const xmlChar *>("");   // rare: entity-split value; handled by the slow path
        }
    }
    return nullptr;
}

bool hasAttr(const xmlNode *n, QByteArrayView name)
{
    return attributeValue(n, name) != nullptr;
}

inline bool isSpaceByte(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool hasClassToken(const xmlNode *n, QByteArrayView className)
{
    const xmlChar *cls = attributeValue(n, "class");
    if (!cls || className.isEmpty())
        return false;
    const QByteArrayView v(reinterpret_cast<const char *>(cls));
    qsizetype i = 0;
    while (i < v.size()) {
        while (i < v.size() && isSpaceByte(v[i]))
            ++i;
        qsizetype j = i;
        while (j < v.size() && !isSpaceByte(v[j]))
            ++j;
        if (j > i && v.sliced(i, j - i) == className)
            return true;
        i = j;
    }
    return false;
}

// Appends `n`'s text to `out`. breakChar: what <br> and (when blocks) block boundaries become.
void appendText(const xmlNode *n, QByteArray &out, char breakChar, bool blocks, QByteArrayView skipClass)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        switch (c->type) {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            if (c->content)
                out.append(reinterpret_cast<const char *>(c->content));
            break;
        case XML_ELEMENT_NODE: {
            if (isSkippedElement(c))
                break;
            if (isElementNamed(c, "br")) {
                out.append(breakChar);
                break;
            }
            if (!skipClass.isEmpty() && hasClassToken(c, skipClass))
                break;
            const bool block = blocks && isBlockElement(c);
            if (block)
                out.append(breakChar);
            appendText(c, out, breakChar, blocks, skipClass);
            if (block)
                out.append(breakChar);
            break;
        }
        default:
            break;
        }
    }
}

// Collapses runs of whitespace (ASCII and U+00A0) to one space, trims, and decodes.
QString collapse(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    bool pendingSpace = false;
    const char *p = in.constData();
    const char *end = p + in.size();
    while (p < end) {
        const bool nbsp = (p + 1 < end && uchar(p[0]) == 0xC2 && uchar(p[1]) == 0xA0);
        if (isSpaceByte(*p) || nbsp) {
            pendingSpace = !out.isEmpty();
            p += nbsp ? 2 : 1;
            continue;
        }
        if (pendingSpace) {
            out.append(' ');
            pendingSpace = false;
        }
        out.append(*p++);
    }
    return QString::fromUtf8(out);
}

} // namespace

QByteArray classPredicate(QByteArrayView className)
{
    return "[contains(concat(' ', normalize-space(@class), ' '), ' " + className.toByteArray() + " ')]";
}

QString HtmlNode::name() const
{
    if (!m_node || m_node->type != XML_ELEMENT_NODE)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(m_node->name));
}

bool HtmlNode::isElement() const
{
    return m_node && m_node->type == XML_ELEMENT_NODE;
}

QString HtmlNode::attribute(QByteArrayView name) const
{
    const xmlChar *v = attributeValue(m_node, name);
    if (!v)
        return {};
    if (*v == 0) {
        // Empty or split across several nodes: let libxml2 assemble it.
        xmlChar *full = xmlGetProp(m_node, reinterpret_cast<const xmlChar *>(name.toByteArray().constData()));
        const QString s = QString::fromUtf8(reinterpret_cast<const char *>(full));
        xmlFree(full);
        return s;
    }
    return QString::fromUtf8(reinterpret_cast<const char *>(v));
}

bool HtmlNode::hasAttribute(QByteArrayView name) const
{
    return hasAttr(m_node, name);
}

bool HtmlNode::hasClass(QByteArrayView className) const
{
    return hasClassToken(m_node, className);
}

QString HtmlNode::text() const
{
    if (!m_node)
        return {};
    if (m_node->type == XML_TEXT_NODE || m_node->type == XML_ATTRIBUTE_NODE) {
        xmlChar *c = xmlNodeGetContent(m_node);
        const QString s = collapse(QByteArray(reinterpret_cast<const char *>(c)));
        xmlFree(c);
        return s;
    }
    QByteArray raw;
    appendText(m_node, raw, ' ', false, {});
    return collapse(raw);
}

QByteArray HtmlNode::rawText() const
{
    if (!m_node)
        return {};
    xmlChar *c = xmlNodeGetContent(m_node);
    const QByteArray s(reinterpret_cast<const char *>(c));
    xmlFree(c);
    return s;
}

QString HtmlNode::ownText() const
{
    if (!m_node)
        return {};
    QByteArray raw;
    for (const xmlNode *c = m_node->children; c; c = c->next) {
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            raw.append(reinterpret_cast<const char *>(c->content)).append(' ');
    }
    return collapse(raw);
}

QString HtmlNode::textLines() const
{
    if (!m_node)
        return {};
    QByteArray raw;
    appendText(m_node, raw, '\n', true, {});
    QStringList lines;
    for (const QByteArray &line : raw.split('\n')) {
        const QString l = collapse(line);
        if (!l.isEmpty())
            lines.append(l);
    }
    return lines.join(u'\n');
}

QString HtmlNode::textExcludingClass(QByteArrayView className) const
{
    if (!m_node)
        return {};
    QByteArray raw;
    appendText(m_node, raw, ' ', false, className);
    return collapse(raw);
}

HtmlNode HtmlNode::parent() const
{
    if (!m_node || !m_node->parent || m_node->parent->type != XML_ELEMENT_NODE)
        return {};
    return HtmlNode(m_node->parent, m_doc);
}

QList<HtmlNode> HtmlNode::children() const
{
    QList<HtmlNode> out;
    if (!m_node)
        return out;
    for (xmlNode *c = m_node->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE)
            out.append(HtmlNode(c, m_doc));
    }
    return out;
}

HtmlNode HtmlNode::firstChild() const
{
    if (!m_node)
        return {};
    for (xmlNode *c = m_node->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE)
            return HtmlNode(c, m_doc);
    }
    return {};
}

HtmlNode HtmlNode::nextSibling() const
{
    if (!m_node)
        return {};
    for (xmlNode *c = m_node->next; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE)
            return HtmlNode(c, m_doc);
    }
    return {};
}

HtmlNode HtmlNode::previousSibling() const
{
    if (!m_node)
        return {};
    for (xmlNode *c = m_node->prev; c; c = c->prev) {
        if (c->type == XML_ELEMENT_NODE)
            return HtmlNode(c, m_doc);
    }
    return {};
}

bool HtmlNode::is(QByteArrayView tagName) const
{
    return m_node && m_node->type == XML_ELEMENT_NODE && tagName == QByteArrayView(reinterpret_cast<const char *>(m_node->name));
}

namespace {

template<typename Visit>
bool walkElements(xmlNode *n, Visit &&visit)   // depth-first, document order; visit returns false to stop
{
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (!visit(c) || !walkElements(c, visit))
            return false;
    }
    return true;
}

bool matches(const xmlNode *n, QByteArrayView tag, QByteArrayView cls)
{
    if (!tag.isEmpty() && tag != QByteArrayView(reinterpret_cast<const char *>(n->name)))
        return false;
    return cls.isEmpty() || hasClassToken(n, cls);
}

} // namespace

QList<HtmlNode> HtmlNode::findAll(QByteArrayView tag, QByteArrayView cls, int max) const
{
    QList<HtmlNode> out;
    if (!m_node)
        return out;
    walkElements(m_node, [&](xmlNode *c) {
        if (matches(c, tag, cls)) {
            out.append(HtmlNode(c, m_doc));
            if (max > 0 && out.size() >= max)
                return false;
        }
        return true;
    });
    return out;
}

HtmlNode HtmlNode::findFirst(QByteArrayView tag, QByteArrayView cls) const
{
    const QList<HtmlNode> one = findAll(tag, cls, 1);
    return one.isEmpty() ? HtmlNode() : one.first();
}

QList<HtmlNode> HtmlNode::findAllIf(const std::function<bool(const HtmlNode &)> &pred) const
{
    QList<HtmlNode> out;
    if (!m_node)
        return out;
    walkElements(m_node, [&](xmlNode *c) {
        const HtmlNode node(c, m_doc);
        if (pred(node))
            out.append(node);
        return true;
    });
    return out;
}

QList<HtmlNode> HtmlNode::select(const char *xpath) const
{
    if (!m_node || !m_doc)
        return {};
    return m_doc->select(xpath, m_node);
}

HtmlNode HtmlNode::first(const char *xpath) const
{
    const QList<HtmlNode> nodes = select(xpath);
    return nodes.isEmpty() ? HtmlNode() : nodes.first();
}

QString HtmlNode::textOf(const char *xpath) const
{
    return first(xpath).text();
}

int HtmlNode::line() const
{
    return m_node ? int(xmlGetLineNo(m_node)) : 0;
}

QString HtmlNode::path() const
{
    if (!m_node)
        return {};
    xmlChar *p = xmlGetNodePath(m_node);
    const QString s = QString::fromUtf8(reinterpret_cast<const char *>(p));
    xmlFree(p);
    return s;
}

} // namespace CarScout::Html
