#include "ui/quoteactions.h"

#include "core/quote/listingquote.h"
#include "ui/costservice.h"
#include "ui/searchpane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QTableView>
#include <QToolTip>

namespace CarScout::Ui {

QuoteText quoteTextFor(const Listing &listing, const CostService &costs)
{
    QuoteText result;
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
    result.text = Quote::quoteText(*quote.card, Quote::Language::Russian);
    result.profileName = profile.profile->name;
    return result;
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
    return action;
}

} // namespace CarScout::Ui
