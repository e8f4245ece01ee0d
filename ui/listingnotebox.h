#pragma once

// The dealer's own marks on the current listing: a star and a note (per user, shared with the team on a
// PostgreSQL workspace), with what the workspace knows of it: first seen, the last price change, the market
// position among comparables.

#include "core/model/listing.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace CarScout::Store {
class Workspace;
}

namespace CarScout::Ui {

class ListingNoteBox : public QWidget
{
    Q_OBJECT
public:
    ListingNoteBox(Store::Workspace &workspace, QString userName, QWidget *parent = nullptr);

    void setListing(const std::optional<Listing> &listing);

    QCheckBox *starBox() const { return m_star; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *infoLabel() const { return m_info; }

public slots:
    bool save();

private:
    Store::Workspace &m_workspace;
    QString m_user;
    std::optional<Listing> m_listing;
    QCheckBox *m_star;
    QLineEdit *m_note;
    QPushButton *m_save;
    QLabel *m_info;
};

} // namespace CarScout::Ui
