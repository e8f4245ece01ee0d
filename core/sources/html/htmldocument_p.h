#pragma once

// Internals shared by HtmlDocument and HtmlNode (not part of the public API).

#include "core/sources/html/htmldocument.h"

#include <QHash>

#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>

namespace CarScout::Html {

class HtmlDocumentPrivate
{
public:
    ~HtmlDocumentPrivate();

    QList<HtmlNode> select(const char *xpath, xmlNodePtr context);
    HtmlNode node(xmlNodePtr n) { return HtmlNode(n, this); }

    xmlDocPtr doc = nullptr;
    xmlXPathContextPtr xpath = nullptr;
    QHash<QByteArray, xmlXPathCompExprPtr> compiled;   // one compile per expression and document
    QByteArray encoding;
    HtmlParseError error;
};

} // namespace CarScout::Html
