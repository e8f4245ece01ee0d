#include "ui/listingnotebox.h"

#include "core/model/listingformat.h"
#include "core/store/storeworker.h"
#include "core/store/workspaceannotations.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace CarScout::Ui {

namespace {

// What the box shows of one listing, read in one request.
struct NoteAndFacts
{
    Store::ListingNote mine;
    std::optional<Model::WorkspaceAnnotation> annotation;
};

} // namespace

ListingNoteBox::ListingNoteBox(Store::StoreWorker &store, QString userName, QWidget *parent)
    : QWidget(parent), m_store(store), m_user(std::move(userName))
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

ListingNoteBox::~ListingNoteBox()
{
    if (m_loading)
        m_loading->cancel();
}

void ListingNoteBox::setListing(const std::optional<Listing> &listing)
{
    if (m_loading)
        m_loading->cancel();
    // The same listing again (its table was refreshed): only the facts are read again, so what the dealer is
    // typing stays.
    const bool sameListing = listing && m_listing && listing->source == m_listing->source && listing->id == m_listing->id
                          && m_save->isEnabled();
    m_listing = listing;
    if (!sameListing) {
        m_star->setChecked(false);
        m_note->clear();
        m_info->clear();
        // Editable once the dealer's own marks are known, so a late answer cannot overwrite what they typed.
        m_star->setEnabled(false);
        m_note->setEnabled(false);
        m_save->setEnabled(false);
    }
    if (!listing) {
        emit loaded();
        return;
    }
    const QString user = m_user;
    m_loading = m_store.call<NoteAndFacts>([l = *listing, user](Store::Workspace &w, QString *error) -> std::optional<NoteAndFacts> {
        const auto notes = w.notesOf(user, {l}, error);
        const auto annotations = notes ? Store::workspaceAnnotations(w, {l}, error) : std::nullopt;
        if (!annotations)
            return std::nullopt;
        NoteAndFacts out;
        out.mine = notes->value(Store::listingKey(l.source, l.id));
        if (const auto it = annotations->constFind(Model::listingKey(l)); it != annotations->cend())
            out.annotation = *it;
        return out;
    });
    connect(m_loading, &Store::StoreRequest::finished, this, [this, request = m_loading, sameListing] {
        m_star->setEnabled(true);
        m_note->setEnabled(true);
        m_save->setEnabled(true);
        if (!request->error().isEmpty()) {
            m_info->setText(request->error());
            emit loaded();
            return;
        }
        const NoteAndFacts facts = request->result<NoteAndFacts>();
        if (!sameListing) {
            m_star->setChecked(facts.mine.starred);
            m_note->setText(facts.mine.note);
        }
        QStringList info;
        if (facts.annotation && facts.annotation->firstSeen.isValid()) {
            const Model::WorkspaceAnnotation &a = *facts.annotation;
            info << tr("First seen %1 (%n day(s) on the market)", nullptr, a.daysOnMarket)
                        .arg(QLocale().toString(a.firstSeen.toLocalTime().date(), QLocale::ShortFormat));
            if (a.isNew || a.priceCutPercent)
                info << Model::workspaceBadgeText(a, QLocale());
        }
        if (facts.annotation && facts.annotation->market)
            info << Model::marketStandingText(*facts.annotation->market, QLocale());
        m_info->setText(info.join(u" · "_qs));
        emit loaded();
    });
}

void ListingNoteBox::save()
{
    if (!m_listing)
        return;
    const Store::ListingNote note{m_listing->source, m_listing->id, m_user, m_star->isChecked(), m_note->text(), {}};
    Store::StoreRequest *request = m_store.call<bool>([note](Store::Workspace &w, QString *error) -> std::optional<bool> {
        if (!w.setNote(note, error))
            return std::nullopt;
        return true;
    });
    connect(request, &Store::StoreRequest::finished, this, [this, request] {
        if (!request->error().isEmpty())
            m_info->setText(request->error());
        emit saved(request->error());
    });
}

} // namespace CarScout::Ui
