#pragma once

// "Copy quote": the plain-text client quote of a listing under the active cost profile, with the dealer's name
// and contacts, put on the clipboard. Used by the search pane's table (context menu and Ctrl+Shift+Q on the row)
// and by the detail panel's button.

#include <QString>

class QAction;

namespace CarScout {
struct Listing;
}

namespace CarScout::Ui {

class CostService;
class SearchPane;

struct QuoteText
{
    QString text;          // empty: `error` says why
    QString profileName;
    QString error;
};

// The card's text (Russian: the client's language) for `listing` under CostService::quoteProfile().
QuoteText quoteTextFor(const Listing &listing, const CostService &costs);

// Copies it to the clipboard; returns the status line to show ("Quote copied (profile …)" or why not).
QString copyQuoteToClipboard(const Listing &listing, const CostService &costs);

// Writes the one-page PDF (core/quote/quotepdf.h, atomically) with the dealer's name and contacts; returns the
// status line ("Quote saved to …" or why not).
QString saveQuotePdf(const Listing &listing, const CostService &costs, const QString &path);

// Adds the "Copy quote" action to the pane's table (the context menu of a row and Ctrl+Shift+Q) and "Save quote
// as PDF…" (the context menu); the status shows as a tooltip and the table's status tip. Returns the copy
// action (both are owned by the table).
QAction *installCopyQuoteAction(SearchPane *pane, CostService *costs);

} // namespace CarScout::Ui
