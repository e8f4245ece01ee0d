#pragma once

// The settings' "Cost profiles" page: the dealer's named profiles (core/quote/profilestore.h: JSON files in
// AppDataLocation/profiles, beside the shipped examples), a table editor for one profile's line items, its
// payment rate (CBR + margin, or a fixed rate per currency) and commission, import and export of the JSON files,
// and which profile is active (the landed column and every quote). A profile that does not load or check shows
// the same error as carscout-cli (file, line, what), and the file keeps the last good profile.

#include "core/quote/profilestore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace CarScout::Ui {

class CostProfilesPage : public QWidget
{
    Q_OBJECT
public:
    CostProfilesPage(Quote::ProfileStore store, const QString &activePath, QWidget *parent = nullptr);

    // The file of the active profile (empty = none) as chosen on the page.
    QString activeProfilePath() const;

    // What the buttons do (the file dialogs only pick the path). Each returns false and shows the error.
    bool importProfile(const QString &path);
    bool exportProfile(const QString &path);
    bool saveCurrent();      // checks the form and writes it (an example is saved as the dealer's own copy)
    void newProfile();
    bool removeCurrent();
    bool selectProfile(const QString &path);

    bool isDirty() const { return m_dirty; }
    QString currentPath() const { return m_currentPath; }
    QString errorText() const;

    // The form as the profile's JSON (amounts as typed), what saveCurrent checks with parseCostProfile.
    QByteArray formJson() const;

    // Widgets by purpose (tests).
    QListWidget *profileList() const { return m_list; }
    QComboBox *activeBox() const { return m_active; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *marginEdit() const { return m_margin; }
    QTableWidget *linesTable() const { return m_lines; }
    QTableWidget *ratesTable() const { return m_rates; }
    QLineEdit *commissionEdit() const { return m_commission; }
    QComboBox *commissionCurrencyBox() const { return m_commissionCurrency; }
    QLabel *errorLabel() const { return m_error; }

    enum LineColumn { NameCol, AmountCol, CurrencyCol, ToBorderCol, LineColumnCount };

private:
    QWidget *createEditor();
    void reloadList(const QString &selectPath);
    void showProfile(const Quote::StoredProfile &stored);
    void addLineRow(const Quote::ProfileLine &line);
    void addRateRow(const QString &code, const QString &rate);
    void onSelectionChanged();
    void markDirty();
    void setError(const QString &text);

    Quote::ProfileStore m_store;
    QList<Quote::StoredProfile> m_profiles;
    QString m_currentPath;
    bool m_currentBuiltIn = false;
    bool m_dirty = false;
    bool m_loading = false;

    QListWidget *m_list = nullptr;
    QComboBox *m_active = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_margin = nullptr;
    QTableWidget *m_lines = nullptr;
    QTableWidget *m_rates = nullptr;
    QLineEdit *m_commission = nullptr;
    QComboBox *m_commissionCurrency = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace CarScout::Ui
