#pragma once

// A light handle on one node of an HtmlDocument (libxml2 underneath). Cheap to copy; valid only while the
// document that produced it is alive. A null node answers every query with an empty result.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>

struct _xmlNode;

namespace CarScout::Html {

class HtmlDocumentPrivate;

class HtmlNode
{
public:
    HtmlNode() = default;

    bool isNull() const { return m_node == nullptr; }
    explicit operator bool() const { return m_node != nullptr; }

    QString name() const;                          // lower-case element name ("div"); empty for non-elements
    bool isElement() const;

    QString attribute(QByteArrayView name) const;  // empty when absent
    bool hasAttribute(QByteArrayView name) const;
    bool hasClass(QByteArrayView className) const; // one token of the class attribute

    // Text of the node and its descendants with whitespace runs collapsed to one space and trimmed;
    // <br> counts as whitespace, script/style content is skipped.
    QString text() const;
    // The exact text content (descendants' text concatenated, nothing collapsed or skipped), as UTF-8:
    // for <script type="application/ld+json"> and similar embedded data.
    QByteArray rawText() const;
    // Like text(), but only the node's own text children (not descendants'): "KB스타픽" of <h2>KB스타픽<div>…</div></h2>.
    QString ownText() const;
    // Text with <br> and block boundaries as line breaks; each line collapsed and trimmed; empty lines dropped.
    QString textLines() const;
    // Like text(), but skips descendant elements carrying the given class (e.g. "disable" option parts).
    QString textExcludingClass(QByteArrayView className) const;

    HtmlNode parent() const;                       // element parent
    QList<HtmlNode> children() const;              // element children, in order
    HtmlNode firstChild() const;                   // first element child
    HtmlNode nextSibling() const;                  // next element sibling
    HtmlNode previousSibling() const;              // previous element sibling

    bool is(QByteArrayView tagName) const;         // element with this (lower-case) name; no allocation

    // CSS-ish finders without XPath (no string allocation per node; the hot path of list parsers):
    // descendants in document order that are `tag` elements (empty = any) carrying class token `cls` (empty = any),
    // like the selector "tag.cls". max = 0: all.
    QList<HtmlNode> findAll(QByteArrayView tag, QByteArrayView cls = {}, int max = 0) const;
    HtmlNode findFirst(QByteArrayView tag, QByteArrayView cls = {}) const;
    // Descendants for which pred(node) is true, in document order.
    QList<HtmlNode> findAllIf(const std::function<bool(const HtmlNode &)> &pred) const;

    // XPath 1.0 with this node as the context node ("./a", ".//span[@class='x']", "following-sibling::td[1]").
    QList<HtmlNode> select(const char *xpath) const;
    HtmlNode first(const char *xpath) const;
    QString textOf(const char *xpath) const;       // text() of the first match; empty when none

    int line() const;                              // source line (for error messages)
    QString path() const;                          // "/html/body/div[3]/div[2]" (for error messages)

    _xmlNode *raw() const { return m_node; }

    friend bool operator==(const HtmlNode &a, const HtmlNode &b) { return a.m_node == b.m_node; }

private:
    friend class HtmlDocument;
    friend class HtmlDocumentPrivate;
    HtmlNode(_xmlNode *node, HtmlDocumentPrivate *doc) : m_node(node), m_doc(doc) {}

    _xmlNode *m_node = nullptr;
    HtmlDocumentPrivate *m_doc = nullptr;
};

// The XPath predicate for "has this class token": [hasClass("area")] → contains(concat(' ', …), ' area ').
QByteArray classPredicate(QByteArrayView className);

} // namespace CarScout::Html
