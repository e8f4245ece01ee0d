#include "ui/listingnotebox.h"

#include "core/store/workspace.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

#include <cmath>

namespace CarScout::Ui {

ListingNoteBox::ListingNoteBox(Store::Workspace &workspace, QString userName, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_user(std::move(userName))
{
    m_star = new QCheckBox(tr("Starred"), this);
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Your note on this listing"));
    m_save = new QPushButton(tr("Save note"), this);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->setToolTip(Store::marketPositionRule());
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_star, 0, 0);
    layout->addWidget(m_note, 0, 1);
    layout->addWidget(m_save, 0, 2);
    layout->addWidget(m_info, 1, 0, 1, 3);
    connect(m_save, &QPushButton::clicked, this, &ListingNoteBox::save);
    connect(m_note, &QLineEdit::returnPressed, this, &ListingNoteBox::save);
    setListing(std::nullopt);
}

void ListingNoteBox::setListing(const std::optional<Listing> &listing)
{
    m_listing = listing;
    m_star->setEnabled(bool(listing));
    m_note->setEnabled(bool(listing));
    m_save->setEnabled(bool(listing));
    m_star->setChecked(false);
    m_note->clear();
    m_info->clear();
    if (!listing)
        return;
    QString error;
    const auto notes = m_workspace.notesOf(m_user, {*listing}, &error);
    const Store::ListingNote mine = notes ? notes->value(Store::listingKey(listing->source, listing->id)) : Store::ListingNote{};
    m_star->setChecked(mine.starred);
    m_note->setText(mine.note);

    QStringList info;
    const auto statuses = m_workspace.statuses({*listing}, &error);
    if (statuses && statuses->contains(Store::listingKey(listing->source, listing->id))) {
        const Store::ListingStatus s = statuses->value(Store::listingKey(listing->source, listing->id));
        info << tr("First seen %1 (%n day(s) on the market)", nullptr, s.daysOnMarket(QDateTime::currentDateTimeUtc()))
                    .arg(QLocale().toString(s.firstSeen.toLocalTime().date(), QLocale::ShortFormat));
        if (const auto percent = s.lastChangePercent())
            info << (*percent < 0 ? tr("price cut −%1 %") : tr("price raised +%1 %"))
                        .arg(QLocale().toString(std::abs(*percent), 'f', 1));
    }
    const auto positions = m_workspace.marketPositions({*listing}, &error);
    const QString key = Store::listingKey(listing->source, listing->id);
    if (positions && positions->contains(key)) {
        const Store::MarketPosition p = positions->value(key);
        info << Store::describeMarketPosition(p, QLocale().toString(p.medianPrice) + u' ' + listing->currency);
    }
    m_info->setText(info.join(u" · "_qs));
}

bool ListingNoteBox::save()
{
    if (!m_listing)
        return false;
    QString error;
    if (!m_workspace.setNote({m_listing->source, m_listing->id, m_user, m_star->isChecked(), m_note->text(), {}}, &error)) {
        m_info->setText(error);
        return false;
    }
    return true;
}

} // namespace CarScout::Ui
