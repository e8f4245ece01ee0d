#pragma once

// The dealer's own marks on the current listing: a star and a note (per user, shared with the team on a
// PostgreSQL workspace), with what the workspace knows of it: first seen, the last price change, the market
// position among comparables. Read and written through the store's worker thread: the box fills in when the
// answer arrives (loaded()).

#include "core/model/listing.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace CarScout::Store {
class StoreRequest;
class StoreWorker;
}

namespace CarScout::Ui {

class ListingNoteBox : public QWidget
{
    Q_OBJECT
public:
    ListingNoteBox(Store::StoreWorker &store, QString userName, QWidget *parent = nullptr);
    ~ListingNoteBox() override;

    void setListing(const std::optional<Listing> &listing);

    QCheckBox *starBox() const { return m_star; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *infoLabel() const { return m_info; }

public slots:
    void save();

signals:
    void loaded();                       // the marks and facts of the listing set last are shown
    void saved(const QString &error);    // error empty = stored

private:
    Store::StoreWorker &m_store;
    QString m_user;
    std::optional<Listing> m_listing;
    QPointer<Store::StoreRequest> m_loading;
    QCheckBox *m_star;
    QLineEdit *m_note;
    QPushButton *m_save;
    QLabel *m_info;
};

} // namespace CarScout::Ui
