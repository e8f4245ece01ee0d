#include "ui/quoteactions.h"

#include "core/quote/listingquote.h"
#include "core/quote/quotepdf.h"
#include "ui/costservice.h"
#include "ui/searchpane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QImage>
#include <QTableView>
#include <QToolTip>

namespace CarScout::Ui {

namespace {

struct CardResult
{
    std::optional<Quote::QuoteCard> card;
    QString profileName;
    QString error;
};

// The card of `listing` under the quote profile, with the dealer's name and contacts from the settings.
CardResult cardFor(const Listing &listing, const CostService &costs)
{
    CardResult result;
    if (!costs.rates()) {
        result.error = QCoreApplication::translate("QuoteActions", "No quote: the exchange rates are not loaded yet");
        return result;
    }
    const Quote::ProfileLoad profile = costs.quoteProfile();
    if (!profile.profile) {
        result.error = profile.error.toString();
        return result;
    }
    Quote::ListingQuote quote = Quote::quoteForListing(listing, costs.context(), *costs.rates(), *profile.profile);
    if (!quote.card) {
        result.error = QCoreApplication::translate("QuoteActions", "No quote: %1").arg(quote.error);
        return result;
    }
    if (const Settings *settings = costs.settings()) {
        const DealerSettings dealer = settings->dealer();
        quote.card->dealerName = dealer.name;
        quote.card->dealerContacts = dealer.contactsLine();
    }
    result.card = quote.card;
    result.profileName = profile.profile->name;
    return result;
}

} // namespace

QuoteText quoteTextFor(const Listing &listing, const CostService &costs)
{
    const CardResult card = cardFor(listing, costs);
    if (!card.card)
        return {{}, {}, card.error};
    return {Quote::quoteText(*card.card, Quote::Language::Russian), card.profileName, {}};
}

QString saveQuotePdf(const Listing &listing, const CostService &costs, const QString &path)
{
    const CardResult card = cardFor(listing, costs);
    if (!card.card)
        return card.error;
    const QString error = Quote::writeQuotePdf(*card.card, Quote::Language::Russian, QImage(), path);
    if (!error.isEmpty())
        return QCoreApplication::translate("QuoteActions", "No quote: %1").arg(error);
    return QCoreApplication::translate("QuoteActions", "Quote saved to %1").arg(path);
}

QString copyQuoteToClipboard(const Listing &listing, const CostService &costs)
{
    const QuoteText quote = quoteTextFor(listing, costs);
    if (quote.text.isEmpty())
        return quote.error;
    QApplication::clipboard()->setText(quote.text);
    return QCoreApplication::translate("QuoteActions", "Quote copied (profile \"%1\")").arg(quote.profileName);
}

QAction *installCopyQuoteAction(SearchPane *pane, CostService *costs)
{
    QTableView *view = pane->view();
    auto *action = new QAction(QCoreApplication::translate("QuoteActions", "Copy &quote"), view);
    action->setObjectName(QStringLiteral("copyQuoteAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QCoreApplication::translate("QuoteActions", "Copy the client quote of this car (active cost profile) as text"));
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);   // a right click selects the row, then offers this
    QObject::connect(action, &QAction::triggered, view, [pane, costs, view] {
        const std::optional<Listing> listing = pane->currentListing();
        if (!listing || !costs)
            return;
        const QString status = copyQuoteToClipboard(*listing, *costs);
        view->setStatusTip(status);
        QToolTip::showText(view->mapToGlobal(view->visualRect(view->currentIndex()).center()), status, view);
    });
    auto *pdf = new QAction(QCoreApplication::translate("QuoteActions", "Save quote as &PDF…"), view);
    pdf->setObjectName(QStringLiteral("saveQuotePdfAction"));
    view->addAction(pdf);
    QObject::connect(pdf, &QAction::triggered, view, [pane, costs, view] {
        const std::optional<Listing> listing = pane->currentListing();
        if (!listing || !costs)
            return;
        const QString path = QFileDialog::getSaveFileName(view, QCoreApplication::translate("QuoteActions", "Save the quote"),
                                                          listing->id + u".pdf",
                                                          QCoreApplication::translate("QuoteActions", "PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        const QString status = saveQuotePdf(*listing, *costs, path);
        view->setStatusTip(status);
        QToolTip::showText(view->mapToGlobal(view->visualRect(view->currentIndex()).center()), status, view);
    });
    return action;
}

} // namespace CarScout::Ui
